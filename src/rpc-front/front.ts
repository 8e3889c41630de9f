import http from 'http'
import {AddressInfo} from 'net'
import {LogFilter} from '../core/types'
import {SourceWatch} from '../telemetry/source-watch'
import {isUnfilteredRangeCall, LogQuery, planLogQueries} from './log-query'
import {RpcCall, Upstream, UpstreamRefused, UpstreamUnavailable} from './upstream'

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface RpcFront {
    /** loopback URL the processor talks to */
    url: string
    /** the processor's unfiltered range calls answered, and the filtered upstream calls made for them */
    stats: {rangeCalls: number; upstreamLogCalls: number}
    close(): Promise<void>
}

export interface RpcFrontOptions {
    /** the node */
    upstream: string
    /** archive-node mode: answer the processor's unfiltered range calls with these filters; undefined = pass through */
    filters?: LogFilter[]
    /** RPC_ETH_RATE_LIMIT, applied to the calls the front sends the node */
    rateLimit?: number
    /** the periodic "waiting for the RPC endpoint" line */
    watch?: SourceWatch
    /** for tests: how long a request may take before the front answers 503 (default 25 s) */
    deadlineMs?: number
}

/**
 * A loopback JSON-RPC front between the processor and the node, for every http(s) node:
 *
 * - Faults: the processor's RPC client gives up on an HTTP 500, a truncated body or a JSON-RPC error it does
 *   not know. The front retries every read with backoff until the node answers well (`Upstream`), so the
 *   processor sees either a good answer or, after the deadline, an HTTP 503 with a JSON-RPC error body, on
 *   which its client backs off and asks again. Never a plain-text or cut-off body.
 * - RPC_ETH_RATE_LIMIT counts the calls the node gets (the front's fan-out and retries included).
 * - Archive-node mode (`filters`): in RPC-only mode the stock processor asks for EVERY log of each block
 *   range (`eth_getLogs {fromBlock, toBlock}`) and filters locally; on mainnet that is hundreds of unrelated
 *   logs per block. The front answers that one call with the address/topic-filtered queries of
 *   `planLogQueries` (merged in chain order). The processor's logs-bloom check must be off then (a block can
 *   have logs yet none of ours).
 *
 * Every other call passes through unchanged, single or batched.
 */
