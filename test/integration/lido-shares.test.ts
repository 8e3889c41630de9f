import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {LIDO_DEMO, sharesDemo} from '../../lib/protocols/lido/shares-demo'
import {book, Stack, startStack} from '../harness'

const E = 10n ** 18n
const DAY = 86400
const YEAR = 365n * 86400n
const START = 1_750_000_000
const {alice, bob, carol, dave, vault} = LIDO_DEMO
const WSTETH = book.lido.wsteth.address

/** APR the way the README defines it: (post - pre) / pre over the seconds elapsed, annualised (simple). */
function apr(pre: bigint, post: bigint, seconds: number): number {
    return Number(((post - pre) * E * YEAR) / (pre * BigInt(seconds))) / 1e18
}

// The shares part's demo scenario (src/protocols/lido/shares-demo.ts), replayed alone; every figure below is
// worked out here from the scenario's inputs, step by step.
describe('Lido shares, rebases, wstETH and totals', () => {
    let stack: Stack
    beforeAll(async () => {
        stack = await startStack()
        let last = 0
        for (let b of sharesDemo(book)) last = await stack.chain.mineBlock({timestamp: START + b.secondsAfterStart, txs: b.txs})
        await stack.waitForHeight(last)
    })
    afterAll(async () => {
        await stack?.stop()
    })

    it('deposits carry the minted shares, or (V1 era, no TransferShares) the ETH at the rate of the moment', async () => {
        let {deposits} = await stack.gql(`{ deposits(orderBy: [blockNumber_ASC, logIndex_ASC], limit: 10) { account { id } amount shares amountEth } }`)
        expect(deposits).toEqual([
            {account: {id: alice}, amount: String(100n * E), shares: String(100n * E), amountEth: String(100n * E)},
            {account: {id: bob}, amount: String(50n * E), shares: String(50n * E), amountEth: String(50n * E)},
            // rate 150 ETH / 149 shares after the V1 report: 1.5 * 149 / 150 = 1.49 shares
            {account: {id: dave}, amount: String(15n * E / 10n), shares: String(149n * E / 100n), amountEth: String(15n * E / 10n)},
        ])
    })

    it('balances after transfers, wraps, unwraps, burns and V1-era transfers', async () => {
        let {accounts} = await stack.gql(`{ accounts(orderBy: id_ASC, limit: 20) { id stethShares wstethBalance } }`)
        let byId = Object.fromEntries(accounts.map((a: any) => [a.id, [a.stethShares, a.wstethBalance]]))
        expect(byId).toEqual({
            [alice]: [String(75n * E), String(15n * E)], // 100 - 10 (to carol) - 20 (wrap) + 5 (unwrap); 20 - 5 wstETH
            [bob]: [String(5645n * E / 100n), '0'], // 50 - 1 burnt + 7.45 (7.5 stETH at 150/149 = 7.45 shares)
            [carol]: [String(255n * E / 100n), '0'], // 10 - 7.45
            [dave]: [String(149n * E / 100n), '0'], // the V1-era mint Transfer: 1.5 stETH at 151.5/150.49 = 1.49 shares
            [vault]: [String(2n * E), '0'], // 3 external shares minted, 1 burnt
            [WSTETH]: [String(15n * E), '0'], // the wstETH contract holds the wrapped shares
        })
        // the sum of balances is the total
        let sum = 75n * E + 5645n * E / 100n + 255n * E / 100n + 149n * E / 100n + 2n * E + 15n * E
        expect(sum).toBe(15249n * E / 100n)
    })

    it('one ExchangeRate per report with rate, totals and APR; a negative report is also a slashing', async () => {
        let {exchangeRates} = await stack.gql(`{ exchangeRates(where: {asset_eq: "stETH"}, orderBy: blockNumber_ASC) { ethPerUnit preEthPerUnit totalEth totalSupply apr timeElapsed } }`)
        let v1Pre = (149955n * E / 1000n) * E / (149n * E) // 149.955 ETH over the 149 shares tracked before it
        let v1Post = (150n * E * E) / (149n * E)
        expect(exchangeRates.map((r: any) => ({...r, apr: undefined}))).toEqual([
            {ethPerUnit: '1000200000000000000', preEthPerUnit: String(E), totalEth: String(15003n * E / 100n), totalSupply: String(150n * E), apr: undefined, timeElapsed: DAY},
            {ethPerUnit: '999700000000000000', preEthPerUnit: '1000200000000000000', totalEth: String(149955n * E / 1000n), totalSupply: String(150n * E), apr: undefined, timeElapsed: 3 * DAY},
            {ethPerUnit: String(v1Post), preEthPerUnit: String(v1Pre), totalEth: String(150n * E), totalSupply: String(149n * E), apr: undefined, timeElapsed: 2 * DAY},
        ])
        expect(exchangeRates[0].apr).toBeCloseTo(0.073, 12) // +0.02 % in a day
        expect(exchangeRates[1].apr).toBeCloseTo(apr(1000200000000000000n, 999700000000000000n, 3 * DAY), 12)
        expect(exchangeRates[1].apr).toBeLessThan(0)
        expect(exchangeRates[2].apr).toBeCloseTo(apr(v1Pre, v1Post, 2 * DAY), 12)

        let {slashings} = await stack.gql(`{ slashings(where: {protocol_eq: LIDO}) { kind amountEth } }`)
        // CL 100.02 -> 99.935 (-0.085) + EL rewards 0.01 = -0.075 ETH
        expect(slashings).toEqual([{kind: 'LIDO_NEGATIVE_REBASE', amountEth: String(75n * E / 1000n)}])
    })

    it('protocol totals follow submits, reports, burns and external shares', async () => {
        // after day 7: 151.5 ETH, 150.49 shares; +3 external shares at that rate; -1 at the rate before its burn
        let pooled = 1515n * E / 10n + (3n * E * (1515n * E / 10n)) / (15049n * E / 100n)
        pooled -= (E * pooled) / (15349n * E / 100n)
        let {lidoStateById} = await stack.gql(`{ lidoStateById(id: "lido") { totalShares totalPooledEther externalShares } }`)
        expect(lidoStateById).toEqual({totalShares: String(15249n * E / 100n), totalPooledEther: String(pooled), externalShares: String(2n * E)})
    })
})
