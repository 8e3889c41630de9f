import {In} from 'typeorm'
import {deferAccounts} from '../../core/accounts'
import {logOrder, ZERO_ADDRESS} from '../../core/ids'
import {BatchContext, Log} from '../../core/types'
import {Megapool, Minipool, RocketPoolNode, RocketPoolState} from '../../model'
import {DECOY_COUNTS, MEGAPOOL_ROUTE, MINIPOOL_ROUTE, routes} from './contracts'
import {RpEvent} from './events'
import {creations} from './minipools'
import {decodeLog} from './normalize'
import {STATE_ID} from './state'

const LOAD_CHUNK = 1000

export interface Collected {
    /** the batch's Rocket Pool events, in chain order */
    events: RpEvent[]
    /** minipools the database knows that the events touch, with their node */
    minipools: Map<string, Minipool>
}

/**
 * 1) decodes the logs of the fixed addresses (address AND topic0 checked, each with its release's ABI); logs with
 * a minipool or megapool topic0 from any other address (or one not asked there) are candidates; 2) one query for
 * the minipools the batch touches (with their node), then every id deferred and ONE load per entity type; 3)
 * keeps a candidate only if its address is a minipool / megapool known to the database or named earlier in the
 * batch (or in the same transaction: a minipool can log in the transaction that creates it); the others are
 * counted as ignored decoys.
 */
export async function collectEvents(batch: BatchContext): Promise<Collected | undefined> {
    let byAddress = routes(batch.book)
    let events: RpEvent[] = []
    let minipoolLogs: Log[] = []
    let megapoolLogs: Log[] = []
    for (let block of batch.ctx.blocks) {
        for (let log of block.logs) {
            let route = byAddress.get(log.address)
            if (route?.table.has(log.topics[0])) {
                let e = decodeLog(route, log, batch)
                if (e != null) events.push(e)
            } else if (MINIPOOL_ROUTE.table.has(log.topics[0])) {
                minipoolLogs.push(log)
            } else if (MEGAPOOL_ROUTE.table.has(log.topics[0])) {
                megapoolLogs.push(log)
            }
            // any other log came with another module's request
        }
    }
    if (events.length == 0 && minipoolLogs.length == 0 && megapoolLogs.length == 0) return undefined

    let created = creations(events)
    let minipools = await loadMinipools(batch, minipoolIds(events, minipoolLogs, created))
    let ids = collectIds(events)
    for (let m of minipools.values()) ids.nodes.add(m.node.id)
    for (let e of events) {
        // a penalty's Slashing names the minipool's node
        if (e.kind == 'penaltyApplied') {
            let node = minipools.get(e.minipool)?.node.id ?? created.get(e.minipool)?.node
            if (node != null) ids.accounts.add(node)
        }
    }
    for (let log of megapoolLogs) ids.megapools.add(log.address)
    deferAccounts(batch.cache, ids.accounts)
    batch.cache.defer(RocketPoolNode, ids.nodes)
    batch.cache.defer(Megapool, ids.megapools)
    batch.cache.defer(RocketPoolState, [STATE_ID])
    await batch.cache.load()

    for (let log of minipoolLogs) {
        let at = created.get(log.address)
        let known = minipools.has(log.address) || (at != null && (at.order <= logOrder(log) || at.tx == log.transactionHash))
        if (!known) {
            batch.counter.ignored(log, DECOY_COUNTS.get(log.topics[0]))
            continue
        }
        let e = decodeLog(MINIPOOL_ROUTE, log, batch)
        if (e != null) events.push(e)
    }
    let found = megapoolDiscoveries(events)
    for (let log of megapoolLogs) {
        let at = found.get(log.address)
        let known = batch.cache.has(Megapool, log.address) || (at != null && (at.order <= logOrder(log) || at.tx == log.transactionHash))
        if (!known) {
            batch.counter.ignored(log, DECOY_COUNTS.get(log.topics[0]))
            continue
        }
        let e = decodeLog(MEGAPOOL_ROUTE, log, batch)
        if (e != null) events.push(e)
    }
    events.sort((a, b) => logOrder(a.log) - logOrder(b.log))
    return {events, minipools}
}

/** Minipools the batch may touch and did not create: candidates' addresses, penalised ones, rETH's senders. */
function minipoolIds(events: RpEvent[], candidates: Log[], created: Map<string, unknown>): Set<string> {
    let out = new Set<string>(candidates.map((l) => l.address))
    for (let e of events) {
        if (e.kind == 'penaltyApplied' || e.kind == 'penaltyRate' || e.kind == 'minipoolDestroyed') out.add(e.minipool)
        else if (e.kind == 'etherDeposited') out.add(e.from)
    }
    for (let id of created.keys()) out.delete(id)
    return out
}

/**
 * One query (in chunks of 1000 ids) with the node relation: a minipool's logs never name its node. Minipools this
 * batch already holds (created or changed on an earlier day of it, not yet written) come from the batch cache.
 */
async function loadMinipools(batch: BatchContext, ids: Set<string>): Promise<Map<string, Minipool>> {
    let out = new Map<string, Minipool>()
    let list: string[] = []
    for (let id of ids) {
        let held = batch.cache.peek(Minipool, id)
        if (held?.node != null) out.set(id, held)
        else list.push(id)
    }
    for (let i = 0; i < list.length; i += LOAD_CHUNK) {
        let rows = await batch.ctx.store.find(Minipool, {where: {id: In(list.slice(i, i + LOAD_CHUNK))}, relations: {node: true}})
        for (let row of rows) out.set(row.id, row)
    }
    return out
}

interface Ids {
    accounts: Set<string>
    nodes: Set<string>
    megapools: Set<string>
}

function collectIds(events: RpEvent[]): Ids {
    let ids: Ids = {accounts: new Set(), nodes: new Set(), megapools: new Set()}
    for (let e of events) {
        switch (e.kind) {
            case 'mint':
                ids.accounts.add(e.to)
                break
            case 'burn':
                ids.accounts.add(e.from)
                break
            case 'transfer':
                for (let a of [e.from, e.to]) if (a != ZERO_ADDRESS) ids.accounts.add(a)
                break
            case 'etherDeposited':
                // its source may be a megapool
                ids.megapools.add(e.from)
                break
            case 'nodeRegistered':
            case 'smoothingPool':
            case 'rplWithdrawalAddress':
            case 'rpl':
                ids.nodes.add(e.node)
                break
            case 'rplTransfer':
                ids.nodes.add(e.from)
                ids.nodes.add(e.to)
                break
            case 'rplSlashed':
                ids.nodes.add(e.node)
                ids.accounts.add(e.node)
                break
            case 'minipoolCreated':
            case 'minipoolDestroyed':
                ids.nodes.add(e.node)
                break
            case 'megapoolFound':
            case 'megapoolPenalty':
                ids.megapools.add(e.megapool)
                break
        }
    }
    return ids
}

/** Where each megapool was first named by a fixed contract in this batch. */
function megapoolDiscoveries(events: RpEvent[]): Map<string, {order: number; tx: string}> {
    let out = new Map<string, {order: number; tx: string}>()
    for (let e of events) {
        if ((e.kind == 'megapoolFound' || e.kind == 'megapoolPenalty') && !out.has(e.megapool)) {
            out.set(e.megapool, {order: logOrder(e.log), tx: e.log.transactionHash})
        }
    }
    return out
}
