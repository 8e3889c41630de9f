import fs from 'fs'
import os from 'os'
import path from 'path'
import pg from 'pg'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {freePort} from '../../lib/devnet/ports'
import {RunningPostgres, startEmbeddedPostgres} from '../../lib/postgres/embedded'
import {applyMigrations} from '../../lib/postgres/migrations'
import {ROOT} from '../harness/services'

// issue 10 item 2 and issue 15: migrations under an advisory lock, and one query when nothing is pending
describe('applyMigrations', () => {
    let root: string
    let server: RunningPostgres
    let port: number

    beforeAll(async () => {
        root = fs.mkdtempSync(path.join(os.tmpdir(), 'stakewatch-migrations-'))
        fs.chmodSync(root, 0o755)
        port = await freePort()
        // every statement the server runs goes to its log (<dataDir>.log): what we count below
        server = await startEmbeddedPostgres({dataDir: path.join(root, 'pg'), port, user: 'postgres', password: 'postgres', database: 'postgres', serverFlags: ['-c', 'log_statement=all']})
    })
    afterAll(async () => {
        await server?.stop()
        fs.rmSync(root, {recursive: true, force: true})
    })

    async function freshDatabase(name: string): Promise<void> {
        let admin = new pg.Client({host: '127.0.0.1', port, user: 'postgres', password: 'postgres', database: 'postgres'})
        await admin.connect()
        await admin.query(`CREATE DATABASE ${name}`)
        await admin.end()
        Object.assign(process.env, {DB_HOST: '127.0.0.1', DB_PORT: String(port), DB_NAME: name, DB_USER: 'postgres', DB_PASS: 'postgres'})
    }

    function statementsLoggedDuring<T>(fn: () => Promise<T>): Promise<string[]> {
        let log = path.join(root, 'pg.log')
        let from = fs.statSync(log).size
        return fn().then(async () => {
            await new Promise((r) => setTimeout(r, 300)) // the server's log is written asynchronously
            return fs
                .readFileSync(log, 'utf8')
                .slice(from)
                .split('\n')
                .filter((l) => l.includes('LOG:  statement: '))
                .map((l) => l.slice(l.indexOf('statement: ') + 'statement: '.length))
        })
    }

    it('two processes at once on an empty database: one applies, the other waits and finds them applied', async () => {
        await freshDatabase('together')
        let results = await Promise.all([applyMigrations(ROOT), applyMigrations(ROOT), applyMigrations(ROOT)])
        expect(results.map((r) => r.length).sort()).toEqual([0, 0, 1])
        let client = new pg.Client({host: '127.0.0.1', port, user: 'postgres', password: 'postgres', database: 'together'})
        await client.connect()
        let rows = (await client.query('SELECT name FROM migrations')).rows
        await client.end()
        expect(rows).toHaveLength(1)
    })

    it('already applied: one query, no lock', async () => {
        await freshDatabase('applied')
        expect((await applyMigrations(ROOT)).length).toBe(1)
        let statements = await statementsLoggedDuring(() => applyMigrations(ROOT))
        expect(statements).toEqual(['SELECT name FROM migrations'])
    })
})
