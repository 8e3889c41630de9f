import {spawnSync} from 'child_process'
import path from 'path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildDemoScenario} from '../../lib/devnet/scenario'
import {PROTOCOLS} from '../../lib/protocols'
import {book, Stack, startStack} from '../harness'
import {LIB} from '../harness/services'

interface Digest {
    tables: {table: string; rows: number; hash: string}[]
    rows: number
    total: string
}

function digest(stack: Stack, json = true): {code: number; stdout: string; stderr: string} {
    let run = spawnSync(process.execPath, [path.join(LIB, 'cli', 'digest.js'), ...(json ? ['--json'] : [])], {env: {...process.env, ...stack.dbEnv}, encoding: 'utf8'})
    return {code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr}
}

function digestJson(stack: Stack): Digest {
    let run = digest(stack)
    expect(run.code, run.stderr).toBe(0)
    return JSON.parse(run.stdout)
}

const byTable = (d: Digest) => Object.fromEntries(d.tables.map((t) => [t.table, t]))

// Two independent syncs of one chain: stack A's processor follows the demo scenario block by block as it is mined,
// stack B's processor (its own database) reads the same node afterwards and catches up in large batches.
describe('npm run digest', () => {
    let a: Stack
    let b: Stack
    beforeAll(async () => {
        a = await startStack()
        b = await startStack({deferProcessor: true, processorEnv: {RPC_ETH_HTTP: a.anvil.url}})
        let last = await a.mineScenario(buildDemoScenario(PROTOCOLS, book, 1_700_000_000))
        await a.waitForHeight(last)
        await b.startProcessor()
        await b.waitForHeight(last)
    })
    afterAll(async () => {
        await b?.stop()
        await a?.stop()
    })

    it('is the same for two independent syncs of the same chain', async () => {
        let [da, db] = [digestJson(a), digestJson(b)]
        expect(db).toEqual(da)
        // every table of the squid's schema, the migrations list and the processor's status schema excepted
        let tables = await a.sql<{tablename: string}>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY tablename COLLATE "C"`)
        expect(da.tables.map((t) => t.table)).toEqual(tables.map((t) => t.tablename))
        let accounts = await a.sql<{n: string}>(`SELECT count(*) AS n FROM account`)
        expect(byTable(da).account.rows).toBe(Number(accounts[0].n))
        expect(da.rows).toBe(da.tables.reduce((n, t) => n + t.rows, 0))
        // the demo fills the main tables
        for (let t of ['account', 'deposit', 'withdrawal', 'exchange_rate', 'slashing', 'staker_strategy_shares']) expect(byTable(da)[t].rows).toBeGreaterThan(0)
    })

    it('does not depend on where rows sit on disk', async () => {
        // rewrite the first half of the accounts with their own values: their new versions move behind the others
        await b.sql(`UPDATE account SET steth_shares = steth_shares WHERE id IN (SELECT id FROM account ORDER BY id LIMIT (SELECT count(*) / 2 FROM account))`)
        let physical = await b.sql<{id: string}>(`SELECT id FROM account`)
        let ordered = [...physical].sort((x, y) => (x.id < y.id ? -1 : 1))
        expect(physical.map((r) => r.id)).not.toEqual(ordered.map((r) => r.id))
        expect(digestJson(b)).toEqual(digestJson(a))
    })

    it('changes with one changed row: in that table and in the total only', async () => {
        let before = digestJson(b)
        await b.sql(`UPDATE account SET steth_shares = steth_shares + 1 WHERE id = (SELECT id FROM account ORDER BY id LIMIT 1)`)
        let after = digestJson(b)
        expect(after.total).not.toBe(before.total)
        let changed = after.tables.filter((t) => t.hash != byTable(before)[t.table].hash).map((t) => t.table)
        expect(changed).toEqual(['account'])
        expect(byTable(after).account.rows).toBe(byTable(before).account.rows)
    })

    it('prints a table with one total line', () => {
        let run = digest(a, false)
        expect(run.code, run.stderr).toBe(0)
        let total = digestJson(a).total
        expect(run.stdout).toMatch(new RegExp(`^total +\\d+  ${total}$`, 'm'))
        expect(run.stdout).toMatch(/^account +\d+  [0-9a-f]{64}$/m)
    })
})
