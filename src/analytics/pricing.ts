/**
 * ETH values from our own rates only (no price feed), as the contracts compute them. Shared by the daily series
 * (processor) and the GraphQL resolvers (positions, exposure, totals), so a figure is computed one way.
 */

const WAD = 10n ** 18n
/** StrategyBase's virtual shares and balance (inflation-attack guard, M2 on) */
export const SHARES_OFFSET = 1000n
export const BALANCE_OFFSET = 1000n

/** Lido totals: the share rate */
export interface LidoRate {
    totalPooledEther: bigint
    totalShares: bigint
}

/** Rocket Pool's last balances update: what RocketTokenRETH.getEthValue divides by */
export interface RethRate {
    totalEth: bigint
    rethSupply: bigint
}

/** What we know of one EigenLayer strategy. */
export interface StrategyFacts {
    id: string
    underlyingToken: string | null
    totalShares: bigint
    /** last ExchangeRateEmitted (underlying per 1e18 shares) */
    lastRate: bigint | null
    /** the strategy's own balance where we index its token: Lido shares it holds (stETH strategies) */
    lidoSharesHeld: bigint | null
    /** rETH it holds (rETH strategies) */
    rethHeld: bigint | null
}

export interface PriceBook {
    lido: LidoRate | null
    reth: RethRate | null
    stethToken: string
    rethToken: string
    beaconStrategy: string
    strategies: Map<string, StrategyFacts>
}

/** How a strategy's shares become tokens: `exact` from its own balance and shares (or 1:1 for beacon-chain ETH),
 * `lastRate` from its last ExchangeRateEmitted (stale between its deposits and withdrawals), `unknown`. */
export type UnderlyingMethod = 'exact' | 'lastRate' | 'unknown'

/** Lido.getPooledEthByShares (floor). */
export function stethOfShares(shares: bigint, lido: LidoRate): bigint {
    return lido.totalShares == 0n ? shares : (shares * lido.totalPooledEther) / lido.totalShares
}

/** RocketTokenRETH.getEthValue: rETH -> ETH at the last balances update (floor). */
export function ethOfReth(reth: bigint, rate: RethRate): bigint {
    return rate.rethSupply == 0n ? reth : (reth * rate.totalEth) / rate.rethSupply
}

/** wei of ETH per 1e18 units at a rate (the `rate` of the daily series) */
export function lidoRatePerUnit(lido: LidoRate): bigint {
    return lido.totalShares == 0n ? WAD : (lido.totalPooledEther * WAD) / lido.totalShares
}

export function rethRatePerUnit(rate: RethRate): bigint {
    return rate.rethSupply == 0n ? WAD : (rate.totalEth * WAD) / rate.rethSupply
}

/** The strategy's balance of its underlying token where we index that token, else null. */
export function strategyTokenBalance(s: StrategyFacts, book: PriceBook): bigint | null {
    if (s.underlyingToken == book.stethToken && s.lidoSharesHeld != null && book.lido != null) {
        return stethOfShares(s.lidoSharesHeld, book.lido)
    }
    if (s.underlyingToken == book.rethToken && s.rethHeld != null) return s.rethHeld
    return null
}

/**
 * Strategy shares -> underlying tokens, as StrategyBase.sharesToUnderlyingView does:
 * (balance + 1e3) * shares / (totalShares + 1e3). Beacon-chain ETH shares are wei.
 */
export function sharesToUnderlying(s: StrategyFacts, shares: bigint, book: PriceBook): {tokens: bigint | null; method: UnderlyingMethod} {
    if (s.id == book.beaconStrategy) return {tokens: shares, method: 'exact'}
    let balance = strategyTokenBalance(s, book)
    if (balance != null) return {tokens: ((balance + BALANCE_OFFSET) * shares) / (s.totalShares + SHARES_OFFSET), method: 'exact'}
    if (s.lastRate != null) return {tokens: (shares * s.lastRate) / WAD, method: 'lastRate'}
    return {tokens: null, method: 'unknown'}
}

/** Underlying tokens -> ETH where our own rates price them: beacon-chain ETH and stETH 1:1 (stETH is ETH-denominated), rETH at the rETH rate. */
export function underlyingToEth(s: StrategyFacts, tokens: bigint | null, book: PriceBook): bigint | null {
    if (tokens == null) return null
    if (s.id == book.beaconStrategy || s.underlyingToken == book.stethToken) return tokens
    if (s.underlyingToken == book.rethToken) return book.reth == null ? null : ethOfReth(tokens, book.reth)
    return null
}

/** Strategy shares -> ETH (null when the underlying is not priced by our rates). */
export function sharesToEth(strategy: string, shares: bigint, book: PriceBook): bigint | null {
    let s = book.strategies.get(strategy)
    if (s == null) return strategy == book.beaconStrategy ? shares : null
    return underlyingToEth(s, sharesToUnderlying(s, shares, book).tokens, book)
}

/** Whether the strategy's ETH value is an LST also counted by Lido or Rocket Pool. */
export function isRestakedLst(s: StrategyFacts, book: PriceBook): boolean {
    return s.underlyingToken == book.stethToken || s.underlyingToken == book.rethToken
}
