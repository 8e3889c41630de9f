import {logId} from '../../core/ids'
import {blockTime} from '../../core/time'
import {EigenPod, EigenPodEvent, Protocol, Slashing} from '../../model'
import {logFields} from './common'
import {ElEventOf} from './events'
import {WAD} from '../../core/rates'
import {ElState} from './state'
import {insertBeaconDeposit} from './strategies'

export function applyPodDeployed(s: ElState, e: ElEventOf<'PodDeployed'>): void {
    s.cache.getOrCreate(
        EigenPod,
        e.pod,
        () =>
            new EigenPod({
                id: e.pod,
                owner: s.account(e.owner, e.log),
                deployedBlock: e.log.block.height,
                deployedAt: blockTime(e.log.block),
                deployTxHash: e.log.transactionHash,
                restakingActivated: false,
                validatorsRestaked: 0,
                lastCheckpointTimestamp: null,
            })
    )
}

/**
 * PodSharesUpdated(owner, delta): the owner's beacon-chain ETH shares move by delta. Only a restake is a
 * `Deposit`: the credit of `verifyWithdrawalCredentials`, whose transaction has the pod's ValidatorRestaked logs.
 * A positive delta from a balance update / checkpoint (rewards, balance changes), a full withdrawal, a negative
 * share deficit paid off (`withdrawSharesAsTokens`) or a completion as shares is not.
 */
export function applyPodSharesUpdated(s: ElState, e: ElEventOf<'PodSharesUpdated'>): void {
    s.addStakerShares(e.owner, s.beacon, e.delta, e.log)
    if (e.delta > 0n && s.pre.restakeTxs.has(e.log.transactionHash) && !s.pre.recredits.has(e)) insertBeaconDeposit(s, e.owner, e.delta, e)
}

/**
 * NewTotalShares(owner, total) (from PEPE on): the authoritative total, set as is. It makes no `Deposit`: a
 * credit is always logged with its PodSharesUpdated too, while a removal (withdrawal queued) logs NewTotalShares
 * alone, and a jump from a total we never saw (history before the start block) is not a deposit.
 */
export function applyNewTotalShares(s: ElState, e: ElEventOf<'NewTotalShares'>): void {
    s.setStakerShares(e.owner, s.beacon, e.total, e.log)
}

/**
 * BeaconChainETHDeposited (M1 only: `restakeBeaconChainETH`, the StrategyManager credits the shares silently): a
 * credit of the owner's beacon-chain ETH shares. It is a `Deposit` when it restakes a validator (after the pod's
 * ValidatorRestaked, `verifyWithdrawalCredentialsAndBalance`); the credit back of an overcommitted validator at
 * its full withdrawal (`_processFullWithdrawal`) is not.
 */
export function applyBeaconChainEthDeposited(s: ElState, e: ElEventOf<'BeaconChainETHDeposited'>): void {
    s.addStakerShares(e.owner, s.beacon, e.amount, e.log)
    if (s.pre.restakeTxs.has(e.log.transactionHash)) insertBeaconDeposit(s, e.owner, e.amount, e)
}

/** Every pod event is kept; a few also move the pod's state. */
export function applyPodEvent(s: ElState, e: ElEventOf<'PodEvent'>): void {
    let pod = s.cache.get(EigenPod, e.log.address)
    if (pod == null) {
        // deployed later in this very transaction (collect.ts only lets such logs through)
        applyPodDeployed(s, s.pre.podDeployments.get(e.log.address)!)
        pod = s.cache.get(EigenPod, e.log.address)!
    }
    s.cache.insert(
        new EigenPodEvent({
            id: logId(e.log),
            pod,
            kind: e.kind,
            validatorIndex: e.validatorIndex,
            pubkeyHash: e.pubkeyHash,
            amount: e.amount,
            recipient: e.recipient,
            checkpointTimestamp: e.checkpointTimestamp,
            ...logFields(e.log),
        })
    )
    switch (e.kind) {
        case 'RestakingActivated':
            pod.restakingActivated = true
            break
        case 'ValidatorRestaked':
            pod.validatorsRestaked += 1
            break
        case 'CheckpointFinalized':
            if (e.amount != null) s.checkpointDelta.set(e.log.transactionHash, e.amount)
            pod.lastCheckpointTimestamp = e.checkpointTimestamp
            break
        case 'CheckpointCreated':
            pod.lastCheckpointTimestamp = e.checkpointTimestamp
            break
        default:
            return
    }
    s.cache.save(pod)
}

/**
 * BeaconChainSlashingFactorDecreased: a fall of the pod owner's restaked balance at a checkpoint
 * (`_reduceSlashingFactor`: new = prev x newBalance / prevBalance, rounded down). amount = the fraction of the
 * restaked ETH lost, (prev - new) x 1e18 / prev rounded down (0.5 -> 0.25 is 50 %); amountEth = the balance
 * decrease itself, -totalShareDeltaWei of the CheckpointFinalized the pod logs just before the manager's call.
 */
export function applyBeaconChainSlashing(s: ElState, e: ElEventOf<'BeaconChainSlashing'>): void {
    let delta = s.checkpointDelta.get(e.log.transactionHash)
    s.cache.insert(
        new Slashing({
            id: logId(e.log),
            protocol: Protocol.EIGENLAYER,
            kind: 'EIGENLAYER_BEACON_CHAIN',
            account: s.account(e.staker, e.log),
            amount: e.before > 0n ? ((e.before - e.after) * WAD) / e.before : null,
            amountEth: delta != null && delta < 0n ? -delta : null,
            factorBefore: e.before,
            factorAfter: e.after,
            ...logFields(e.log),
        })
    )
}
