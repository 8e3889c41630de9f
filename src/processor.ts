import {EvmBatchProcessor} from '@subsquid/evm-processor'
import {Logger} from '@subsquid/logger'
import {Config} from './config'
import {FIELDS, LogFilter} from './core/types'
import {startRpcFront} from './rpc-front/front'
import {SourceWatch} from './telemetry/source-watch'

/** Where the processor sends its RPC calls: the node itself, or the loopback front in front of it. */
export interface ProcessorRpc {
    url: string
    /** set when the processor talks to the node directly; the front applies RPC_ETH_RATE_LIMIT itself */
    rateLimit?: number
}

/**
 * The processor, built from the active network's address book: one log request per filter each protocol
 * module declares, block range from FROM_BLOCK / TO_BLOCK, data from the SQD gateway (when set) and RPC.
 */
export function buildProcessor(config: Config, filters: LogFilter[], rpc: ProcessorRpc) {
    let processor = new EvmBatchProcessor()
        .setRpcEndpoint({url: rpc.url, rateLimit: rpc.rateLimit})
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

/**
 * The RPC endpoint the processor should use. For an http(s) node, the loopback front (rpc-front/front.ts):
 * it retries what the processor's own client would give up on, applies RPC_ETH_RATE_LIMIT to what the node
 * gets, and in archive-node mode fetches only our logs. A websocket node is used directly (the processor
 * is restarted by `npm start` / `npm run process` if its client gives up).
 */
export async function processorRpc(config: Config, filters: LogFilter[], watch: SourceWatch, log: Logger): Promise<ProcessorRpc> {
    if (!/^https?:/.test(config.rpc.url)) return {url: config.rpc.url, rateLimit: config.rpc.rateLimit}
    let front = await startRpcFront({
        upstream: config.rpc.url,
        filters: config.filterLogs ? filters : undefined,
        rateLimit: config.rpc.rateLimit,
        watch,
    })
    if (config.filterLogs) log.info(`archive-node mode: eth_getLogs by address and topic, through the RPC front at ${front.url}`)
    return {url: front.url}
}

function addFilter(processor: EvmBatchProcessor<any>, f: LogFilter, fromOverride: number | undefined) {
    processor.addLog({
        address: f.address?.map((a) => a.toLowerCase()),
        topic0: f.topic0.map((t) => t.toLowerCase()),
        transactionLogs: f.transactionLogs,
        range: {from: Math.max(f.from, fromOverride ?? 0)},
    })
}
