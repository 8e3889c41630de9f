import {redact} from '../config'

/** What a view answered at a block: its return data, or why there is none (reverted / no data). */
export type CallOutcome = {ok: true; data: string} | {ok: false; reason: string}

export interface CallerOptions {
    /** most requests in flight at once */
    concurrency: number
    /** most requests started per second (RPC_ETH_RATE_LIMIT, the processor's setting); none = unlimited */
    ratePerSecond?: number
    /** tries of one request on a network fault or an overloaded node before giving up */
    tries?: number
}

/** The node could not answer (unreachable, not an archive node, ...): reconcile stops with this one line. */
export class NodeError extends Error {}

// JSON-RPC error messages of a call that ran and reverted (geth/anvil "execution reverted", erigon, besu,
// nethermind "VM execution error"): the view does not exist or refused these arguments at that block
const REVERTED = /revert|VM execution error|invalid opcode/i
// a node asking us to slow down: retried like a network fault
const OVERLOADED = /rate limit|too many requests|limit exceeded|timeout/i

/**
 * eth_call and the few reads reconcile needs, over HTTP, with bounded concurrency and the processor's rate limit.
 * Read-only: no method here changes anything on the node.
 */
export class ViewCaller {
    private nextId = 1
    private inFlight = 0
    private waiting: (() => void)[] = []
    private nextStart = 0
    /** requests answered so far (for progress) */
    done = 0

    /** `url`: an http(s) JSON-RPC endpoint (the CLI refuses ws(s) URLs as a bad setting) */
    constructor(readonly url: string, private options: CallerOptions) {}

    async call(to: string, data: string, block: number): Promise<CallOutcome> {
        try {
            let result: string = await this.request('eth_call', [{to, data}, hex(block)])
            if (result == null || result == '0x') return {ok: false, reason: 'the call returned no data'}
            return {ok: true, data: result}
        } catch (e) {
            if (e instanceof RpcError && REVERTED.test(e.message)) return {ok: false, reason: `the call reverted (${e.message})`}
            throw this.unanswered('eth_call', block, e)
        }
    }

    async hasCode(address: string, block: number): Promise<boolean> {
        try {
            let code: string = await this.request('eth_getCode', [address, hex(block)])
            return code != null && code != '0x'
        } catch (e) {
            throw this.unanswered('eth_getCode', block, e)
        }
    }

    /** The node's hash of block `n`, or null when it does not have that block yet. */
    async blockHash(n: number): Promise<string | null> {
        try {
            let block = await this.request('eth_getBlockByNumber', [hex(n), false])
            return block?.hash ?? null
        } catch (e) {
            throw this.unanswered('eth_getBlockByNumber', n, e)
        }
    }

    /** A JSON-RPC error answer as one line (a state the node does not keep, typically); other faults as they are. */
    private unanswered(method: string, block: number, e: unknown): unknown {
        if (!(e instanceof RpcError)) return e
        return new NodeError(`the node at ${redact(this.url)} could not answer ${method} at block ${block}: ${e.message} (past blocks need an archive node)`)
    }

    private async request(method: string, params: unknown[]): Promise<any> {
        let tries = this.options.tries ?? 5
        for (let attempt = 1; ; attempt++) {
            await this.acquire()
            let fault: string
            try {
                let res = await fetch(this.url, {
                    method: 'POST',
                    headers: {'content-type': 'application/json'},
                    body: JSON.stringify({jsonrpc: '2.0', id: this.nextId++, method, params}),
                })
                if (res.status == 429 || res.status >= 500) {
                    fault = `HTTP ${res.status}`
                } else {
                    let body: any = await res.json()
                    if (body.error == null) {
                        this.done++
                        return body.result
                    }
                    let message = String(body.error.message ?? JSON.stringify(body.error))
                    if (!OVERLOADED.test(message)) throw new RpcError(message)
                    fault = message
                }
            } catch (e) {
                if (e instanceof RpcError) throw e
                fault = (e as any)?.cause?.message ?? (e as Error).message
            } finally {
                this.release()
            }
            if (attempt >= tries) throw new NodeError(`the node at ${redact(this.url)} did not answer ${method}: ${fault} (${tries} tries)`)
            await sleep(250 * 2 ** attempt)
        }
    }

    private async acquire(): Promise<void> {
        while (this.inFlight >= this.options.concurrency) await new Promise<void>((r) => this.waiting.push(r))
        this.inFlight++
        let rate = this.options.ratePerSecond
        if (rate) {
            let now = Date.now()
            let start = Math.max(now, this.nextStart)
            this.nextStart = start + 1000 / rate
            if (start > now) await sleep(start - now)
        }
    }

    private release(): void {
        this.inFlight--
        this.waiting.shift()?.()
    }
}

class RpcError extends Error {}

function hex(n: number): string {
    return '0x' + n.toString(16)
}

function sleep(ms: number): Promise<void> {
    return new Promise((r) => setTimeout(r, ms))
}
