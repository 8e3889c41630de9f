import {ETHDistributedEventArgs, TokenRebasedEventArgs} from '../../abi/Lido'
import {PostTotalSharesEventArgs} from '../../abi/LegacyOracle'
import {logId} from '../../core/ids'
import {annualisedApr, blockTime} from '../../core/time'
import {BatchContext, Log} from '../../core/types'
import {ExchangeRate, LidoState, Protocol, Slashing} from '../../model'

const E18 = 10n ** 18n

/** pooled ether per 1e18 shares */
export function stethRate(totalPooledEther: bigint, totalShares: bigint): bigint {
    return totalShares == 0n ? E18 : (totalPooledEther * E18) / totalShares
}

export interface Report {
    log: Log
    preTotalEther: bigint
    preTotalShares: bigint
    postTotalEther: bigint
    postTotalShares: bigint
    timeElapsed: bigint
    /** ether the pool lost in this report when it was negative, as the report's own figures give it */
    loss: (preRate: bigint, postRate: bigint) => bigint
}

/**
 * V2/V3 `TokenRebased`, with the `ETHDistributed` of the same transaction: when the rate falls, the pool's
 * loss is the report's negative gross reward: -(postCLBalance + withdrawalsWithdrawn - preCLBalance +
 * executionLayerRewardsWithdrawn). Without an ETHDistributed log it is the rate drop on the shares that
 * stay: (preRate - postRate) * postTotalShares / 1e18.
 */
export function tokenRebasedReport(log: Log, e: TokenRebasedEventArgs, distributed?: ETHDistributedEventArgs): Report {
    return {
        log,
        preTotalEther: e.preTotalEther,
        preTotalShares: e.preTotalShares,
        postTotalEther: e.postTotalEther,
        postTotalShares: e.postTotalShares,
        timeElapsed: e.timeElapsed,
        loss: (preRate, postRate) => {
            if (distributed == null) return ((preRate - postRate) * e.postTotalShares) / E18
            let gross =
                distributed.postCLBalance + distributed.withdrawalsWithdrawn - distributed.preCLBalance + distributed.executionLayerRewardsWithdrawn
            return gross < 0n ? -gross : 0n
        },
    }
}

/**
 * V1 `PostTotalShares(postTotalPooledEther, preTotalPooledEther, timeElapsed, totalShares)`: the event gives
 * the shares after the report only; before it, the shares are the ones we track (the report mints fee shares,
 * so pre = tracked total, post = the event's). V1 had no withdrawals: a drop in pooled ether is the loss.
 */
export function postTotalSharesReport(log: Log, e: PostTotalSharesEventArgs, trackedShares: bigint): Report {
    return {
        log,
        preTotalEther: e.preTotalPooledEther,
        preTotalShares: trackedShares > 0n ? trackedShares : e.totalShares,
        postTotalEther: e.postTotalPooledEther,
        postTotalShares: e.totalShares,
        timeElapsed: e.timeElapsed,
        loss: () => (e.preTotalPooledEther > e.postTotalPooledEther ? e.preTotalPooledEther - e.postTotalPooledEther : 0n),
    }
}

/** One `ExchangeRate` row per report; a falling rate is also a `LIDO_NEGATIVE_REBASE` slashing. Sets the totals. */
export function applyReport(batch: BatchContext, state: LidoState, r: Report): void {
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
    if (postRate < preRate) {
        batch.cache.insert(
            new Slashing({
                id,
                protocol: Protocol.LIDO,
                kind: 'LIDO_NEGATIVE_REBASE',
                amountEth: r.loss(preRate, postRate),
                description: `stETH rate fell from ${preRate} to ${postRate} wei per 1e18 shares`,
                ...base,
            })
        )
    }
    state.totalPooledEther = r.postTotalEther
    state.totalShares = r.postTotalShares
    state.lastReportBlock = r.log.block.height
}
