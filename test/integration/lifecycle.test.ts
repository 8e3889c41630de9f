import fs from 'fs'
import net from 'net'
import os from 'os'
import path from 'path'
import pg from 'pg'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import * as lidoAbi from '../../lib/abi/Lido'
import {Anvil} from '../../lib/devnet/anvil'
import {allContractAddresses} from '../../lib/devnet/addresses'
import {DevnetChain} from '../../lib/devnet/chain'
import {freePort} from '../../lib/devnet/ports'
import {RunningPostgres, startEmbeddedPostgres} from '../../lib/postgres/embedded'
import {book, encodeEvent} from '../harness'
import {ChildService, LIB} from '../harness/services'

const STETH = book.lido.steth.address
const ZERO = '0x0000000000000000000000000000000000000000'
const DAVE = '0x000000000000000000000000000000000000da7e'

async function portOpen(port: number): Promise<boolean> {
    return new Promise((resolve) => {
        let s = net.connect(port, '127.0.0.1')
        s.once('connect', () => (s.destroy(), resolve(true)))
        s.once('error', () => resolve(false))
    })
}

async function squidHeight(gqlPort: number): Promise<number> {
    try {
        let res = await fetch(`http://127.0.0.1:${gqlPort}/graphql`, {
            method: 'POST',
            headers: {'content-type': 'application/json'},
            body: JSON.stringify({query: '{ squidStatus { height } }'}),
        })
        let body: any = await res.json()
        return body.data?.squidStatus?.height ?? -1
    } catch {
        return -1
    }
}

async function until(check: () => Promise<boolean>, what: string, services: ChildService[], timeoutMs = 90_000): Promise<void> {
    let deadline = Date.now() + timeoutMs
    while (!(await check())) {
        for (let s of services) if (!s.running) throw new Error(`${s.name} exited while waiting for ${what}:\n${s.tail()}`)
        if (Date.now() > deadline) throw new Error(`${what} did not happen:\n${services.map((s) => s.tail()).join('\n')}`)
        await new Promise((r) => setTimeout(r, 100))
    }
}

function records(s: ChildService): any[] {
    return s.lines().map((l) => JSON.parse(l))
}

/** Error and fatal lines, and the PostgreSQL shutdown message that meant a crash under a live connection. */
function troubles(s: ChildService): string[] {
    let bad = records(s).filter((r) => r.level >= 4).map((r) => r.msg)
    if (s.output.join('').includes('terminating connection')) bad.push('terminating connection ...')
    return bad
}

