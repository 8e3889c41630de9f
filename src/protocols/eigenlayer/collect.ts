import {EntityClass} from '../../core/entity-cache'
import {logOrder} from '../../core/ids'
import {BatchContext, Log} from '../../core/types'
import {AddressBook} from '../../networks'
import {EigenPod, Strategy} from '../../model'
import {decodeWith} from './abi-table'
import {ContractKind, DECOY_COUNTS, TABLES} from './contracts'
import {ElEvent} from './events'
import {BatchIds} from './ids'
import {normalize} from './normalize'

/** The fixed EigenLayer addresses of the book -> which contract (and so which ABI table) each is. */
export function fixedContracts(book: AddressBook): Map<string, ContractKind> {
    let el = book.eigenLayer
    let map = new Map<string, ContractKind>([
        [el.strategyManager.address, 'strategyManager'],
        [el.delegationManager.address, 'delegationManager'],
        [el.eigenPodManager.address, 'eigenPodManager'],
        [el.delayedWithdrawalRouter.address, 'delayedWithdrawalRouter'],
        [el.allocationManager.address, 'allocationManager'],
        [el.rewardsCoordinator.address, 'rewardsCoordinator'],
        [el.avsDirectory.address, 'avsDirectory'],
        [el.strategyFactory.address, 'strategyFactory'],
    ])
    for (let s of el.strategies) map.set(s.address, 'strategy')
    return map
}

interface Introduced {
    /** address -> position of the first event naming it */
    first: Map<string, number>
    /** `<tx>-<address>`: named by an event of that transaction */
    inTx: Set<string>
}

/**
 * Pods and strategies named by an event of this batch (PodDeployed; whitelist, factory, duration vault, deposit).
 * A new contract logs from its initializer before the manager names it in the same transaction (a pod's
 * RestakingActivated before PodDeployed, a strategy's StrategyTokenSet before the whitelist / factory logs).
 */
function introducedInBatch(events: ElEvent[]): {pods: Introduced; strategies: Introduced} {
    let pods: Introduced = {first: new Map(), inTx: new Set()}
    let strategies: Introduced = {first: new Map(), inTx: new Set()}
    let note = (into: Introduced, id: string, log: Log) => {
        if (!into.first.has(id)) into.first.set(id, logOrder(log))
        into.inTx.add(`${log.transactionHash}-${id}`)
    }
    for (let e of events) {
        if (e.type == 'PodDeployed') note(pods, e.pod, e.log)
        if (e.type == 'StrategyWhitelisted' || e.type == 'Deposit' || e.type == 'StrategyTokenSet') note(strategies, e.strategy, e.log)
    }
    return {pods, strategies}
}

/** Decodes and normalises a log of contract `kind`, counting it as handled (or skipped, by decodeWith). */
function decodeAs(kind: ContractKind, log: Log, batch: BatchContext): ElEvent | undefined {
    let decoded = decodeWith(TABLES[kind], log, batch.skipped)
    if (decoded == null) return undefined
    batch.counter.handled(log, decoded.count)
    return normalize(kind, log, decoded)
}

/**
 * 1) decodes the logs of the fixed contracts (address AND topic0 checked); logs with a pod or strategy topic0
 * from another address (or one not asked there) are candidates; 2) defers every id the events touch plus the
 * candidates' addresses, ONE load; 3) keeps a candidate only if its address is a pod / strategy known to the
 * database, named earlier in the batch (PodDeployed, whitelist, factory, deposit) or named in the same
 * transaction (a new contract's initializer logs first); the others are counted as ignored decoys.
 * Returns the events in chain order.
 */
export async function collectEvents(batch: BatchContext, ids: BatchIds): Promise<ElEvent[]> {
    let fixed = fixedContracts(batch.book)
    let events: ElEvent[] = []
    let podCandidates: Log[] = []
    let strategyCandidates: Log[] = []
    for (let block of batch.ctx.blocks) {
        for (let log of block.logs) {
            let kind = fixed.get(log.address)
            if (kind != null && TABLES[kind].has(log.topics[0])) {
                let e = decodeAs(kind, log, batch)
                if (e != null) events.push(e)
            } else if (TABLES.eigenPod.has(log.topics[0])) {
                podCandidates.push(log)
            } else if (TABLES.strategy.has(log.topics[0])) {
                strategyCandidates.push(log)
            }
            // any other log came with another module's request
        }
    }
    if (events.length == 0 && podCandidates.length == 0 && strategyCandidates.length == 0) return []

    for (let e of events) ids.of(e)
    for (let log of podCandidates) ids.add(EigenPod, log.address)
    for (let log of strategyCandidates) ids.add(Strategy, log.address)
    ids.deferAll(batch.cache)
    await batch.cache.load()

    let introduced = introducedInBatch(events)
    let known = (cls: EntityClass<{id: string}>, named: Introduced, log: Log) =>
        batch.cache.has(cls, log.address) ||
        (named.first.get(log.address) ?? Infinity) < logOrder(log) ||
        named.inTx.has(`${log.transactionHash}-${log.address}`)
    for (let log of podCandidates) {
        if (!known(EigenPod, introduced.pods, log)) {
            batch.counter.ignored(log, DECOY_COUNTS.get(log.topics[0]))
            continue
        }
        let e = decodeAs('eigenPod', log, batch)
        if (e != null) events.push(e)
    }
    for (let log of strategyCandidates) {
        if (!known(Strategy, introduced.strategies, log)) {
            batch.counter.ignored(log, DECOY_COUNTS.get(log.topics[0]))
            continue
        }
        let e = decodeAs('strategy', log, batch)
        if (e != null) events.push(e)
    }
    return events.sort((a, b) => logOrder(a.log) - logOrder(b.log))
}
