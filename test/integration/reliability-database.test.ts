import path from 'path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildDemoScenario} from '../../lib/devnet/scenario'
import {freePort} from '../../lib/devnet/ports'
import {PROTOCOLS} from '../../lib/protocols'
import {book, Stack, startStack} from '../harness'
import {ChildService, LIB} from '../harness/services'

function fatalLines(s: ChildService): string[] {
    return s
        .lines()
        .map((l) => JSON.parse(l))
        .filter((r) => r.level == 5)
        .map((r) => r.msg)
}

/** Waits until the database says the processor `s` has block `height` (it must keep running meanwhile). */
async function waitForBlock(stack: Stack, s: ChildService, height: number): Promise<void> {
    await waitFor(async () => {
        if (!s.running) throw new Error(`${s.name} exited:\n${s.tail()}`)
        let rows = await stack.sql(`SELECT height FROM squid_processor.status`).catch(() => [])
        return (rows[0]?.height ?? -1) >= height
    }, `${s.name} to reach block ${height}`)
}

async function waitFor(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 90_000): Promise<void> {
    let deadline = Date.now() + timeoutMs
    while (!(await check())) {
        if (Date.now() > deadline) throw new Error(`${what} did not happen`)
        await new Promise((r) => setTimeout(r, 100))
    }
}

// issue 10 item 4: a database that refuses us, is not there, or restarts under a running processor
describe('database faults', () => {
    let stack: Stack
    let scenario = buildDemoScenario(PROTOCOLS, book, 1_700_000_000)
    let head: number

    beforeAll(async () => {
        stack = await startStack({deferProcessor: true})
        for (let block of scenario) head = await stack.chain.mineBlock(block)
        head = await stack.chain.mineEmpty(6)
    })
    afterAll(async () => {
        await stack?.stop()
    })

    /** The data a clean sync writes up to the chain's current head (run after a faulty one, on the same chain). */
    async function cleanSyncHash(): Promise<Record<string, string>> {
        let faulty = await stack.contentHash()
        await stack.resetData()
        let p = main({FINALITY_CONFIRMATION: '5'})
        try {
            await waitForBlock(stack, p, (await stack.chain.rpc.blockNumber()) - 5)
        } finally {
            await p.stop()
        }
        let clean = await stack.contentHash()
        expect(Object.keys(clean).length).toBeGreaterThan(10)
        expect(faulty).toEqual(clean)
        return clean
    }

    let main = (env: Record<string, string>) =>
        ChildService.start('processor', path.join(LIB, 'main.js'), [], {...stack.dbEnv, NETWORK: 'devnet', RPC_ETH_HTTP: stack.anvil.url, ...env})

    it('a wrong password: one line naming DB_USER and DB_PASS, exit 2 (the processor and npm run process)', async () => {
        let p = main({DB_PASS: 'wrong'})
        expect(await p.exited).toBe(2)
        let expected = `PostgreSQL at 127.0.0.1:${stack.dbEnv.DB_PORT}/squid refused user "postgres" (password authentication failed for user "postgres"): check DB_USER and DB_PASS`
        expect(p.lines().map((l) => JSON.parse(l)).filter((r) => r.level >= 4).map((r) => r.msg)).toEqual([expected])

        let cli = ChildService.start('process', path.join(LIB, 'cli', 'process.js'), [], {...stack.dbEnv, NETWORK: 'devnet', RPC_ETH_HTTP: stack.anvil.url, DB_PASS: 'wrong'})
        expect(await cli.exited).toBe(2)
        expect(fatalLines(cli)).toEqual([expected])
    })

    it('no database at DB_HOST:DB_PORT: one line naming them, exit 2', async () => {
        let port = await freePort()
        let p = main({DB_PORT: String(port)})
        expect(await p.exited).toBe(2)
        expect(fatalLines(p)).toEqual([`PostgreSQL at 127.0.0.1:${port}/squid does not answer (ECONNREFUSED): check DB_HOST and DB_PORT and that the server runs`])
    })

    it('PostgreSQL restarted under the processor: one line, exit 75, and a restart resumes to the same data as a clean sync', async () => {
        await stack.resetData()
        let p = main({FINALITY_CONFIRMATION: '5'})
        try {
            await waitForBlock(stack, p, Math.floor(head / 3))
            // new blocks keep the processor writing while the server goes down
            let mining = setInterval(() => void stack.chain.mineEmpty(1).catch(() => {}), 200)
            await stack.restartDatabase()
            let code = await Promise.race([p.exited, new Promise<number>((r) => setTimeout(() => r(-100), 15_000))])
            clearInterval(mining)
            if (code != -100) {
                // it gave up on the lost connection: one line, the code `npm start` restarts it on
                expect(code).toBe(75)
                expect(fatalLines(p)).toHaveLength(1)
                expect(fatalLines(p)[0]).toMatch(/^PostgreSQL at 127\.0\.0\.1:\d+\/squid does not answer \(.+\): check DB_HOST and DB_PORT and that the server runs; the batch in progress was rolled back, the next start resumes after the last committed one$/)
            }
        } finally {
            await p.stop()
        }
        let again = main({FINALITY_CONFIRMATION: '5'})
        try {
            await waitForBlock(stack, again, (await stack.chain.mineEmpty(1)) - 5)
        } finally {
            await again.stop()
        }
        // nothing half-written, nothing twice: the data equals a clean sync's of the same chain
        await cleanSyncHash()
    })

    it('npm run process restarts the processor after PostgreSQL restarts, and keeps going', async () => {
        await stack.resetData()
        let cli = ChildService.start('process', path.join(LIB, 'cli', 'process.js'), [], {
            ...stack.dbEnv,
            NETWORK: 'devnet',
            RPC_ETH_HTTP: stack.anvil.url,
            FINALITY_CONFIRMATION: '5',
        })
        try {
            await waitForBlock(stack, cli, Math.floor(head / 3))
            let mining = setInterval(() => void stack.chain.mineEmpty(1).catch(() => {}), 200)
            await stack.restartDatabase()
            await new Promise((r) => setTimeout(r, 3000))
            clearInterval(mining)
            await waitForBlock(stack, cli, (await stack.chain.mineEmpty(1)) - 5)
            expect(await cli.stop('SIGTERM')).toBe(0)
        } finally {
            await cli.stop()
        }
        await cleanSyncHash()
    })
})
