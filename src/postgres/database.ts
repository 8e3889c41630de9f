import path from 'path'
import {Config} from '../config'
import {reachableDataDir, RunningPostgres, startEmbeddedPostgres} from './embedded'
import {ensureApiRole} from './api-role'
import {applyMigrations} from './migrations'

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
export async function prepareDatabase(config: Config, dataDir = path.resolve(config.dataDir, 'postgres')): Promise<PreparedDatabase> {
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
        env = {DB_HOST: '127.0.0.1', DB_PORT: String(db.port), DB_NAME: db.name, DB_USER: db.user, DB_PASS: db.pass}
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
            await ensureApiRole({host: '127.0.0.1', port: db.port, database: db.name, user: db.user, password: db.pass}, db.apiRole)
        }
    } catch (e) {
        await embedded?.stop()
        throw new Error(`could not prepare the database (${describe(env)}): ${(e as Error).message}`)
    }
    return {
        env,
        describe: describe(env) + (embedded ? ` (embedded, data in ${embedded.dataDir})` : ''),
        embedded,
        stop: async () => {
            await embedded?.stop()
        },
    }
}

function describe(env: Record<string, string>): string {
    if (env.DB_URL) {
        let u = new URL(env.DB_URL)
        u.password = u.password ? '***' : ''
        return u.toString()
    }
    return `postgres://${env.DB_USER}@${env.DB_HOST}:${env.DB_PORT}/${env.DB_NAME}`
}
