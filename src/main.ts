import {createLogger} from '@subsquid/logger'
import {TypeormDatabase} from '@subsquid/typeorm-store'
import {loadConfigOrExit, redact} from './config'
import {DailySeries} from './analytics'
import {batchHandler} from './batch-handler'
import {addressBook} from './networks'
import {buildProcessor, processorRpcUrl} from './processor'
import {PROTOCOLS} from './protocols'
import {checkSources, WrongChainError} from './sources-check'

// Wiring only: config -> processor -> each protocol module in turn, day by day, then the daily series -> one save per entity type.
const config = loadConfigOrExit()
const book = addressBook(config.network)
const filters = PROTOCOLS.flatMap((m) => m.filters(book))
const log = createLogger('stakewatch')

async function run(): Promise<void> {
    let processor = buildProcessor(config, filters, await processorRpcUrl(config, filters))
    processor.run(new TypeormDatabase({supportHotBlocks: true}), batchHandler(book, PROTOCOLS, new DailySeries(book)))
}

log.info(`indexing ${config.network} from ${config.gateway ? 'the SQD gateway + ' : ''}RPC ${redact(config.rpc.url)}`)
checkSources(config, log)
    .then(run)
    .catch((e) => {
        process.stderr.write(`stakewatch: ${e instanceof WrongChainError ? e.message : e?.stack ?? e}\n`)
        process.exit(e instanceof WrongChainError ? 2 : 1)
    })
