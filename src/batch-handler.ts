import {DailySeries} from './analytics'
import {groupByDay} from './core/days'
import {EntityCache} from './core/entity-cache'
import {EventCounter} from './core/event-counter'
import {RateTimelines} from './core/rates'
import {SkippedLogs} from './core/skipped-logs'
import {Ctx, ProtocolModule} from './core/types'
import {AddressBook} from './networks'

/** What a batch reports for the metrics (telemetry/metrics.ts): undecodable logs per protocol, write time. */
export interface BatchTelemetry {
    skipped(protocol: string, count: number): void
    /** starts timing the batch's write; the returned function ends it */
    writeTimer(): () => void
}

/**
 * One batch: the protocol modules run in turn on each UTC day of its blocks (so the daily series see the state
 * at every day's close), then every entity type is saved once. The batch cache spans the whole batch: an entity
 * loaded for one day is not loaded again for the next.
 */
export function batchHandler(book: AddressBook, modules: ProtocolModule[], series: DailySeries, telemetry?: BatchTelemetry) {
    return async (ctx: Ctx): Promise<void> => {
        let cache = new EntityCache(ctx.store)
        let counter = new EventCounter(ctx.log)
        let skipped = new SkippedLogs(cache, ctx.log, counter)
        let rates = new RateTimelines()
        series.beginBatch(cache, ctx.blocks[0]?.header.height ?? Number.MAX_SAFE_INTEGER)
        try {
            for (let {day, items: blocks} of groupByDay(ctx.blocks, (b) => b.header.timestamp)) {
                cache.beginGroup()
                let dayCtx: Ctx = {...ctx, blocks}
                for (let module of modules) {
                    let before = skipped.count
                    await module.handleBatch({ctx: dayCtx, book, cache, skipped, rates, counter})
                    if (skipped.count > before) telemetry?.skipped(module.name, skipped.count - before)
                }
                counter.settle(blocks)
                await series.afterDay(ctx.store, cache, day, blocks)
            }
            await counter.save(cache)
            let endWrite = telemetry?.writeTimer()
            await cache.flush()
            endWrite?.()
        } catch (e) {
            // the store rolls this batch back; the series' memory must not run ahead of it
            series.invalidate()
            throw e
        }
    }
}
