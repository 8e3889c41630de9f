import {logOrder} from '../../core/ids'
import {atRate, LIDO_STATE_ID, lidoShareRate, ROCKET_POOL_STATE_ID} from '../../core/rates'
import {Log} from '../../core/types'
import {LidoState, RocketPoolState, Strategy} from '../../model'
import {ElState} from './state'

/**
 * Lido's share rate in force at `log`: from the batch's timeline (the Lido module ran first and recorded every
 * change), or, when Lido's rate did not move in this batch, from its state row as loaded.
 */
export function lidoRateAt(s: ElState, log: Log): bigint | null {
    let r = s.batch.rates.at('stETH', logOrder(log))
    return r === undefined ? lidoShareRate(s.cache.get(LidoState, LIDO_STATE_ID)) : r
}

/** The rETH rate (wei per 1e18 rETH) in force at `log`, the same way. */
export function rethRateAt(s: ElState, log: Log): bigint | null {
    let r = s.batch.rates.at('rETH', logOrder(log))
    return r === undefined ? s.cache.get(RocketPoolState, ROCKET_POOL_STATE_ID)?.ethPerUnit ?? null : r
}

/**
 * The ETH value (wei) of `shares` of a strategy at our own rates; null where they give none.
 * - beacon-chain ETH: 1 share = 1 wei (exact).
 * - other strategies: underlying tokens = shares x the strategy's last ExchangeRateEmitted / 1e18, rounded down
 *   (the contract's own `sharesToUnderlyingView` is (balance + 1e3) x shares / (totalShares + 1e3); the emitted
 *   rate is that ratio x 1e18 rounded down, so the estimate is at most shares / 1e18 + 1 token units low, as
 *   long as the strategy's balance has not changed since the rate);
 * - stETH tokens are ETH-denominated (Lido's balanceOf = shares x totalPooledEther / totalShares), but they
 *   rebase: the strategy holds fixed Lido shares between its own rate emissions, so its stETH grows with Lido's
 *   share rate; the tokens are carried from the rate's moment to now by Lido's share rate now / then;
 * - rETH tokens x the rETH rate (RocketPoolState.ethPerUnit) / 1e18;
 * - any other token: no rate of ours, null.
 * "Now" is the rate in force at the log (Lido and Rocket Pool run before EigenLayer and record their rates'
 * changes through the batch: see RateTimelines).
 */
export function sharesInEth(s: ElState, strategy: Strategy, shares: bigint, log: Log): bigint | null {
    if (strategy.id == s.beacon) return shares
    if (strategy.exchangeRate == null) return null
    let tokens = atRate(shares, strategy.exchangeRate)
    let book = s.batch.book
    if (strategy.underlyingToken == book.lido.steth.address) {
        let now = lidoRateAt(s, log)
        let then = strategy.exchangeRateLidoShareRate
        return now != null && then != null && then > 0n ? (tokens * now) / then : tokens
    }
    if (strategy.underlyingToken == book.rocketPool.reth.address) {
        let rate = rethRateAt(s, log)
        return rate != null ? atRate(tokens, rate) : null
    }
    return null
}
