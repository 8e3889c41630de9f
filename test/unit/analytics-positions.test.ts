import {describe, expect, it} from 'vitest'
import {atRiskByAvs, position, PositionInputs, setExposures, slashingFactor, withdrawableShares} from '../../lib/analytics/positions'
import {ethOfReth, PriceBook, sharesToEth, sharesToUnderlying, stethOfShares, StrategyFacts} from '../../lib/analytics/pricing'
import {insertSorted, meanOfDefined, nearestRank} from '../../lib/analytics/stats'

const E = 10n ** 18n
const STETH = '0xae7ab96520de3a18e5e111b5eaab095312d7fe84'
const RETH = '0xae78736cd615f374d3085123a210448e74fc6393'
const BEACON = '0xbeac0eeeeeeeeeeeeeeeeeeeeeeeeeeeeeebeac0'
const STETH_STRATEGY = '0x93c4b944d05dfe6df7645a86cd2206016c51564d'
const RETH_STRATEGY = '0x1bee69b7dfffa4e2d53c2a2df135c388ad25dcd2'
const CBETH_STRATEGY = '0x54945180db7943c0ed0fee7edab2bd24620256bc'

function strategy(id: string, over: Partial<StrategyFacts>): StrategyFacts {
    return {id, underlyingToken: null, totalShares: 0n, lastRate: null, lidoSharesHeld: null, rethHeld: null, ...over}
}

// Lido at 1.1 ETH per share (1,100 ETH / 1,000 shares); rETH at 1.1 (1,100 ETH / 1,000 rETH)
const book: PriceBook = {
    lido: {totalPooledEther: 1100n * E, totalShares: 1000n * E},
    reth: {totalEth: 1100n * E, rethSupply: 1000n * E},
    stethToken: STETH,
    rethToken: RETH,
    beaconStrategy: BEACON,
    strategies: new Map([
        // the stETH strategy holds 50 Lido shares (= 55 stETH) for 50e18 strategy shares
        [STETH_STRATEGY, strategy(STETH_STRATEGY, {underlyingToken: STETH, totalShares: 50n * E, lidoSharesHeld: 50n * E})],
        // the rETH strategy holds 22 rETH for 20e18 shares
        [RETH_STRATEGY, strategy(RETH_STRATEGY, {underlyingToken: RETH, totalShares: 20n * E, rethHeld: 22n * E})],
        // cbETH: not indexed, only its last emitted rate (1.05 cbETH per share)
        [CBETH_STRATEGY, strategy(CBETH_STRATEGY, {underlyingToken: '0xbe9895146f7af43049ca1c1ae358b0541ea49704', totalShares: 9n * E, lastRate: 105n * E / 100n})],
        [BEACON, strategy(BEACON, {totalShares: 64n * E})],
    ]),
}

describe('pricing from our own rates', () => {
    it('stETH and rETH as the tokens compute them (floor)', () => {
        // Lido.getPooledEthByShares: 10e18 * 1100e18 / 1000e18 = 11e18
        expect(stethOfShares(10n * E, book.lido!)).toBe(11n * E)
        // 1 wei of shares: 1 * 1.1 = 1.1 -> 1 (floor)
        expect(stethOfShares(1n, book.lido!)).toBe(1n)
        // RocketTokenRETH.getEthValue: 2e18 * 1100 / 1000 = 2.2e18
        expect(ethOfReth(2n * E, book.reth!)).toBe(22n * E / 10n)
        // no shares yet: 1:1, as the contracts
        expect(stethOfShares(5n, {totalPooledEther: 0n, totalShares: 0n})).toBe(5n)
    })

    it('strategy shares -> underlying with the virtual offsets of StrategyBase.sharesToUnderlyingView', () => {
        // stETH strategy: balance = 50 shares * 1.1 = 55e18 stETH; (55e18 + 1000) * 10e18 / (50e18 + 1000)
        //   = 10999999999999999980 (the offsets take 20 wei)
        let steth = book.strategies.get(STETH_STRATEGY)!
        expect(sharesToUnderlying(steth, 10n * E, book)).toEqual({tokens: 10999999999999999980n, method: 'exact'})
        // stETH is ETH-denominated: the ETH value is the token amount
        expect(sharesToEth(STETH_STRATEGY, 10n * E, book)).toBe(10999999999999999980n)
        // rETH strategy: (22e18 + 1000) * 4e18 / (20e18 + 1000) = 4399999999999999980 rETH, * 1.1 = 4839999999999999978 ETH
        expect(sharesToUnderlying(book.strategies.get(RETH_STRATEGY)!, 4n * E, book).tokens).toBe(4399999999999999980n)
        expect(sharesToEth(RETH_STRATEGY, 4n * E, book)).toBe(4839999999999999978n)
        // cbETH: tokens at the last emitted rate (2e18 * 1.05 = 2.1e18), no ETH price
        expect(sharesToUnderlying(book.strategies.get(CBETH_STRATEGY)!, 2n * E, book)).toEqual({tokens: 21n * E / 10n, method: 'lastRate'})
        expect(sharesToEth(CBETH_STRATEGY, 2n * E, book)).toBeNull()
        // beacon-chain ETH: shares are wei
        expect(sharesToEth(BEACON, 3n * E, book)).toBe(3n * E)
    })
})