export async function startRpcFront(options: RpcFrontOptions): Promise<RpcFront> {
    let queries = options.filters ? planLogQueries(options.filters) : undefined
    let upstream = new Upstream({url: options.upstream, rateLimit: options.rateLimit, watch: options.watch, deadlineMs: options.deadlineMs})
    let stats = {rangeCalls: 0, upstreamLogCalls: 0}
    let nextId = 1
    let call = (method: string, params: unknown[]): RpcCall => ({jsonrpc: '2.0', id: `front-${nextId++}`, method, params})

    /** The `result` of a filtered eth_getLogs as JSON text: most ranges pass through without being written again. */
    async function getLogsText(params: any): Promise<string> {
        let {replies, text} = await upstream.call(call('eth_getLogs', [params]))
        stats.upstreamLogCalls++
        let reply = replies[0]
        if (reply.error) throw new RpcCallError(reply.error)
        if (text != null) {
            let at = text.indexOf('"result":')
            let raw = at < 0 ? '' : text.slice(at + '"result":'.length, text.lastIndexOf('}')).trim()
            if (raw.startsWith('[') && raw.endsWith(']')) return raw
        }
        return JSON.stringify(reply.result ?? [])
    }

    async function transactionLogs(txHashes: string[]): Promise<any[]> {
        if (txHashes.length == 0) return []
        let {replies} = await upstream.batch(txHashes.map((hash) => call('eth_getTransactionReceipt', [hash])))
        let logs: any[] = []
        for (let r of replies) {
            if (r.error) throw new RpcCallError(r.error)
            logs.push(...((r.result as any)?.logs ?? []))
        }
        return logs
    }

    /** Our logs of a block range as JSON text, in chain order. */
    async function filteredLogs(range: {fromBlock: string; toBlock: string}): Promise<string> {
        stats.rangeCalls++
        let parts = await Promise.all(
            queries!.map(async (q: LogQuery) => {
                let text = await getLogsText({fromBlock: range.fromBlock, toBlock: range.toBlock, address: q.address, topics: [q.topic0]})
                if (!q.transactionLogs || text == '[]') return text
                let logs: any[] = JSON.parse(text)
                return JSON.stringify(logs.concat(await transactionLogs([...new Set(logs.map((l) => l.transactionHash))])))
            })
        )
        let nonEmpty = parts.filter((p) => p != '[]')
        // one query with logs: already in chain order, passed on as the node wrote it
        if (nonEmpty.length <= 1) return nonEmpty[0] ?? '[]'
        let merged = mergeInChainOrder(nonEmpty.flatMap((p) => JSON.parse(p)))
        return JSON.stringify(merged)
    }

    async function answerRange(c: RpcCall): Promise<string> {
        try {
            let result = await filteredLogs((c.params as any[])[0])
            return `{"jsonrpc":"2.0","id":${JSON.stringify(c.id)},"result":${result}}`
        } catch (e) {
            // an error the processor acts on itself (a range too big: it splits it), passed on as the node said it
            if (e instanceof RpcCallError) return JSON.stringify({jsonrpc: '2.0', id: c.id, error: e.error})
            throw e
        }
    }

    /** The reply as JSON text; calls other than the unfiltered range call go upstream unchanged. */
    async function handle(body: any): Promise<string> {
        let calls: RpcCall[] = Array.isArray(body) ? body : [body]
        let ours = calls.map((c) => queries != null && isUnfilteredRangeCall(c.method, c.params))
        if (!ours.some(Boolean)) {
            let {replies, text} = await upstream.batch(calls, Array.isArray(body))
            return text ?? JSON.stringify(Array.isArray(body) ? replies : replies[0])
        }
        if (!Array.isArray(body)) return answerRange(body)
        let passthrough = calls.filter((_, i) => !ours[i])
        let [forwarded, answered] = await Promise.all([
            passthrough.length ? upstream.batch(passthrough).then((a) => a.replies) : Promise.resolve([]),
            Promise.all(calls.filter((_, i) => ours[i]).map(answerRange)),
        ])
        let byId = new Map<unknown, string>(forwarded.map((r) => [r.id, JSON.stringify(r)]))
        let k = 0
        return '[' + calls.map((c, i) => (ours[i] ? answered[k++] : byId.get(c.id))).join(',') + ']'
    }

    let server = http.createServer((req, res) => {
        let chunks: Buffer[] = []
        req.on('data', (c) => chunks.push(c))
        req.on('end', () => {
            let reply = (status: number, text: string) => {
                if (res.destroyed) return
                res.writeHead(status, {'content-type': 'application/json'})
                res.end(text)
            }
            let body: any
            try {
                body = JSON.parse(Buffer.concat(chunks).toString())
            } catch {
                return reply(400, JSON.stringify({jsonrpc: '2.0', id: null, error: {code: -32700, message: 'parse error'}}))
            }
            let id = Array.isArray(body) ? null : body?.id ?? null
            let error = (code: number, message: string) => JSON.stringify({jsonrpc: '2.0', id, error: {code, message}})
            handle(body).then(
                (out) => reply(200, out),
                (e) => {
                    // well-formed JSON whatever happened: 503 makes the processor's client back off and ask
                    // again; a refusal (401, 403, ...) is passed on with the node's status, since a retry will
                    // not change it
                    if (e instanceof UpstreamRefused) return reply(e.status, error(-32000, e.message))
                    if (!(e instanceof UpstreamUnavailable)) options.watch?.failed(`the front failed: ${e?.message ?? e}`)
                    reply(503, error(-32603, e?.message ?? String(e)))
                }
            )
        })
    })
    server.keepAliveTimeout = 60_000
    await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(0, '127.0.0.1', () => resolve())
    })
    server.unref()
    let port = (server.address() as AddressInfo).port
    return {
        url: `http://127.0.0.1:${port}`,
        stats,
        close: () => new Promise((resolve) => server.close(() => resolve())),
    }
}

/** Logs of several queries as one list in chain order, each log once (queries may overlap). */
export function mergeInChainOrder(logs: any[]): any[] {
    let seen = new Map<string, any>()
    for (let l of logs) seen.set(`${l.blockHash}:${l.logIndex}`, l)
    return [...seen.values()].sort(
        (a, b) => Number(BigInt(a.blockNumber) - BigInt(b.blockNumber)) || Number(BigInt(a.logIndex) - BigInt(b.logIndex))
    )
}

class RpcCallError extends Error {
    constructor(readonly error: any) {
        super(error?.message ?? JSON.stringify(error))
    }
}
