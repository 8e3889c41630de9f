import {logId} from '../../core/ids'
import {blockTime} from '../../core/time'
import {EigenPod, EigenPodEvent, Protocol, Slashing} from '../../model'
import {logFields} from './common'
import {ElEventOf} from './events'
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
 * PodSharesUpdated(owner, delta): the owner's beacon-chain ETH shares move by delta; a positive delta is a
 * `Deposit` of ETH (restaked validator balance).
 */
export function applyPodSharesUpdated(s: ElState, e: ElEventOf<'PodSharesUpdated'>): void {
    s.addStakerShares(e.owner, s.beacon, e.delta, e.log)
    if (e.delta > 0n) insertBeaconDeposit(s, e.owner, e.delta, e)
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
 * BeaconChainETHDeposited: in M1 it is the share credit of a restaked validator (M1 had no PodSharesUpdated);
 * later it only logs ETH staked through the pod, credited later by PodSharesUpdated. So it credits shares only
 * when its tx has neither a pod share log for the owner nor an EigenPodStaked log.
 */
export function applyBeaconChainEthDeposited(s: ElState, e: ElEventOf<'BeaconChainETHDeposited'>): void {
    let tx = e.log.transactionHash
    if (s.pre.podShareEventTx.has(`${tx}-${e.owner}`) || s.pre.stakingTx.has(tx)) return
    s.addStakerShares(e.owner, s.beacon, e.amount, e.log)
    insertBeaconDeposit(s, e.owner, e.amount, e)
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
        case 'CheckpointCreated':
        case 'CheckpointFinalized':
            pod.lastCheckpointTimestamp = e.checkpointTimestamp
            break
        default:
            return
    }
    s.cache.save(pod)
}

/** BeaconChainSlashingFactorDecreased: a beacon-chain slashing of the pod owner; amount = factor lost (wad). */
export function applyBeaconChainSlashing(s: ElState, e: ElEventOf<'BeaconChainSlashing'>): void {
    s.cache.insert(
        new Slashing({
            id: logId(e.log),
            protocol: Protocol.EIGENLAYER,
            kind: 'EIGENLAYER_BEACON_CHAIN',
            account: s.account(e.staker, e.log),
            amount: e.before - e.after,
            factorBefore: e.before,
            factorAfter: e.after,
            ...logFields(e.log),
        })
    )
}
