import {EvmBatchProcessor} from '@subsquid/evm-processor'
import {Config} from './config'
import {FIELDS, LogFilter} from './core/types'
import {startRpcFront} from './rpc-front/front'

/**
 * The processor, built from the active network's address book: one log request per filter each protocol
 * module declares, block range from FROM_BLOCK / TO_BLOCK, data from the SQD gateway (when set) and RPC.
 * `rpcUrl` is the node itself, or in archive-node mode the loopback front that fetches only our logs.
 */
export function buildProcessor(config: Config, filters: LogFilter[], rpcUrl: string) {
    let processor = new EvmBatchProcessor()
        .setRpcEndpoint({url: rpcUrl, rateLimit: config.rpc.rateLimit})
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

    let from = config.fromBlock ?? Math.min(...filters.map((f) => f.from))
    processor.setBlockRange({from, to: config.toBlock})
    for (let f of filters) addFilter(processor, f, config.fromBlock)
    return processor
}

/** The RPC URL the processor should use: the node, or the archive-node mode front started for `filters`. */
export async function processorRpcUrl(config: Config, filters: LogFilter[]): Promise<string> {
    if (!config.filterLogs) return config.rpc.url
    let front = await startRpcFront(config.rpc.url, filters)
    console.log(`stakewatch: RPC log filter on (eth_getLogs by address and topic through ${front.url})`)
    return front.url
}

function addFilter(processor: EvmBatchProcessor<any>, f: LogFilter, fromOverride: number | undefined) {
    processor.addLog({
        address: f.address?.map((a) => a.toLowerCase()),
        topic0: f.topic0.map((t) => t.toLowerCase()),
        transactionLogs: f.transactionLogs,
        range: {from: Math.max(f.from, fromOverride ?? 0)},
    })
}