describe('withdrawable shares (SlashingLib)', () => {
    it('deposit shares x dsf x slashing factor, the beacon factor only for beacon-chain ETH', () => {
        // operator max magnitude 0.5: 100 deposit shares -> 50 withdrawable
        expect(withdrawableShares(100n * E, E, slashingFactor(E / 2n, null, false))).toBe(50n * E)
        // beacon-chain ETH with a beacon factor of 0.8: slashing factor = mulWad(0.5e18, 0.8e18) = 0.4e18 -> 40
        expect(slashingFactor(E / 2n, (8n * E) / 10n, true)).toBe((4n * E) / 10n)
        expect(withdrawableShares(100n * E, E, (4n * E) / 10n)).toBe(40n * E)
        // the beacon factor does not apply to other strategies
        expect(slashingFactor(E / 2n, (8n * E) / 10n, false)).toBe(E / 2n)
        // a dsf of 1.25 (deposit after a 20% slash): 80 deposit shares * 1.25 * 0.8 = 80
        expect(withdrawableShares(80n * E, (125n * E) / 100n, (8n * E) / 10n)).toBe(80n * E)
        // not delegated, no magnitude: 1:1; negative pod shares withdraw nothing
        expect(withdrawableShares(7n, null, slashingFactor(null, null, true))).toBe(7n)
        expect(withdrawableShares(-5n * E, null, E)).toBe(0n)
    })
})

