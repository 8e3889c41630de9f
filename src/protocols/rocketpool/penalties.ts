import {Protocol, Slashing} from '../../model'
import {logId} from '../../core/ids'
import {blockTime} from '../../core/time'
import {BatchContext, Log} from '../../core/types'
import {Ev, RpEvent} from './events'
import {Minipools} from './minipools'
import {account, rpMegapool} from './state'

const key = (log: Log, pool: string) => `${log.transactionHash}-${pool}`

function penaltySlashing(log: Log, fields: Partial<Slashing>): Slashing {
    return new Slashing({
        id: logId(log),
        protocol: Protocol.ROCKET_POOL,
        kind: 'ROCKET_POOL_PENALTY',
        blockNumber: log.block.height,
        timestamp: blockTime(log.block),
        txHash: log.transactionHash,
        logIndex: log.logIndex,
        ...fields,
    })
}

/** 1e18 = 100 %: `200000000000000000` -> `20 %` (two decimals, for descriptions). */
function percent(rate: bigint): string {
    let hundredths = rate / 10n ** 14n
    let whole = hundredths / 100n
    let frac = hundredths % 100n
    return frac == 0n ? `${whole} %` : `${whole}.${String(frac).padStart(2, '0')} %`
}

/**
 * Minipool penalties of RocketNetworkPenalties (`incrementMinipoolPenaltyCount`, same storage key in every
 * release). Each applied penalty adds one to the minipool's count; the first two change nothing else, from the
 * third the rate taken from the node's share becomes (count - 2) x perPenaltyRate.
 * - v1.1-v1.3 log nothing for penalties 1 and 2, then `PenaltyUpdated(minipool, newRate)` for each later one: the
 *   first PenaltyUpdated of a minipool is its third penalty.
 * - v1.4 logs `PenaltyApplied` for every penalty, preceded in the same transaction by `PenaltyUpdated` once the
 *   count reaches 3.
 * One Slashing per logged penalty, at the log that applies it; `amount` = how much this penalty raised the rate
 * (1e18 = 100 %), so the rows of a minipool add up to its current rate; `Minipool.penaltyRate` is that rate.
 */
export class MinipoolPenalties {
    private pendingRate = new Map<string, {previous: bigint | null; rate: bigint}>()

    constructor(private minipools: Minipools) {}

    /** v1.4 PenaltyUpdated: the new rate, for the PenaltyApplied that follows it. */
    rate(batch: BatchContext, e: Ev<'penaltyRate'>): void {
        let minipool = this.minipools.get(e.minipool)
        this.pendingRate.set(key(e.log, e.minipool), {previous: minipool?.penaltyRate ?? null, rate: e.rate})
        if (minipool == null) return
        minipool.penaltyRate = e.rate
        batch.cache.save(minipool)
    }

    applied(batch: BatchContext, e: Ev<'penaltyApplied'>): void {
        let minipool = this.minipools.get(e.minipool)
        let previous = minipool?.penaltyRate ?? null
        let rate: bigint | null = previous
        let rateChanged = false
        if (e.rate != null) {
            // v1.1-v1.3 PenaltyUpdated: this penalty set the rate
            rate = e.rate
            rateChanged = true
        } else {
            let pending = this.pendingRate.get(key(e.log, e.minipool))
            this.pendingRate.delete(key(e.log, e.minipool))
            if (pending != null) {
                previous = pending.previous
                rate = pending.rate
                rateChanged = true
            }
        }
        // a v1.4 penalty without a rate update left the rate as it was
        let raisedBy = !rateChanged ? 0n : rate != null && previous != null ? rate - previous : null
        let count: number | null = null
        if (minipool != null) {
            // a rate update means the count is at least 3 (v1.1-v1.3 penalties 1 and 2 are not logged)
            count = rateChanged ? Math.max(minipool.penaltyCount + 1, 3) : minipool.penaltyCount + 1
            minipool.penaltyCount = count
            if (rate != null) minipool.penaltyRate = rate
            batch.cache.save(minipool)
        }
        let node = minipool?.node.id
        let what = count != null ? `minipool penalty #${count}` : 'minipool penalty'
        batch.cache.insert(
            penaltySlashing(e.log, {
                account: node ? account(batch.cache, node, e.log.block.height) : null,
                amount: raisedBy,
                description: rate != null ? `${what}, penalty rate now ${percent(rate)} of the node share` : what,
                pool: e.minipool,
            })
        )
    }
}

/**
 * Megapool losses. A penalty logs RocketMegapoolPenalties.PenaltyApplied(megapool, amount) and, in the megapool,
 * MegapoolDebtIncreased + MegapoolPenaltyApplied, all in one transaction: one Slashing, at the first penalty log
 * (MegapoolPenaltyApplied). A MegapoolDebtIncreased without a penalty beside it (an exit shortfall, a dissolve
 * penalty, a late-notify fine) is a Slashing of its own.
 * The node is unknown (no ABI links a megapool to its node), so `account` stays empty and `pool` names it.
 */
export class MegapoolLosses {
    private penalised = new Set<string>()
    private done = new Set<string>()

    constructor(events: RpEvent[]) {
        for (let e of events) if (e.kind == 'megapoolPenalty') this.penalised.add(key(e.log, e.megapool))
    }

    applyPenalty(batch: BatchContext, e: Ev<'megapoolPenalty'>): void {
        let megapool = rpMegapool(batch.cache, e.megapool, e.log.block.height)
        let k = key(e.log, e.megapool)
        // the other contract's log of the same penalty: already recorded
        if (this.done.has(k)) return batch.counter.ignored(e.log)
        this.done.add(k)
        megapool.penaltyTotal += e.amount
        batch.cache.insert(
            penaltySlashing(e.log, {
                amount: e.amount,
                amountEth: e.amount,
                description: 'megapool penalty applied',
                pool: e.megapool,
            })
        )
    }

    applyDebt(batch: BatchContext, e: Ev<'megapoolDebt'>): void {
        let megapool = rpMegapool(batch.cache, e.megapool, e.log.block.height)
        megapool.debt += e.delta
        let k = key(e.log, e.megapool)
        if (e.delta <= 0n || this.penalised.has(k)) return
        batch.cache.insert(
            penaltySlashing(e.log, {
                amount: e.delta,
                amountEth: e.delta,
                description: 'megapool debt increased (shortfall)',
                pool: e.megapool,
            })
        )
    }
}
