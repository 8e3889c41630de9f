import {describe, expect, it} from 'vitest'
import {encodeEvent} from '../../lib/core/encode'
import {devnet as book} from '../../lib/networks'
import * as model from '../../lib/model'
import * as am from '../../lib/abi/AllocationManager'
import * as dm from '../../lib/abi/DelegationManager'
import * as epm from '../../lib/abi/EigenPodManager'
import * as podPepe from '../../lib/abi/EigenPod.pepe'
import * as sm from '../../lib/abi/StrategyManager'
import * as sb from '../../lib/abi/StrategyBaseTVLLimits'
import {AM, BEACON, CBETH, DM, E, EIGEN, EPM, inserted, OP, OTHER, OWNER, POD, RETH, root, runBlocks, SM, STAKER, STETH, ZERO} from '../harness/eigenlayer-batch'

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Operator slashing, allocations, scaling factors and beacon-chain slashing, on logs in the order the slashing
 * release (v1.9.0 ABIs; v1.3.0 logs the same sequences) emits them in one transaction. Expected values are
 * worked out from the contracts' code (SlashingLib rounding) in the comments.
 */

const AVS = '0x00000000000000000000000000000000000000a5'
const SET = {avs: AVS, id: 1}

/** The per-strategy logs of `slashOperator` (steps 3-6), for a strategy without pending deallocation. */
function slashLogs(p: {strategy: string; encumbered: bigint; magnitude: bigint; block: number; maxMagnitude: bigint; operatorShares: bigint; total: bigint; slashId: number}) {
    let burn =
        p.strategy == BEACON
            ? encodeEvent(EPM, epm.events.BurnableETHSharesIncreased, {shares: p.total})
            : encodeEvent(SM, sm.events.BurnOrRedistributableSharesIncreased, {operatorSet: SET, slashId: BigInt(p.slashId), strategy: p.strategy, shares: p.total})
    return [
        encodeEvent(AM, am.events.EncumberedMagnitudeUpdated, {operator: OP, strategy: p.strategy, encumberedMagnitude: p.encumbered}),
        encodeEvent(AM, am.events.AllocationUpdated, {operator: OP, operatorSet: SET, strategy: p.strategy, magnitude: p.magnitude, effectBlock: p.block}),
        encodeEvent(AM, am.events.MaxMagnitudeUpdated, {operator: OP, strategy: p.strategy, maxMagnitude: p.maxMagnitude}),
        encodeEvent(DM, dm.events.OperatorSharesDecreased, {operator: OP, staker: ZERO, strategy: p.strategy, shares: p.operatorShares}),
        encodeEvent(DM, dm.events.OperatorSharesSlashed, {operator: OP, strategy: p.strategy, totalSlashedShares: p.total}),
        burn,
    ]
}

const operatorShares = (cache: any, strat: string) => cache.get(model.OperatorStrategyShares, `${OP}-${strat}`)?.shares

