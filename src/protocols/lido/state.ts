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
    private changes: {order: number; rate: ShareRate}[] = []

    constructor(private initial: ShareRate) {}

    record(order: number, state: LidoState): void {
        this.changes.push({order, rate: {totalPooledEther: state.totalPooledEther, totalShares: state.totalShares}})
    }

    rateAt(order: number): ShareRate {
        let rate = this.initial
        for (let c of this.changes) {
            if (c.order >= order) break
            rate = c.rate
        }
        return rate
    }
}
