import {describe, expect, it} from 'vitest'
import {axisEth, ethNumber, formatDuration, formatEth, formatPercent, roundEth} from '../../src/dashboard/web/format'
import {alignTimes, pivotDays, stackSeries} from '../../src/dashboard/web/series'

const E = 10n ** 18n

describe('dashboard number formatting (exact BigInt rounding)', () => {
    it('ETH with sensible decimals: 2 from 1,000, 4 from 1, else 4 significant digits; trailing zeros dropped', () => {
        expect(formatEth(1002n * E + 10n ** 17n)).toBe('1,002.1 ETH')
        expect(formatEth('1189113422818791948309')).toBe('1,189.11 ETH')
        expect(formatEth(153513422818791946309n)).toBe('153.5134 ETH')
        expect(formatEth(75n * 10n ** 15n)).toBe('0.075 ETH')
        expect(formatEth(123456789n * 10n ** 6n)).toBe('0.0001235 ETH') // 0.000123456789 ETH: 4 significant digits
        expect(formatEth(0n)).toBe('0 ETH')
        expect(formatEth(null)).toBe('—')
    })

    it('rounds half away from zero from the exact integer, never through a float', () => {
        // 0.99995 ETH at 4 significant digits -> 1.0000 -> "1"
        expect(formatEth(99995n * 10n ** 13n)).toBe('1 ETH')
        expect(roundEth(1_234_565n * 10n ** 12n, 4)).toBe('1.2346')
        expect(roundEth(-1_234_565n * 10n ** 12n, 4)).toBe('\u22121.2346')
        // beyond 2^53 wei a float would already be wrong in the last digits
        expect(roundEth(9_007_199_254_740_993n * 10n ** 6n, 18)).toBe('9,007.199254740993')
    })

    it('below one gwei: the exact wei; flows carry a sign', () => {
        expect(formatEth(1998n)).toBe('1,998 wei')
        expect(formatEth(-1001n)).toBe('\u22121,001 wei')
        expect(formatEth(5n * E, {signed: true})).toBe('+5 ETH')
        expect(formatEth(-5n * E, {signed: true})).toBe('\u22125 ETH')
        expect(formatEth(15n * E, {unit: 'stETH'})).toBe('15 stETH')
    })

    it('percent, durations, axis ticks, plotting floats', () => {
        expect(formatPercent(0.036448971439984025)).toBe('3.64 %')
        expect(formatPercent(-0.0608)).toBe('\u22126.08 %')
        expect(formatPercent(null)).toBe('—')
        expect(formatDuration(172800)).toBe('2.0 d')
        expect(formatDuration(5400)).toBe('1.5 h')
        expect(formatDuration(600)).toBe('10 min')
        expect(axisEth(1500)).toBe('1.5k')
        expect(axisEth(2_500_000)).toBe('2.5M')
        expect(axisEth(0.075)).toBe('0.075')
        expect(ethNumber(1002n * E + 10n ** 17n)).toBeCloseTo(1002.1, 12)
        expect(ethNumber(null)).toBeNull()
    })
})

describe('dashboard series shaping', () => {
    it('pivots day rows into one column per protocol, null where a protocol has no row that day', () => {
        let rows = [
            {protocol: 'LIDO', day: '2026-01-02', v: '2'},
            {protocol: 'EIGENLAYER', day: '2026-01-01', v: '3'},
            {protocol: 'LIDO', day: '2026-01-01', v: '1'},
        ]
        let {days, columns} = pivotDays(rows, (r) => r.v)
        expect(days).toEqual(['2026-01-01', '2026-01-02'])
        expect(columns).toEqual({LIDO: ['1', '2'], ROCKET_POOL: [null, null], EIGENLAYER: ['3', null]})
    })

    it('stacks series as running sums (a missing value adds nothing)', () => {
        expect(stackSeries([[1, 2], [null, 5], [10, 10]])).toEqual([[1, 2], [1, 7], [11, 17]])
    })

    it('aligns sparse reports of several assets on one time axis', () => {
        let rows = [
            {t: 20, a: 'rETH', v: 'r1'},
            {t: 10, a: 'stETH', v: 's1'},
            {t: 20, a: 'stETH', v: 's2'},
        ]
        expect(alignTimes(rows, (r) => r.t, (r) => r.a, ['stETH', 'rETH'], (r) => r.v)).toEqual({x: [10, 20], columns: {stETH: ['s1', 's2'], rETH: [null, 'r1']}})
    })
})
