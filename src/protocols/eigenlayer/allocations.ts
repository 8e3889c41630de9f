import {logId} from '../../core/ids'
import {OperatorAllocation, OperatorMagnitude, OperatorSet, OperatorSetMember, Protocol, Slashing} from '../../model'
import {logFields} from './common'
import {ElEventOf} from './events'
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

/** AllocationUpdated: the operator's current magnitude for one operator set and strategy (effective at effectBlock). */
export function applyAllocation(s: ElState, e: ElEventOf<'AllocationUpdated'>): void {
    let set = operatorSet(s, e.avs, e.setId)
    let id = `${e.operator}-${set.id}-${e.strategy}`
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
                updatedBlock: 0,
            })
    )
    row.magnitude = e.magnitude
    row.effectBlock = e.effectBlock
    row.updatedBlock = e.log.block.height
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

export function applyAllocationDelay(s: ElState, e: ElEventOf<'AllocationDelaySet'>): void {
    s.operator(e.operator).allocationDelay = e.delay
}

/**
 * OperatorSlashed -> `Slashing` (EIGENLAYER_OPERATOR_SLASHED) with the operator set, strategies and wads. The
 * operator's shares drop through the OperatorSharesSlashed logs of the same tx (handled as operator shares).
 */
export function applyOperatorSlashed(s: ElState, e: ElEventOf<'OperatorSlashed'>): void {
    s.cache.insert(
        new Slashing({
            id: logId(e.log),
            protocol: Protocol.EIGENLAYER,
            kind: 'EIGENLAYER_OPERATOR_SLASHED',
            operator: s.operator(e.operator),
            operatorSet: operatorSet(s, e.avs, e.setId),
            strategies: e.strategies,
            wadSlashed: e.wadSlashed.map(String),
            description: e.description,
            ...logFields(e.log),
        })
    )
}
