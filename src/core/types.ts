import {BlockHeader, DataHandlerContext, EvmBatchProcessor, Log as EvmLog} from '@subsquid/evm-processor'
import {Store} from '@subsquid/typeorm-store'
import {AddressBook} from '../networks'
import {EntityCache} from './entity-cache'
import type {EventCounter} from './event-counter'
import type {RateTimelines} from './rates'
import {SkippedLogs} from './skipped-logs'
import type {RawLog} from './encode'

/** The only block / log fields the squid asks for: fewer fields, faster sync. */
export const FIELDS = {
    block: {timestamp: true},
    log: {address: true, topics: true, data: true, transactionHash: true},
} as const

export type Fields = typeof FIELDS
export type Ctx = DataHandlerContext<Store, Fields>
export type Block = BlockHeader<Fields>
export type Log = EvmLog<Fields>
export type Processor = EvmBatchProcessor<Fields>

/** What a protocol module gets for one batch. */
export interface BatchContext {
    ctx: Ctx
    book: AddressBook
    /** the Lido and rETH rates at any log of the batch (recorded by their modules, read by EigenLayer) */
    rates: RateTimelines
    /** entities loaded once per batch, saved once at the end of it */
    cache: EntityCache
    skipped: SkippedLogs
    /** what became of each delivered log: the module marks every log its filters asked for (event-counter.ts) */
    counter: EventCounter
}

/** A log request in the processor's terms (addresses and topics lowercase). */
export interface LogFilter {
    /** undefined = any address (contracts discovered at run time, such as EigenPods; the handler checks) */
    address?: string[]
    topic0: string[]
    from: number
    /** ask the processor for every log of the matching transactions (to pair logs of one action) */
    transactionLogs?: boolean
}

/**
 * One protocol: its filters, decoding and handlers live in src/protocols/<name>/. Nothing outside that folder
 * knows its events.
 */
export interface ProtocolModule {
    readonly name: string
    filters(book: AddressBook): LogFilter[]
    /** decode, load what is needed (one query per entity type), mutate in memory; main.ts saves once */
    handleBatch(batch: BatchContext): Promise<void>
    /**
     * The protocol's part of `npm run demo`: blocks of logs encoded with the real ABIs, covering every event
     * kind the module handles. Offsets are seconds after the demo's start (`startSeconds`, unix time: for
     * timestamps a log itself carries); blocks of all protocols are merged.
     */
    demoScenario?(book: AddressBook, startSeconds: number): ScenarioBlock[]
}

export interface ScenarioBlock {
    secondsAfterStart: number
    /** each transaction: logs emitted in order, possibly from several addresses */
    txs: RawLog[][]
}
