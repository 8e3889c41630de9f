import {describe, expect, it} from 'vitest'
import * as lido from '../../lib/abi/Lido'
import * as legacy from '../../lib/abi/Lido.legacy'
import {STETH} from '../../lib/protocols/lido/events'
import {ethToShares, sharesToEth} from '../../lib/protocols/lido/part'
import {RateTimeline} from '../../lib/protocols/lido/state'
import {stethRate} from '../../lib/protocols/lido/rebases'

const E = 10n ** 18n

function layout(ev: any) {
    return {topic: ev.topic, params: Object.entries(ev.params).map(([k, c]: [string, any]) => [k, !!c.indexed])}
}

describe('Lido shares part (pure logic)', () => {
    it('every stETH event we decode with Lido.json is declared identically in Lido.legacy.json where it exists there', () => {
        let shared = Object.keys(STETH).filter((k) => k in legacy.events)
        // V3-only: external shares
        expect(Object.keys(STETH).filter((k) => !(k in legacy.events)).sort()).toEqual(['ExternalSharesBurnt', 'ExternalSharesMinted'])
        for (let k of shared) expect(layout((legacy.events as any)[k])).toEqual(layout((lido.events as any)[k]))
    })

    it('converts between ETH and shares with the contract rounding (floor)', () => {
        let rate = {totalPooledEther: 150n * E, totalShares: 149n * E}
        expect(ethToShares(15n * E, rate)).toBe(149n * E / 10n) // 15 * 149 / 150
        expect(sharesToEth(E, rate)).toBe((150n * E * E) / (149n * E)) // 1.0067114093959731543...
        expect(ethToShares(7n, {totalPooledEther: 0n, totalShares: 0n})).toBe(7n) // empty pool: 1:1
        expect(stethRate(150n * E, 149n * E)).toBe(1006711409395973154n)
    })

    it('the rate timeline gives the rate in force just before a log', () => {
        let t = new RateTimeline({totalPooledEther: 1n, totalShares: 1n})
        t.record(10, {totalPooledEther: 2n, totalShares: 1n} as any)
        t.record(20, {totalPooledEther: 3n, totalShares: 1n} as any)
        expect(t.rateAt(5).totalPooledEther).toBe(1n)
        expect(t.rateAt(10).totalPooledEther).toBe(1n) // the change at 10 is not yet in force at 10
        expect(t.rateAt(11).totalPooledEther).toBe(2n)
        expect(t.rateAt(21).totalPooledEther).toBe(3n)
    })
})
