import {TypeormDatabase} from '@subsquid/typeorm-store'
import {loadConfigOrExit, redact} from './config'
import {DailySeries} from './analytics'
import {batchHandler} from './batch-handler'
import {addressBook} from './networks'
import {checkPortsFree, PortTakenError} from './ports'
import {guardDatabase} from './postgres/store-guard'
import {buildProcessor, processorRpc} from './processor'
import {PROTOCOLS} from './protocols'
import {checkSources, GatewayWatch, SourceSettingError} from './sources-check'
import {exitWithSettingError, installLogSink, stakewatchLogger} from './telemetry/log'
import {ProtocolMatcher, SquidMetrics} from './telemetry/metrics'
import {SyncProgress} from './telemetry/progress'
import {SourceWatch} from './telemetry/source-watch'

// Wiring only: config -> sources checked -> processor -> each protocol module in turn, day by day, then the daily
// series -> one save per entity type.
installLogSink({ownProgressLine: true})
const log = stakewatchLogger()
const config = loadConfigOrExit()
const book = addressBook(config.network)
const modules = PROTOCOLS.map((m) => ({module: m, filters: m.filters(book)}))
const filters = modules.flatMap((m) => m.filters)
const firstBlock = config.fromBlock ?? Math.min(...filters.map((f) => f.from))

async function run(): Promise<void> {
    await checkPortsFree([{port: config.prometheusPort, variable: config.prometheusPortVariable, what: "the processor's metrics"}])
    let sources = await checkSources(config, firstBlock, log)
    log.info(`indexing ${sources.network} from ${sources.gateway ? 'the SQD gateway + ' : ''}RPC ${redact(sources.rpc.url)}`)
    let rpcWatch = new SourceWatch(log, `the RPC endpoint ${redact(sources.rpc.url)}`)
    let processor = buildProcessor(sources, filters, await processorRpc(sources, filters, rpcWatch, log))
    let gatewayWatch = sources.gateway ? new GatewayWatch(sources.gateway, log) : undefined
    let metrics = SquidMetrics.ofProcessor(processor)
    let matcher = new ProtocolMatcher(modules.map((m) => ({name: m.module.name, filters: m.filters})))
    let progress = new SyncProgress(log, {chainHeight: () => metrics.chainHeight()})

    let db = guardDatabase(new TypeormDatabase({supportHotBlocks: true}), sources.db, log)
    let handle = batchHandler(book, PROTOCOLS, new DailySeries(book), metrics)
    processor.run(db, async (ctx) => {
        await handle(ctx)
        let events = 0
        let byProtocol = new Map<string, number>()
        for (let block of ctx.blocks) {
            for (let l of block.logs) {
                let protocol = matcher.protocolOf(l)
                if (protocol == null) continue
                events++
                byProtocol.set(protocol, (byProtocol.get(protocol) ?? 0) + 1)
            }
        }
        for (let [protocol, n] of byProtocol) metrics.events.inc({protocol}, n)
        gatewayWatch?.progress()
        progress.batch(ctx.blocks.length, events, ctx.blocks.at(-1)?.header.height ?? -1)
    })
}

run().catch((e) => {
    if (e instanceof SourceSettingError || e instanceof PortTakenError) exitWithSettingError(log, e.message)
    log.fatal(e)
    process.exit(1)
})