describe('EigenLayer operator slashing (one transaction of slashOperator)', () => {
    // the operator's delegated shares before the slash, and the strategies' state
    const db = () => [
        new model.Operator({id: OP, delegatorCount: 1}),
        ...[
            [RETH, 40n * E],
            [STETH, 100n * E],
            [EIGEN, 1000n * E],
            [BEACON, 64n * E],
        ].map(([s, n]) => new model.OperatorStrategyShares({id: `${OP}-${s}`, shares: n as bigint})),
        // rates as indexed in earlier batches: stETH strategy 1.1 stETH per share, noted when Lido's share rate was 1.2
        new model.Strategy({id: STETH, underlyingToken: book.lido.steth.address, totalShares: 0n, exchangeRate: (11n * E) / 10n, exchangeRateLidoShareRate: (12n * E) / 10n, whitelisted: true, burnableShares: 0n}),
        new model.Strategy({id: RETH, underlyingToken: book.rocketPool.reth.address, totalShares: 0n, exchangeRate: (105n * E) / 100n, whitelisted: true, burnableShares: 0n}),
        new model.Strategy({id: EIGEN, underlyingToken: '0x83e9115d334d248ce39a6f36144aeab5b3456e75', totalShares: 0n, exchangeRate: E, whitelisted: true, burnableShares: 0n}),
        // Lido now: 9,450,000 ETH / 7,500,000 shares = 1.26; rETH rate 1.1
        new model.LidoState({id: 'lido', totalPooledEther: 9_450_000n * E, totalShares: 7_500_000n * E}),
        new model.RocketPoolState({id: 'rocketpool', ethPerUnit: (11n * E) / 10n}),
    ]

    // every strategy: allocation 0.5e18 of max 1e18, wadToSlash 0.2e18
    //   slashedMagnitude = mulWadRoundUp(0.5e18, 0.2e18) = 0.1e18; wadSlashed = 0.1e18 x 1e18 / 1e18 (maxMagnitude) = 0.1e18
    //   current 0.5 - 0.1 = 0.4e18, max 1 - 0.1 = 0.9e18, encumbered 0.5 - 0.1 = 0.4e18
    //   calcSlashedAmount(n, 1e18, 0.9e18) = n - ceil(n x 0.9e18 / 1e18) = n / 10 for these n
    // cbETH is in the operator set but has no allocation: skipped by the contract (no logs, wadSlashed 0)
    // stETH: 20e18 scaled shares queued in the window: v1.9 calcSlashedAmount(20e18 x 1e18 / 1e18, 1e18, 0.9e18) = 2e18 more burnt
    const slashTx = (block: number) => [
        ...slashLogs({strategy: RETH, encumbered: (4n * E) / 10n, magnitude: (4n * E) / 10n, block, maxMagnitude: (9n * E) / 10n, operatorShares: 4n * E, total: 4n * E, slashId: 1}),
        ...slashLogs({strategy: STETH, encumbered: (4n * E) / 10n, magnitude: (4n * E) / 10n, block, maxMagnitude: (9n * E) / 10n, operatorShares: 10n * E, total: 12n * E, slashId: 1}),
        ...slashLogs({strategy: EIGEN, encumbered: (4n * E) / 10n, magnitude: (4n * E) / 10n, block, maxMagnitude: (9n * E) / 10n, operatorShares: 100n * E, total: 100n * E, slashId: 1}),
        ...slashLogs({strategy: BEACON, encumbered: (4n * E) / 10n, magnitude: (4n * E) / 10n, block, maxMagnitude: (9n * E) / 10n, operatorShares: (64n * E) / 10n, total: (64n * E) / 10n, slashId: 1}),
        // strategies in ascending address order, as slashOperator requires
        encodeEvent(AM, am.events.OperatorSlashed, {
            operator: OP,
            operatorSet: SET,
            strategies: [RETH, CBETH, STETH, EIGEN, BEACON],
            wadSlashed: [E / 10n, 0n, E / 10n, E / 10n, E / 10n],
            description: 'double signing',
        }),
    ]

    it('operator shares drop by the OperatorSharesDecreased(op, 0x0) only, not again by OperatorSharesSlashed', async () => {
        let {cache} = await runBlocks([{height: 300, txs: [slashTx(300)]}], db())
        // n - n/10: rETH 40 -> 36, stETH 100 -> 90, EIGEN 1000 -> 900, beacon 64 -> 57.6 (not n - 2 x n/10, nor less by the queue's part)
        expect(operatorShares(cache, RETH)).toBe(36n * E)
        expect(operatorShares(cache, STETH)).toBe(90n * E)
        expect(operatorShares(cache, EIGEN)).toBe(900n * E)
        expect(operatorShares(cache, BEACON)).toBe((576n * E) / 10n)
        // what waits to be burnt: operator part + queued part (the BurnOrRedistributableSharesIncreased / BurnableETHSharesIncreased)
        expect(cache.get(model.Strategy, STETH)!.burnableShares).toBe(12n * E)
        expect(cache.get(model.Strategy, BEACON)!.burnableShares).toBe((64n * E) / 10n)
    })

    it('one Slashing per (slash, strategy slashed): operator shares slashed, the wad, and the ETH at our rates', async () => {
        let {cache} = await runBlocks([{height: 300, txs: [slashTx(300)]}], db())
        let rows = inserted(cache, model.Slashing).map((r: any) => ({id: r.id, kind: r.kind, operator: r.operator.id, set: r.operatorSet.id, strategies: r.strategies, wadSlashed: r.wadSlashed, amount: r.amount, amountEth: r.amountEth}))
        let id = (i: number) => `0000000300-000024-${i}` // OperatorSlashed is log 24 of the block; one record per strategy position
        let base = {kind: 'EIGENLAYER_OPERATOR_SLASHED', operator: OP, set: `${AVS}-1`, wadSlashed: [String(E / 10n)]}
        expect(rows).toEqual([
            // rETH: 4e18 shares x 1.05 = 4.2e18 rETH; x rETH rate 1.1 = 4.62e18 ETH
            {...base, id: id(0), strategies: [RETH], amount: 4n * E, amountEth: (462n * E) / 100n},
            // cbETH: wadSlashed 0, nothing slashed: no record
            // stETH: 10e18 shares x 1.1 = 11e18 stETH at the rate's time; Lido's rate 1.2 then, 1.26 now: 11e18 x 1.26 / 1.2 = 11.55e18 ETH
            {...base, id: id(2), strategies: [STETH], amount: 10n * E, amountEth: (1155n * E) / 100n},
            // EIGEN: no ETH rate of ours
            {...base, id: id(3), strategies: [EIGEN], amount: 100n * E, amountEth: null},
            // beacon-chain ETH: 1 share = 1 wei
            {...base, id: id(4), strategies: [BEACON], amount: (64n * E) / 10n, amountEth: (64n * E) / 10n},
        ])
    })
})

