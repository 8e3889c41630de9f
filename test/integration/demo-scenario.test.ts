import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {relevanceMatcher} from '../../lib/bench/history'
import {buildDemoScenario} from '../../lib/devnet/scenario'
import {PROTOCOLS} from '../../lib/protocols'
import {book, Stack, startStack} from '../harness'

describe('the demo scenario, indexed end to end', () => {
    let stack: Stack
    beforeAll(async () => {
        stack = await startStack()
    })
    afterAll(async () => {
        await stack?.stop()
    })

    it('decodes every scenario log (nothing skipped) and fills every protocol', async () => {
        let last = await stack.mineScenario(buildDemoScenario(PROTOCOLS, book, 1_700_000_000))
        await stack.waitForHeight(last)
        let {skippedLogs} = await stack.gql(`{ skippedLogs { address topic0 reason } }`)
        expect(skippedLogs).toEqual([])
        let counts = await stack.sql<{protocol: string; n: string}>(`SELECT protocol, count(*) AS n FROM deposit GROUP BY protocol ORDER BY protocol`)
        let protocols = counts.map((c) => c.protocol)
        let expected = PROTOCOLS.map((m) => ({lido: 'LIDO', rocketpool: 'ROCKET_POOL', eigenlayer: 'EIGENLAYER'})[m.name]).sort()
        expect(protocols).toEqual(expected)
    })

    it('counts every log it requested once: per protocol, received = the demo logs matching that module\'s filters', async () => {
        // independent of the squid: the demo's own blocks against each module's log requests
        let logs = buildDemoScenario(PROTOCOLS, book, 1_700_000_000).flatMap((b) => b.txs.flat())
        let wanted = Object.fromEntries(
            PROTOCOLS.map((m) => {
                let requested = relevanceMatcher(m.filters(book))
                return [m.name, logs.filter((l) => requested({...l, address: l.address.toLowerCase(), topics: l.topics.map((t) => t.toLowerCase())})).length]
            })
        )
        let rows = await stack.sql<{protocol: string; received: string; accounted: string}>(
            `SELECT protocol, sum(received) AS received, sum(handled + ignored + skipped) AS accounted FROM event_count GROUP BY protocol ORDER BY protocol`
        )
        let got = Object.fromEntries(rows.map((r) => [r.protocol, Number(r.received)]))
        expect(got).toEqual(wanted)
        expect(rows.every((r) => r.received == r.accounted)).toBe(true)
        expect(Object.values(wanted).every((n) => n > 0)).toBe(true)
        // the demo has no decoy and nothing undecodable: all handled, but for what a module drops by design
        let [{skipped}] = await stack.sql<{skipped: string}>(`SELECT sum(skipped) AS skipped FROM event_count`)
        expect(Number(skipped)).toBe(0)
    })

    it('is one consistent chain: every story goes on from the state the earlier ones left', async () => {
        // Lido's totals come from the reports (TokenRebased), the accounts' shares from every mint, transfer and burn:
        // a story starting from a wrong pool would log totals its shares do not add up to
        let [lido] = await stack.sql(`SELECT total_shares, (SELECT sum(steth_shares) FROM account) AS held FROM lido_state`)
        expect(lido.held).toBe(lido.total_shares)
        // the stETH strategy's Lido shares: those it was sent (the EigenLayer demo's M1 deposits leave stETH out)
        let [strategy] = await stack.sql(`SELECT a.steth_shares FROM account a WHERE a.id = $1`, [book.eigenLayer.strategies.find((x) => x.symbol == 'stETH')!.address])
        expect(BigInt(strategy.steth_shares)).toBeGreaterThan(0n)
    })
})
