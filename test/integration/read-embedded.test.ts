import {spawnSync} from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'
import pg from 'pg'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {freePort} from '../../lib/devnet/ports'
import {startEmbeddedPostgres} from '../../lib/postgres/embedded'
import {applyMigrations} from '../../lib/postgres/migrations'
import {LIB, ROOT} from '../harness/services'

// The read-only tools find the embedded database of `npm start` (no DB_*): where it is served, or, when nothing
// serves it, by starting it from $DATA_DIR/postgres for the time of the read.
describe('digest and reconcile read the embedded database', () => {
    let dataDir: string
    let port: number
    let env: Record<string, string | undefined>
    beforeAll(async () => {
        dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stakewatch-read-'))
        fs.chmodSync(dataDir, 0o755)
        port = await freePort()
        // the embedded settings of config.ts: user postgres, password postgres, database stakewatch
        let pgServer = await startEmbeddedPostgres({dataDir: path.join(dataDir, 'postgres'), port, user: 'postgres', password: 'postgres', database: 'stakewatch'})
        let saved = {...process.env}
        Object.assign(process.env, {DB_HOST: '127.0.0.1', DB_PORT: String(port), DB_NAME: 'stakewatch', DB_USER: 'postgres', DB_PASS: 'postgres'})
        try {
            await applyMigrations(ROOT)
        } finally {
            for (let k of ['DB_HOST', 'DB_PORT', 'DB_NAME', 'DB_USER', 'DB_PASS']) process.env[k] = saved[k]
            await pgServer.stop()
        }
        env = {...process.env, DATA_DIR: dataDir, EMBEDDED_DB_PORT: String(port)}
        for (let k of ['DB_URL', 'DB_HOST', 'DB_PORT', 'DB_NAME', 'DB_USER', 'DB_PASS']) delete env[k]
    })
    afterAll(() => {
        fs.rmSync(dataDir, {recursive: true, force: true})
    })

    const run = (cli: string, args: string[] = []) => spawnSync(process.execPath, [path.join(LIB, 'cli', cli), ...args], {env: env as any, encoding: 'utf8'})

    it('starts it from its files when nothing serves it, and stops it after', async () => {
        let out = run('digest.js')
        expect(out.status, out.stderr).toBe(0)
        expect(out.stdout).toContain(`(embedded, data in ${path.join(dataDir, 'postgres')})`)
        expect(out.stdout).toMatch(/^account +0  [0-9a-f]{64}$/m)
        let client = new pg.Client({host: '127.0.0.1', port, user: 'postgres', password: 'postgres', database: 'stakewatch'})
        await expect(client.connect()).rejects.toThrow()
    })

    it('reads it where it is served, and leaves it running', async () => {
        let server = await startEmbeddedPostgres({dataDir: path.join(dataDir, 'postgres'), port, user: 'postgres', password: 'postgres', database: 'stakewatch'})
        try {
            let out = run('digest.js')
            expect(out.status, out.stderr).toBe(0)
            expect(out.stdout).toContain('(embedded, running)')
            // reconcile reads the same way; this database has no squid status yet: one line, exit code 3
            let rec = run('reconcile.js', [])
            expect(rec.status).toBe(3)
            expect(rec.stderr.trim()).toBe('stakewatch reconcile: the database has no squid_processor.status table: the squid has not indexed into it yet')
            let client = new pg.Client({host: '127.0.0.1', port, user: 'postgres', password: 'postgres', database: 'stakewatch'})
            await client.connect()
            await client.end()
        } finally {
            await server.stop()
        }
    })
})
