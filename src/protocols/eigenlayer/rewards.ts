import {logId} from '../../core/ids'
import {DelayedWithdrawal, DelayedWithdrawalClaim, DistributionRoot, RewardClaim} from '../../model'
import {logFields} from './common'
import {ElEventOf} from './events'
import {ElState} from './state'

export function applyRewardsClaimed(s: ElState, e: ElEventOf<'RewardsClaimed'>): void {
    s.cache.insert(
        new RewardClaim({
            id: logId(e.log),
            root: e.root.toLowerCase(),
            earner: e.earner,
            claimer: e.claimer,
            recipient: e.recipient,
            token: e.token,
            amount: e.amount,
            ...logFields(e.log),
        })
    )
}

export function applyDistributionRoot(s: ElState, e: ElEventOf<'DistributionRootSubmitted'>): void {
    let id = String(e.rootIndex)
    let row = s.cache.getOrCreate(
        DistributionRoot,
        id,
        () =>
            new DistributionRoot({
                id,
                root: '',
                rewardsCalculationEndTimestamp: 0n,
                activatedAt: 0n,
                disabled: false,
                disabledBlock: null,
                blockNumber: 0,
                timestamp: new Date(0),
                txHash: '',
            })
    )
    let {blockNumber, timestamp, txHash} = logFields(e.log)
    Object.assign(row, {root: e.root.toLowerCase(), rewardsCalculationEndTimestamp: e.calculationEnd, activatedAt: e.activatedAt, blockNumber, timestamp, txHash})
}

/** `disableRoot(rootIndex)`: the root stays listed, but no claim can use it. A root submitted before the start block is unknown: skipped. */
export function applyDistributionRootDisabled(s: ElState, e: ElEventOf<'DistributionRootDisabled'>): void {
    let row = s.cache.get(DistributionRoot, String(e.rootIndex))
    if (row == null) {
        s.batch.ctx.log.warn({rootIndex: e.rootIndex, block: e.log.block.height}, 'EigenLayer distribution root disabled but never seen submitted: skipped')
        return
    }
    row.disabled = true
    row.disabledBlock = e.log.block.height
    s.cache.save(row)
}

/** M1/M2 DelayedWithdrawalRouter: pod ETH (partial / full withdrawals) put in the delay queue, then claimed. */
export function applyDelayedWithdrawalCreated(s: ElState, e: ElEventOf<'DelayedWithdrawalCreated'>): void {
    s.cache.insert(
        new DelayedWithdrawal({id: logId(e.log), podOwner: e.podOwner, recipient: e.recipient, amount: e.amount, index: e.index, ...logFields(e.log)})
    )
}

export function applyDelayedWithdrawalsClaimed(s: ElState, e: ElEventOf<'DelayedWithdrawalsClaimed'>): void {
    s.cache.insert(
        new DelayedWithdrawalClaim({
            id: logId(e.log),
            recipient: e.recipient,
            amountClaimed: e.amount,
            delayedWithdrawalsCompleted: e.completed,
            ...logFields(e.log),
        })
    )
}
