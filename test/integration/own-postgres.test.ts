import fs from 'fs'
import path from 'path'
import pg from 'pg'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import * as lidoAbi from '../../lib/abi/Lido'
import {allContractAddresses} from '../../lib/devnet/addresses'
import {Anvil} from '../../lib/devnet/anvil'
import {DevnetChain} from '../../lib/devnet/chain'
import {freePort} from '../../lib/devnet/ports'
import {RunningPostgres, startEmbeddedPostgres} from '../../lib/postgres/embedded'
import {book, encodeEvent} from '../harness'
import {testDataPrefix} from '../harness/processes'
import {ChildService, LIB, ROOT} from '../harness/services'

const STETH = book.lido.steth.address
const ZERO = '0x0000000000000000000000000000000000000000'
const ALICE = '0x00000000000000000000000000000000000a11ce'

/** The fenced block of `lang` that follows `heading` in README.md. */
function readmeBlock(heading: string, lang: string): string {
    let readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')
    let section = readme.slice(readme.indexOf(`## ${heading}\n`))
    let m = new RegExp('```' + lang + '\\n([\\s\\S]*?)```').exec(section)
    if (!m) throw new Error(`README "${heading}" has no ${lang} block`)
    return m[1]
}

/** Runs a psql-style script: statements end with `;` at a line end, `\connect db` switches database. */
async function runPsqlScript(script: string, connect: (database: string) => pg.ClientConfig): Promise<void> {
    let database = 'postgres'
    let statements: {database: string; sql: string}[] = []
    let current = ''
    for (let line of script.split('\n')) {
        let c = /^\\(?:connect|c)\s+(\S+)/.exec(line.trim())
        if (c) {
            database = c[1]
            continue
        }
        current += line + '\n'
        if (line.trim().endsWith(';')) {
            statements.push({database, sql: current.trim()})
            current = ''
        }
    }
    expect(current.trim()).toBe('')
    for (let s of statements) {
        let client = new pg.Client(connect(s.database))
        await client.connect()
        try {
            await client.query(s.sql)
        } finally {
            await client.end()
        }
    }
}

