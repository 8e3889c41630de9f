import {logOrder} from '../../core/ids'
import {blockTime} from '../../core/time'
import {BatchContext, Log} from '../../core/types'
import {Minipool} from '../../model'
import {Ev, RpEvent} from './events'
import {rpNode} from './state'

/** MinipoolStatus (contracts/types/MinipoolStatus.sol, every release). */
export const MinipoolStatus = {Initialised: 0, Prelaunch: 1, Staking: 2, Withdrawable: 3, Dissolved: 4} as const

const txKey = (log: Log, address: string) => `${log.transactionHash}-${address}`

/**
 * The minipools of a batch: those the database knows (loaded with their node, one query per batch) and those
 * created in the batch, with what the minipools' own logs say about their life.
 *
 * What the contracts count (RocketMinipoolManager, every release): a node's minipools are created minus destroyed
 * (`getNodeMinipoolCount`), its active ones are those minus the finalised (`getNodeActiveMinipoolCount`).
 * `destroyMinipool` (from `close()` of a dissolved minipool) logs MinipoolDestroyed; `_finalise` logs nothing at
 * the manager (`incrementNodeFinalisedMinipoolCount`), so finalisation is read from the minipool's own logs:
 *
 * - v1.2+ delegate, `distributeBalance(false)` of the exit balance (the only place EtherWithdrawalProcessed is
 *   logged): by the owner it finalises at once, and `_finalise` pays the node's share out (`_refund`: EtherWithdrawn)
 *   whenever `nodeAmount` > 0; by anyone else it only sets `userDistributed`. So: finalised when an EtherWithdrawn
 *   of the minipool follows in the transaction with nodeAmount > 0, or when the node itself called with
 *   nodeAmount = 0; a non-owner call marks `userDistributed`.
 * - after a user distribution, the owner's `refund()` / `finalise()` runs `_finalise`, whose EtherWithdrawn comes
 *   BEFORE any ETH it sends to rETH; an owner's skim (`distributeBalance`, under 8 ETH) sends the user share to rETH
 *   (rETH EtherDeposited from the minipool) BEFORE its EtherWithdrawn and does not finalise.
 * - v1.0/v1.1 delegate: only a Withdrawable minipool finalises (`distributeBalanceAndFinalise` / `finalise()`);
 *   its distribution alone pays nothing out, so EtherWithdrawalProcessed followed by EtherWithdrawn is the
 *   finalising call.
 * A dissolved minipool stays active until it is closed (destroyed). Bond reductions change no count.
 */
export class Minipools {
    private created = new Map<string, {minipool: Minipool; order: number; tx: string}>()
    private withdrawnLogs = new Map<string, number[]>()
    private rethDepositsSeen = new Set<string>()

    constructor(
        private batch: BatchContext,
        private loaded: Map<string, Minipool>,
        events: RpEvent[]
    ) {
        for (let e of events) {
            if (e.kind != 'minipoolEtherWithdrawn') continue
            let k = txKey(e.log, e.minipool)
            let list = this.withdrawnLogs.get(k)
            if (list == null) this.withdrawnLogs.set(k, (list = []))
            list.push(e.log.logIndex)
        }
    }

    /** The minipool if the squid knows it at this point of the batch (collect.ts keeps only known ones' logs). */
    get(id: string): Minipool | undefined {
        return this.loaded.get(id) ?? this.created.get(id)?.minipool
    }

    create(e: Ev<'minipoolCreated'>): void {
        let log = e.log
        let node = rpNode(this.batch.cache, e.node)
        node.minipoolCount += 1
        node.activeMinipoolCount += 1
        let minipool = new Minipool({
            id: e.minipool,
            node,
            createdBlock: log.block.height,
            createdAt: blockTime(log.block),
            destroyedBlock: null,
            destroyedAt: null,
            // initialise() sets Initialised without a StatusUpdated
            status: MinipoolStatus.Initialised,
            finalised: false,
            finalisedBlock: null,
            finalisedAt: null,
            userDistributed: false,
            bond: null,
            penaltyCount: 0,
            penaltyRate: 0n,
        })
        this.created.set(e.minipool, {minipool, order: logOrder(log), tx: log.transactionHash})
        this.batch.cache.save(minipool)
    }

    destroyed(e: Ev<'minipoolDestroyed'>): void {
        let node = rpNode(this.batch.cache, e.node)
        node.minipoolCount -= 1
        node.activeMinipoolCount -= 1
        let minipool = this.get(e.minipool)
        // created before the indexed range (FROM_BLOCK): no record to close
        if (minipool == null) return
        minipool.destroyedBlock = e.log.block.height
        minipool.destroyedAt = blockTime(e.log.block)
        this.batch.cache.save(minipool)
    }

    status(e: Ev<'minipoolStatus'>): void {
        let minipool = this.get(e.minipool)
        if (minipool == null) return
        minipool.status = e.status
        this.batch.cache.save(minipool)
    }

    bondReduced(e: Ev<'minipoolBondReduced'>): void {
        let minipool = this.get(e.minipool)
        if (minipool == null) return
        minipool.bond = e.newBond
        this.batch.cache.save(minipool)
    }

    distributed(e: Ev<'minipoolDistributed'>): void {
        let minipool = this.get(e.minipool)
        if (minipool == null || minipool.finalised) return
        let paidOutAfter = (this.withdrawnLogs.get(txKey(e.log, e.minipool)) ?? []).some((i) => i > e.log.logIndex)
        let byNode = e.executed == minipool.node.id
        if (minipool.status == MinipoolStatus.Withdrawable) {
            if (e.nodeAmount > 0n && paidOutAfter) this.finalise(minipool, e.log)
        } else if ((e.nodeAmount > 0n && paidOutAfter) || (e.nodeAmount == 0n && byNode)) {
            this.finalise(minipool, e.log)
        } else if (!byNode) {
            minipool.userDistributed = true
            this.batch.cache.save(minipool)
        }
    }

    /** rETH EtherDeposited: a minipool's send to rETH marks its transaction (a skim sends before it refunds). */
    rethDeposit(e: Ev<'etherDeposited'>): void {
        this.rethDepositsSeen.add(txKey(e.log, e.from))
    }

    etherWithdrawn(e: Ev<'minipoolEtherWithdrawn'>): void {
        let minipool = this.get(e.minipool)
        if (minipool == null || minipool.finalised || !minipool.userDistributed || minipool.status != MinipoolStatus.Staking) return
        if (this.rethDepositsSeen.has(txKey(e.log, e.minipool))) return
        this.finalise(minipool, e.log)
    }

    private finalise(minipool: Minipool, log: Log): void {
        minipool.finalised = true
        minipool.finalisedBlock = log.block.height
        minipool.finalisedAt = blockTime(log.block)
        this.batch.cache.save(minipool)
        let node = rpNode(this.batch.cache, minipool.node.id)
        node.activeMinipoolCount -= 1
        node.finalisedMinipoolCount += 1
    }
}

/** Where each minipool was created in this batch (its own logs count from there, same transaction included). */
export function creations(events: RpEvent[]): Map<string, {order: number; tx: string; node: string}> {
    let out = new Map<string, {order: number; tx: string; node: string}>()
    for (let e of events) {
        if (e.kind == 'minipoolCreated' && !out.has(e.minipool)) out.set(e.minipool, {order: logOrder(e.log), tx: e.log.transactionHash, node: e.node})
    }
    return out
}
