import {mintedShares} from './part'

export interface FeeShares {
    /** total fee shares minted by the report */
    shares: bigint
    /** the solution is the contract's figure (a unique fixed point at a rate of at least 1) */
    exact: boolean
}

/**
 * The fee shares a lido-dao v1.0.0 report minted, from its Transfer logs alone (the v1.0.0 oracle logs no totals).
 *
 * `Lido.distributeRewards` mints M shares to itself, then moves them to the fee recipients (insurance fund,
 * operators, treasury: the treasury takes the remainder, so the s_i sum to M) and logs each as
 * `Transfer(0x0, r_i, v_i)` with v_i = getPooledEthByShares(s_i) = floor(s_i * P' / (S + M)), P' being the pooled
 * ether after the beacon balance update and S the shares before the mint. When P' >= S + M,
 * ceil(v_i * (S + M) / P') = s_i (see `mintedShares`), so M is a fixed point of g(m) = sum_i ceil(v_i * (S + m) / P').
 * g grows by about V / P' per share (V = sum v_i, a tiny slope), so iterating from the estimate V * S / (P' - V)
 * reaches it in a few steps. Two fixed points would have to lie within about n (the number of recipients) of each
 * other; the neighbourhood is checked, and `exact` is false if another one exists there or none was found.
 */
export function solveV1FeeShares(values: bigint[], sharesBefore: bigint, etherAfter: bigint): FeeShares {
    let total = values.reduce((a, v) => a + v, 0n)
    if (total == 0n) return {shares: 0n, exact: true}
    if (etherAfter <= total) return {shares: 0n, exact: false}
    let g = (m: bigint) => values.reduce((a, v) => a + mintedShares(v, {ether: etherAfter, shares: sharesBefore + m}), 0n)
    let m = (total * sharesBefore) / (etherAfter - total)
    let found = false
    for (let i = 0; i < 64; i++) {
        let next = g(m)
        if (next == m) {
            found = true
            break
        }
        m = next
    }
    if (!found) return {shares: m, exact: false}
    let window = BigInt(2 * values.length + 2)
    for (let d = 1n; d <= window; d++) {
        if (g(m + d) == m + d || (m >= d && g(m - d) == m - d)) return {shares: m, exact: false}
    }
    return {shares: m, exact: etherAfter >= sharesBefore + m}
}
