import {EntityCache} from '../../core/entity-cache'
import {LidoState} from '../../model'
import {ShareRate} from './part'

export const LIDO_STATE_ID = 'lido'

export function ensureLidoState(cache: EntityCache, blockNumber: number): LidoState {
    return cache.getOrCreate(
        LidoState,
        LIDO_STATE_ID,
        () =>
            new LidoState({
                id: LIDO_STATE_ID,
                totalShares: 0n,
                totalPooledEther: 0n,
                externalShares: 0n,
                bunkerMode: false,
                bunkerModeSince: null,
                withdrawalQueuePendingSteth: 0n,
                withdrawalQueueUnclaimedEth: 0n,
                lastRequestId: null,
                lastFinalizedRequestId: null,
                lastReportBlock: null,
                updatedBlock: blockNumber,
            })
    )
}

/**
 * The share rate through one batch: the state's totals at the start, then every change recorded at its log
 * position, so any log of the batch can be priced at the rate in force just before it.
 */
export class RateTimeline {
    private orders: number[] = []
    private rates: ShareRate[] = []

    constructor(private initial: ShareRate) {}

    /** Notes the state's totals after the log at `order`; kept only when the rate changed (few per batch). */
    record(order: number, state: LidoState): void {
        let last = this.rates[this.rates.length - 1] ?? this.initial
        if (last.totalPooledEther == state.totalPooledEther && last.totalShares == state.totalShares) return
        this.orders.push(order)
        this.rates.push({totalPooledEther: state.totalPooledEther, totalShares: state.totalShares})
    }

    rateAt(order: number): ShareRate {
        // the last change strictly before `order` (binary search: other parts ask in any order)
        let lo = 0
        let hi = this.orders.length
        while (lo < hi) {
            let mid = (lo + hi) >> 1
            if (this.orders[mid] < order) lo = mid + 1
            else hi = mid
        }
        return lo == 0 ? this.initial : this.rates[lo - 1]
    }
}