describe('EigenLayer allocations: pending changes survive a slash and apply at their effect block', () => {
    const db = () => [
        new model.Operator({id: OP, delegatorCount: 1, allocationDelay: 10, pendingAllocationDelay: 10, allocationDelayEffectBlock: 1}),
        new model.OperatorStrategyShares({id: `${OP}-${EIGEN}`, shares: 200n * E}),
        new model.OperatorStrategyShares({id: `${OP}-${STETH}`, shares: 100n * E}),
    ]
    const allocation = (cache: any, strat: string) => {
        let a = cache.get(model.OperatorAllocation, `${OP}-${AVS}-1-${strat}`)
        return {magnitude: a.magnitude, effectBlock: a.effectBlock, pendingMagnitude: a.pendingMagnitude, pendingEffectBlock: a.pendingEffectBlock}
    }
    const update = (strat: string, magnitude: bigint, effectBlock: number) =>
        encodeEvent(AM, am.events.AllocationUpdated, {operator: OP, operatorSet: SET, strategy: strat, magnitude, effectBlock})
    const encumbered = (strat: string, value: bigint) => encodeEvent(AM, am.events.EncumberedMagnitudeUpdated, {operator: OP, strategy: strat, encumberedMagnitude: value})
    const DEALLOCATION_EFFECT = 200 + 100_800 + 1 // block + DEALLOCATION_DELAY (mainnet 100800) + 1
    // the end of a one-strategy slashOperator: max magnitude, DelegationManager.slashOperatorShares (no queued
    // withdrawal: the total is the operator part), burnable shares, OperatorSlashed
    const slashEnd = (strat: string, max: bigint, operatorShares: bigint, wad: bigint) => [
        encodeEvent(AM, am.events.MaxMagnitudeUpdated, {operator: OP, strategy: strat, maxMagnitude: max}),
        encodeEvent(DM, dm.events.OperatorSharesDecreased, {operator: OP, staker: ZERO, strategy: strat, shares: operatorShares}),
        encodeEvent(DM, dm.events.OperatorSharesSlashed, {operator: OP, strategy: strat, totalSlashedShares: operatorShares}),
        encodeEvent(SM, sm.events.BurnOrRedistributableSharesIncreased, {operatorSet: SET, slashId: 1n, strategy: strat, shares: operatorShares}),
        encodeEvent(AM, am.events.OperatorSlashed, {operator: OP, operatorSet: SET, strategies: [strat], wadSlashed: [wad], description: 'x'}),
    ]

    const blocks = [
        // modifyAllocations(EIGEN -> 0.5e18) at 100: encumbered 0 + 0.5, effect after the 10-block delay
        {height: 100, txs: [[encumbered(EIGEN, E / 2n), update(EIGEN, E / 2n, 110)]]},
        // modifyAllocations(EIGEN -> 0.2e18) at 200: the 0.5 allocation completed first (200 >= 110); slashable, so
        // the deallocation waits: pendingDiff -0.3e18 until 200 + DEALLOCATION_DELAY + 1; encumbered unchanged, no log
        {height: 200, txs: [[update(EIGEN, E / 5n, DEALLOCATION_EFFECT)]]},
        // slashOperator(EIGEN, wadToSlash 0.5e18) at 300:
        //   slashedMagnitude = mulWadRoundUp(0.5e18, 0.5e18) = 0.25e18; current 0.25e18; max 0.75e18; encumbered 0.25e18
        //   pending deallocation: slashedPending = mulWadRoundUp(0.3e18, 0.5e18) = 0.15e18, pendingDiff -0.15e18
        //   -> AllocationUpdated(0.25 - 0.15 = 0.1e18, old effect block), then AllocationUpdated(0.25e18, 300)
        //   operator shares: 200e18 - ceil(200e18 x 0.75e18 / 1e18) = 50e18
        {
            height: 300,
            txs: [[
                update(EIGEN, E / 10n, DEALLOCATION_EFFECT),
                encumbered(EIGEN, E / 4n),
                update(EIGEN, E / 4n, 300),
                ...slashEnd(EIGEN, (3n * E) / 4n, 50n * E, E / 4n),
            ]],
        },
    ]

    it('a slash keeps the pending deallocation (cut by the slashed fraction) next to the new current magnitude', async () => {
        let {cache} = await runBlocks(blocks, db())
        expect(allocation(cache, EIGEN)).toEqual({magnitude: E / 4n, effectBlock: 300, pendingMagnitude: E / 10n, pendingEffectBlock: DEALLOCATION_EFFECT})
    })

    it('the pending magnitude becomes current once a later event of the allocation is at or past its effect block', async () => {
        // modifyAllocations(EIGEN -> 0.3e18) at the deallocation's effect block: _clearDeallocationQueue completes it
        // (current 0.1e18, encumbered 0.25 - 0.15 = 0.1e18), then the new allocation +0.2e18 (encumbered 0.3e18) after 10 blocks
        let later = {height: DEALLOCATION_EFFECT, txs: [[encumbered(EIGEN, E / 10n), encumbered(EIGEN, (3n * E) / 10n), update(EIGEN, (3n * E) / 10n, DEALLOCATION_EFFECT + 10)]]}
        let {cache} = await runBlocks([...blocks, later], db())
        expect(allocation(cache, EIGEN)).toEqual({magnitude: E / 10n, effectBlock: DEALLOCATION_EFFECT, pendingMagnitude: (3n * E) / 10n, pendingEffectBlock: DEALLOCATION_EFFECT + 10})
    })

    it('a slash during a pending allocation keeps its diff: the target falls by the magnitude slashed', async () => {
        let {cache} = await runBlocks(
            [
                {height: 100, txs: [[encumbered(STETH, E / 2n), update(STETH, E / 2n, 110)]]},
                // allocate up to 0.8e18 at 150: 0.5 current (150 >= 110), +0.3e18 pending until 160, encumbered 0.8e18
                {height: 150, txs: [[encumbered(STETH, (8n * E) / 10n), update(STETH, (8n * E) / 10n, 160)]]},
                // slash 50 % at 155: slashedMagnitude = mulWadRoundUp(0.5e18, 0.5e18) = 0.25e18; current 0.25e18; encumbered
                // 0.8 - 0.25 = 0.55e18; pendingDiff +0.3e18 untouched and not logged: target 0.25 + 0.3 = 0.55e18 at 160
                {
                    height: 155,
                    txs: [[
                        encumbered(STETH, (55n * E) / 100n),
                        update(STETH, E / 4n, 155),
                        // max 0.75e18; operator shares 100e18 - ceil(100e18 x 0.75) = 25e18
                        ...slashEnd(STETH, (3n * E) / 4n, 25n * E, E / 4n),
                    ]],
                },
            ],
            db()
        )
        expect(allocation(cache, STETH)).toEqual({magnitude: E / 4n, effectBlock: 155, pendingMagnitude: (55n * E) / 100n, pendingEffectBlock: 160})
    })

    it('AllocationDelaySet: pending until its effect block (v1.3 registration), at once for a v1.9 new operator', async () => {
        const LATE = '0x00000000000000000000000000000000000000a2'
        let {cache} = await runBlocks([
            // v1.3.0 registerAsOperator -> setAllocationDelay: effect block = 1000 + ALLOCATION_CONFIGURATION_DELAY (126000) + 1
            {height: 1000, txs: [[encodeEvent(AM, am.events.AllocationDelaySet, {operator: OP, delay: 50, effectBlock: 127_001})]]},
            // v1.9 registerAsOperator: a newly registered operator's delay applies at once (effectBlock = block.number)
            {height: 1000, txs: [[encodeEvent(AM, am.events.AllocationDelaySet, {operator: LATE, delay: 7, effectBlock: 1000})]]},
        ])
        expect(cache.get(model.Operator, OP)).toMatchObject({allocationDelay: null, pendingAllocationDelay: 50, allocationDelayEffectBlock: 127_001})
        expect(cache.get(model.Operator, LATE)).toMatchObject({allocationDelay: 7, pendingAllocationDelay: 7, allocationDelayEffectBlock: 1000})

        // later, past the effect block: setAllocationDelay again applies the pending delay first, then logs the new one
        let after = await runBlocks([{height: 128_000, txs: [[encodeEvent(AM, am.events.AllocationDelaySet, {operator: OP, delay: 60, effectBlock: 254_001})]]}], [cache.get(model.Operator, OP)])
        expect(after.cache.get(model.Operator, OP)).toMatchObject({allocationDelay: 50, pendingAllocationDelay: 60, allocationDelayEffectBlock: 254_001})
    })
})

