import {Protocol, Slashing} from '../../model'
import {logId} from '../../core/ids'
import {blockTime} from '../../core/time'
import {BatchContext, Log} from '../../core/types'
import {RpEvent} from './decode'
import {account, rpMegapool} from './state'

type Ev<K extends RpEvent['kind']> = Extract<RpEvent, {kind: K}>

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

/**
 * Minipool penalties of RocketNetworkPenalties: v1.1-v1.3 log `PenaltyUpdated(minipool, rate)`, v1.4 logs
 * `PenaltyApplied(minipool)` and may update the rate in the same transaction. One Slashing per minipool and
 * transaction, at its first log; `amount` is the penalty rate where logged (1e18 = 100 % of the node's share).
 * `nodeOf` names the minipool's node where the squid knows the minipool.
 */
export class MinipoolPenalties {
    private rates = new Map<string, bigint>()
    private done = new Set<string>()

    constructor(events: RpEvent[], private nodeOf: (minipool: string) => string | undefined) {
        for (let e of events) {
            if (e.kind == 'minipoolPenalty' && e.rate != null) this.rates.set(key(e.log, e.minipool), e.rate)
        }
    }

    apply(batch: BatchContext, e: Ev<'minipoolPenalty'>): void {
        let k = key(e.log, e.minipool)
        if (this.done.has(k)) return
        this.done.add(k)
        let node = this.nodeOf(e.minipool)
        let rate = this.rates.get(k)
        batch.cache.insert(
            penaltySlashing(e.log, {
                account: node ? account(batch.cache, node, e.log.block.height) : null,
                amount: rate ?? null,
                description: rate != null ? `minipool penalty rate set to ${rate} (1e18 = 100 %)` : 'minipool penalty applied',
                pool: e.minipool,
            })
        )
    }
}

/**
 * Megapool losses. A penalty logs RocketMegapoolPenalties.PenaltyApplied(megapool, amount) and, in the megapool,
 * MegapoolDebtIncreased + MegapoolPenaltyApplied, all in one transaction: one Slashing (the first of these
 * logs). A MegapoolDebtIncreased without a penalty beside it is an exit shortfall: a Slashing of its own.
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
        if (this.done.has(k)) return
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
