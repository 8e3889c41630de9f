/**
 * Every setting, read from the environment once and validated. Nothing else in the squid reads process.env
 * for its own settings (the Subsquid libraries read DB_* and GQL_PORT themselves; we validate those here too,
 * so a typo fails at start with one line instead of deep inside a library).
 */
import {NETWORKS, NetworkName} from './networks'
import {exitWithSettingError, stakewatchLogger} from './telemetry/log'

export const DEFAULT_MAINNET_RPC = 'https://ethereum-rpc.publicnode.com'
export const DEFAULT_MAINNET_GATEWAY = 'https://v2.archive.subsquid.io/network/ethereum-mainnet'
export const DEFAULT_GQL_PORT = 4350
export const DEFAULT_DASHBOARD_PORT = 4380
export const DEFAULT_EMBEDDED_DB_PORT = 23798
export const DEFAULT_PROMETHEUS_PORT = 4351
export const DEFAULT_DEMO_ANVIL_PORT = 18545
export const DEFAULT_DEMO_DB_PORT = 23799

/** A bad setting: main programs print `message` alone and exit with code 2. */
export class ConfigError extends Error {
    constructor(readonly variable: string, readonly accepts: string, readonly value: string) {
        super(`${variable}=${JSON.stringify(value)} is not valid: ${variable} accepts ${accepts}`)
    }
}

export interface DbConfig {
    /** `embedded`: no DB_* setting, the squid starts its own PostgreSQL under `.data/` */
    kind: 'embedded' | 'external'
    url?: string
    host: string
    port: number
    name: string
    user: string
    pass: string
    /** DB_API_USER / DB_API_PASS: the read-only role the GraphQL API connects as (optional) */
    apiRole?: {user: string; pass: string}
}

export interface Config {
    network: NetworkName
    rpc: {url: string; rateLimit?: number}
    /**
     * Archive-node mode: a loopback RPC front turns the processor's unfiltered `eth_getLogs` into address/topic
     * filtered ones (RPC_FILTER_LOGS, default on for http(s) nodes).
     */
    filterLogs: boolean
    /** undefined = RPC only */
    gateway?: string
    fromBlock?: number
    toBlock?: number
    finalityConfirmation: number
    db: DbConfig
    gqlPort: number
    /** the dashboard page's own HTTP port (DASHBOARD_PORT); null = `off`, no dashboard */
    dashboardPort: number | null
    /** the processor's metrics (PROMETHEUS_PORT; 0 = any free port) */
    prometheusPort: number
    /** which variable set `prometheusPort`, for messages (the SQD Cloud sets PROCESSOR_PROMETHEUS_PORT) */
    prometheusPortVariable: string
    /** where the embedded PostgreSQL keeps its files (DATA_DIR, default .data) */
    dataDir: string
    /** `npm run demo`: its anvil's port and its own embedded database's port */
    demo: {anvilPort: number; dbPort: number}
}

type Env = Record<string, string | undefined>

