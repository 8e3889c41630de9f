import {logId} from '../../core/ids'
import {annualisedApr, blockTime} from '../../core/time'
import {BatchContext, Log} from '../../core/types'
import {ExchangeRate, LidoState, Protocol, Slashing} from '../../model'
import {EventOf} from './events'
import {sharesToEth} from './part'
import {LidoTx} from './transactions'
import {solveV1FeeShares} from './v1-fees'

const E18 = 10n ** 18n
/** lido-dao v1 Lido.DEPOSIT_SIZE: the ether a validator appearing on the beacon chain brings from "transient" */
const DEPOSIT_SIZE = 32n * E18
/** mainnet beacon spec (LidoOracle BeaconSpecSet: 32 slots per epoch, 12 s per slot): v1.1.0's timeElapsed unit */
const SECONDS_PER_EPOCH = 32n * 12n

/** pooled ether per 1e18 shares */
export function stethRate(totalPooledEther: bigint, totalShares: bigint): bigint {
    return totalShares == 0n ? E18 : (totalPooledEther * E18) / totalShares
}

/** One oracle report, whatever era: the totals before and after, and what holders lost in it. */
interface Report {
    log: Log
    preTotalEther: bigint
    preTotalShares: bigint
    postTotalEther: bigint
    postTotalShares: bigint
    /** ether behind the internal shares after the report (V3 InternalShareRateUpdated; before V3 = postTotalEther) */
    postInternalEther: bigint
    /** V3: external shares after the report */
    postExternalShares: bigint
    timeElapsed: bigint
    /** ether the consensus layer lost (a negative report), 0 otherwise */
    clLoss: bigint
    /** V3 bad debt internalised in this report: shares, and their ether at the report's internal rate */
    badDebtShares: bigint
    badDebtEth: bigint
}

/**
 * V2/V3 `TokenRebased` with the same transaction's `ETHDistributed` (and V3 `InternalShareRateUpdated`, logged
 * right after it). The consensus-layer loss is the report's negative gross reward, -(postCLBalance +
 * withdrawalsWithdrawn - preCLBalance + executionLayerRewardsWithdrawn), as `_processRewards` sees it. V3 bad debt
 * (`internalizeExternalBadDebt`, inside the report) turns external shares into internal ones with no ether behind
 * them: the holders lose those shares' worth at the report's internal share rate (postInternalEther /
 * postInternalShares), the ether those shares now draw from everyone else's.
 */
export function applyTokenRebased(batch: BatchContext, state: LidoState, ev: EventOf<'TokenRebased'>, tx: LidoTx): void {
    let e = ev.e
    let d = tx.distributed?.e
    // without its ETHDistributed (not a sequence the contract logs), the rate drop on the shares that stay
    let gross =
        d == null
            ? ((stethRate(e.postTotalEther, e.postTotalShares) - stethRate(e.preTotalEther, e.preTotalShares)) * e.postTotalShares) / E18
            : d.postCLBalance + d.withdrawalsWithdrawn - d.preCLBalance + d.executionLayerRewardsWithdrawn
    let internal = tx.internalRate?.e
    let internalRate = internal
        ? {ether: internal.postInternalEther, shares: internal.postInternalShares}
        : {ether: e.postTotalEther, shares: e.postTotalShares}
    applyReport(batch, state, {
        log: ev.log,
        preTotalEther: e.preTotalEther,
        preTotalShares: e.preTotalShares,
        postTotalEther: e.postTotalEther,
        postTotalShares: e.postTotalShares,
        postInternalEther: internal?.postInternalEther ?? e.postTotalEther,
        postExternalShares: internal ? e.postTotalShares - internal.postInternalShares : 0n,
        timeElapsed: e.timeElapsed,
        clLoss: gross < 0n ? -gross : 0n,
        badDebtShares: tx.badDebtShares,
        badDebtEth: sharesToEth(tx.badDebtShares, internalRate),
    })
}

/**
 * V1 (LidoOracle v1.1.0+ `_push`) `PostTotalShares(postTotalPooledEther, preTotalPooledEther, timeElapsed,
 * totalShares)` in a transaction without TokenRebased. The event gives the shares after the report only; before
 * it they are the ones tracked (the report's fee mints, logged before it, leave the tracked total alone). V1 had
 * no withdrawals: a drop in pooled ether is the loss. A PostTotalShares next to a TokenRebased (V2's LegacyOracle
 * `handlePostTokenRebase`) repeats that report and is not applied (see shares-part).
 */
export function applyPostTotalShares(batch: BatchContext, state: LidoState, ev: EventOf<'PostTotalShares'>): void {
    let e = ev.e
    applyReport(batch, state, {
        log: ev.log,
        preTotalEther: e.preTotalPooledEther,
        preTotalShares: state.totalShares > 0n ? state.totalShares : e.totalShares,
        postTotalEther: e.postTotalPooledEther,
        postTotalShares: e.totalShares,
        postInternalEther: e.postTotalPooledEther,
        postExternalShares: 0n,
        timeElapsed: e.timeElapsed,
        clLoss: e.preTotalPooledEther > e.postTotalPooledEther ? e.preTotalPooledEther - e.postTotalPooledEther : 0n,
        badDebtShares: 0n,
        badDebtEth: 0n,
    })
}

