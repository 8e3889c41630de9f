import * as amAbi from '../abi/AllocationManager'
import * as dmAbi from '../abi/DelegationManager'
import * as epmAbi from '../abi/EigenPodManager'
import * as epmM2 from '../abi/EigenPodManager.m2'
import * as smAbi from '../abi/StrategyManager'
import * as smM1 from '../abi/StrategyManager.m1'
import {Check} from './checks'
import {expectedAllocation, expectedMaxMagnitude} from './expected'
import {IndexedSample} from './sample'
import {callView, checker, EraView, liveEra, mapResult, notDeployed, ReconcileContext} from './views'

const c = checker('EigenLayer')

type StakerRow = IndexedSample['eigenLayer']['stakerShares'][number]
/** a named form of a view, for the report */
type SharesView = EraView<StakerRow, bigint> & {view: string}

/**
 * Operator shares, staker deposit shares (strategies and beacon-chain ETH, each with the view of the release
 * live at the block), and the AllocationManager's magnitudes and allocations of sampled operators.
 */
export async function eigenLayerChecks(ctx: ReconcileContext, sample: IndexedSample['eigenLayer']): Promise<Check[]> {
    let el = ctx.book.eigenLayer
    let [smMissing, dmMissing, epmMissing, amMissing] = await Promise.all([
        notDeployed(ctx, 'StrategyManager', el.strategyManager.address),
        notDeployed(ctx, 'DelegationManager', el.delegationManager.address),
        notDeployed(ctx, 'EigenPodManager', el.eigenPodManager.address),
        notDeployed(ctx, 'AllocationManager', el.allocationManager.address),
    ])
    let beacon = el.beaconChainEthStrategy
    let SM = el.strategyManager.address
    let EPM = el.eigenPodManager.address
    let subject = (a: string, strategy: string) => `${a} / ${strategy == beacon ? 'beacon-chain ETH' : strategy}`

    // a staker's deposit shares: StrategyManager for tokens; for beacon-chain ETH the EigenPodManager from M2 on,
    // the StrategyManager's beacon-chain ETH strategy in M1 (each era's storage getter; a release without it reverts)
    let strategyEras: SharesView[] = [
        {era: 'slashing release on', view: 'StrategyManager.stakerDepositShares', call: (r) => callView(ctx, SM, smAbi.functions.stakerDepositShares, {staker: r.staker, strategy: r.strategy})},
        {era: 'M1/M2', view: 'StrategyManager.stakerStrategyShares', call: (r) => callView(ctx, SM, smM1.functions.stakerStrategyShares, {_0: r.staker, _1: r.strategy})},
    ]
    let beaconEras: SharesView[] = [
        {era: 'slashing release on', view: 'EigenPodManager.podOwnerDepositShares', call: (r) => callView(ctx, EPM, epmAbi.functions.podOwnerDepositShares, {podOwner: r.staker})},
        {era: 'M2/PEPE', view: 'EigenPodManager.podOwnerShares', call: (r) => callView(ctx, EPM, epmM2.functions.podOwnerShares, {_0: r.staker})},
        {era: 'M1', view: 'StrategyManager.stakerStrategyShares', call: (r) => callView(ctx, SM, smM1.functions.stakerStrategyShares, {_0: r.staker, _1: beacon})},
    ]
    let tokenRows = sample.stakerShares.filter((r) => r.strategy != beacon)
    let beaconRows = sample.stakerShares.filter((r) => r.strategy == beacon)

    let operatorShares = sample.operatorShares.map(async (r) => {
        let view = 'DelegationManager.operatorShares'
        if (dmMissing) return c.skipped(view, subject(r.operator, r.strategy), r.shares, dmMissing)
        return c.of(view, subject(r.operator, r.strategy), r.shares, await callView(ctx, el.delegationManager.address, dmAbi.functions.operatorShares, {operator: r.operator, strategy: r.strategy}))
    })
    let magnitudes = sample.magnitudes.map(async (r) => {
        let view = 'AllocationManager.getMaxMagnitude'
        let indexed = expectedMaxMagnitude(r.maxMagnitude)
        if (amMissing) return c.skipped(view, subject(r.operator, r.strategy), indexed, amMissing)
        return c.of(view, subject(r.operator, r.strategy), indexed, await callView(ctx, el.allocationManager.address, amAbi.functions.getMaxMagnitude, {_0: r.operator, _1: r.strategy}))
    })
    let allocations = sample.allocations.map(async (r): Promise<Check[]> => {
        let about = `${r.operator} / ${r.avs}-${r.operatorSetId} / ${r.strategy}`
        let expected = expectedAllocation(r, ctx.block)
        let [magnitude, effectBlock] = ['AllocationManager.getAllocation.currentMagnitude+pendingDiff', 'AllocationManager.getAllocation.effectBlock']
        if (amMissing) return [c.skipped(magnitude, about, expected.magnitude, amMissing), c.skipped(effectBlock, about, expected.effectBlock, amMissing)]
        let answer = await callView(ctx, el.allocationManager.address, amAbi.functions.getAllocation, {_0: r.operator, _1: {avs: r.avs, id: Number(r.operatorSetId)}, _2: r.strategy})
        return [
            c.of(magnitude, about, expected.magnitude, mapResult(answer, (a) => a.currentMagnitude + a.pendingDiff)),
            c.of(effectBlock, about, expected.effectBlock, mapResult(answer, (a) => BigInt(a.effectBlock))),
        ]
    })
    let all = await Promise.all([
        stakerShareChecks(tokenRows, strategyEras, smMissing, subject),
        stakerShareChecks(beaconRows, beaconEras, epmMissing ?? smMissing, subject),
        Promise.all(operatorShares),
        Promise.all(magnitudes),
        Promise.all(allocations).then((a) => a.flat()),
    ])
    return all.flat()
}

async function stakerShareChecks(rows: StakerRow[], eras: SharesView[], missing: string | null, subject: (a: string, s: string) => string): Promise<Check[]> {
    if (rows.length == 0) return []
    let generic = 'staker deposit shares'
    if (missing) return rows.map((r) => c.skipped(generic, subject(r.staker, r.strategy), r.shares, missing))
    let live = await liveEra(eras, rows[0])
    if ('reason' in live) {
        let reason = live.reason
        return rows.map((r) => c.skipped(generic, subject(r.staker, r.strategy), r.shares, reason))
    }
    let era = live.era as SharesView
    let answers = [live.first, ...(await Promise.all(rows.slice(1).map((r) => era.call(r))))]
    return rows.map((r, i) => c.of(era.view, subject(r.staker, r.strategy), r.shares, answers[i]))
}
