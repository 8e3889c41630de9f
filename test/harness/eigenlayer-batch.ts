import {FindOperator} from 'typeorm'
import {EntityCache} from '../../lib/core/entity-cache'
import {EventCounter} from '../../lib/core/event-counter'
import {SkippedLogs} from '../../lib/core/skipped-logs'
import {RateTimelines} from '../../lib/core/rates'
import {devnet as book} from '../../lib/networks'
import {eigenlayer} from '../../lib/protocols/eigenlayer'

/* eslint-disable @typescript-eslint/no-explicit-any */

/** The contracts, strategies and made-up actors the EigenLayer unit tests use. */
export const E = 10n ** 18n
const EL = book.eigenLayer
export const SM = EL.strategyManager.address
export const DM = EL.delegationManager.address
export const EPM = EL.eigenPodManager.address
export const AM = EL.allocationManager.address
export const RC = EL.rewardsCoordinator.address
const strategy = (symbol: string) => EL.strategies.find((s) => s.symbol == symbol)!.address
export const EIGEN = strategy('EIGEN')
export const STETH = strategy('stETH')
export const RETH = strategy('rETH')
export const CBETH = strategy('cbETH')
export const BEACON = EL.beaconChainEthStrategy
export const ZERO = '0x0000000000000000000000000000000000000000'
export const OP = '0x00000000000000000000000000000000000000a1'
export const STAKER = '0x00000000000000000000000000000000000057a1'
export const OTHER = '0x00000000000000000000000000000000000057a2'
export const OWNER = '0x000000000000000000000000000000000000000b'
export const POD = '0x00000000000000000000000000000000000000bd'
export const root = (n: number) => '0x' + n.toString(16).padStart(64, '0')

export type Raw = {address: string; topics: string[]; data: string}

/** The batch cache with `load()` answered from a list of entities instead of Postgres (unit tests only). */
export class InMemoryCache extends EntityCache {
    constructor(private db: any[]) {
        super({} as any)
    }

    async load(): Promise<void> {
        let self = this as any
        for (let [cls, ids] of self.wanted as Map<any, Set<string>>) {
            let known = self.knownOf(cls)
            for (let id of ids) if (!known.has(id)) known.set(id, this.db.find((e) => e instanceof cls && e.id == id))
            ids.clear()
        }
    }
}

/** One block of the batch: its height and its transactions, each the raw logs it emits in order. */
export interface TestBlock {
    height: number
    txs: Raw[][]
}

/**
 * Runs the EigenLayer module on one batch without a database: `db` pre-loads entities the "database" holds.
 * Log indexes run through each block, transaction hashes are unique per (block, tx). Returns the batch cache
 * after the handlers ran.
 */
export async function runBlocks(blocks: TestBlock[], db: any[] = []) {
    let cache = new InMemoryCache(db)
    let warnings: string[] = []
    let log = {warn: (_: any, msg: string) => warnings.push(msg)} as any
    let counter = new EventCounter(log)
    let skipped = new SkippedLogs(cache, log, counter)
    let ctxBlocks = blocks.map(({height, txs}) => {
        let block = {height, timestamp: 1_800_000_000_000 + height * 12_000}
        let logs: any[] = []
        txs.forEach((tx, t) => tx.forEach((raw) => logs.push({...raw, block, logIndex: logs.length, transactionHash: `0xtx${height}-${t}`})))
        return {header: block, logs}
    })
    // the module's own queries (pod owners, the rows of completed withdrawals): answered from `db` too
    let store = {find: async (cls: any, opts: any) => db.filter((e) => e instanceof cls && matches(e, opts.where))}
    let ctx: any = {blocks: ctxBlocks, log, store}
    await eigenlayer.handleBatch({ctx, book, cache, skipped, rates: new RateTimelines(), counter})
    return {cache, skipped, warnings, counter, logs: ctxBlocks.flatMap((b) => b.logs)}
}

/** A `find` where clause: plain values, nested relations, In(...) operators. */
function matches(entity: any, where: any): boolean {
    return Object.entries(where ?? {}).every(([key, value]: [string, any]) => {
        let actual = entity?.[key]
        if (value instanceof FindOperator) return value.type == 'in' ? (value.value as unknown[]).includes(actual) : false
        if (value && typeof value == 'object') return matches(actual, value)
        return actual == value
    })
}

/** All transactions in one block at height 500. */
export function runBatch(txs: Raw[][], db: any[] = []) {
    return runBlocks([{height: 500, txs}], db)
}

/** Records queued for insert in the batch (immutable ones: deposits, pod events...). */
export const inserted = (cache: EntityCache, cls: any): any[] => (cache as any).inserts.get(cls) ?? []
