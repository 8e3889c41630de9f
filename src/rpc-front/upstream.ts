import {SourceWatch} from '../telemetry/source-watch'

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface RpcCall {
    jsonrpc: '2.0'
    id: unknown
    method: string
    params?: unknown
}

export interface RpcReply {
    jsonrpc?: '2.0'
    id: unknown
    result?: unknown
    error?: {code?: number; message?: string; data?: unknown}
}

export interface UpstreamOptions {
    /** the node, credentials allowed in the URL (sent as a basic Authorization header) */
    url: string
    /** RPC_ETH_RATE_LIMIT: JSON-RPC calls per second to the node (a batch of n counts n) */
    rateLimit?: number
    /** told about every answer and failure (the periodic "waiting for the RPC endpoint" line) */
    watch?: SourceWatch
    /** one attempt may take this long (default 20 s) */
    attemptTimeoutMs?: number
    /**
     * A request is given up after this long (default 25 s, under the processor's own 30 s request timeout)
     * and answered with HTTP 503, on which the processor's client backs off and asks again.
     */
    deadlineMs?: number
}

export interface Answer {
    replies: RpcReply[]
    /** the node's body as it came, when it is the whole answer (no call was retried) */
    text?: string
}

/** The node did not give a usable answer before the deadline; `reason` is the last failure. */
export class UpstreamUnavailable extends Error {
    constructor(readonly reason: string) {
        super(`the RPC endpoint gave no usable answer: ${reason}`)
    }
}

/** The node refused the request in a way a retry cannot change (HTTP 400, 401, 403, 404, 405, 413). */
export class UpstreamRefused extends Error {
    constructor(readonly status: number, readonly body: string) {
        super(`the RPC endpoint refused the request: HTTP ${status} ${body.slice(0, 200)}`)
    }
}

/** Only reads are retried; anything else goes to the node once. */
const IDEMPOTENT = /^(eth_(get|chainId|blockNumber|call|estimateGas|feeHistory|gasPrice|maxPriorityFeePerGas|syncing)|net_version|web3_clientVersion|trace_|debug_trace|arbtrace_|alchemy_getTransactionReceipts)/
/**
 * JSON-RPC errors passed on as they are: the processor acts on these itself (splits a log range that is too
 * big, reads "not found" from the trace APIs as missing), or the request itself is wrong. Every other error
 * of a read (-32000 server error, -32603 internal error, "header not found" on a lagging node, limits) is
 * retried.
 */
const ACTED_ON_BY_PROCESSOR = /query returned more than|response is too big|try with this block range|cannot query unfinalized data|after last accepted block/i
const PERMANENT_CODES = new Set([-32700, -32600, -32601, -32602, 3])
const RETRY_PAUSES_MS = [100, 250, 500, 1000, 2000, 3000, 5000]

export function isRetryableRpcError(method: string, error: RpcReply['error']): boolean {
    let message = String(error?.message ?? '')
    if (!IDEMPOTENT.test(method)) return false
    if (error?.code != null && PERMANENT_CODES.has(error.code)) return false
    if (/revert/i.test(message)) return false
    if (ACTED_ON_BY_PROCESSOR.test(message)) return false
    if (/^(trace_|debug_|arbtrace_)/.test(method) && /not found/i.test(message)) return false
    return true
}

/**
 * The front's connection to the node: every read is retried with backoff until it gets a well-formed answer
 * (connection refused or reset, timeouts, HTTP 429 and 5xx, a truncated or malformed body, a transient
 * JSON-RPC error), within a deadline. Calls are spaced to respect RPC_ETH_RATE_LIMIT, retries included.
 */
export class Upstream {
    private url: string
    private headers: Record<string, string>
    private limiter?: RateLimiter
    private attemptTimeoutMs: number
    private deadlineMs: number

    constructor(private options: UpstreamOptions) {
        let {url, headers} = withoutCredentials(options.url)
        this.url = url
        this.headers = headers
        if (options.rateLimit) this.limiter = new RateLimiter(options.rateLimit)
        this.attemptTimeoutMs = options.attemptTimeoutMs ?? 20_000
        this.deadlineMs = options.deadlineMs ?? 25_000
    }

    /** One call; the reply may carry a JSON-RPC error the processor acts on itself. */
    async call(call: RpcCall): Promise<Answer> {
        return this.batch([call], false)
    }

