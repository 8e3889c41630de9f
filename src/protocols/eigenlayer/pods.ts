import {In} from 'typeorm'
import * as podM1 from '../../abi/EigenPod.m1'
import {logId} from '../../core/ids'
import {WAD} from '../../core/rates'
import {blockTime} from '../../core/time'
import {BatchContext} from '../../core/types'
import {EigenPod, EigenPodEvent, Protocol, Slashing} from '../../model'
import {logFields} from './common'
import {ElEvent, ElEventOf} from './events'
import {BatchIds} from './ids'
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

/**
 * M1 pods move their owner's shares silently in two cases (the StrategyManager logs nothing, the pod logs its
 * own event first): `verifyOvercommittedStake` (ValidatorOvercommitted: -REQUIRED_BALANCE_WEI) and
 * `_processFullWithdrawal` of an ACTIVE validator withdrawing less than that (FullWithdrawalRedeemed:
 * -(REQUIRED_BALANCE_GWEI - amount) gwei), at most the owner's shares (`recordOvercommittedBeaconChainETH` records
 * the rest as a debt that a later beacon-chain withdrawal pays, without a log). REQUIRED_BALANCE_WEI is 31 ETH on mainnet
 * (mainnet-deployment:script/configs/M1_deploy_mainnet.config.json, checked by M1_Deploy.s.sol).
 */
export const M1_REQUIRED_BALANCE_GWEI = 31_000_000_000n
const GWEI = 10n ** 9n
const M1_SILENT_DEBITS = new Set([podM1.events.ValidatorOvercommitted.topic, podM1.events.FullWithdrawalRedeemed.topic])

function m1SilentDebit(s: ElState, e: ElEventOf<'PodEvent'>): bigint {
    if (!M1_SILENT_DEBITS.has(e.log.topics[0])) return 0n
    if (e.kind == 'ValidatorOvercommitted') return M1_REQUIRED_BALANCE_GWEI * GWEI
    // an OVERCOMMITTED validator's full withdrawal credits back through BeaconChainETHDeposited instead
    if (s.pre.m1OvercommittedWithdrawals.has(e) || e.amount == null || e.amount >= M1_REQUIRED_BALANCE_GWEI) return 0n
    return (M1_REQUIRED_BALANCE_GWEI - e.amount) * GWEI
}

/**
 * The owners of the pods whose M1 logs move shares (above), and their beacon-chain shares loaded: a pod deployed
 * in this batch names its owner; a pod loaded from the database does not carry its relations, so those owners
 * are read in one query, then their shares in one more load. Batches without such logs (all but M1's) skip both.
 */
export async function m1PodOwners(batch: BatchContext, events: ElEvent[], ids: BatchIds): Promise<Map<string, string>> {
    let owners = new Map<string, string>()
    let missing = new Set<string>()
    let debited = new Set<string>()
    for (let e of events) {
        if (e.type == 'PodDeployed') owners.set(e.pod, e.owner)
        if (e.type == 'PodEvent' && M1_SILENT_DEBITS.has(e.log.topics[0])) {
            debited.add(e.log.address)
            let owner = owners.get(e.log.address) ?? batch.cache.get(EigenPod, e.log.address)?.owner?.id
            if (owner != null) owners.set(e.log.address, owner)
            else missing.add(e.log.address)
        }
    }
    if (debited.size == 0) return owners
    if (missing.size > 0) {
        let rows = await batch.ctx.store.find(EigenPod, {where: {id: In([...missing])}, relations: {owner: true}})
        for (let row of rows) owners.set(row.id, row.owner.id)
    }
    for (let pod of debited) {
        let owner = owners.get(pod)
        if (owner != null) ids.stakerStrategy(owner, batch.book.eigenLayer.beaconChainEthStrategy)
    }
    ids.deferAll(batch.cache)
    await batch.cache.load()
    return owners
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
    let debit = m1SilentDebit(s, e)
    let owner = s.podOwners.get(e.log.address)
    if (debit > 0n && owner != null) {
        // recordOvercommittedBeaconChainETH removes at most the owner's shares; the rest is a debt paid at withdrawal
        let have = s.stakerShares(owner, s.beacon, e.log).shares
        s.addStakerShares(owner, s.beacon, -(debit < have ? debit : have > 0n ? have : 0n), e.log)
    }
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
