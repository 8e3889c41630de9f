import {describe, expect, it} from 'vitest'
import {ethToShares, mintedShares, sharesToEth} from '../../lib/protocols/lido/part'
import {stethRate} from '../../lib/protocols/lido/rebases'
import {RateTimeline, settleTotalPooledEther} from '../../lib/protocols/lido/state'
import {solveV1FeeShares} from '../../lib/protocols/lido/v1-fees'

const E = 10n ** 18n

describe('Lido shares part (pure logic)', () => {
    it('converts between ETH and shares with the contract rounding (floor)', () => {
        let rate = {ether: 150n * E, shares: 149n * E}
        expect(ethToShares(15n * E, rate)).toBe(149n * E / 10n) // 15 * 149 / 150
        expect(sharesToEth(E, rate)).toBe((150n * E * E) / (149n * E)) // 1.0067114093959731543...
        expect(ethToShares(7n, {ether: 0n, shares: 0n})).toBe(7n) // empty pool: 1:1
        expect(stethRate(150n * E, 149n * E)).toBe(1006711409395973154n)
    })

    it('recovers the shares of a minted amount exactly at a rate >= 1 (ceil of value x S / P)', () => {
        // _emitTransferAfterMintingShares logs floor(s x P / S); at P / S = 150 / 149 every s comes back
        let rate = {ether: 150n * E, shares: 149n * E}
        for (let s of [0n, 1n, 2n, 999n, 12345678901234567n, 3n * E + 7n]) expect(mintedShares(sharesToEth(s, rate), rate)).toBe(s)
        // the floor at the same rate loses a share on 1 (value 1 wei -> floor(149 / 150) = 0)
        expect(ethToShares(sharesToEth(1n, rate), rate)).toBe(0n)
    })

    it('solves the fee shares of a v1.0.0 report from its Transfer values alone', () => {
        // Lido v1.0.0 distributeRewards: 160 ETH / 160 shares, the beacon balance +0.2 ETH -> P' = 160.2, fee 10 %:
        // shares2mint = 0.2e18 x 1000 x 160e18 / (160.2e18 x 10000 - 1000 x 0.2e18) = 19977525284055437
        let m = (2n * E / 10n * 1000n * 160n * E) / (1602n * E / 10n * 10000n - 1000n * 2n * E / 10n)
        expect(m).toBe(19977525284055437n)
        // insurance 50 % = 9988762642027718, operators 2 x floor(9988762642027718 / 2) = 9988762642027718 (one operator,
        // 2 keys), a second operator with no key 0, treasury the rest 1; each logged as floor(s x P' / (S + M))
        let parts = [9988762642027718n, 9988762642027718n, 0n, 1n]
        let values = parts.map((s) => (s * 1602n * E / 10n) / (160n * E + m))
        expect(values).toEqual([9999999999999999n, 9999999999999999n, 0n, 1n])
        expect(solveV1FeeShares(values, 160n * E, 1602n * E / 10n)).toEqual({shares: m, exact: true})
        expect(solveV1FeeShares([], 160n * E, 1602n * E / 10n)).toEqual({shares: 0n, exact: true})
    })

    it('V3 total pooled ether: internal ether + external shares at the internal rate (floor)', () => {
        let state: any = {internalEther: 100n * E, totalShares: 90n * E, externalShares: 10n * E}
        settleTotalPooledEther(state)
        // 100 + 10 x 100 / 80 = 112.5
        expect(state.totalPooledEther).toBe(1125n * E / 10n)
        state.externalShares = 0n
        settleTotalPooledEther(state)
        expect(state.totalPooledEther).toBe(100n * E)
    })

    it('the rate timeline gives the rate in force just before a log', () => {
        let t = new RateTimeline({ether: 1n, shares: 1n})
        t.record(10, {ether: 2n, shares: 1n})
        t.record(20, {ether: 3n, shares: 1n})
        t.record(30, {ether: 3n, shares: 1n}) // unchanged: not a new entry
        expect(t.rateAt(5).ether).toBe(1n)
        expect(t.rateAt(10).ether).toBe(1n) // the change at 10 is not yet in force at 10
        expect(t.rateAt(11).ether).toBe(2n)
        expect(t.rateAt(21).ether).toBe(3n)
    })
})
