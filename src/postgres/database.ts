import path from 'path'
import pg from 'pg'
import {Config} from '../config'
import {reachableDataDir, RunningPostgres, startEmbeddedPostgres} from './embedded'
import {ensureApiRole} from './api-role'
import {clusterRunning} from './cluster'
import {describeDatabaseError} from './errors'
import {applyMigrations, pgConfig} from './migrations'

export interface PreparedDatabase {
    /** DB_* variables for the processor and the GraphQL server */
    env: Record<string, string>
    /** where to reach it, password hidden */
    describe: string
    embedded?: RunningPostgres
    stop(): Promise<void>
}

/**
 * The database the squid writes to: the user's own (DB_URL or DB_HOST/...) or, when none is configured, an
 * embedded PostgreSQL with its files under `dataDir` (kept across restarts). Migrations are applied either way.
 */
export async function prepareDatabase(config: Config, dataDir = embeddedDataDir(config)): Promise<PreparedDatabase> {
    let db = config.db
    let env: Record<string, string>
    let embedded: RunningPostgres | undefined
    if (db.kind == 'embedded') {
        let dir = reachableDataDir(dataDir)
        embedded = await startEmbeddedPostgres({
            dataDir: dir,
            port: db.port,
            user: db.user,
            password: db.pass,
            database: db.name,
        })
        // a server already running for this data directory keeps its port
        env = {DB_HOST: '127.0.0.1', DB_PORT: String(embedded.port), DB_NAME: db.name, DB_USER: db.user, DB_PASS: db.pass}
    } else if (db.url) {
        env = {DB_URL: db.url}
        if (process.env.DB_USER) env.DB_USER = db.user
        if (process.env.DB_PASS) env.DB_PASS = db.pass
    } else {
        env = {DB_HOST: db.host, DB_PORT: String(db.port), DB_NAME: db.name, DB_USER: db.user, DB_PASS: db.pass}
    }
    // the Subsquid libraries (store, migrations, GraphQL server) read these themselves
    Object.assign(process.env, env)
    try {
        await applyMigrations()
        // on the embedded database we own, `npm start` creates the API's read-only role when one is set
        if (embedded && db.apiRole) {
            await ensureApiRole({host: '127.0.0.1', port: embedded.port, database: db.name, user: db.user, password: db.pass}, db.apiRole)
        }
    } catch (e) {
        await embedded?.stop()
        let problem = describeDatabaseError(e, db)
        if (problem) throw new DatabaseSettingError(problem.message)
        throw new Error(`could not prepare the database (${describe(env)}): ${(e as Error).message}`)
    }
    return {
        env,
        describe: describe(env) + (embedded ? ` (embedded, data in ${embedded.dataDir}${embedded.joined ? ', already running' : ''})` : ''),
        embedded,
        stop: async () => {
            await embedded?.stop()
        },
    }
}

/** Where `npm start` / `process` / `serve` keep the embedded PostgreSQL: `$DATA_DIR/postgres`. */
export function embeddedDataDir(config: Config, name = 'postgres'): string {
    return path.resolve(config.dataDir, name)
}

/** Whether the embedded database of `dataDir` is running already (its port is then ours, not taken). */
export function embeddedRunning(dataDir: string): boolean {
    return clusterRunning(reachableDataDir(dataDir))
}

/** True when the database (DB_* of this process) accepts a connection, or why not. */
export async function databaseAnswers(): Promise<true | string> {
    let client = new pg.Client({...pgConfig(), connectionTimeoutMillis: 5000})
    client.on('error', () => {})
    try {
        await client.connect()
        return true
    } catch (e) {
        let err = e as {code?: string; message?: string}
        return err.code ?? err.message ?? String(e)
    } finally {
        await client.end().catch(() => {})
    }
}

/** The database refuses us or does not answer: one line naming the setting; the program exits with code 2. */
export class DatabaseSettingError extends Error {}

function describe(env: Record<string, string>): string {
    if (env.DB_URL) {
        let u = new URL(env.DB_URL)
        u.password = u.password ? '***' : ''
        return u.toString()
    }
    return `postgres://${env.DB_USER}@${env.DB_HOST}:${env.DB_PORT}/${env.DB_NAME}`
}
