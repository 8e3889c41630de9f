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
                internalEther: 0n,
                externalShares: 0n,
                beaconBalance: null,
                beaconValidators: null,
                lastCompletedEpoch: null,
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

/** The rate `getPooledEthByShares` uses (V3 Lido `_getShareRateNumerator` / `_getShareRateDenominator`). */
export function shareRateOf(state: LidoState): ShareRate {
    return {ether: state.internalEther, shares: state.totalShares - state.externalShares}
}

/**
 * totalPooledEther from the internal ether and the shares, as V3 `Lido._getTotalPooledEther`: internal ether plus
 * the external shares at the internal rate (floor). Before V3 there are no external shares and both are equal.
 */
export function settleTotalPooledEther(state: LidoState): void {
    let internalShares = state.totalShares - state.externalShares
    let external = state.externalShares == 0n || internalShares <= 0n ? 0n : (state.externalShares * state.internalEther) / internalShares
    state.totalPooledEther = state.internalEther + external
}

/**
 * The share rate through one batch: the state's rate at the start, then every change recorded at its log
 * position, so any log of the batch can be priced at the rate in force just before it.
 */
export class RateTimeline {
    private orders: number[] = []
    private rates: ShareRate[] = []

    constructor(private initial: ShareRate) {}

    /** Notes the rate after the log at `order`; kept only when it changed (few per batch). */
    record(order: number, rate: ShareRate): void {
        let last = this.rates[this.rates.length - 1] ?? this.initial
        if (last.ether == rate.ether && last.shares == rate.shares) return
        this.orders.push(order)
        this.rates.push(rate)
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
