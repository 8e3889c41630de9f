import fs from 'fs'
import os from 'os'
import path from 'path'
import {afterAll, describe, expect, it} from 'vitest'
import {runBench, HistoryResult} from '../../lib/bench/run'
import {report} from '../../lib/bench/report'
import {relevanceMatcher, squidFilters} from '../../lib/bench/history'
import {buildDemoScenario} from '../../lib/devnet/scenario'
import {devnet} from '../../lib/networks'
import {PROTOCOLS} from '../../lib/protocols'

/**
 * `npm run bench` itself works, on a few thousand events (no timing assertions: figures belong in
 * BENCHMARKS.md). It also checks what the figures rest on: the histories hold what the generator counted, the
 * floor copies exactly those logs, and archive-node mode (the log filter front) writes the same database as
 * the stock RPC ingestion on a chain full of unrelated logs.
 */
describe('bench smoke run', () => {
    let dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stakewatch-bench-smoke-'))
    afterAll(() => fs.rmSync(dir, {recursive: true, force: true}))
    let results: HistoryResult[] = []

    it('generates both histories, syncs them with the real squid, runs the floor and the API load', async () => {
        results = await runBench({
            events: 3000,
            kinds: ['dense', 'mainnet-like'],
            apiSeconds: 1,
            connections: 4,
            api: true,
            stock: true,
            profile: false,
            statesDir: path.join(dir, 'states'),
            resultsDir: path.join(dir, 'results'),
        })
        expect(results.map((r) => r.history.spec.kind)).toEqual(['dense', 'mainnet-like'])
    }, 300_000)

    it('counts the events the squid requests, and ~20 unrelated logs per event in the mainnet-like history', () => {
        let [dense, mainnet] = results
        expect(dense.history.relevantLogs).toBeGreaterThanOrEqual(3000)
        // no noise generator in the dense history: its only unrequested logs are those of the contract calls the demo
        // and the generators replay that the squid does not ask for (e.g. the oDAO member's BalancesSubmitted
        // before the BalancesUpdated it completes): every one of the demo's, and only a handful in all
        let isRelevant = relevanceMatcher(squidFilters())
        let demoUnrequested = buildDemoScenario(PROTOCOLS, devnet, 1_700_000_000).flatMap((b) => b.txs.flat()).filter((l) => !isRelevant(l)).length
        expect(dense.history.noiseLogs).toBeGreaterThanOrEqual(demoUnrequested)
        expect(dense.history.noiseLogs).toBeLessThan(dense.history.relevantLogs / 50)
        // the bulk blocks carry 20 unrelated logs per relevant log; the demo-scenario blocks at the start none
        expect(mainnet.history.noiseLogs).toBeGreaterThan(15 * mainnet.history.relevantLogs)
        expect(mainnet.history.noiseLogs).toBeLessThanOrEqual(20 * mainnet.history.relevantLogs)
    })

    it('the floor reads back exactly the relevant logs the generator mined', () => {
        for (let r of results) expect(r.floor.rows).toBe(r.history.relevantLogs)
    })

    it('the squid reaches the head and writes rows; archive-node mode writes the same data as the stock ingestion', () => {
        for (let r of results) {
            expect(r.sync.rows.deposit).toBeGreaterThan(0)
            expect(r.sync.rows.account).toBeGreaterThan(0)
            expect(r.sync.peakRssMb).toBeGreaterThan(0)
        }
        let mainnet = results[1]
        expect(mainnet.stockSync).toBeDefined()
        expect(mainnet.sync.checksums).toEqual(mainnet.stockSync!.checksums)
    })

    it('answers every dashboard query without errors and reports the figures', () => {
        let api = results[0].api!
        expect(api.map((a) => a.name)).toHaveLength(5)
        for (let a of api) {
            expect(a.errors).toBe(0)
            expect(a.requestsPerSecond).toBeGreaterThan(0)
            // the query's SQL shape has an index to use (tiny tables may still be scanned)
            expect(a.usesIndex || a.indexAvailable).toBe(true)
        }
        let text = report(results, {machine: 'test', command: 'npm run bench', date: 'now'})
        expect(text).toContain('| dense | ')
        expect(text).toContain('| mainnet-like | ')
    })
})
