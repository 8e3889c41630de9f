import {afterAll, beforeAll, describe, expect, it} from 'vitest'
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
