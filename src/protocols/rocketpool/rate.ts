import {ExchangeRate, Protocol} from '../../model'
import {logId} from '../../core/ids'
import {annualisedApr, blockTime} from '../../core/time'
import {BatchContext} from '../../core/types'
import {Ev} from './events'
import {rpState} from './state'

const ONE = 10n ** 18n

/** ETH per 1e18 rETH as the protocol computes it: 1:1 while there is no rETH. */
export function rethRate(totalEth: bigint, rethSupply: bigint): bigint {
    return rethSupply == 0n ? ONE : (totalEth * ONE) / rethSupply
}

/**
 * The time a balances report describes: v1.3+ logs the beacon slot's time (`slotTimestamp`); v1.0-v1.2 log only
 * the reference block's number, whose time no log gives, so the report's own block time stands in.
 */
export function referenceTime(e: Ev<'balances'>): Date {
    return e.referenceTime != null ? new Date(Number(e.referenceTime) * 1000) : blockTime(e.log.block)
}

/**
 * BalancesUpdated (either signature) -> an rETH ExchangeRate. The APR is against the previous update, kept in
 * RocketPoolState (no query), over the seconds between the two reports' reference times: an oDAO report lands a
 * variable while after the slot it describes, and the block times would count that delay into the rate.
 */
export function applyBalances(batch: BatchContext, e: Ev<'balances'>): void {
    let log = e.log
    let at = referenceTime(e)
    let state = rpState(batch.cache, log.block.height)
    let ethPerUnit = rethRate(e.totalEth, e.rethSupply)
    let pre = state.ethPerUnit ?? null
    let since = state.rateReferenceTime ?? state.rateUpdatedAt
    let seconds = since ? Math.round((at.getTime() - since.getTime()) / 1000) : null
    let apr = pre != null && seconds != null ? annualisedApr(pre, ethPerUnit, BigInt(seconds)) : undefined
    batch.cache.insert(
        new ExchangeRate({
            id: logId(log),
            protocol: Protocol.ROCKET_POOL,
            asset: 'rETH',
            ethPerUnit,
            totalEth: e.totalEth,
            totalSupply: e.rethSupply,
            apr: apr ?? null,
            preEthPerUnit: pre,
            timeElapsed: seconds,
            blockNumber: log.block.height,
            timestamp: blockTime(log.block),
            txHash: log.transactionHash,
            logIndex: log.logIndex,
        })
    )
    state.totalEth = e.totalEth
    state.stakingEth = e.stakingEth
    state.reportedRethSupply = e.rethSupply
    state.ethPerUnit = ethPerUnit
    state.rateUpdatedAt = blockTime(log.block)
    state.rateReferenceTime = at
}
