import {tryDecode} from '../../core/skipped-logs'
import {BatchContext, LogFilter} from '../../core/types'
import {AddressBook} from '../../networks'
import {CONTRACTS, decodeTable, DecodeTable, handledTopics, LidoContract} from './contracts'
import {OperatorEvent, QueueEvent, SharesEvent} from './events'

/** The batch's Lido logs, decoded and split by concern, each list in chain order. */
export interface LidoLogs {
    shares: SharesEvent[]
    queue: QueueEvent[]
    operators: OperatorEvent[]
}

const TABLES = Object.fromEntries(Object.keys(CONTRACTS).map((k) => [k, decodeTable(k as LidoContract)])) as Record<LidoContract, DecodeTable>

/** Which contract each Lido address is (both node operator registries share one code). */
function contractsByAddress(book: AddressBook): Map<string, LidoContract> {
    let l = book.lido
    let map = new Map<string, LidoContract>([
        [l.steth.address, 'steth'],
        [l.legacyOracle.address, 'legacyOracle'],
        [l.wsteth.address, 'wsteth'],
        [l.withdrawalQueue.address, 'withdrawalQueue'],
    ])
    for (let r of l.nodeOperatorRegistries) map.set(r.address, 'nodeOperatorsRegistry')
    return map
}

/** One log request per Lido contract, for the handled events only (topic0s from the same tables that decode). */
export function lidoFilters(book: AddressBook): LogFilter[] {
    let l = book.lido
    let registries = l.nodeOperatorRegistries
    return [
        {address: [l.steth.address], topic0: handledTopics(CONTRACTS.steth), from: l.steth.startBlock},
        {address: [l.legacyOracle.address], topic0: handledTopics(CONTRACTS.legacyOracle), from: l.legacyOracle.startBlock},
        {address: [l.wsteth.address], topic0: handledTopics(CONTRACTS.wsteth), from: l.wsteth.startBlock},
        {address: [l.withdrawalQueue.address], topic0: handledTopics(CONTRACTS.withdrawalQueue), from: l.withdrawalQueue.startBlock},
        // both registries in one request, from the older one's start (the newer emits nothing before it exists)
        {
            address: registries.map((r) => r.address),
            topic0: handledTopics(CONTRACTS.nodeOperatorsRegistry),
            from: Math.min(...registries.map((r) => r.startBlock)),
        },
    ]
}

/**
 * Dispatch on (address, topic0): no block-height gate, so a devnet replay of a mainnet log decodes as on mainnet.
 * A log whose topic0 is ours but whose layout is not (e.g. a 4-topic Transfer at stETH) is recorded as skipped.
 * Every log of a Lido request is counted here (handled or skipped); a handler may later mark one ignored. A log
 * at a Lido address with a topic0 Lido does not ask for came with another module's request (any address): not ours.
 */
export function decodeLidoLogs(batch: BatchContext): LidoLogs {
    let byAddress = contractsByAddress(batch.book)
    let out: LidoLogs = {shares: [], queue: [], operators: []}
    for (let block of batch.ctx.blocks) {
        for (let log of block.logs) {
            let contract = byAddress.get(log.address)
            if (contract == null) continue
            let entry = TABLES[contract].get(log.topics[0])
            if (entry == null) continue
            let e = tryDecode(entry.event, log, batch.skipped, entry.count)
            if (e == null) continue
            batch.counter.handled(log, entry.count)
            switch (contract) {
                case 'steth':
                case 'legacyOracle':
                    out.shares.push({kind: entry.name, log, e} as SharesEvent)
                    break
                case 'wsteth':
                    out.shares.push({kind: `Wsteth${entry.name}`, log, e} as SharesEvent)
                    break
                case 'withdrawalQueue':
                    out.queue.push({kind: entry.name, log, e} as QueueEvent)
                    break
                case 'nodeOperatorsRegistry':
                    out.operators.push({kind: entry.name, log, e, module: log.address} as OperatorEvent)
                    break
            }
        }
    }
    return out
}
