/** Small statistics of the daily series, defined exactly so tests can work them out by hand. */

/** Nearest-rank percentile of ascending `sorted` (p in (0, 100]): the value at rank ceil(p/100 * n). */
export function nearestRank(sorted: number[], p: number): number | null {
    if (sorted.length == 0) return null
    let rank = Math.ceil((p / 100) * sorted.length)
    return sorted[Math.min(Math.max(rank, 1), sorted.length) - 1]
}

/** Inserts `value` into ascending `sorted` (in place) */
export function insertSorted(sorted: number[], value: number): void {
    let lo = 0
    let hi = sorted.length
    while (lo < hi) {
        let mid = (lo + hi) >> 1
        if (sorted[mid] <= value) lo = mid + 1
        else hi = mid
    }
    sorted.splice(lo, 0, value)
}

/** Arithmetic mean of the defined values; null when there is none. */
export function meanOfDefined(values: (number | null | undefined)[]): number | null {
    let defined = values.filter((v): v is number => v != null)
    if (defined.length == 0) return null
    return defined.reduce((a, b) => a + b, 0) / defined.length
}