describe('a position and its exposure', () => {
    let input: PositionInputs = {
        account: {id: '0xa', stethShares: 10n * E, wstethBalance: 2n * E, rethBalance: 3n * E, delegatedTo: '0xop'},
        staker: [
            {strategy: STETH_STRATEGY, shares: 10n * E, depositScalingFactor: null},
            {strategy: BEACON, shares: 32n * E, depositScalingFactor: E},
            {strategy: CBETH_STRATEGY, shares: 1n * E, depositScalingFactor: null},
        ],
        maxMagnitudes: new Map([[BEACON, E / 2n]]),
        beaconChainFactor: null,
        lidoRequests: [
            {requestId: 7n, status: 'REQUESTED', amount: 4n * E, amountEth: null},
            {requestId: 8n, status: 'FINALIZED', amount: 2n * E, amountEth: (19n * E) / 10n},
        ],
        queued: [{id: 'eigenlayer-0x01', withdrawalRoot: '0x01', requestedBlock: 5, parts: [{strategy: BEACON, shares: 8n * E, sharesToWithdraw: 4n * E}]}],
    }

    it('adds up every protocol in ETH, each ETH once', () => {
        let p = position(input, book)
        // Lido: 10 shares = 11 stETH; 2 wstETH = 2 shares = 2.2 stETH; total 13.2
        expect(p.lido).toMatchObject({stethBalance: 11n * E, wstethInSteth: 22n * E / 10n, totalEth: 132n * E / 10n})
        // requests: 4 stETH pending + 1.9 ETH claimable = 5.9
        expect(p.lido.requestsEth).toBe(59n * E / 10n)
        // Rocket Pool: 3 rETH * 1.1 = 3.3 ETH
        expect(p.rocketPool.ethValue).toBe(33n * E / 10n)
        // EigenLayer: stETH strategy 10 shares (operator has no stETH magnitude: 1e18) = 10999999999999999980 wei;
        // beacon 32 * 0.5 = 16 ETH; cbETH unpriced
        let [steth, beacon, cbeth] = p.eigenlayer.strategies
        expect(steth).toMatchObject({withdrawableShares: 10n * E, ethValue: 10999999999999999980n, pricing: 'exact', restakedLst: true})
        expect(beacon).toMatchObject({slashingFactor: E / 2n, withdrawableShares: 16n * E, ethValue: 16n * E})
        expect(cbeth).toMatchObject({ethValue: null, pricing: 'lastRate', underlying: 105n * E / 100n})
        expect(p.eigenlayer.totalEth).toBe(10999999999999999980n + 16n * E)
        expect(p.eigenlayer.restakedLstEth).toBe(10999999999999999980n)
        expect(p.eigenlayer.unpriced).toBe(1)
        // queued: 4 beacon shares withdrawable = 4 ETH
        expect(p.eigenlayer.queuedEth).toBe(4n * E)
        expect(p.inFlightEth).toBe(59n * E / 10n + 4n * E)
        expect(p.totalEth).toBe(132n * E / 10n + 33n * E / 10n + 10999999999999999980n + 16n * E + 59n * E / 10n + 4n * E)
    })

    it('what each registered operator set can slash, with pending changes shown but not applied', () => {
        let allocations = [
            {operator: '0xop', avs: '0xavs1', operatorSetId: 1n, strategy: BEACON, magnitude: (3n * E) / 10n, pendingMagnitude: null, pendingEffectBlock: null, registered: true},
            {operator: '0xop', avs: '0xavs2', operatorSetId: 7n, strategy: BEACON, magnitude: E / 10n, pendingMagnitude: (2n * E) / 10n, pendingEffectBlock: 900, registered: true},
            {operator: '0xop', avs: '0xavs3', operatorSetId: 2n, strategy: BEACON, magnitude: E / 10n, pendingMagnitude: null, pendingEffectBlock: null, registered: false},
        ]
        // withdrawable 16 beacon shares, max magnitude 0.5: set 1 slashes 16 * 0.3 / 0.5 = 9.6, set 7 16 * 0.1 / 0.5 = 3.2;
        // set 2 is not registered: nothing at risk
        let sets = setExposures(BEACON, 16n * E, E / 2n, allocations, book)
        expect(sets.map((s) => [s.avs, s.slashableShares, s.ethAtRisk, s.fraction])).toEqual([
            ['0xavs1', 96n * E / 10n, 96n * E / 10n, 0.6],
            ['0xavs2', 32n * E / 10n, 32n * E / 10n, 0.2],
            ['0xavs3', 0n, 0n, 0.2],
        ])
        expect(sets[1]).toMatchObject({pendingMagnitude: (2n * E) / 10n, pendingEffectBlock: 900})
        expect(atRiskByAvs(sets)).toEqual([
            {avs: '0xavs1', ethAtRisk: 96n * E / 10n},
            {avs: '0xavs2', ethAtRisk: 32n * E / 10n},
            {avs: '0xavs3', ethAtRisk: 0n},
        ])
    })
})

describe('daily series statistics', () => {
    it('nearest-rank percentiles and the mean of defined values', () => {
        let waits = [100, 20, 90, 40, 60, 10, 80, 30, 70, 50]
        let sorted: number[] = []
        for (let w of waits) insertSorted(sorted, w)
        expect(sorted).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90, 100])
        // rank ceil(0.5 * 10) = 5 -> 50; ceil(0.9 * 10) = 9 -> 90
        expect(nearestRank(sorted, 50)).toBe(50)
        expect(nearestRank(sorted, 90)).toBe(90)
        // 3 values: ranks ceil(1.5) = 2 and ceil(2.7) = 3
        expect(nearestRank([5, 7, 9], 50)).toBe(7)
        expect(nearestRank([5, 7, 9], 90)).toBe(9)
        expect(nearestRank([], 50)).toBeNull()
        expect(meanOfDefined([0.03, null, 0.05, undefined])).toBeCloseTo(0.04, 15)
        expect(meanOfDefined([null])).toBeNull()
    })
})
