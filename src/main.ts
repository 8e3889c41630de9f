import {TypeormDatabase} from '@subsquid/typeorm-store'
import {loadConfigOrExit, redact} from './config'
import {EntityCache} from './core/entity-cache'
import {SkippedLogs} from './core/skipped-logs'
import {addressBook} from './networks'
import {buildProcessor} from './processor'
import {PROTOCOLS} from './protocols'

// Wiring only: config -> processor -> each protocol module in turn -> one save per entity type.
const config = loadConfigOrExit()
const book = addressBook(config.network)
const processor = buildProcessor(config, book, PROTOCOLS)

console.log(
    `stakewatch: indexing ${config.network} from ${config.gateway ? 'the SQD gateway + ' : ''}RPC ${redact(config.rpc.url)}`
)

processor.run(new TypeormDatabase({supportHotBlocks: true}), async (ctx) => {
    let cache = new EntityCache(ctx.store)
    let skipped = new SkippedLogs(cache, ctx.log)
    for (let module of PROTOCOLS) {
        await module.handleBatch({ctx, book, cache, skipped})
    }
    await cache.flush()
})
