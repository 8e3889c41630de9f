/**
 * Prices every module can read from the protocol state entities the others write (one row each, ids fixed by
 * the schema): share -> ETH conversions without importing another protocol module.
 */

export const WAD = 10n ** 18n

/** id of the LidoState row ("protocol totals; id = lido") */
export const LIDO_STATE_ID = 'lido'
/** id of the RocketPoolState row ("protocol totals; id = rocketpool") */
export const ROCKET_POOL_STATE_ID = 'rocketpool'

/** Lido's share rate: wei of pooled ETH per 1e18 stETH shares, rounded down; null before any share exists. */
export function lidoShareRate(state: {totalPooledEther: bigint; totalShares: bigint} | null | undefined): bigint | null {
    if (state == null || state.totalShares <= 0n) return null
    return (state.totalPooledEther * WAD) / state.totalShares
}

/** amount x rate / 1e18, rounded down (rate = units of the result per 1e18 units of amount). */
export function atRate(amount: bigint, rate: bigint): bigint {
    return (amount * rate) / WAD
}
