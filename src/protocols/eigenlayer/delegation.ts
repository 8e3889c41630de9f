import {logId, ZERO_ADDRESS} from '../../core/ids'
import {blockTime} from '../../core/time'
import {AvsRegistration, Delegation, DelegationKind} from '../../model'
import {logFields} from './common'
import {ElEventOf} from './events'
import {ElState} from './state'

/**
 * OperatorRegistered (M2 details tuple / slashing-era approver) and M1 RegisterAsOperator. Every release
 * delegates a new operator to itself; from M2 on that is a StakerDelegated(op, op) of its own, but M1's
 * `registerAsOperator` does it silently (`_delegate(msg.sender, msg.sender)`, no event): counted here.
 */
export function applyOperatorRegistered(s: ElState, e: ElEventOf<'OperatorRegistered'>): void {
    let op = s.operator(e.operator)
    if (e.delegationTerms != null) {
        let self = s.account(e.operator, e.log)
        if (self.delegatedTo?.id != op.id) {
            self.delegatedTo = op
            op.delegatorCount += 1
        }
    }
    op.registeredBlock = e.log.block.height
    op.registeredAt = blockTime(e.log.block)
    if (e.delegationApprover != null) op.delegationApprover = e.delegationApprover
    if (e.earningsReceiver != null) op.earningsReceiver = e.earningsReceiver
    if (e.stakerOptOutWindowBlocks != null) op.stakerOptOutWindowBlocks = e.stakerOptOutWindowBlocks
    if (e.delegationTerms != null) op.delegationTerms = e.delegationTerms
}

/** M2 OperatorDetailsModified and slashing-era DelegationApproverUpdated. */
export function applyOperatorDetails(s: ElState, e: ElEventOf<'OperatorDetailsModified'>): void {
    let op = s.operator(e.operator)
    op.delegationApprover = e.delegationApprover
    if (e.earningsReceiver != null) op.earningsReceiver = e.earningsReceiver
    if (e.stakerOptOutWindowBlocks != null) op.stakerOptOutWindowBlocks = e.stakerOptOutWindowBlocks
}

export function applyOperatorMetadata(s: ElState, e: ElEventOf<'OperatorMetadataURIUpdated'>): void {
    s.operator(e.operator).metadataURI = e.metadataURI
}

/**
 * One `Delegation` record per event. The staker's current operator and the operator's delegator count move on
 * StakerDelegated and StakerUndelegated only: a forced undelegation logs StakerForceUndelegated AND
 * StakerUndelegated (DelegationManager.undelegate), so counting both would drop the count twice.
 */
export function applyDelegation(s: ElState, e: ElEventOf<'Delegation'>): void {
    let staker = s.account(e.staker, e.log)
    let operator = s.operator(e.operator)
    s.cache.insert(
        new Delegation({id: logId(e.log), staker, operator, kind: DelegationKind[e.kind], ...logFields(e.log)})
    )
    if (e.kind == 'DELEGATED') {
        staker.delegatedTo = operator
        operator.delegatorCount += 1
    } else if (e.kind == 'UNDELEGATED') {
        staker.delegatedTo = null
        operator.delegatorCount = Math.max(0, operator.delegatorCount - 1)
    }
}

/**
 * OperatorSharesIncreased / Decreased. A slashing logs OperatorSharesDecreased(op, 0x0, strategy, n) with the
 * operator's part n (`slashOperatorShares`), noted for the OperatorSlashed that closes the slash; the
 * OperatorSharesSlashed after it (n + the slashable queued withdrawals) moves no operator shares.
 */
export function applyOperatorShares(s: ElState, e: ElEventOf<'OperatorShares'>): void {
    s.addOperatorShares(e.operator, e.strategy, e.delta, e.log)
    if (e.staker == ZERO_ADDRESS && e.delta < 0n) {
        let key = `${e.log.transactionHash}-${e.operator}-${e.strategy}`
        s.slashedOperatorShares.set(key, (s.slashedOperatorShares.get(key) ?? 0n) - e.delta)
    }
}

export function applyAvsRegistration(s: ElState, e: ElEventOf<'AvsRegistration'>): void {
    let id = `${e.operator}-${e.avs}`
    let reg = s.cache.getOrCreate(
        AvsRegistration,
        id,
        () => new AvsRegistration({id, operator: s.operator(e.operator), avs: e.avs, registered: e.registered, updatedBlock: e.log.block.height})
    )
    reg.registered = e.registered
    reg.updatedBlock = e.log.block.height
}
