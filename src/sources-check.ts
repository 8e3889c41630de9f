import {Logger} from '@subsquid/logger'
import {Config, redact} from './config'
import {withoutCredentials} from './rpc-front/upstream'
import {onLogRecord} from './telemetry/log'
import {SourceWatch} from './telemetry/source-watch'

const MAINNET_CHAIN_ID = 1
/** HTTP statuses with which a gateway (or a portal behind its URL) refuses us: a key is missing or wrong, the route is gone, or we are rate limited */
const REFUSALS = [401, 403, 404, 429]

/** A source refuses us in a way the user must fix: the program stops with this one line, exit code 2. */
export class SourceSettingError extends Error {}

/**
 * Before syncing, ask the RPC endpoint for its chain id and the gateway for its height, so a user sees at once
 * why nothing moves:
 * - an RPC endpoint that refuses us (HTTP 401/403), or is on the wrong chain for NETWORK=mainnet: stop, one line;
 * - a gateway that refuses us (HTTP 401/403/404/429, e.g. a v2 gateway replaced by a portal that wants a key):
 *   one line, then RPC only (archive-node mode) when the RPC endpoint serves the history we need, or stop with
 *   a one-line instruction when it does not. A refusal is never retried silently;
 * - a source that does not answer: a warning, then the processor waits for it (a line every 10 s saying since
 *   when, from the RPC front and the gateway watch).
 * Returns the config to run with (without the gateway after a refusal).
 */
export async function checkSources(config: Config, firstBlock: number, log: Logger): Promise<Config> {
    let rpc = redact(config.rpc.url)
    if (config.rpc.url.startsWith('http')) {
        try {
            let chainId = Number(await rpcCall(config.rpc.url, 'eth_chainId', []))
            if (config.network == 'mainnet' && chainId != MAINNET_CHAIN_ID) {
                throw new SourceSettingError(`RPC_ETH_HTTP ${rpc} serves chain id ${chainId}, not Ethereum mainnet (1); use NETWORK=devnet for a local chain`)
            }
        } catch (e) {
            if (e instanceof SourceSettingError) throw e
            if (e instanceof HttpStatusError && (e.status == 401 || e.status == 403)) {
                throw new SourceSettingError(`RPC_ETH_HTTP ${rpc} refused the request (HTTP ${e.status}): check the URL and its API key`)
            }
            log.warn(`cannot reach the RPC endpoint ${rpc} (${reason(e)}); waiting for it`)
        }
    }
    if (config.gateway == null) return config

    let status: number | undefined
    try {
        let res = await fetch(`${config.gateway}/height`, {signal: AbortSignal.timeout(10_000)})
        status = res.status
        if (!res.ok && !REFUSALS.includes(res.status)) throw new HttpStatusError(res.status)
    } catch (e) {
        log.warn(`cannot reach the SQD gateway ${config.gateway} (${reason(e)}); waiting for it`)
        return config
    }
    if (status == null || !REFUSALS.includes(status)) return config

    let history = await rpcServesHistory(config, firstBlock, log)
    if (history !== true) {
        throw new SourceSettingError(
            `SQD_GATEWAY ${config.gateway} refused the request (HTTP ${status}) and RPC_ETH_HTTP ${rpc} cannot serve the history from block ` +
                `${firstBlock} (${history}): set SQD_GATEWAY to a gateway or portal you may use, or RPC_ETH_HTTP to an archive node`
        )
    }
    log.warn(
        `SQD_GATEWAY ${config.gateway} refused the request (HTTP ${status}); syncing from RPC alone` +
            `${config.filterLogs ? ' (archive-node mode)' : ''}. Set SQD_GATEWAY= to skip the gateway, or to one you may use`
    )
    return {...config, gateway: undefined}
}

/**
 * Whether the RPC endpoint has the blocks and logs from `from` on (an archive node, or a full node that keeps
 * old receipts): true, or why not. Waits while the endpoint does not answer at all.
 */
async function rpcServesHistory(config: Config, from: number, log: Logger): Promise<true | string> {
    let watch = new SourceWatch(log, `the RPC endpoint ${redact(config.rpc.url)} (to see whether it serves history)`, {graceMs: 0})
    let block = '0x' + from.toString(16)
    try {
        while (true) {
            try {
                let header = await rpcCall(config.rpc.url, 'eth_getBlockByNumber', [block, false])
                if (header == null) return `it has no block ${from}`
                await rpcCall(config.rpc.url, 'eth_getLogs', [{fromBlock: block, toBlock: block}])
                return true
            } catch (e) {
                if (e instanceof RpcErrorReply) return e.message
                watch.failed(reason(e))
                await new Promise((r) => setTimeout(r, 5000))
            }
        }
    } finally {
        watch.stop()
    }
}

/**
 * The periodic line while the processor waits for the SQD gateway: the SDK's archive client retries on its own
 * and says nothing for its first retries. Active until the processor switches to RPC (`using chain RPC data
 * source`); fed by a probe of `/height` every 10 s, by the client's own warnings, and by batches arriving.
 */
export class GatewayWatch {
    private active = true
    private watch: SourceWatch
    private timer: NodeJS.Timeout

    constructor(private gateway: string, log: Logger) {
        this.watch = new SourceWatch(log, `the SQD gateway ${gateway}`)
        onLogRecord((rec) => {
            if (!this.active) return
            if (rec.ns == 'sqd:processor' && rec.msg == 'using chain RPC data source') this.stop()
            else if (rec.ns.startsWith('sqd:processor:archive') && rec.msg?.startsWith('archive request failed')) {
                this.watch.failed(String((rec as any).reason ?? rec.msg))
            }
        })
        this.timer = setInterval(() => void this.probe(), 10_000)
        this.timer.unref()
        void this.probe()
    }

    /** A batch came in: the gateway (or the RPC after it) delivers. */
    progress(): void {
        if (this.active) this.watch.ok()
    }

    private async probe(): Promise<void> {
        try {
            let res = await fetch(`${this.gateway}/height`, {signal: AbortSignal.timeout(10_000)})
            if (!res.ok) throw new HttpStatusError(res.status)
        } catch (e) {
            if (this.active) this.watch.failed(reason(e))
        }
    }

    private stop(): void {
        this.active = false
        clearInterval(this.timer)
        this.watch.ok()
        this.watch.stop()
    }
}

class HttpStatusError extends Error {
    constructor(readonly status: number) {
        super(`HTTP ${status}`)
    }
}

class RpcErrorReply extends Error {}

async function rpcCall(url: string, method: string, params: unknown[]): Promise<any> {
    let {url: plain, headers} = withoutCredentials(url)
    let res = await fetch(plain, {
        method: 'POST',
        headers,
        body: JSON.stringify({jsonrpc: '2.0', id: 1, method, params}),
        signal: AbortSignal.timeout(10_000),
    })
    if (!res.ok) throw new HttpStatusError(res.status)
    let body: any = await res.json()
    if (body.error) throw new RpcErrorReply(`${method}: ${body.error.message ?? JSON.stringify(body.error)}`)
    return body.result
}

function reason(e: unknown): string {
    let err = e as any
    if (err?.name == 'TimeoutError') return 'no answer in 10 s'
    return err?.cause?.code ?? err?.cause?.message ?? err?.message ?? String(e)
}
