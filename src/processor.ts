import {EvmBatchProcessor} from '@subsquid/evm-processor'
import {Config} from './config'
import {FIELDS, LogFilter, Processor, ProtocolModule} from './core/types'
import {AddressBook} from './networks'
import {startRpcFront} from './rpc-front/front'

/**
 * The processor, built from the active network's address book: one log request per filter each protocol
 * module declares, block range from FROM_BLOCK / TO_BLOCK, data from the SQD gateway (when set) and RPC.
 */
export function buildProcessor(config: Config, book: AddressBook, modules: ProtocolModule[]) {
    let processor = new EvmBatchProcessor()
        .setRpcEndpoint({url: config.rpc.url, rateLimit: config.rpc.rateLimit})
        .setFinalityConfirmation(config.finalityConfirmation)
        .setFields(FIELDS)
    if (config.gateway) processor.setGateway(config.gateway)
    processor.setRpcDataIngestionSettings({
        // a local chain mines on demand: poll often so tests and the demo see new blocks at once
        headPollInterval: config.network == 'devnet' ? 250 : undefined,
        // with the log filter front a block may have logs, none of them ours: the bloom says nothing then
        validationFlags: config.filterLogs ? {disableLogsBloomCheck: true} : undefined,
    })
    if (config.prometheusPort != null) processor.setPrometheusPort(config.prometheusPort)

    let filters = modules.flatMap((m) => m.filters(book))
    let from = config.fromBlock ?? Math.min(...filters.map((f) => f.from))
    processor.setBlockRange({from, to: config.toBlock})
    for (let f of filters) addFilter(processor, f, config.fromBlock)
    if (config.filterLogs) fetchOnlyOurLogs(processor, config, filters)
    return processor
}

/**
 * Archive-node mode: the processor talks to a loopback front (src/rpc-front) that fetches only our logs. The
 * front's port is known once it listens, so `run` starts it first, then points the processor at it.
 */
function fetchOnlyOurLogs(processor: Processor, config: Config, filters: LogFilter[]) {
    let run = processor.run.bind(processor)
    processor.run = ((db: any, handler: any) => {
        startRpcFront(config.rpc.url, filters).then(
            (front) => {
                console.log(`stakewatch: RPC log filter on (eth_getLogs by address and topic through ${front.url})`)
                processor.setRpcEndpoint({url: front.url, rateLimit: config.rpc.rateLimit})
                run(db, handler)
            },
            (e) => {
                console.error(`stakewatch: the RPC log filter front did not start: ${e?.message ?? e}`)
                process.exit(1)
            }
        )
    }) as typeof processor.run
}

function addFilter(processor: EvmBatchProcessor<any>, f: LogFilter, fromOverride: number | undefined) {
    processor.addLog({
        address: f.address?.map((a) => a.toLowerCase()),
        topic0: f.topic0.map((t) => t.toLowerCase()),
        transactionLogs: f.transactionLogs,
        range: {from: Math.max(f.from, fromOverride ?? 0)},
    })
}
