/** The page's only data source: the public GraphQL API (through the dashboard server's same-origin /graphql). */

/** The API (or the dashboard server in front of it) does not answer. */
export class ApiUnreachable extends Error {}
/** The API answered with GraphQL errors. */
export class ApiError extends Error {}

export interface Query {
    /** the exact text sent, shown in the page's "query" dialog */
    text: string
    variables?: Record<string, unknown>
    /** how the page uses it (paging, polling), shown under the query */
    note?: string
}

export async function gql<T>(query: Query | string, variables?: Record<string, unknown>): Promise<T> {
    let text = typeof query == 'string' ? query : query.text
    let vars = variables ?? (typeof query == 'string' ? undefined : query.variables)
    let res: Response
    try {
        res = await fetch('graphql', {
            method: 'POST',
            headers: {'content-type': 'application/json', accept: 'application/json'},
            body: JSON.stringify({query: text, variables: vars}),
        })
    } catch (e) {
        throw new ApiUnreachable('the dashboard server does not answer')
    }
    let body: any
    try {
        body = await res.json()
    } catch {
        throw new ApiUnreachable(`the API answered HTTP ${res.status} without a GraphQL body`)
    }
    let errors: {message: string; extensions?: {code?: string}}[] | undefined = body?.errors
    if (errors?.some((e) => e.extensions?.code == 'API_UNREACHABLE')) throw new ApiUnreachable(errors[0].message)
    if (errors?.length) throw new ApiError(errors.map((e) => e.message).join('; '))
    if (body?.data == null) throw new ApiError(`HTTP ${res.status}: no data`)
    return body.data as T
}

/** Most pages a paged query reads (page size x this bounds a chart's rows). */
const MAX_PAGES = 40

/**
 * A list query with `$limit` and `$offset` (its variables are the first page), read page after page until a short page: the API caps the size of
 * one response, and a day series over years is longer than one page.
 */
export async function gqlPaged<R>(query: Query, field: string, pageSize: number): Promise<R[]> {
    let rows: R[] = []
    for (let page = 0; page < MAX_PAGES; page++) {
        let data = await gql<Record<string, R[]>>(query, {...query.variables, limit: pageSize, offset: page * pageSize})
        rows.push(...data[field])
        if (data[field].length < pageSize) break
    }
    return rows
}

export interface ChainHead {
    head: number | null
    firstBlock: number
    error?: string
}

/** The node's latest block as the dashboard server sees it (null when it cannot tell). */
export async function chainHead(): Promise<ChainHead | null> {
    try {
        let res = await fetch('chain-head', {headers: {accept: 'application/json'}})
        return res.ok ? ((await res.json()) as ChainHead) : null
    } catch {
        return null
    }
}
