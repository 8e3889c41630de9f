import http from 'http'
import {AddressInfo} from 'net'
import {LogFilter} from '../core/types'
import {isUnfilteredRangeCall, LogQuery, planLogQueries} from './log-query'

/* eslint-disable @typescript-eslint/no-explicit-any */

interface RpcCall {
    jsonrpc: '2.0'
    id: unknown
    method: string
    params?: unknown
}

export interface RpcFront {
    /** loopback URL the processor talks to */
    url: string
    /** the processor's unfiltered range calls answered, and the filtered upstream calls made for them */
    stats: {rangeCalls: number; upstreamLogCalls: number}
    close(): Promise<void>
}

/**
 * Archive-node mode: a loopback JSON-RPC front between the processor and the node. In RPC-only mode the stock
 * processor asks for EVERY log of each block range (`eth_getLogs {fromBlock, toBlock}`) and filters locally;
 * on mainnet that is hundreds of unrelated logs per block. The front answers that one call with the
 * address/topic-filtered queries of `planLogQueries` (merged in chain order); every other call passes through
 * unchanged, single or batched.
 *
 * The processor's logs-bloom check must be off with the front (a block can now have logs yet none of ours).
 */
export async function startRpcFront(upstream: string, filters: LogFilter[]): Promise<RpcFront> {
    let queries = planLogQueries(filters)
    let {url: upstreamUrl, headers} = withoutCredentials(upstream)
    let stats = {rangeCalls: 0, upstreamLogCalls: 0}
    let nextId = 1

    async function upstreamText(body: unknown): Promise<string> {
        let res = await fetch(upstreamUrl, {method: 'POST', headers, body: JSON.stringify(body)})
        let text = await res.text()
        if (!res.ok) throw new UpstreamError(res.status, text)
        return text
    }

    async function upstreamCall(body: unknown): Promise<any> {
        return JSON.parse(await upstreamText(body))
    }

    /** The `result` of an upstream call as raw JSON text: most ranges pass through without being parsed. */
    async function getLogsText(params: any): Promise<string> {
        let res = await fetch(upstreamUrl, {
            method: 'POST',
            headers,
            body: JSON.stringify({jsonrpc: '2.0', id: nextId++, method: 'eth_getLogs', params: [params]}),
        })
        let text = await res.text()
        if (!res.ok) throw new UpstreamError(res.status, text)
        stats.upstreamLogCalls++
        let at = text.indexOf('"result":')
        if (at < 0) throw new RpcCallError(JSON.parse(text).error)
        return text.slice(at + '"result":'.length, text.lastIndexOf('}')).trim()
    }

    async function transactionLogs(txHashes: string[]): Promise<any[]> {
        if (txHashes.length == 0) return []
        let batch = txHashes.map((hash) => ({jsonrpc: '2.0', id: nextId++, method: 'eth_getTransactionReceipt', params: [hash]}))
        let res: any[] = await upstreamCall(batch)
        let logs: any[] = []
        for (let r of res) {
            if (r.error) throw new RpcCallError(r.error)
            logs.push(...(r.result?.logs ?? []))
        }
        return logs
    }

    /** Our logs of a block range as JSON text, in chain order. */
    async function filteredLogs(range: {fromBlock: string; toBlock: string}): Promise<string> {
        stats.rangeCalls++
        let parts = await Promise.all(
            queries.map(async (q: LogQuery) => {
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

    async function answer(call: RpcCall): Promise<string> {
        try {
            let result = await filteredLogs((call.params as any[])[0])
            return `{"jsonrpc":"2.0","id":${JSON.stringify(call.id)},"result":${result}}`
        } catch (e) {
            if (e instanceof RpcCallError) return JSON.stringify({jsonrpc: '2.0', id: call.id, error: e.error})
            throw e
        }
    }

    /** The reply as JSON text; calls other than the unfiltered range call go upstream unchanged. */
    async function handle(body: any): Promise<string> {
        let calls: RpcCall[] = Array.isArray(body) ? body : [body]
        let ours = calls.map((c) => isUnfilteredRangeCall(c.method, c.params))
        if (!ours.some(Boolean)) return upstreamText(body)
        if (!Array.isArray(body)) return answer(body)
        let passthrough = calls.filter((_, i) => !ours[i])
        let [forwarded, answered] = await Promise.all([
            passthrough.length ? upstreamCall(passthrough) : Promise.resolve([]),
            Promise.all(calls.filter((_, i) => ours[i]).map(answer)),
        ])
        let byId = new Map<unknown, string>((forwarded as any[]).map((r) => [r.id, JSON.stringify(r)]))
        let k = 0
        return '[' + calls.map((c, i) => (ours[i] ? answered[k++] : byId.get(c.id))).join(',') + ']'
    }

    let server = http.createServer((req, res) => {
        let chunks: Buffer[] = []
        req.on('data', (c) => chunks.push(c))
        req.on('end', () => {
            let reply = (status: number, text: string) => {
                res.writeHead(status, {'content-type': 'application/json'})
                res.end(text)
            }
            let body: any
            try {
                body = JSON.parse(Buffer.concat(chunks).toString())
            } catch {
                return reply(400, JSON.stringify({jsonrpc: '2.0', id: null, error: {code: -32700, message: 'parse error'}}))
            }
            handle(body).then(
                (out) => reply(200, out),
                // the processor's RPC client retries on an HTTP error, as it would with a flaky node
                (e) => reply(e instanceof UpstreamError ? e.status : 502, String(e?.message ?? e))
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

/** fetch refuses URLs with user:password: send them as a basic Authorization header instead. */
function withoutCredentials(raw: string): {url: string; headers: Record<string, string>} {
    let url = new URL(raw)
    let headers: Record<string, string> = {'content-type': 'application/json'}
    if (url.username || url.password) {
        let user = decodeURIComponent(url.username)
        let pass = decodeURIComponent(url.password)
        headers.authorization = 'Basic ' + Buffer.from(`${user}:${pass}`).toString('base64')
        url.username = ''
        url.password = ''
    }
    return {url: url.toString(), headers}
}

/** Logs of several queries as one list in chain order, each log once (queries may overlap). */
export function mergeInChainOrder(logs: any[]): any[] {
    let seen = new Map<string, any>()
    for (let l of logs) seen.set(`${l.blockHash}:${l.logIndex}`, l)
    return [...seen.values()].sort(
        (a, b) => Number(BigInt(a.blockNumber) - BigInt(b.blockNumber)) || Number(BigInt(a.logIndex) - BigInt(b.logIndex))
    )
}

class UpstreamError extends Error {
    constructor(readonly status: number, body: string) {
        super(`upstream answered HTTP ${status}: ${body.slice(0, 200)}`)
    }
}

class RpcCallError extends Error {
    constructor(readonly error: any) {
        super(error?.message ?? JSON.stringify(error))
    }
}
