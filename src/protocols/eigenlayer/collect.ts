import {logOrder} from '../../core/ids'
import {BatchContext, Log} from '../../core/types'
import {AddressBook} from '../../networks'
import {EigenPod, Strategy} from '../../model'
import {decodeWith} from './abi-table'
import {ContractKind, TABLES} from './contracts'
import {ElEvent} from './events'
import {BatchIds} from './ids'
import {normalize} from './normalize'
import {PreScan} from './state'

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

/** Pods and strategies first named by an event of this batch, with the position of that event. */
function introducedInBatch(events: ElEvent[]): {pods: Map<string, number>; podTxs: Map<string, string>; strategies: Map<string, number>} {
    let pods = new Map<string, number>()
    let podTxs = new Map<string, string>()
    let strategies = new Map<string, number>()
    let first = (map: Map<string, number>, id: string, log: Log) => {
        if (!map.has(id)) map.set(id, logOrder(log))
    }
    for (let e of events) {
        if (e.type == 'PodDeployed') {
            first(pods, e.pod, e.log)
            if (!podTxs.has(e.pod)) podTxs.set(e.pod, e.log.transactionHash)
        }
        if (e.type == 'StrategyWhitelisted' || e.type == 'Deposit') first(strategies, e.strategy, e.log)
    }
    return {pods, podTxs, strategies}
}

function decodeAs(kind: ContractKind, log: Log, batch: BatchContext): ElEvent | undefined {
    let decoded = decodeWith(TABLES[kind], log, batch.skipped)
    return decoded && normalize(kind, log, decoded)
}

/**
 * 1) decodes the logs of the fixed contracts (address AND topic0 checked); logs with a pod or strategy topic0
 * from another address are candidates; 2) defers every id the events touch plus the candidates' addresses, ONE
 * load; 3) keeps a candidate only if its address is a pod / strategy known to the database or named earlier in
 * the batch (PodDeployed, whitelist, factory, deposit) or, for a pod, deployed in the same transaction.
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
            if (kind != null) {
                let e = decodeAs(kind, log, batch)
                if (e != null) events.push(e)
            } else if (TABLES.eigenPod.has(log.topics[0])) {
                podCandidates.push(log)
            } else if (TABLES.strategy.has(log.topics[0])) {
                strategyCandidates.push(log)
            }
        }
    }
    if (events.length == 0 && podCandidates.length == 0 && strategyCandidates.length == 0) return []

    for (let e of events) ids.of(e)
    for (let log of podCandidates) ids.add(EigenPod, log.address)
    for (let log of strategyCandidates) ids.add(Strategy, log.address)
    ids.deferAll(batch.cache)
    await batch.cache.load()

    let introduced = introducedInBatch(events)
    let known = (cls: typeof EigenPod | typeof Strategy | any, map: Map<string, number>, log: Log) =>
        batch.cache.has(cls, log.address) || (map.get(log.address) ?? Infinity) < logOrder(log)
    for (let log of podCandidates) {
        // a new pod logs from its initializer (e.g. M2 RestakingActivated) before the manager logs PodDeployed
        let deployedInTx = introduced.podTxs.get(log.address) == log.transactionHash
        if (!deployedInTx && !known(EigenPod, introduced.pods, log)) continue
        let e = decodeAs('eigenPod', log, batch)
        if (e != null) events.push(e)
    }
    for (let log of strategyCandidates) {
        if (!known(Strategy, introduced.strategies, log)) continue
        let e = decodeAs('strategy', log, batch)
        if (e != null) events.push(e)
    }
    return events.sort((a, b) => logOrder(a.log) - logOrder(b.log))
}

/** Facts the in-order handlers need from later logs of the same transaction. */
export function preScan(events: ElEvent[]): PreScan {
    let pre: PreScan = {migratedFrom: new Map(), podShareEventTx: new Set(), stakingTx: new Set(), podDeployments: new Map()}
    for (let e of events) {
        let tx = e.log.transactionHash
        if (e.type == 'WithdrawalMigrated') pre.migratedFrom.set(e.newRoot, e.oldRoot)
        if (e.type == 'PodDeployed' && !pre.podDeployments.has(e.pod)) pre.podDeployments.set(e.pod, e)
        if (e.type == 'PodSharesUpdated' || e.type == 'NewTotalShares') pre.podShareEventTx.add(`${tx}-${e.owner}`)
        if (e.type == 'PodEvent' && e.kind == 'EigenPodStaked') pre.stakingTx.add(tx)
    }
    return pre
}
