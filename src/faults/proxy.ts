import http from 'http'
import {AddressInfo} from 'net'
import {Rng} from '../bench/generators/types'

/* eslint-disable @typescript-eslint/no-explicit-any */

/** The node faults the proxy injects, as seen from flaky providers and load balancers. */
export const FAULT_KINDS = ['http500', 'http429', 'reset', 'delay', 'truncated', 'rpcError'] as const
export type FaultKind = (typeof FAULT_KINDS)[number]

export interface FaultProxyOptions {
    /** the node behind the proxy */
    upstream: string
    /** kinds to draw from (uniformly) for a faulty request */
    kinds: readonly FaultKind[]
    /** share of requests that get a fault, 0..1 */
    rate: number
    /** how long a `delay` fault holds the answer (default 10 s) */
    delayMs?: number
    /** listen here (default: any free port); a test can reserve a port and start the proxy later */
    port?: number
    /** same seed, same faults for the same sequence of requests */
    seed?: number
}

export interface FaultProxy {
    url: string
    /** requests seen, and faults injected by kind */
    stats: {requests: number; calls: number; faults: Record<FaultKind, number>; callTimes: number[]}
    /** change the fault rate (0 = a clean node) */
    setRate(rate: number): void
    close(): Promise<void>
}

/**
 * An HTTP JSON-RPC proxy in front of a node (anvil) that breaks a share of the requests the way real nodes
 * and their load balancers do:
 * - `http500`: HTTP 500 with a plain-text body;
 * - `http429`: HTTP 429 (rate limited) with a plain-text body;
 * - `reset`: the connection is dropped without an answer;
 * - `delay`: the right answer, `delayMs` late;
 * - `truncated`: HTTP 200 with the right answer cut short (a well-framed response whose JSON ends early);
 * - `rpcError`: HTTP 200 with a JSON-RPC error (-32603 internal error) for every call of the request.
 * Used by the tests (test/integration/rpc-faults.test.ts) and the fault script (`npm run faults`).
 */
export async function startFaultProxy(options: FaultProxyOptions): Promise<FaultProxy> {
    let rate = options.rate
    let rng = new Rng(options.seed ?? 1)
    let random = () => rng.next()
    let delayMs = options.delayMs ?? 10_000
    let stats = {requests: 0, calls: 0, faults: Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number>, callTimes: [] as number[]}

    async function forward(body: Buffer): Promise<{status: number; text: string}> {
        let res = await fetch(options.upstream, {method: 'POST', headers: {'content-type': 'application/json'}, body: body.toString()})
        return {status: res.status, text: await res.text()}
    }

    let server = http.createServer((req, res) => {
        let chunks: Buffer[] = []
        req.on('data', (c) => chunks.push(c))
        req.on('end', async () => {
            let body = Buffer.concat(chunks)
            stats.requests++
            let calls: any[] = []
            try {
                let parsed = JSON.parse(body.toString())
                calls = Array.isArray(parsed) ? parsed : [parsed]
            } catch {}
            stats.calls += calls.length
            let now = Date.now()
            for (let i = 0; i < calls.length; i++) stats.callTimes.push(now)
            let kind = random() < rate ? options.kinds[Math.floor(random() * options.kinds.length)] : undefined
            if (kind) stats.faults[kind]++
            let send = (status: number, text: string, type = 'application/json') => {
                res.writeHead(status, {'content-type': type, 'content-length': Buffer.byteLength(text)})
                res.end(text)
            }
            try {
                switch (kind) {
                    case 'http500':
                        return send(500, 'internal server error', 'text/plain')
                    case 'http429':
                        return send(429, 'Too Many Requests', 'text/plain')
                    case 'reset':
                        return req.socket.destroy()
                    case 'rpcError': {
                        let errors = calls.map((c) => ({jsonrpc: '2.0', id: c?.id ?? null, error: {code: -32603, message: 'internal error'}}))
                        return send(200, JSON.stringify(calls.length == 1 && !body.toString().trimStart().startsWith('[') ? errors[0] : errors))
                    }
                }
                let answer = await forward(body)
                if (kind == 'delay') await new Promise((r) => setTimeout(r, delayMs))
                if (kind == 'truncated' && answer.text.length > 1) {
                    let cut = 1 + Math.floor(random() * (answer.text.length - 1))
                    return send(200, answer.text.slice(0, cut))
                }
                send(answer.status, answer.text)
            } catch (e: any) {
                if (!res.headersSent) send(502, `proxy: ${e?.message ?? e}`, 'text/plain')
            }
        })
    })
    server.keepAliveTimeout = 60_000
    await new Promise<void>((resolve, reject) => {
        server.once('error', reject)
        server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
    })
    let port = (server.address() as AddressInfo).port
    return {
        url: `http://127.0.0.1:${port}`,
        stats,
        setRate(r) {
            rate = r
        },
        close: () =>
            new Promise((resolve) => {
                server.closeAllConnections()
                server.close(() => resolve())
            }),
    }
}