export function loadConfig(env: Env = process.env): Config {
    let network = oneOf(env, 'NETWORK', Object.keys(NETWORKS) as NetworkName[], 'mainnet')
    let devnet = network == 'devnet'

    let rpcUrl = url(env, 'RPC_ETH_HTTP', ['http:', 'https:', 'ws:', 'wss:'], devnet ? undefined : DEFAULT_MAINNET_RPC)
    if (rpcUrl == null) {
        throw new ConfigError('RPC_ETH_HTTP', 'an http(s) or ws(s) URL of an Ethereum node; NETWORK=devnet needs one (e.g. http://127.0.0.1:8545)', '')
    }
    let rateLimit = int(env, 'RPC_ETH_RATE_LIMIT', 1)
    let filterLogs = bool(env, 'RPC_FILTER_LOGS', /^https?:/.test(rpcUrl))
    if (filterLogs && !/^https?:/.test(rpcUrl)) {
        throw new ConfigError('RPC_FILTER_LOGS', 'false when RPC_ETH_HTTP is a ws(s) URL (the log filter front speaks HTTP); unset it', env.RPC_FILTER_LOGS!)
    }

    // devnet means RPC only; an empty SQD_GATEWAY means RPC only on mainnet too
    let gateway: string | undefined
    if (devnet) {
        if (env.SQD_GATEWAY) throw new ConfigError('SQD_GATEWAY', 'nothing with NETWORK=devnet (a local chain is read over RPC only); unset it', env.SQD_GATEWAY)
    } else if (env.SQD_GATEWAY === '') {
        gateway = undefined
    } else {
        gateway = url(env, 'SQD_GATEWAY', ['http:', 'https:'], DEFAULT_MAINNET_GATEWAY)
    }

    let fromBlock = int(env, 'FROM_BLOCK', 0)
    let toBlock = int(env, 'TO_BLOCK', 0)
    if (fromBlock != null && toBlock != null && toBlock < fromBlock) {
        throw new ConfigError('TO_BLOCK', `a block number >= FROM_BLOCK (${fromBlock})`, env.TO_BLOCK!)
    }

    let finalityConfirmation = int(env, 'FINALITY_CONFIRMATION', 0) ?? (devnet ? 5 : 75)

    return {
        network,
        rpc: {url: rpcUrl, rateLimit},
        filterLogs,
        gateway,
        fromBlock,
        toBlock,
        finalityConfirmation,
        db: dbConfig(env),
        gqlPort: int(env, 'GQL_PORT', 1, 65535) ?? DEFAULT_GQL_PORT,
        dashboardPort: env.DASHBOARD_PORT == 'off' ? null : int(env, 'DASHBOARD_PORT', 1, 65535, ', or off') ?? DEFAULT_DASHBOARD_PORT,
        ...prometheus(env),
        dataDir: env.DATA_DIR || '.data',
        demo: {
            anvilPort: int(env, 'DEMO_ANVIL_PORT', 1, 65535) ?? DEFAULT_DEMO_ANVIL_PORT,
            dbPort: int(env, 'DEMO_DB_PORT', 1, 65535) ?? DEFAULT_DEMO_DB_PORT,
        },
    }
}

/** PROCESSOR_PROMETHEUS_PORT (what the SQD Cloud sets, and the SDK prefers) wins over PROMETHEUS_PORT. */
function prometheus(env: Env): {prometheusPort: number; prometheusPortVariable: string} {
    let platform = int(env, 'PROCESSOR_PROMETHEUS_PORT', 0, 65535)
    if (platform != null) return {prometheusPort: platform, prometheusPortVariable: 'PROCESSOR_PROMETHEUS_PORT'}
    return {prometheusPort: int(env, 'PROMETHEUS_PORT', 0, 65535) ?? DEFAULT_PROMETHEUS_PORT, prometheusPortVariable: 'PROMETHEUS_PORT'}
}

function dbConfig(env: Env): DbConfig {
    let external = ['DB_URL', 'DB_HOST', 'DB_PORT', 'DB_NAME', 'DB_USER', 'DB_PASS'].some((k) => env[k])
    let dbUrl = url(env, 'DB_URL', ['postgres:', 'postgresql:'])
    let port = int(env, 'DB_PORT', 1, 65535)
    let name = env.DB_NAME || 'stakewatch'
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(name)) {
        throw new ConfigError('DB_NAME', 'a PostgreSQL database name (letters, digits and _, not starting with a digit)', name)
    }
    if (env.DB_HOST != null && !/^[A-Za-z0-9.\-_:\[\]]+$/.test(env.DB_HOST)) {
        throw new ConfigError('DB_HOST', 'a host name or IP address', env.DB_HOST)
    }
    let apiRole: DbConfig['apiRole']
    if (env.DB_API_USER) {
        if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(env.DB_API_USER)) {
            throw new ConfigError('DB_API_USER', 'a PostgreSQL role name (letters, digits and _, not starting with a digit)', env.DB_API_USER)
        }
        if (!env.DB_API_PASS) throw new ConfigError('DB_API_PASS', 'the password of DB_API_USER (set both, or neither)', '')
        apiRole = {user: env.DB_API_USER, pass: env.DB_API_PASS}
    } else if (env.DB_API_PASS) {
        throw new ConfigError('DB_API_USER', 'the read-only role DB_API_PASS belongs to (set both, or neither)', '')
    }
    return {
        apiRole,
        kind: external ? 'external' : 'embedded',
        url: dbUrl,
        host: env.DB_HOST || '127.0.0.1',
        port: external ? port ?? 5432 : int(env, 'EMBEDDED_DB_PORT', 1, 65535) ?? DEFAULT_EMBEDDED_DB_PORT,
        name,
        user: env.DB_USER || 'postgres',
        pass: env.DB_PASS ?? 'postgres',
    }
}