    /**
     * Calls sent as one batch (or as a single call when `asBatch` is false); replies in the order of `calls`.
     * Calls whose reply is a transient error are sent again, without the rest.
     */
    async batch(calls: RpcCall[], asBatch = true): Promise<Answer> {
        let max = this.limiter?.maxBatch ?? Infinity
        if (calls.length > max) {
            let chunks: RpcCall[][] = []
            for (let i = 0; i < calls.length; i += max) chunks.push(calls.slice(i, i + max))
            let answers = await Promise.all(chunks.map((c) => this.batch(c)))
            return {replies: answers.flatMap((a) => a.replies)}
        }
        let deadline = Date.now() + this.deadlineMs
        let replies = new Array<RpcReply | undefined>(calls.length)
        let pending = calls.map((_, i) => i)
        let retryable = calls.every((c) => IDEMPOTENT.test(c.method))
        for (let attempt = 0; ; attempt++) {
            let sent = pending.map((i) => calls[i])
            let failure: string
            try {
                let {byId: got, text} = await this.send(asBatch || sent.length > 1 ? sent : sent[0], sent.length, deadline)
                let next: number[] = []
                let lastError = ''
                for (let k = 0; k < sent.length; k++) {
                    let reply = got.get(keyOf(sent[k].id))
                    if (reply == null) {
                        next.push(pending[k])
                        lastError = `no reply to call ${JSON.stringify(sent[k].id)} in the answer`
                    } else if (reply.error && isRetryableRpcError(sent[k].method, reply.error)) {
                        next.push(pending[k])
                        replies[pending[k]] = reply
                        lastError = `JSON-RPC error ${reply.error.code ?? ''} ${reply.error.message ?? ''}`.trim()
                    } else {
                        replies[pending[k]] = reply
                    }
                }
                if (next.length == 0) {
                    this.options.watch?.ok()
                    // the node's own text when this one answer is all of it: no need to write it again
                    return {replies: replies as RpcReply[], text: attempt == 0 ? text : undefined}
                }
                pending = next
                failure = lastError
            } catch (e) {
                if (e instanceof UpstreamRefused) throw e
                failure = reason(e)
            }
            this.options.watch?.failed(failure)
            // a call that must not be repeated is sent once (its JSON-RPC errors are never retried, see above)
            if (!retryable) throw new UpstreamUnavailable(failure)
            let pause = RETRY_PAUSES_MS[Math.min(attempt, RETRY_PAUSES_MS.length - 1)] * (0.75 + Math.random() / 2)
            if (Date.now() + pause >= deadline) throw new UpstreamUnavailable(failure)
            await sleep(pause)
        }
    }

    /** One HTTP attempt: the replies by id, or a throw for anything but a well-formed JSON-RPC answer. */
    private async send(body: RpcCall | RpcCall[], calls: number, deadline: number): Promise<{byId: Map<string, RpcReply>; text: string}> {
        await this.limiter?.take(calls)
        let timeout = Math.max(1, Math.min(this.attemptTimeoutMs, deadline - Date.now()))
        let res = await fetch(this.url, {method: 'POST', headers: this.headers, body: JSON.stringify(body), signal: AbortSignal.timeout(timeout)})
        let text = await res.text()
        if (!res.ok) {
            if ([400, 401, 403, 404, 405, 413].includes(res.status) && !looksLikeJsonRpc(text)) throw new UpstreamRefused(res.status, text)
            throw new Error(`HTTP ${res.status}${text ? ': ' + text.slice(0, 120).replace(/\s+/g, ' ') : ''}`)
        }
        let json: any
        try {
            json = JSON.parse(text)
        } catch {
            throw new Error(`the body is not valid JSON (${text.length} bytes${text.length ? ', truncated?' : ''})`)
        }
        let list: any[] = Array.isArray(json) ? json : [json]
        let byId = new Map<string, RpcReply>()
        for (let r of list) {
            if (r == null || typeof r != 'object' || !('result' in r || 'error' in r)) throw new Error('the body is not a JSON-RPC answer')
            byId.set(keyOf(r.id), r)
        }
        // a single error object for a whole batch (some nodes answer rate limits so): retry all of it
        if (Array.isArray(body) && !Array.isArray(json) && calls > 1) {
            throw new Error(`the node answered a batch with one ${json.error ? `error: ${json.error.message}` : 'object'}`)
        }
        return {byId, text}
    }
}

function keyOf(id: unknown): string {
    return JSON.stringify(id ?? null)
}

function looksLikeJsonRpc(text: string): boolean {
    try {
        let j = JSON.parse(text)
        return j != null && typeof j == 'object' && ('error' in j || Array.isArray(j))
    } catch {
        return false
    }
}

function reason(e: unknown): string {
    let err = e as any
    if (err?.name == 'TimeoutError') return 'no answer in time'
    let cause = err?.cause?.code ?? err?.cause?.message
    return cause ? `${err.message} (${cause})` : err?.message ?? String(e)
}

function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms))
}

/**
 * Spaces calls to `perSecond`: each call reserves 1/perSecond s of a virtual clock and waits until its
 * reservation starts, so no second gets more than `perSecond` calls plus one batch.
 */
export class RateLimiter {
    private next = 0

    constructor(private perSecond: number) {}

    /** The most calls one request should carry (as the SDK's client does: a fifth of a second's worth). */
    get maxBatch(): number {
        return Math.max(1, Math.floor(this.perSecond / 5))
    }

    async take(calls: number): Promise<void> {
        let now = Date.now()
        let start = Math.max(this.next, now)
        this.next = start + (calls * 1000) / this.perSecond
        if (start > now) await sleep(start - now)
    }
}

/** fetch refuses URLs with user:password: send them as a basic Authorization header instead. */
export function withoutCredentials(raw: string): {url: string; headers: Record<string, string>} {
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
