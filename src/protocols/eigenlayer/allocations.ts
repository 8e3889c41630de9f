import {logId} from '../../core/ids'
import {OperatorAllocation, OperatorMagnitude, OperatorSet, OperatorSetMember, Protocol, Slashing} from '../../model'
import {logFields} from './common'
import {ElEventOf} from './events'
import {sharesInEth} from './prices'
import {ElState} from './state'

export function operatorSetId(avs: string, setId: bigint): string {
    return `${avs}-${setId}`
}

function operatorSet(s: ElState, avs: string, setId: bigint): OperatorSet {
    let id = operatorSetId(avs, setId)
    return s.cache.getOrCreate(OperatorSet, id, () => new OperatorSet({id, avs, operatorSetId: setId, createdBlock: null}))
}

export function applyOperatorSetCreated(s: ElState, e: ElEventOf<'OperatorSetCreated'>): void {
    operatorSet(s, e.avs, e.setId).createdBlock = e.log.block.height
}

export function applyMembership(s: ElState, e: ElEventOf<'OperatorSetMembership'>): void {
    let set = operatorSet(s, e.avs, e.setId)
    let id = `${set.id}-${e.operator}`
    let member = s.cache.getOrCreate(
        OperatorSetMember,
        id,
        () => new OperatorSetMember({id, operatorSet: set, operator: s.operator(e.operator), active: false, addedBlock: null, removedBlock: null})
    )
    member.active = e.added
    if (e.added) member.addedBlock = e.log.block.height
    else member.removedBlock = e.log.block.height
}

/**
 * AllocationUpdated(operator, set, strategy, magnitude, effectBlock). The AllocationManager completes a pending
 * change once block.number >= its effect block (`_getUpdatedAllocation`), before anything else touches the
 * allocation: so do we, at the next event. Then:
 * - effectBlock > the log's block: a pending change (`modifyAllocations`: an allocation after the operator's
 *   delay, a slashable deallocation after DEALLOCATION_DELAY; a slash's first log: the pending deallocation cut
 *   by the slashed fraction, with its old effect block) -> pendingMagnitude / pendingEffectBlock;
 * - effectBlock <= block: the current magnitude (an immediate deallocation, or the slash's second log). A slash
 *   keeps a pending allocation's diff (`pendingDiff > 0` is not touched, and no log repeats it): its target
 *   falls by the magnitude slashed.
 */
export function applyAllocation(s: ElState, e: ElEventOf<'AllocationUpdated'>): void {
    let set = operatorSet(s, e.avs, e.setId)
    let id = `${e.operator}-${set.id}-${e.strategy}`
    let height = e.log.block.height
    let row = s.cache.getOrCreate(
        OperatorAllocation,
        id,
        () =>
            new OperatorAllocation({
                id,
                operator: s.operator(e.operator),
                operatorSet: set,
                strategy: s.strategy(e.strategy, e.log),
                magnitude: 0n,
                effectBlock: 0,
                pendingMagnitude: null,
                pendingEffectBlock: null,
                updatedBlock: height,
            })
    )
    settleOperator(s, e.operator, height)
    if (row.pendingMagnitude != null && row.pendingEffectBlock != null && height >= row.pendingEffectBlock) {
        row.magnitude = row.pendingMagnitude
        row.effectBlock = row.pendingEffectBlock
        row.pendingMagnitude = null
        row.pendingEffectBlock = null
    }
    if (e.effectBlock > height) {
        row.pendingMagnitude = e.magnitude
        row.pendingEffectBlock = e.effectBlock
    } else {
        let before = row.magnitude
        if (row.pendingMagnitude != null && row.pendingMagnitude > before && e.magnitude < before) {
            row.pendingMagnitude -= before - e.magnitude
        }
        row.magnitude = e.magnitude
        row.effectBlock = e.effectBlock
    }
    row.updatedBlock = height
}

/** MaxMagnitudeUpdated / EncumberedMagnitudeUpdated -> the operator's magnitudes per strategy. */
export function applyMagnitude(s: ElState, e: ElEventOf<'Magnitude'>): void {
    let id = `${e.operator}-${e.strategy}`
    let row = s.cache.getOrCreate(
        OperatorMagnitude,
        id,
        () =>
            new OperatorMagnitude({
                id,
                operator: s.operator(e.operator),
                strategy: s.strategy(e.strategy, e.log),
                maxMagnitude: null,
                encumberedMagnitude: null,
                updatedBlock: 0,
            })
    )
    if (e.max != null) row.maxMagnitude = e.max
    if (e.encumbered != null) row.encumberedMagnitude = e.encumbered
    row.updatedBlock = e.log.block.height
}

/**
 * AllocationDelaySet(operator, delay, effectBlock): the delay applies from effectBlock (`_setAllocationDelay`:
 * block + ALLOCATION_CONFIGURATION_DELAY + 1; from v1.9 a newly registered operator's at once, effectBlock =
 * block). A delay set earlier becomes the one in effect once its block is reached.
 */
export function applyAllocationDelay(s: ElState, e: ElEventOf<'AllocationDelaySet'>): void {
    let op = s.operator(e.operator)
    settleOperator(s, e.operator, e.log.block.height)
    op.pendingAllocationDelay = e.delay
    op.allocationDelayEffectBlock = e.effectBlock
    settleOperator(s, e.operator, e.log.block.height)
}

/** The operator's allocation delay as the AllocationManager reads it at `height` (`getAllocationDelay`). */
function settleOperator(s: ElState, operator: string, height: number): void {
    let op = s.operator(operator)
    if (op.pendingAllocationDelay != null && op.allocationDelayEffectBlock != null && height >= op.allocationDelayEffectBlock) {
        op.allocationDelay = op.pendingAllocationDelay
    }
}

/**
 * OperatorSlashed closes a slash (`slashOperator`, after the per-strategy logs): one `Slashing`
 * (EIGENLAYER_OPERATOR_SLASHED) per strategy actually slashed (wadSlashed > 0; a strategy without allocated
 * magnitude is skipped by the contract and gets 0), id `<log id>-<position>`, amount = the operator shares
 * slashed in it (OperatorSharesDecreased(op, 0x0, strategy, n) of the same transaction), amountEth = their
 * value at our rates (prices.ts). The queued withdrawals slashed with it are burnt too (OperatorSharesSlashed /
 * BurnableSharesIncreased) but are not the operator's shares: not in amount.
 */
export function applyOperatorSlashed(s: ElState, e: ElEventOf<'OperatorSlashed'>): void {
    settleOperator(s, e.operator, e.log.block.height)
    let set = operatorSet(s, e.avs, e.setId)
    e.strategies.forEach((id, i) => {
        let wad = e.wadSlashed[i] ?? 0n
        if (wad == 0n) return
        let key = `${e.log.transactionHash}-${e.operator}-${id}`
        let shares = s.slashedOperatorShares.get(key) ?? null
        s.slashedOperatorShares.delete(key)
        let strategy = s.strategy(id, e.log)
        s.cache.insert(
            new Slashing({
                id: `${logId(e.log)}-${i}`,
                protocol: Protocol.EIGENLAYER,
                kind: 'EIGENLAYER_OPERATOR_SLASHED',
                operator: s.operator(e.operator),
                operatorSet: set,
                strategies: [id],
                wadSlashed: [String(wad)],
                amount: shares,
                amountEth: shares == null ? null : sharesInEth(s, strategy, shares, e.log),
                description: e.description,
                ...logFields(e.log),
            })
        )
    })
}
