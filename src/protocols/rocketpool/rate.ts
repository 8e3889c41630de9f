import {ExchangeRate, Protocol} from '../../model'
import {logId} from '../../core/ids'
import {annualisedApr, blockTime} from '../../core/time'
import {BatchContext} from '../../core/types'
import {RpEvent} from './decode'
import {rpState} from './state'

const ONE = 10n ** 18n

/** ETH per 1e18 rETH as the protocol computes it: 1:1 while there is no rETH. */
export function rethRate(totalEth: bigint, rethSupply: bigint): bigint {
    return rethSupply == 0n ? ONE : (totalEth * ONE) / rethSupply
}

/**
 * BalancesUpdated (either signature) -> an rETH ExchangeRate. The APR is against the previous update, kept in
 * RocketPoolState (no query), over the seconds between the two updates' blocks.
 */
export function applyBalances(batch: BatchContext, e: Extract<RpEvent, {kind: 'balances'}>): void {
    let log = e.log
    let at = blockTime(log.block)
    let state = rpState(batch.cache, log.block.height)
    let ethPerUnit = rethRate(e.totalEth, e.rethSupply)
    let pre = state.ethPerUnit ?? null
    let seconds = state.rateUpdatedAt ? Math.round((at.getTime() - state.rateUpdatedAt.getTime()) / 1000) : null
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
            timestamp: at,
            txHash: log.transactionHash,
            logIndex: log.logIndex,
        })
    )
    state.totalEth = e.totalEth
    state.stakingEth = e.stakingEth
    state.reportedRethSupply = e.rethSupply
    state.ethPerUnit = ethPerUnit
    state.rateUpdatedAt = at
}