describe('starting and stopping the stack', () => {
    let anvil: Anvil
    let chain: DevnetChain
    let head: number
    let roots: string[] = []

    let tempDir = () => {
        let dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stakewatch-lifecycle-'))
        fs.chmodSync(dir, 0o755)
        roots.push(dir)
        return dir
    }

    beforeAll(async () => {
        anvil = await Anvil.start({port: await freePort()})
        chain = new DevnetChain(anvil.rpc)
        await chain.setup(allContractAddresses(book))
        await chain.mineBlock({timestamp: 1_800_000_000, txs: [[encodeEvent(STETH, lidoAbi.events.Submitted, {sender: DAVE, amount: 7n, referral: ZERO})]]})
        head = await chain.mineEmpty(4)
        for (let k of ['DB_URL', 'DB_HOST', 'DB_PORT', 'DB_NAME', 'DB_USER', 'DB_PASS']) delete process.env[k]
    })
    afterAll(async () => {
        await anvil?.stop()
        for (let dir of roots) fs.rmSync(dir, {recursive: true, force: true})
    })

    let base = () => ({NETWORK: 'devnet', RPC_ETH_HTTP: anvil.url, FINALITY_CONFIRMATION: '2'})

    // issue 10 item 3: API and processor first, then the database; exit 0; every time
    it('SIGTERM to npm start, or Ctrl-C (SIGINT to its process group), 10 times: exit 0, no error, the database down last', async () => {
        let dataDir = tempDir()
        let [gqlPort, dbPort] = [await freePort(), await freePort()]
        let env = {...base(), DATA_DIR: dataDir, EMBEDDED_DB_PORT: String(dbPort), GQL_PORT: String(gqlPort)}
        for (let i = 0; i < 10; i++) {
            let start = ChildService.start('start', path.join(LIB, 'cli', 'start.js'), [], env, {detached: true})
            try {
                await until(async () => (await squidHeight(gqlPort)) >= head - 2, 'the processor at the head', [start])
                let ctrlC = i % 2 == 1
                if (ctrlC) start.signalGroup('SIGINT')
                else start.proc.kill('SIGTERM')
                expect(await start.exited, start.tail()).toBe(0)
                expect(troubles(start), start.tail()).toEqual([])
                expect(records(start).some((r) => r.msg == `${ctrlC ? 'SIGINT' : 'SIGTERM'}: stopping`)).toBe(true)
                expect(await portOpen(dbPort)).toBe(false)
                expect(await portOpen(gqlPort)).toBe(false)
                expect(fs.existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false)
            } finally {
                await start.stop('SIGKILL')
            }
        }
    })

    // issue 10 item 2: how SQD Cloud, docker compose and systemd start them
    it('npm run process and npm run serve on one new embedded database, 5 times (together, serve first, process first): both up, one server', async () => {
        for (let trial = 0; trial < 5; trial++) {
            let dataDir = tempDir()
            let [gqlPort, dbPort] = [await freePort(), await freePort()]
            let env = {...base(), DATA_DIR: dataDir, EMBEDDED_DB_PORT: String(dbPort), GQL_PORT: String(gqlPort)}
            let order = trial % 3
            let process_: ChildService | undefined
            let serve: ChildService | undefined
            try {
                if (order != 1) process_ = ChildService.start('process', path.join(LIB, 'cli', 'process.js'), [], env)
                if (order != 0) await new Promise((r) => setTimeout(r, 300))
                serve = ChildService.start('serve', path.join(LIB, 'cli', 'serve.js'), [], env)
                if (order == 1) {
                    await new Promise((r) => setTimeout(r, 300))
                    process_ = ChildService.start('process', path.join(LIB, 'cli', 'process.js'), [], env)
                }
                let both = [process_!, serve]
                await until(async () => (await squidHeight(gqlPort)) >= head - 2, 'both up, the processor at the head', both)
                let joined = both.filter((s) => records(s).some((r) => /^database .*, already running\)$/.test(r.msg ?? '')))
                expect(joined).toHaveLength(1) // the other started it: one server, never a second initdb
                // the first to stop leaves the database to the other
                let [first, second] = trial % 2 ? [serve, process_!] : [process_!, serve]
                expect(await first.stop('SIGTERM')).toBe(0)
                expect(await portOpen(dbPort)).toBe(true)
                if (second == serve) expect(await squidHeight(gqlPort)).toBeGreaterThanOrEqual(head - 2)
                expect(await second.stop('SIGTERM')).toBe(0)
                expect(await portOpen(dbPort)).toBe(false)
                for (let s of both) expect(troubles(s), s.tail()).toEqual([])
            } finally {
                await process_?.stop('SIGKILL')
                await serve?.stop('SIGKILL')
            }
        }
    })

    describe('your own PostgreSQL', () => {
        let server: RunningPostgres
        let dbPort: number

        beforeAll(async () => {
            dbPort = await freePort()
            server = await startEmbeddedPostgres({dataDir: path.join(tempDir(), 'pg'), port: dbPort, user: 'postgres', password: 'postgres', database: 'postgres'})
        })
        afterAll(async () => {
            await server?.stop()
        })

        it('npm run process and npm run serve together on a new database, 5 times: both up, the migrations applied once', async () => {
            let admin = new pg.Client({host: '127.0.0.1', port: dbPort, user: 'postgres', password: 'postgres', database: 'postgres'})
            await admin.connect()
            try {
                for (let trial = 0; trial < 5; trial++) {
                    let name = `together_${trial}`
                    await admin.query(`CREATE DATABASE ${name}`)
                    let gqlPort = await freePort()
                    let env = {...base(), GQL_PORT: String(gqlPort), DB_HOST: '127.0.0.1', DB_PORT: String(dbPort), DB_NAME: name, DB_USER: 'postgres', DB_PASS: 'postgres'}
                    let both = [
                        ChildService.start('process', path.join(LIB, 'cli', 'process.js'), [], env),
                        ChildService.start('serve', path.join(LIB, 'cli', 'serve.js'), [], env),
                    ]
                    try {
                        await until(async () => (await squidHeight(gqlPort)) >= head - 2, 'both up, the processor at the head', both)
                        for (let s of both) expect(await s.stop('SIGTERM')).toBe(0)
                        for (let s of both) expect(troubles(s), s.tail()).toEqual([])
                        let db = new pg.Client({host: '127.0.0.1', port: dbPort, user: 'postgres', password: 'postgres', database: name})
                        await db.connect()
                        expect((await db.query('SELECT count(*)::int AS n FROM migrations')).rows[0].n).toBe(1)
                        await db.end()
                    } finally {
                        for (let s of both) await s.stop('SIGKILL')
                    }
                }
            } finally {
                await admin.end()
            }
        })
    })

    // issue 9 item 3: a taken port is one line naming its variable, before anything starts
    describe('a port that is taken', () => {
        let blocker: net.Server
        let taken: number

        beforeAll(async () => {
            taken = await freePort()
            blocker = net.createServer()
            await new Promise<void>((r) => blocker.listen(taken, '127.0.0.1', () => r()))
        })
        afterAll(async () => {
            await new Promise((r) => blocker.close(r))
        })

        it.each([
            ['start', 'GQL_PORT', 'the GraphQL API'],
            ['start', 'EMBEDDED_DB_PORT', 'the embedded PostgreSQL'],
            ['start', 'PROMETHEUS_PORT', "the processor's metrics"],
            ['serve', 'GQL_PORT', 'the GraphQL API'],
            ['process', 'EMBEDDED_DB_PORT', 'the embedded PostgreSQL'],
            ['demo', 'DEMO_ANVIL_PORT', "the demo's anvil"],
            ['demo', 'DEMO_DB_PORT', "the demo's embedded PostgreSQL"],
            ['demo', 'GQL_PORT', 'the GraphQL API'],
        ])('npm %s with %s taken: one line naming it, exit 2, nothing started', async (command, variable, what) => {
            let dataDir = tempDir()
            let ports: Record<string, string> = {}
            for (let v of ['GQL_PORT', 'EMBEDDED_DB_PORT', 'PROMETHEUS_PORT', 'DEMO_ANVIL_PORT', 'DEMO_DB_PORT']) ports[v] = String(await freePort())
            ports[variable] = String(taken)
            let s = ChildService.start(command, path.join(LIB, 'cli', `${command}.js`), [], {...base(), DATA_DIR: dataDir, ...ports})
            expect(await s.exited).toBe(2)
            expect(s.lines().map((l) => JSON.parse(l).msg)).toEqual([
                `${variable}=${taken} is taken (another program listens on it), needed for ${what}: stop that program or set ${variable} to a free port`,
            ])
            expect(fs.readdirSync(dataDir)).toEqual([])
            for (let v of Object.keys(ports)) if (v != variable) expect(await portOpen(Number(ports[v]))).toBe(false)
        })

        it('a start that fails half-way stops what it had started (the processor needs a setting fixed)', async () => {
            let dataDir = tempDir()
            let [gqlPort, dbPort] = [await freePort(), await freePort()]
            // NETWORK=mainnet on a local chain: the processor stops with exit 2 (wrong chain) once the database and the API are up
            let s = ChildService.start('start', path.join(LIB, 'cli', 'start.js'), [], {
                NETWORK: 'mainnet',
                RPC_ETH_HTTP: anvil.url,
                SQD_GATEWAY: '',
                DATA_DIR: dataDir,
                EMBEDDED_DB_PORT: String(dbPort),
                GQL_PORT: String(gqlPort),
            })
            expect(await s.exited).toBe(2)
            let fatal = records(s).filter((r) => r.level == 5).map((r) => r.msg)
            expect(fatal[0]).toMatch(/^RPC_ETH_HTTP .* serves chain id 31337, not Ethereum mainnet \(1\)/)
            expect(fatal[1]).toBe('the processor stopped with code 2; stopping')
            expect(await portOpen(dbPort)).toBe(false)
            expect(await portOpen(gqlPort)).toBe(false)
        })
    })
})