describe('EigenLayer deposit scaling factor: slashing-era queues remove ceil(scaled / factor), and all of it at a reset', () => {
    // The operator was slashed to maxMagnitude 0.8e18 earlier. STAKER (delegated) deposits 100e18 EIGEN shares:
    //   _increaseDelegation(prev 0, added 100e18, slashingFactor 0.8e18): dsf = WAD.divWad(0.8e18) = 1.25e18
    //   operator shares + 100e18 (withdrawable: 100e18 x 1.25 x 0.8 = 100e18)
    const deposit = [
        encodeEvent(EIGEN, sb.events.ExchangeRateEmitted, {rate: E}),
        encodeEvent(SM, sm.events.Deposit, {staker: STAKER, strategy: EIGEN, shares: 100n * E}),
        encodeEvent(DM, dm.events.DepositScalingFactorUpdated, {staker: STAKER, strategy: EIGEN, newDepositScalingFactor: (125n * E) / 100n}),
        encodeEvent(DM, dm.events.OperatorSharesIncreased, {operator: OP, staker: STAKER, strategy: EIGEN, shares: 100n * E}),
    ]
    // queueWithdrawals(d1 = 10e18 + 3 deposit shares):
    //   scaled = mulWad(d1, 1.25e18) = floor(12.50000000000000000375e18) = 12500000000000000003
    //   withdrawable = mulWad(scaled, 0.8e18) = floor(10000000000000000002.4) = 10000000000000000002
    //   sharesAfter = 100e18 - d1 > 0: no reset
    const w = (nonce: bigint, scaled: bigint, withdrawable: bigint, r: number) =>
        encodeEvent(DM, dm.events.SlashingWithdrawalQueued, {
            withdrawalRoot: root(r),
            withdrawal: {staker: STAKER, delegatedTo: OP, withdrawer: STAKER, nonce, startBlock: 600, strategies: [EIGEN], scaledShares: [scaled]},
            sharesToWithdraw: [withdrawable],
        })
    const partial = [
        encodeEvent(DM, dm.events.OperatorSharesDecreased, {operator: OP, staker: STAKER, strategy: EIGEN, shares: 10000000000000000002n}),
        w(0n, 12500000000000000003n, 10000000000000000002n, 1),
    ]
    // queueWithdrawals(d2 = the rest, 89999999999999999997):
    //   scaled = floor(89999999999999999997 x 1.25) = floor(112499999999999999996.25) = 112499999999999999996
    //   withdrawable = floor(112499999999999999996 x 0.8) = floor(89999999999999999996.8) = 89999999999999999996
    //   sharesAfter = 0: dsf.reset() and DepositScalingFactorUpdated(staker, EIGEN, 1e18) BEFORE SlashingWithdrawalQueued
    const full = [
        encodeEvent(DM, dm.events.OperatorSharesDecreased, {operator: OP, staker: STAKER, strategy: EIGEN, shares: 89999999999999999996n}),
        encodeEvent(DM, dm.events.DepositScalingFactorUpdated, {staker: STAKER, strategy: EIGEN, newDepositScalingFactor: E}),
        w(1n, 112499999999999999996n, 89999999999999999996n, 2),
    ]
    const staker = (cache: any) => cache.get(model.StakerStrategyShares, `${STAKER}-${EIGEN}`)

    it('partial: d = ceil(scaled x 1e18 / 1.25e18) = ceil(10000000000000000002.4) = 10e18 + 3 (floor would say 10e18 + 2)', async () => {
        let {cache} = await runBlocks([
            {height: 599, txs: [[encodeEvent(DM, dm.events.StakerDelegated, {staker: STAKER, operator: OP})]]},
            {height: 600, txs: [deposit, partial]},
        ])
        expect(staker(cache)).toMatchObject({shares: 89999999999999999997n, depositScalingFactor: (125n * E) / 100n})
        // StrategyBase.totalShares: queued shares stay in the strategy until the withdrawal is completed
        expect(cache.get(model.Strategy, EIGEN)!.totalShares).toBe(100n * E)
    })

    it('full: the reset logged before the queue does not rescale it: the staker is at 0, the strategy keeps the shares', async () => {
        let {cache} = await runBlocks([
            {height: 599, txs: [[encodeEvent(DM, dm.events.StakerDelegated, {staker: STAKER, operator: OP})]]},
            {height: 600, txs: [deposit, partial, full]},
        ])
        expect(staker(cache)).toMatchObject({shares: 0n, depositScalingFactor: E})
        expect(cache.get(model.Strategy, EIGEN)!.totalShares).toBe(100n * E)
        // the operator keeps the rounding dust: 100e18 - 10000000000000000002 - 89999999999999999996 = 2
        expect(cache.get(model.OperatorStrategyShares, `${OP}-${EIGEN}`)!.shares).toBe(2n)
    })

    it("a deposit's factor followed by a partial queue in the same transaction is not a reset", async () => {
        // a contract deposits for OTHER (not delegated: no OperatorSharesIncreased) and queues 4e18 of the 10e18 at once
        let {cache} = await runBlocks([
            {
                height: 600,
                txs: [[
                    encodeEvent(EIGEN, sb.events.ExchangeRateEmitted, {rate: E}),
                    encodeEvent(SM, sm.events.Deposit, {staker: OTHER, strategy: EIGEN, shares: 10n * E}),
                    encodeEvent(DM, dm.events.DepositScalingFactorUpdated, {staker: OTHER, strategy: EIGEN, newDepositScalingFactor: E}),
                    encodeEvent(DM, dm.events.SlashingWithdrawalQueued, {
                        withdrawalRoot: root(3),
                        withdrawal: {staker: OTHER, delegatedTo: ZERO, withdrawer: OTHER, nonce: 0n, startBlock: 600, strategies: [EIGEN], scaledShares: [4n * E]},
                        sharesToWithdraw: [4n * E],
                    }),
                ]],
            },
        ])
        expect(cache.get(model.StakerStrategyShares, `${OTHER}-${EIGEN}`)!.shares).toBe(6n * E)
    })
})

