import {EvmBatchProcessor} from '@subsquid/evm-processor'
import {Config} from './config'
import {FIELDS, LogFilter, ProtocolModule} from './core/types'
import {AddressBook} from './networks'

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
    if (config.network == 'devnet') {
        // a local chain mines on demand: poll often so tests and the demo see new blocks at once
        processor.setRpcDataIngestionSettings({headPollInterval: 250})
    }
    if (config.prometheusPort != null) processor.setPrometheusPort(config.prometheusPort)

    let filters = modules.flatMap((m) => m.filters(book))
    let from = config.fromBlock ?? Math.min(...filters.map((f) => f.from))
    processor.setBlockRange({from, to: config.toBlock})
    for (let f of filters) addFilter(processor, f, config.fromBlock)
    return processor
}

function addFilter(processor: EvmBatchProcessor<any>, f: LogFilter, fromOverride: number | undefined) {
    processor.addLog({
        address: f.address?.map((a) => a.toLowerCase()),
        topic0: f.topic0.map((t) => t.toLowerCase()),
        transactionLogs: f.transactionLogs,
        range: {from: Math.max(f.from, fromOverride ?? 0)},
    })
}