function oneOf<T extends string>(env: Env, key: string, values: T[], dflt: T): T {
    let raw = env[key]
    if (raw == null || raw === '') return dflt
    if ((values as string[]).includes(raw)) return raw as T
    throw new ConfigError(key, `one of ${values.join(', ')}`, raw)
}

function bool(env: Env, key: string, dflt: boolean): boolean {
    let raw = env[key]
    if (raw == null || raw === '') return dflt
    if (raw == 'true' || raw == '1') return true
    if (raw == 'false' || raw == '0') return false
    throw new ConfigError(key, 'true or false (or 1 / 0)', raw)
}

function int(env: Env, key: string, min: number, max = Number.MAX_SAFE_INTEGER, alternatives = ''): number | undefined {
    let raw = env[key]
    if (raw == null || raw === '') return undefined
    let n = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : NaN
    if (!Number.isSafeInteger(n) || n < min || n > max) {
        let range = max == Number.MAX_SAFE_INTEGER ? `a whole number >= ${min}` : `a whole number from ${min} to ${max}`
        throw new ConfigError(key, range + alternatives, raw)
    }
    return n
}

function url(env: Env, key: string, protocols: string[], dflt?: string): string | undefined {
    let raw = env[key]
    if (raw == null || raw === '') return dflt
    let parsed: URL | undefined
    try {
        parsed = new URL(raw)
    } catch {}
    if (parsed == null || !protocols.includes(parsed.protocol)) {
        throw new ConfigError(key, `a URL starting with ${protocols.map((p) => p + '//').join(' or ')}`, raw)
    }
    return raw
}

/** Hides the password of a URL for logs. */
export function redact(u: string): string {
    try {
        let parsed = new URL(u)
        if (parsed.password) parsed.password = '***'
        return parsed.toString()
    } catch {
        return u
    }
}

/**
 * The GraphQL server's settings (it needs no RPC or network): its port, and the DB_* variables it connects
 * with, which are the read-only role's when DB_API_USER is set.
 */
export function loadApiConfig(env: Env = process.env): {port: number; dbEnv: Record<string, string>} {
    let db = dbConfig(env)
    let port = int(env, 'GQL_PORT', 1, 65535) ?? DEFAULT_GQL_PORT
    let dbEnv: Record<string, string> = {}
    if (db.apiRole && db.url) {
        let u = new URL(db.url)
        u.username = encodeURIComponent(db.apiRole.user)
        u.password = encodeURIComponent(db.apiRole.pass)
        dbEnv = {DB_URL: u.toString(), DB_USER: '', DB_PASS: ''}
    } else if (db.apiRole) {
        dbEnv = {DB_USER: db.apiRole.user, DB_PASS: db.apiRole.pass}
    }
    return {port, dbEnv}
}

/**
 * For entry points: load the config or end the program with one line naming the setting, exit code 2.
 */
export function loadConfigOrExit(env: Env = process.env): Config {
    try {
        return loadConfig(env)
    } catch (e) {
        if (e instanceof ConfigError) exitWithSettingError(stakewatchLogger(), e.message)
        throw e
    }
}