describe('roles: a processor role and a read-only API role', () => {
    let anvil: Anvil
    let chain: DevnetChain
    let dataRoot: string
    let block: number
    beforeAll(async () => {
        anvil = await Anvil.start({port: await freePort()})
        chain = new DevnetChain(anvil.rpc)
        await chain.setup(allContractAddresses(book))
        block = await chain.mineBlock({
            timestamp: 1_800_000_000,
            txs: [[
                encodeEvent(STETH, lidoAbi.events.Submitted, {sender: ALICE, amount: 10n ** 18n, referral: ZERO}),
                encodeEvent(STETH, lidoAbi.events.TransferShares, {from: ZERO, to: ALICE, sharesValue: 10n ** 18n}),
            ]],
        })
        dataRoot = fs.mkdtempSync(testDataPrefix())
        fs.chmodSync(dataRoot, 0o755)
        for (let k of ['DB_URL', 'DB_HOST', 'DB_PORT', 'DB_NAME', 'DB_USER', 'DB_PASS', 'DB_API_USER', 'DB_API_PASS']) delete process.env[k]
    })
    afterAll(async () => {
        await anvil?.stop()
        fs.rmSync(dataRoot, {recursive: true, force: true})
    })

    async function whenIndexed(gqlUrl: string, start: ChildService): Promise<any> {
        for (let i = 0; i < 1200; i++) {
            if (!start.running) throw new Error(`start exited:\n${start.tail()}`)
            try {
                let res = await fetch(gqlUrl, {
                    method: 'POST',
                    headers: {'content-type': 'application/json'},
                    body: JSON.stringify({query: `{ squidStatus { height } deposits(limit: 5) { amount account { id } } }`}),
                })
                let body: any = await res.json()
                if (body.data?.squidStatus?.height >= block) return body.data
            } catch {}
            await new Promise((r) => setTimeout(r, 100))
        }
        throw new Error(`not indexed:\n${start.tail()}`)
    }

    /** Who is connected to `database`, by role (our own admin connection aside). */
    async function connectedRoles(admin: pg.ClientConfig, database: string): Promise<string[]> {
        let c = new pg.Client(admin)
        await c.connect()
        try {
            let r = await c.query(`SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid() ORDER BY 1`, [database])
            return r.rows.map((row) => row.usename)
        } finally {
            await c.end()
        }
    }

    async function cannotWrite(config: pg.ClientConfig): Promise<string[]> {
        let c = new pg.Client(config)
        await c.connect()
        let errors: string[] = []
        try {
            for (let sql of [
                `INSERT INTO account (id, steth_shares, wsteth_balance, reth_balance, first_seen_block) VALUES ('0x1', 0, 0, 0, 0)`,
                `UPDATE squid_processor.status SET height = 0`,
                `CREATE TABLE public.intruder (x int)`,
                `BEGIN READ WRITE; DELETE FROM deposit; COMMIT`,
            ]) {
                await c.query(sql).then(
                    () => errors.push(`allowed: ${sql}`),
                    () => c.query('ROLLBACK').catch(() => {})
                )
            }
            // reading is what it is for
            let r = await c.query('SELECT count(*)::int AS n FROM deposit')
            expect(r.rows[0].n).toBe(1)
        } finally {
            await c.end()
        }
        return errors
    }

    it("README's SQL as written: npm start writes as the processor role, the API reads as the read-only role", async () => {
        let port = await freePort()
        let server: RunningPostgres = await startEmbeddedPostgres({dataDir: path.join(dataRoot, 'own'), port, user: 'postgres', password: 'postgres', database: 'postgres'})
        let admin = (database: string): pg.ClientConfig => ({host: '127.0.0.1', port, user: 'postgres', password: 'postgres', database})
        let start: ChildService | undefined
        try {
            await runPsqlScript(readmeBlock('Run with your own PostgreSQL', 'sql'), admin)
            // the README's command, pointed at this server
            let command = readmeBlock('Run with your own PostgreSQL', 'bash')
            let vars = Object.fromEntries([...command.matchAll(/\b(DB_[A-Z_]+)=(\S+)/g)].map((m) => [m[1], m[2]]))
            expect(Object.keys(vars).sort()).toEqual(['DB_API_PASS', 'DB_API_USER', 'DB_HOST', 'DB_NAME', 'DB_PASS', 'DB_PORT', 'DB_USER'])
            let gqlPort = await freePort()
            start = ChildService.start('start', path.join(LIB, 'cli', 'start.js'), [], {
                ...vars,
                DB_HOST: '127.0.0.1',
                DB_PORT: String(port),
                NETWORK: 'devnet',
                RPC_ETH_HTTP: anvil.url,
                FINALITY_CONFIRMATION: '0',
                GQL_PORT: String(gqlPort),
            })
            let data = await whenIndexed(`http://127.0.0.1:${gqlPort}/graphql`, start)
            expect(data.deposits).toEqual([{amount: '1000000000000000000', account: {id: ALICE}}])
            expect(await connectedRoles(admin('postgres'), vars.DB_NAME)).toEqual([vars.DB_API_USER, vars.DB_USER].sort())
            let api = {host: '127.0.0.1', port, user: vars.DB_API_USER, password: vars.DB_API_PASS, database: vars.DB_NAME}
            expect(await cannotWrite(api)).toEqual([])
            expect(await start.stop('SIGTERM')).toBe(0)
        } finally {
            await start?.stop('SIGKILL')
            await server.stop()
        }
    })

    it('npm start on the embedded database creates the DB_API_USER role and the API connects as it', async () => {
        let dbPort = await freePort()
        let gqlPort = await freePort()
        let start = ChildService.start('start', path.join(LIB, 'cli', 'start.js'), [], {
            NETWORK: 'devnet',
            RPC_ETH_HTTP: anvil.url,
            FINALITY_CONFIRMATION: '0',
            DATA_DIR: path.join(dataRoot, 'embedded'),
            EMBEDDED_DB_PORT: String(dbPort),
            GQL_PORT: String(gqlPort),
            DB_API_USER: 'stakewatch_reader',
            DB_API_PASS: 'reader secret',
        })
        try {
            await whenIndexed(`http://127.0.0.1:${gqlPort}/graphql`, start)
            let admin = {host: '127.0.0.1', port: dbPort, user: 'postgres', password: 'postgres', database: 'postgres'}
            expect(await connectedRoles(admin, 'stakewatch')).toEqual(['postgres', 'stakewatch_reader'])
            expect(await cannotWrite({...admin, user: 'stakewatch_reader', password: 'reader secret', database: 'stakewatch'})).toEqual([])
            expect(await start.stop('SIGTERM')).toBe(0)
        } finally {
            await start.stop('SIGKILL')
        }
    })
})
