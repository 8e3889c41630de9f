import {createOrmConfig} from '@subsquid/typeorm-config'
import {createConnectionOptions} from '@subsquid/typeorm-config/lib/connectionOptions'
import fs from 'fs'
import path from 'path'
import pg from 'pg'
import {DataSource} from 'typeorm'

/** pg_advisory_lock key of the migrations: every stakewatch process that migrates takes it first. */
const MIGRATIONS_LOCK = 0x5354414b45 // "STAKE"

/**
 * Applies pending migrations from db/migrations (all in one transaction), with the connection settings the
 * Subsquid store itself uses (DB_* variables), so the processor and the migrations can never disagree.
 *
 * Processes started together (`npm run process` and `npm run serve`, or several replicas) must not migrate at
 * once: the work happens under a PostgreSQL advisory lock; the second waits, then finds everything applied.
 * When nothing is pending (every start but the first) it costs one query and no lock.
 */
export async function applyMigrations(projectDir = process.cwd()): Promise<string[]> {
    let wanted = migrationNames(projectDir)
    let client = new pg.Client(pgConfig())
    await client.connect()
    try {
        if (await allApplied(client, wanted)) return []
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATIONS_LOCK])
        try {
            // another process may have applied them while we waited
            if (await allApplied(client, wanted)) return []
            return await runTypeormMigrations(projectDir)
        } finally {
            await client.query('SELECT pg_advisory_unlock($1)', [MIGRATIONS_LOCK]).catch(() => null)
        }
    } finally {
        await client.end().catch(() => null)
    }
}

/** One query: are all of `wanted` in TypeORM's migrations table? (false when the table is not there yet) */
async function allApplied(client: pg.Client, wanted: string[]): Promise<boolean> {
    try {
        let res = await client.query<{name: string}>('SELECT name FROM migrations')
        let applied = new Set(res.rows.map((r) => r.name))
        return wanted.every((n) => applied.has(n))
    } catch (e) {
        if ((e as {code?: string}).code == '42P01') return false // undefined_table: a new database
        throw e
    }
}

/** The migrations' names as TypeORM records them (the `name` of each class in db/migrations/*.js). */
function migrationNames(projectDir: string): string[] {
    let dir = path.join(projectDir, 'db', 'migrations')
    if (!fs.existsSync(dir)) return []
    return fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.js'))
        .flatMap((f) => {
            let exported = require(path.join(dir, f))
            let classes: unknown[] = typeof exported == 'function' ? [exported] : Object.values(exported)
            return classes
                .filter((c): c is new () => {name?: string} => typeof c == 'function')
                .map((Migration) => new Migration().name ?? Migration.name)
        })
}

async function runTypeormMigrations(projectDir: string): Promise<string[]> {
    let connection = new DataSource({
        ...createOrmConfig({projectDir}),
        subscribers: [],
        synchronize: false,
        migrationsRun: false,
        dropSchema: false,
        logging: ['error'],
    })
    await connection.initialize()
    try {
        let applied = await connection.runMigrations({transaction: 'all'})
        return applied.map((m) => m.name)
    } finally {
        await connection.destroy().catch(() => null)
    }
}

/** node-postgres settings from the same DB_* variables the Subsquid store reads. */
export function pgConfig(): pg.ClientConfig {
    let o = createConnectionOptions()
    let ssl = o.ssl || undefined
    if (o.url != null) return {connectionString: o.url, ssl}
    return {host: o.host, port: o.port, database: o.database, user: o.username, password: o.password, ssl}
}

/** SQL that would bring an empty database to the current model (for generating the migration). */
export async function schemaSql(projectDir = process.cwd()): Promise<{up: string[]; down: string[]}> {
    let connection = new DataSource({...createOrmConfig({projectDir}), synchronize: false, logging: ['error']})
    await connection.initialize()
    try {
        let sql = await connection.driver.createSchemaBuilder().log()
        return {
            up: sql.upQueries.map((q) => q.query),
            down: sql.downQueries.map((q) => q.query).reverse(),
        }
    } finally {
        await connection.destroy().catch(() => null)
    }
}
