import {atRate, LIDO_STATE_ID, lidoShareRate, ROCKET_POOL_STATE_ID} from '../../core/rates'
import {LidoState, RocketPoolState, Strategy} from '../../model'
import {ElState} from './state'

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
 * "Now" is the state as indexed: Lido's at the end of this batch (its module runs first), Rocket Pool's at the
 * end of the previous one (its module runs after this one).
 */
export function sharesInEth(s: ElState, strategy: Strategy, shares: bigint): bigint | null {
    if (strategy.id == s.beacon) return shares
    if (strategy.exchangeRate == null) return null
    let tokens = atRate(shares, strategy.exchangeRate)
    let book = s.batch.book
    if (strategy.underlyingToken == book.lido.steth.address) {
        let now = lidoShareRate(s.cache.get(LidoState, LIDO_STATE_ID))
        let then = strategy.exchangeRateLidoShareRate
        return now != null && then != null && then > 0n ? (tokens * now) / then : tokens
    }
    if (strategy.underlyingToken == book.rocketPool.reth.address) {
        let rate = s.cache.get(RocketPoolState, ROCKET_POOL_STATE_ID)?.ethPerUnit
        return rate != null ? atRate(tokens, rate) : null
    }
    return null
}
