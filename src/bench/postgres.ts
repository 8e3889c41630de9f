import fs from 'fs'
import os from 'os'
import path from 'path'
import pg from 'pg'
import {startEmbeddedPostgres, RunningPostgres} from '../postgres/embedded'
import {applyMigrations} from '../postgres/migrations'

export interface BenchDb {
    env: Record<string, string>
    pool: pg.Pool
    drop(): Promise<void>
}

/** One embedded PostgreSQL for the whole bench; each run gets a new database with the migrations applied. */
export class BenchPostgres {
    private constructor(private server: RunningPostgres, private root: string) {}

    static async start(port: number): Promise<BenchPostgres> {
        // under the system temp dir: reachable by the postgres user even when the checkout is not
        let root = fs.mkdtempSync(path.join(os.tmpdir(), 'stakewatch-bench-'))
        fs.chmodSync(root, 0o755)
        let server = await startEmbeddedPostgres({dataDir: path.join(root, 'pg'), port, user: 'postgres', password: 'postgres', database: 'postgres'})
        return new BenchPostgres(server, root)
    }

    get port(): number {
        return this.server.port
    }

    async createDatabase(name: string): Promise<BenchDb> {
        let admin = new pg.Client({host: '127.0.0.1', port: this.port, user: 'postgres', password: 'postgres', database: 'postgres'})
        await admin.connect()
        await admin.query(`DROP DATABASE IF EXISTS ${name}`)
        await admin.query(`CREATE DATABASE ${name}`)
        await admin.end()
        let env = {DB_HOST: '127.0.0.1', DB_PORT: String(this.port), DB_NAME: name, DB_USER: 'postgres', DB_PASS: 'postgres'}
        Object.assign(process.env, env)
        await applyMigrations(path.resolve(__dirname, '..', '..'))
        let pool = new pg.Pool({host: '127.0.0.1', port: this.port, user: 'postgres', password: 'postgres', database: name, max: 4})
        return {
            env,
            pool,
            drop: async () => {
                await pool.end()
            },
        }
    }

    async stop(): Promise<void> {
        await this.server.stop()
        fs.rmSync(this.root, {recursive: true, force: true})
    }
}
