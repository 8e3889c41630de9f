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

export type TimelineAsset = 'stETH' | 'rETH'

/**
 * The protocol rates as they move through one batch, in chain order: the module that owns a rate records each
 * change at its log's position (Lido the share rate, Rocket Pool the rETH rate; both run before EigenLayer),
 * and a later module reads the rate in force at any log of the batch, so a figure never depends on where a
 * batch or a day group ended. Values are wei per 1e18 units.
 */
export class RateTimelines {
    private lines = new Map<TimelineAsset, {initial: bigint | null; orders: number[]; values: (bigint | null)[]}>()

    /** The rate at the start of the batch (the first call of the batch wins; later groups continue the line). */
    begin(asset: TimelineAsset, initial: bigint | null): void {
        if (!this.lines.has(asset)) this.lines.set(asset, {initial, orders: [], values: []})
    }

    /** A change of the rate by the log at `order` (logOrder of core/ids); unchanged values are not kept. */
    record(asset: TimelineAsset, order: number, value: bigint | null): void {
        let line = this.lines.get(asset)
        if (line == null) throw new Error(`rate timeline ${asset}: record() before begin()`)
        let last = line.values.length ? line.values[line.values.length - 1] : line.initial
        if (last === value) return
        line.orders.push(order)
        line.values.push(value)
    }

    /**
     * The rate in force just before the log at `order`; undefined when the owner recorded nothing this batch (the
     * rate did not move: its state row, as loaded, is the rate).
     */
    at(asset: TimelineAsset, order: number): bigint | null | undefined {
        let line = this.lines.get(asset)
        if (line == null) return undefined
        let lo = 0
        let hi = line.orders.length
        while (lo < hi) {
            let mid = (lo + hi) >> 1
            if (line.orders[mid] < order) lo = mid + 1
            else hi = mid
        }
        return lo == 0 ? line.initial : line.values[lo - 1]
    }
}