describe('EigenLayer beacon-chain slashing: the fraction of the restaked ETH lost, and the ETH from the checkpoint', () => {
    it('1.0 -> 0.5 and 0.5 -> 0.25 are both 50 %; the ETH is the checkpoint balance decrease', async () => {
        const ts = 1_800_000_000n
        // slashing-era checkpoint finalization (v1.3.0 EigenPod: per validator ValidatorBalanceUpdated, ValidatorCheckpointed;
        // then _updateCheckpoint: CheckpointFinalized, then EigenPodManager.recordBeaconChainETHBalanceUpdate with the
        // negative delta -> _reduceSlashingFactor: new = prev x newBalance / prevBalance, BeaconChainSlashingFactorDecreased)
        const finalize = (t: bigint, gwei: bigint, deltaWei: bigint, prev: bigint, next: bigint) => [
            encodeEvent(POD, podPepe.events.ValidatorBalanceUpdated, {validatorIndex: 7, balanceTimestamp: t, newValidatorBalanceGwei: gwei}),
            encodeEvent(POD, podPepe.events.ValidatorCheckpointed, {checkpointTimestamp: t, validatorIndex: 7}),
            encodeEvent(POD, podPepe.events.CheckpointFinalized, {checkpointTimestamp: t, totalShareDeltaWei: deltaWei}),
            encodeEvent(EPM, epm.events.BeaconChainSlashingFactorDecreased, {staker: OWNER, prevBeaconChainSlashingFactor: prev, newBeaconChainSlashingFactor: next}),
        ]
        let {cache} = await runBlocks([
            {height: 10, txs: [[encodeEvent(EPM, epm.events.PodDeployed, {eigenPod: POD, podOwner: OWNER})]]},
            // 64 ETH restaked -> 32: factor 1e18 x 32 / 64 = 0.5e18; lost 32e18
            {height: 20, txs: [[encodeEvent(POD, podPepe.events.CheckpointCreated, {checkpointTimestamp: ts, beaconBlockRoot: root(1), validatorCount: 1n})], finalize(ts, 32_000_000_000n, -32n * E, E, E / 2n)]},
            // 32 -> 16: factor 0.5e18 x 16 / 32 = 0.25e18; lost 16e18
            {height: 30, txs: [[encodeEvent(POD, podPepe.events.CheckpointCreated, {checkpointTimestamp: ts + 100n, beaconBlockRoot: root(2), validatorCount: 1n})], finalize(ts + 100n, 16_000_000_000n, -16n * E, E / 2n, E / 4n)]},
        ])
        let rows = inserted(cache, model.Slashing).map((r: any) => [r.kind, r.account.id, r.factorBefore, r.factorAfter, r.amount, r.amountEth])
        expect(rows).toEqual([
            // (1 - 0.5) x 1e18 / 1 = 0.5e18
            ['EIGENLAYER_BEACON_CHAIN', OWNER, E, E / 2n, E / 2n, 32n * E],
            // (0.5 - 0.25) x 1e18 / 0.5 = 0.5e18 (not 0.25e18)
            ['EIGENLAYER_BEACON_CHAIN', OWNER, E / 2n, E / 4n, E / 2n, 16n * E],
        ])
    })
})

