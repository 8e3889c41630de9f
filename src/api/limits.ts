/**
 * What the API does with queries that would cost too much, and how every error reads: JSON, one line, no
 * stack trace, saying what to change.
 */
import {
    ASTVisitor,
    FieldNode,
    getNamedType,
    getNullableType,
    GraphQLError,
    GraphQLObjectType,
    GraphQLSchema,
    isListType,
    isObjectType,
    Kind,
    SelectionSetNode,
    ValidationContext,
} from 'graphql'
import {ApiLimits} from './flags'

/** Rejects, before anything runs, a query nested deeper than `maxDepth` or selecting more than `maxFields`. */
export function queryCostRule(limits: ApiLimits) {
    return (context: ValidationContext): ASTVisitor => ({
        OperationDefinition(node) {
            let cost = measure(node.selectionSet, context, 1, new Set())
            if (limits.maxDepth > 0 && cost.depth > limits.maxDepth) {
                context.reportError(
                    new GraphQLError(`query nests fields ${cost.depth} levels deep; the limit is ${limits.maxDepth} (--max-depth): ask for fewer nested relations`, [node])
                )
            } else if (limits.maxFields > 0 && cost.fields > limits.maxFields) {
                context.reportError(
                    new GraphQLError(`query selects ${cost.fields} fields; the limit is ${limits.maxFields} (--max-fields): split it into smaller queries`, [node])
                )
            }
        },
    })
}

function measure(set: SelectionSetNode, context: ValidationContext, level: number, fragmentsInPath: Set<string>): {depth: number; fields: number} {
    let depth = 0
    let fields = 0
    for (let sel of set.selections) {
        let inner: {depth: number; fields: number} | undefined
        if (sel.kind == Kind.FIELD) {
            // introspection (GraphiQL's schema query nests type references deeply) is bounded by the schema
            if (sel.name.value.startsWith('__')) continue
            fields += 1
            depth = Math.max(depth, level)
            if (sel.selectionSet) inner = measure(sel.selectionSet, context, level + 1, fragmentsInPath)
        } else if (sel.kind == Kind.INLINE_FRAGMENT) {
            inner = measure(sel.selectionSet, context, level, fragmentsInPath)
        } else {
            let name = sel.name.value
            let fragment = context.getFragment(name)
            // a fragment cycle is reported by GraphQL's own rules; don't follow it here
            if (fragment == null || fragmentsInPath.has(name)) continue
            inner = measure(fragment.selectionSet, context, level, new Set([...fragmentsInPath, name]))
        }
        if (inner) {
            depth = Math.max(depth, inner.depth)
            fields += inner.fields
        }
    }
    return {depth, fields}
}

const SIZE_LIMIT_MESSAGE = 'response might exceed the size limit'

export interface ApiErrorBody {
    message: string
    locations?: readonly {line: number; column: number}[]
    path?: readonly (string | number)[]
    extensions?: {code: string}
}

/**
 * Apollo's formatError: keeps message (made one line and actionable), locations, path and code; drops
 * everything else (`extensions.exception` carries stack traces).
 */
export function formatApiError(schema: GraphQLSchema, limits: ApiLimits) {
    return (err: GraphQLError): ApiErrorBody => {
        let message = oneLine(err.message)
        let code = err.extensions?.code as string | undefined
        if (message == SIZE_LIMIT_MESSAGE) {
            let lists = (err.nodes ?? []).flatMap((n) => (n.kind == Kind.FIELD ? unlimitedLists(n, schema.getQueryType(), '') : []))
            message =
                `${SIZE_LIMIT_MESSAGE} of ${limits.maxResponseSize} nodes (--max-response-size): ` +
                (lists.length > 0
                    ? `add \`limit\` to ${lists.join(', ')} (e.g. ${lists[0].split('.').pop()}(limit: 50))`
                    : 'use smaller `limit` values or ask for fewer fields')
            code = 'RESPONSE_TOO_LARGE'
        } else if (/canceling statement due to statement timeout/.test(message)) {
            message = `the query ran longer than ${limits.sqlStatementTimeoutMs} ms (--sql-statement-timeout): add \`limit\` or a narrower \`where\``
            code = 'STATEMENT_TIMEOUT'
        }
        return {
            message,
            locations: err.locations,
            path: err.path,
            extensions: code ? {code} : undefined,
        }
    }
}

/** List fields under `field` that take a `limit` and were given none, as dotted paths (aliases shown). */
function unlimitedLists(field: FieldNode, parent: GraphQLObjectType | null | undefined, prefix: string): string[] {
    let def = parent?.getFields()[field.name.value]
    if (def == null) return []
    let path = prefix + (field.alias?.value ?? field.name.value)
    let found: string[] = []
    if (isListType(getNullableType(def.type)) && def.args.some((a) => a.name == 'limit') && !field.arguments?.some((a) => a.name.value == 'limit')) {
        found.push(path)
    }
    let type = getNamedType(def.type)
    if (field.selectionSet && isObjectType(type)) {
        for (let sel of field.selectionSet.selections) {
            if (sel.kind == Kind.FIELD) found.push(...unlimitedLists(sel, type, path + '.'))
        }
    }
    return found
}

export function oneLine(text: string): string {
    return text.replace(/\s*\n\s*/g, ' ').trim()
}

/** The JSON body of an HTTP-level error (bad body, unknown path): the same shape as GraphQL errors. */
export function httpErrorBody(message: string, code: string): {errors: ApiErrorBody[]} {
    return {errors: [{message: oneLine(message), extensions: {code}}]}
}

/** One line for body-parser's errors (express sets `type` and `status` on them). */
export function bodyErrorMessage(err: {type?: string; message?: string; status?: number}, limits: ApiLimits): {status: number; message: string; code: string} {
    switch (err.type) {
        case 'entity.too.large':
            return {status: 413, message: `request body is larger than ${limits.maxRequestSizeKb} kB (--max-request-size)`, code: 'REQUEST_TOO_LARGE'}
        case 'entity.parse.failed':
            return {status: 400, message: 'request body is not valid JSON: send {"query": "...", "variables": {...}} with content-type: application/json', code: 'BAD_REQUEST'}
        case 'encoding.unsupported':
        case 'charset.unsupported':
            return {status: 415, message: oneLine(err.message ?? 'unsupported request encoding'), code: 'BAD_REQUEST'}
        default: {
            let status = err.status && err.status >= 400 && err.status < 600 ? err.status : 500
            return {status, message: status < 500 ? oneLine(err.message ?? 'bad request') : 'internal server error', code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR'}
        }
    }
}
