/**
 * The GraphQL API's limits: the ONE definition of the server's flags and their defaults. `npm start`,
 * `npm run serve`, the demo, the tests and `commands.json` `serve:prod` (SQD Cloud) all run
 * `node lib/api/server.js`, which takes these flags (and nothing else), so every way of serving the API
 * has the same limits. README "GraphQL API limits" lists them.
 */

export interface ApiLimits {
    /** largest request body accepted, in kB (larger: HTTP 413 with a JSON error) */
    maxRequestSizeKb: number
    /** root fields (aliases count) in one query */
    maxRootFields: number
    /** the response-size estimate (from `limit` arguments and @cardinality hints) a query may reach, in nodes */
    maxResponseSize: number
    /** PostgreSQL statement_timeout of the API's connections, in ms */
    sqlStatementTimeoutMs: number
    /** how deep fields may nest (a root field is level 1, its fields level 2; introspection fields are not counted) */
    maxDepth: number
    /** how many fields a query may select in all (fragments expanded, aliases counted) */
    maxFields: number
}

export interface ApiFlag {
    flag: string
    key: keyof ApiLimits
    unit: string
    default: number
    /** 0 turns the limit off (every flag but the request size) */
    canBeOff: boolean
    meaning: string
}

export const API_FLAGS: ApiFlag[] = [
    {flag: '--max-request-size', key: 'maxRequestSizeKb', unit: 'kB', default: 256, canBeOff: false, meaning: 'largest request body (HTTP 413 above it)'},
    {flag: '--max-root-fields', key: 'maxRootFields', unit: 'fields', default: 20, canBeOff: true, meaning: 'root fields in one query'},
    {flag: '--max-response-size', key: 'maxResponseSize', unit: 'nodes', default: 10000, canBeOff: true, meaning: 'estimated response size (from `limit` arguments and `@cardinality` hints); a list without `limit` counts at its hint'},
    {flag: '--sql-statement-timeout', key: 'sqlStatementTimeoutMs', unit: 'ms', default: 5000, canBeOff: true, meaning: 'PostgreSQL `statement_timeout` of the API connections'},
    {flag: '--max-depth', key: 'maxDepth', unit: 'levels', default: 8, canBeOff: true, meaning: 'nesting of fields (a root field is level 1, its fields level 2)'},
    {flag: '--max-fields', key: 'maxFields', unit: 'fields', default: 500, canBeOff: true, meaning: 'fields selected in all (fragments expanded, aliases counted)'},
]

export const DEFAULT_API_LIMITS: ApiLimits = Object.fromEntries(API_FLAGS.map((f) => [f.key, f.default])) as any

/** A bad flag: the server prints the message alone and exits with code 2. */
export class ApiFlagError extends Error {}

/** `--flag value` or `--flag=value`, each a whole number (0 = off where allowed); anything else is one line naming the flag. */
export function parseApiFlags(argv: string[]): ApiLimits {
    let limits = {...DEFAULT_API_LIMITS}
    let known = API_FLAGS.map((f) => f.flag).join(', ')
    for (let i = 0; i < argv.length; i++) {
        let [name, inline] = argv[i].split(/=(.*)/s, 2)
        let flag = API_FLAGS.find((f) => f.flag == name)
        if (flag == null) throw new ApiFlagError(`unknown option ${JSON.stringify(argv[i])}: the GraphQL server takes ${known}`)
        let raw = inline ?? argv[++i]
        let min = flag.canBeOff ? 0 : 1
        if (raw == null || !/^\d+$/.test(raw) || Number(raw) < min || !Number.isSafeInteger(Number(raw))) {
            let accepts = flag.canBeOff ? `a whole number of ${flag.unit} (0 = no limit)` : `a whole number of ${flag.unit} >= 1`
            throw new ApiFlagError(`${flag.flag}=${JSON.stringify(raw ?? '')} is not valid: ${flag.flag} accepts ${accepts}`)
        }
        limits[flag.key] = Number(raw)
    }
    return limits
}