describe("EigenLayer strategy totals: StrategyBase.totalShares moves when the strategy mints or withdraws, not at a queue", () => {
    // v1.9.0 StrategyBase: deposit adds newShares, withdraw (a completion as tokens, a burn) takes amountShares out; a
    // queue only moves the staker's deposit shares (StrategyManager.removeDepositShares), a completion as shares only
    // adds them back (addShares)
    const W = 'eigenlayer-' + root(7)
    const queued = (startBlock: number) =>
        encodeEvent(DM, dm.events.SlashingWithdrawalQueued, {
            withdrawalRoot: root(7),
            withdrawal: {staker: STAKER, delegatedTo: OP, withdrawer: STAKER, nonce: 0n, startBlock, strategies: [EIGEN], scaledShares: [40n * E]},
            sharesToWithdraw: [40n * E],
        })
    const completedAsTokens = [encodeEvent(DM, dm.events.SlashingWithdrawalCompleted, {withdrawalRoot: root(7)}), encodeEvent(EIGEN, sb.events.ExchangeRateEmitted, {rate: E})]
    const total = (cache: any) => cache.get(model.Strategy, EIGEN)!.totalShares

    it('deposit 100, queue 40 (still in), complete as tokens (out), in one batch: 60; a burn takes its shares out', async () => {
        let {cache} = await runBlocks([
            {height: 600, txs: [[encodeEvent(EIGEN, sb.events.ExchangeRateEmitted, {rate: E}), encodeEvent(SM, sm.events.Deposit, {staker: STAKER, strategy: EIGEN, shares: 100n * E})]]},
            {height: 601, txs: [[queued(601)]]},
            {height: 700, txs: [completedAsTokens]},
            {
                height: 701,
                txs: [[encodeEvent(EIGEN, sb.events.ExchangeRateEmitted, {rate: E}), encodeEvent(SM, sm.events.BurnOrRedistributableSharesDecreased, {operatorSet: {avs: OTHER, id: 1}, slashId: 1n, strategy: EIGEN, shares: 5n * E})]],
            },
        ])
        // not delegated when it deposited, the staker's 100 - 40 = 60 deposit shares; the strategy 100 - 40 - 5
        expect(cache.get(model.StakerStrategyShares, `${STAKER}-${EIGEN}`)!.shares).toBe(60n * E)
        expect(total(cache)).toBe(55n * E)
    })

    it('a withdrawal queued in an earlier batch: its rows from the database; the operator slashed since (max 0.9): 40 x 0.9 out', async () => {
        let strategy = new model.Strategy({id: EIGEN, underlyingToken: null, totalShares: 100n * E, whitelisted: true, burnableShares: 0n})
        let withdrawal = new model.Withdrawal({id: W, protocol: model.Protocol.EIGENLAYER, account: new model.Account({id: STAKER}), status: model.WithdrawalStatus.REQUESTED, withdrawalRoot: root(7), shares: 40n * E, delegatedTo: OP, withdrawer: STAKER, nonce: 0n, requestedBlock: 601})
        let part = new model.WithdrawalStrategyShares({id: `${W}-0`, withdrawal, strategy, shares: 40n * E, sharesToWithdraw: 40n * E})
        let magnitude = new model.OperatorMagnitude({id: `${OP}-${EIGEN}`, operator: new model.Operator({id: OP}), strategy, maxMagnitude: (9n * E) / 10n, encumberedMagnitude: 0n, updatedBlock: 650})
        let {cache} = await runBlocks([{height: 700, txs: [completedAsTokens]}], [strategy, withdrawal, part, magnitude])
        // scaleForCompleteWithdrawal: mulWad(40e18, 0.9e18) = 36e18
        expect(cache.get(model.Withdrawal, W)).toMatchObject({status: model.WithdrawalStatus.COMPLETED, receiveAsTokens: true})
        expect(total(cache)).toBe(64n * E)
    })

    it('queued and completed in one batch, the operator slashed in an earlier one: its max magnitude from the database', async () => {
        let strategy = new model.Strategy({id: EIGEN, underlyingToken: null, totalShares: 100n * E, whitelisted: true, burnableShares: 0n})
        let magnitude = new model.OperatorMagnitude({id: `${OP}-${EIGEN}`, operator: new model.Operator({id: OP}), strategy, maxMagnitude: (9n * E) / 10n, encumberedMagnitude: 0n, updatedBlock: 550})
        let {cache} = await runBlocks([{height: 601, txs: [[queued(601)]]}, {height: 700, txs: [completedAsTokens]}], [strategy, magnitude])
        expect(total(cache)).toBe(64n * E)
    })

    it('completed as shares: the strategy keeps them', async () => {
        let {cache} = await runBlocks([
            {height: 600, txs: [[encodeEvent(EIGEN, sb.events.ExchangeRateEmitted, {rate: E}), encodeEvent(SM, sm.events.Deposit, {staker: STAKER, strategy: EIGEN, shares: 100n * E})]]},
            {height: 601, txs: [[queued(601)]]},
            // _completeQueuedWithdrawal as shares: the completion, then addShares (Deposit, no strategy rate before it) and the factor
            {height: 700, txs: [[encodeEvent(DM, dm.events.SlashingWithdrawalCompleted, {withdrawalRoot: root(7)}), encodeEvent(SM, sm.events.Deposit, {staker: STAKER, strategy: EIGEN, shares: 40n * E}), encodeEvent(DM, dm.events.DepositScalingFactorUpdated, {staker: STAKER, strategy: EIGEN, newDepositScalingFactor: E})]]},
        ])
        expect(cache.get(model.StakerStrategyShares, `${STAKER}-${EIGEN}`)!.shares).toBe(100n * E)
        expect(total(cache)).toBe(100n * E)
    })
})
