import fs from 'fs'
import path from 'path'
import pg from 'pg'
import {Config, redact} from '../config'
import {reachableDataDir, RunningPostgres, startEmbeddedPostgres} from './embedded'

export interface IndexedDatabase {
    client: pg.Client
    /** where it is, password hidden */
    describe: string
    close(): Promise<void>
}

/**
 * A connection to the database the squid indexed into, for tools that only read it (reconcile, digest): the
 * user's own (DB_*), or the embedded one — reached where `npm start` serves it, else started from its data
 * directory for the time of the read and stopped after. No migration is run: nothing is written.
 */
export async function openIndexedDatabase(config: Config): Promise<IndexedDatabase> {
    let db = config.db
    if (db.kind == 'external') {
        // DB_URL, with DB_USER / DB_PASS overriding its credentials when set (as for the processor)
        let client = new pg.Client(
            db.url
                ? {connectionString: db.url, user: process.env.DB_USER ? db.user : undefined, password: process.env.DB_PASS ? db.pass : undefined}
                : {host: db.host, port: db.port, database: db.name, user: db.user, password: db.pass}
        )
        let where = db.url ? redact(db.url) : `postgres://${db.user}@${db.host}:${db.port}/${db.name}`
        await connect(client, where)
        return {client, describe: where, close: () => client.end()}
    }
    let settings = {host: '127.0.0.1', port: db.port, database: db.name, user: db.user, password: db.pass}
    let where = `postgres://${db.user}@127.0.0.1:${db.port}/${db.name}`
    let client = new pg.Client(settings)
    try {
        await client.connect()
        return {client, describe: `${where} (embedded, running)`, close: () => client.end()}
    } catch (e) {
        if ((e as any)?.code != 'ECONNREFUSED') throw new Error(`could not read the database ${where}: ${(e as Error).message}`)
    }
    // nothing listens: start the embedded server from its files, if there are any
    let dataDir = reachableDataDir(path.resolve(config.dataDir, 'postgres'))
    if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) {
        throw new Error(`no indexed database: nothing listens on ${where} and ${dataDir} holds no embedded PostgreSQL (npm start creates it; or set DB_*)`)
    }
    let embedded: RunningPostgres = await startEmbeddedPostgres({dataDir, port: db.port, user: db.user, password: db.pass, database: db.name})
    client = new pg.Client(settings)
    try {
        await connect(client, where)
    } catch (e) {
        await embedded.stop()
        throw e
    }
    return {
        client,
        describe: `${where} (embedded, data in ${dataDir})`,
        close: async () => {
            await client.end().catch(() => {})
            await embedded.stop()
        },
    }
}

async function connect(client: pg.Client, where: string): Promise<void> {
    try {
        await client.connect()
    } catch (e) {
        throw new Error(`could not read the database ${where}: ${(e as Error).message}`)
    }
}