/** Every `Completed` records the beacon figures the oracle reported (LidoState.beacon*). */
export function recordCompleted(state: LidoState, ev: EventOf<'Completed'>): void {
    state.beaconBalance = ev.e.beaconBalance
    state.beaconValidators = ev.e.beaconValidators
    state.lastCompletedEpoch = ev.e.epochId
}

/**
 * A lido-dao v1.0.0 report: `LidoOracle._tryPush` logs `Completed(epochId, beaconBalance, beaconValidators)` and
 * calls `Lido.pushBeacon`, which logs nothing but the fee mints' Transfers (no PostTotalShares before the v1.1.0
 * oracle). The totals follow from `pushBeacon`: totalPooledEther = buffered + beacon balance + transient ether, and
 * the report replaces the previous beacon balance B0 by B1 while the validators that appeared (N1 - N0) leave the
 * transient state, so pooled ether changes by B1 - (B0 + 32 ETH x (N1 - N0)) (the contract's `rewardBase`). Fee
 * shares are minted only when B1 > rewardBase; their total is solved from the Transfer values (`solveV1FeeShares`).
 * Must run before `recordCompleted` of the same log (it reads the previous report's figures).
 */
export function applyV1Completed(batch: BatchContext, state: LidoState, ev: EventOf<'Completed'>, feeMintValues: bigint[]): void {
    let {epochId, beaconBalance, beaconValidators} = ev.e
    if (state.totalShares == 0n) {
        batch.ctx.log.warn(`V1 oracle report at block ${ev.log.block.height}: no stETH indexed before it (start earlier); totals not derived`)
        return
    }
    let appeared = beaconValidators - (state.beaconValidators ?? 0n)
    let rewardBase = (appeared > 0n ? appeared : 0n) * DEPOSIT_SIZE + (state.beaconBalance ?? 0n)
    let postEther = state.internalEther + beaconBalance - rewardBase
    let fees = beaconBalance > rewardBase ? solveV1FeeShares(feeMintValues, state.totalShares, postEther) : {shares: 0n, exact: true}
    if (!fees.exact) {
        batch.ctx.log.warn(`V1 oracle report at block ${ev.log.block.height}: fee shares ${fees.shares} are an estimate (no unique solution)`)
    }
    let elapsed = state.lastCompletedEpoch == null || epochId <= state.lastCompletedEpoch ? 0n : (epochId - state.lastCompletedEpoch) * SECONDS_PER_EPOCH
    applyReport(batch, state, {
        log: ev.log,
        preTotalEther: state.internalEther,
        preTotalShares: state.totalShares,
        postTotalEther: postEther,
        postTotalShares: state.totalShares + fees.shares,
        postInternalEther: postEther,
        postExternalShares: 0n,
        timeElapsed: elapsed,
        clLoss: postEther < state.internalEther ? state.internalEther - postEther : 0n,
        badDebtShares: 0n,
        badDebtEth: 0n,
    })
}

/**
 * One `ExchangeRate` row per report. Holders lost ether in it when the consensus layer lost some or bad debt was
 * internalised: one `Slashing` for the report, kind LIDO_NEGATIVE_REBASE when the rate fell, else LIDO_BAD_DEBT.
 * Sets the totals.
 */
function applyReport(batch: BatchContext, state: LidoState, r: Report): void {
    let preRate = stethRate(r.preTotalEther, r.preTotalShares)
    let postRate = stethRate(r.postTotalEther, r.postTotalShares)
    let id = logId(r.log)
    let base = {
        blockNumber: r.log.block.height,
        timestamp: blockTime(r.log.block),
        txHash: r.log.transactionHash,
        logIndex: r.log.logIndex,
    }
    batch.cache.insert(
        new ExchangeRate({
            id,
            protocol: Protocol.LIDO,
            asset: 'stETH',
            ethPerUnit: postRate,
            preEthPerUnit: preRate,
            totalEth: r.postTotalEther,
            totalSupply: r.postTotalShares,
            apr: annualisedApr(preRate, postRate, r.timeElapsed) ?? null,
            timeElapsed: Number(r.timeElapsed),
            ...base,
        })
    )
    let rateFell = postRate < preRate
    if (rateFell || r.badDebtShares > 0n) {
        let parts = [
            rateFell ? `stETH rate fell from ${preRate} to ${postRate} wei per 1e18 shares` : null,
            r.clLoss > 0n ? `consensus layer lost ${r.clLoss} wei` : null,
            r.badDebtShares > 0n ? `stVault bad debt of ${r.badDebtShares} shares (${r.badDebtEth} wei) internalised` : null,
        ]
        batch.cache.insert(
            new Slashing({
                id,
                protocol: Protocol.LIDO,
                kind: rateFell ? 'LIDO_NEGATIVE_REBASE' : 'LIDO_BAD_DEBT',
                amount: r.badDebtShares > 0n ? r.badDebtShares : null,
                amountEth: r.clLoss + r.badDebtEth,
                description: parts.filter((p) => p != null).join('; '),
                ...base,
            })
        )
    }
    state.totalShares = r.postTotalShares
    state.totalPooledEther = r.postTotalEther
    state.internalEther = r.postInternalEther
    state.externalShares = r.postExternalShares
    state.lastReportBlock = r.log.block.height
}
