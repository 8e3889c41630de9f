import {createLogger} from '@subsquid/logger'
import {TypeormDatabase} from '@subsquid/typeorm-store'
import {loadConfigOrExit, redact} from './config'
import {EntityCache} from './core/entity-cache'
import {SkippedLogs} from './core/skipped-logs'
import {addressBook} from './networks'
import {buildProcessor} from './processor'
import {PROTOCOLS} from './protocols'
import {checkSources, WrongChainError} from './sources-check'

// Wiring only: config -> processor -> each protocol module in turn -> one save per entity type.
const config = loadConfigOrExit()
const book = addressBook(config.network)
const processor = buildProcessor(config, book, PROTOCOLS)
const log = createLogger('stakewatch')

function run(): void {
    processor.run(new TypeormDatabase({supportHotBlocks: true}), async (ctx) => {
        let cache = new EntityCache(ctx.store)
        let skipped = new SkippedLogs(cache, ctx.log)
        for (let module of PROTOCOLS) {
            await module.handleBatch({ctx, book, cache, skipped})
        }
        await cache.flush()
    })
}

log.info(`indexing ${config.network} from ${config.gateway ? 'the SQD gateway + ' : ''}RPC ${redact(config.rpc.url)}`)
checkSources(config, log).then(run, (e) => {
    if (!(e instanceof WrongChainError)) throw e
    process.stderr.write(`stakewatch: ${e.message}\n`)
    process.exit(2)
})
