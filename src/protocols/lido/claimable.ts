/**
 * Claimable ETH of finalized withdrawal requests, as lidofinance/core WithdrawalQueueBase computes it (unchanged
 * from v2.0.0 through v3): each `finalize(lastId, maxShareRate)` (one `WithdrawalsFinalized` log) adds a checkpoint
 * (firstId, maxShareRate) that `_findCheckpointHint` later finds for every request of its range, and
 * `_calculateClaimableEther` pays a request min-like: its own stETH, unless its own share rate
 * (stETH x 1e27 / shares) is above the checkpoint's maxShareRate, then shares x maxShareRate / 1e27 (floor).
 * The log does not carry maxShareRate (the oracle report's simulatedShareRate); it carries amountOfETHLocked, the
 * `prefinalize` sum over the report's finalization batches: a batch above the cap locks floor(its shares x cap /
 * 1e27), a batch below it locks its stETH. `calculateFinalizationBatches` builds those batches as maximal runs of
 * consecutive requests on one side of the cap, which is what `lockedAt` reproduces.
 */

export const E27 = 10n ** 27n

export interface QueuedRequest {
    /** stETH asked for (amountOfStETH) */
    steth: bigint
    /** shares locked (amountOfShares) */
    shares: bigint
}

/** The request's own share rate, 1e27 precision (`_calcBatch`). */
export function ownRate(r: QueuedRequest): bigint {
    return r.shares == 0n ? 0n : (r.steth * E27) / r.shares
}

/** `_calculateClaimableEther` with the checkpoint's maxShareRate `cap`. */
export function claimableAt(r: QueuedRequest, cap: bigint): bigint {
    return ownRate(r) > cap ? (r.shares * cap) / E27 : r.steth
}

/** The ETH `prefinalize` locks for these requests (in id order) at `cap`, batched in runs on one side of it. */
export function lockedAt(requests: QueuedRequest[], cap: bigint): bigint {
    let locked = 0n
    let runShares = 0n
    for (let r of requests) {
        if (ownRate(r) > cap) {
            runShares += r.shares
            continue
        }
        locked += (runShares * cap) / E27 + r.steth
        runShares = 0n
    }
    return locked + (runShares * cap) / E27
}

export interface Finalization {
    /** per request, in the order given */
    claimable: bigint[]
    /** the cap found (1e27 precision), when some request was capped */
    cap?: bigint
    /** 'uncapped': nothing was capped, every request gets its stETH; 'solved': the cap was solved from the ETH locked */
    how: 'uncapped' | 'solved'
}

/**
 * Solves a finalization from the ETH it locked. Locked = the stETH of the range exactly when no batch was capped
 * (a capped batch locks strictly less than its stETH), and then every request is paid its stETH. Otherwise the cap
 * is the smallest `cap` with lockedAt(cap) >= locked, found by binary search over [0, the highest own rate] (at
 * that top value nothing is capped and lockedAt = the stETH, > locked); lockedAt grows with the cap (up to a
 * wei of rounding where a request changes side). With one capped run of S shares, the true cap lies within
 * 1e27 / S above the cap found, so each capped request's claimable is exact or 1 wei below the contract's
 * (shares_i / S < 1 wei of difference); a lone capped request is exact.
 */
export function solveFinalization(requests: QueuedRequest[], amountOfETHLocked: bigint): Finalization {
    let steth = requests.reduce((a, r) => a + r.steth, 0n)
    if (amountOfETHLocked >= steth) return {claimable: requests.map((r) => r.steth), how: 'uncapped'}
    let lo = 0n
    let hi = requests.reduce((m, r) => (ownRate(r) > m ? ownRate(r) : m), 0n)
    while (lo < hi) {
        let mid = (lo + hi) / 2n
        if (lockedAt(requests, mid) >= amountOfETHLocked) hi = mid
        else lo = mid + 1n
    }
    return {claimable: requests.map((r) => claimableAt(r, lo)), cap: lo, how: 'solved'}
}
