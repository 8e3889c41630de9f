import {RpcClient} from '@subsquid/rpc-client'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildDemoScenario} from '../../lib/devnet/scenario'
import {FAULT_KINDS, FaultKind, startFaultProxy} from '../../lib/faults/proxy'
import {PROTOCOLS} from '../../lib/protocols'
import {startRpcFront} from '../../lib/rpc-front/front'
import {isRetryableRpcError} from '../../lib/rpc-front/upstream'
import {book, Stack, startStack} from '../harness'

const filters = PROTOCOLS.flatMap((m) => m.filters(book))

/** The processor's RPC client, built as EvmBatchProcessor builds it (retries forever on what it counts as a connection error). */
function processorClient(url: string, retryAttempts = Number.MAX_SAFE_INTEGER): RpcClient {
    return new RpcClient({url, maxBatchCallSize: 100, requestTimeout: 30_000, capacity: 10, retryAttempts, log: null})
}

/** What the processor asks a node for: heights, blocks in batches, every log of a range. */
async function processorCalls(client: RpcClient, head: number): Promise<unknown[]> {
    let blocks = Array.from({length: head + 1}, (_, i) => ({method: 'eth_getBlockByNumber', params: ['0x' + i.toString(16), false]}))
    return [
        await client.call('eth_blockNumber'),
        await client.batchCall(blocks),
        await client.call('eth_getLogs', [{fromBlock: '0x0', toBlock: '0x' + head.toString(16)}]),
    ]
}

describe('node faults between the processor and the node', () => {
    let stack: Stack
    let head: number

    beforeAll(async () => {
        stack = await startStack({deferProcessor: true})
        for (let block of buildDemoScenario(PROTOCOLS, book, 1_700_000_000)) head = await stack.chain.mineBlock(block)
        head = await stack.chain.mineEmpty(6)
    })
    afterAll(async () => {
        await stack?.stop()
    })

    describe.each([
        ['archive-node mode', true],
        ['RPC_FILTER_LOGS=false', false],
    ])('the RPC front, %s', (_mode, filterLogs) => {
        it.each(FAULT_KINDS.map((k) => [k]))('%s on half the requests: every answer the processor gets is right', async (kind) => {
            let clean = await startRpcFront({upstream: stack.anvil.url, filters: filterLogs ? filters : undefined})
            let expected = await processorCalls(processorClient(clean.url), head)
            let proxy = await startFaultProxy({upstream: stack.anvil.url, kinds: [kind as FaultKind], rate: 0.5, delayMs: 200, seed: 7})
            let front = await startRpcFront({upstream: proxy.url, filters: filterLogs ? filters : undefined})
            try {
                let client = processorClient(front.url)
                for (let round = 0; round < 3; round++) expect(await processorCalls(client, head)).toEqual(expected)
                expect(proxy.stats.faults[kind as FaultKind]).toBeGreaterThan(0)
                client.close()
            } finally {
                await Promise.all([front.close(), clean.close(), proxy.close()])
            }
        })
    })

    // what crashed the processor before the front: its own client does not retry these
    it.each([['http500'], ['truncated'], ['rpcError']])('without the front, %s stops the processor client', async (kind) => {
        let proxy = await startFaultProxy({upstream: stack.anvil.url, kinds: [kind as FaultKind], rate: 1, seed: 3})
        try {
            let client = processorClient(proxy.url)
            await expect(client.call('eth_blockNumber')).rejects.toThrow()
            client.close()
        } finally {
            await proxy.close()
        }
    })

    it('answers a node that stays broken with HTTP 503 and a JSON-RPC error body, on which the client backs off', async () => {
        let proxy = await startFaultProxy({upstream: stack.anvil.url, kinds: ['http500'], rate: 1})
        let front = await startRpcFront({upstream: proxy.url, deadlineMs: 1500})
        try {
            let res = await fetch(front.url, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify({jsonrpc: '2.0', id: 5, method: 'eth_blockNumber'})})
            expect(res.status).toBe(503)
            expect(res.headers.get('content-type')).toBe('application/json')
            let body: any = await res.json()
            expect(body).toMatchObject({jsonrpc: '2.0', id: 5, error: {code: -32603}})
            expect(body.error.message).toContain('HTTP 500')
            // the node comes back: the client, which backed off, gets its answer
            let client = processorClient(front.url)
            let answer = client.call('eth_blockNumber')
            setTimeout(() => proxy.setRate(0), 2000)
            expect(Number(await answer)).toBe(head)
            client.close()
        } finally {
            await Promise.all([front.close(), proxy.close()])
        }
    })

    it('keeps the node under RPC_ETH_RATE_LIMIT, counting the fan-out of archive-node mode', async () => {
        let proxy = await startFaultProxy({upstream: stack.anvil.url, kinds: [], rate: 0})
        let front = await startRpcFront({upstream: proxy.url, filters, rateLimit: 20})
        try {
            let client = processorClient(front.url)
            let range = (i: number) => ({method: 'eth_getLogs', params: [{fromBlock: '0x' + i.toString(16), toBlock: '0x' + i.toString(16)}]})
            await Promise.all([
                client.batchCall(Array.from({length: 30}, (_, i) => ({method: 'eth_getBlockByNumber', params: ['0x' + (i % head).toString(16), false]}))),
                ...Array.from({length: 15}, (_, i) => client.batchCall([range(i)])),
            ])
            client.close()
            // every second window holds at most the limit plus one batch of a fifth of it (4)
            let times = proxy.stats.callTimes
            expect(times.length).toBeGreaterThan(40)
            let worst = Math.max(...times.map((t) => times.filter((u) => u >= t && u < t + 1000).length))
            expect(worst).toBeLessThanOrEqual(24)
        } finally {
            await Promise.all([front.close(), proxy.close()])
        }
    })

    it('retries transient JSON-RPC errors of reads only, and passes on the ones the processor acts on', () => {
        expect(isRetryableRpcError('eth_getLogs', {code: -32603, message: 'internal error'})).toBe(true)
        expect(isRetryableRpcError('eth_getLogs', {code: -32000, message: 'header not found'})).toBe(true)
        expect(isRetryableRpcError('eth_getLogs', {code: -32005, message: 'query returned more than 10000 results'})).toBe(false)
        expect(isRetryableRpcError('eth_getLogs', {code: -32602, message: 'invalid argument'})).toBe(false)
        expect(isRetryableRpcError('trace_block', {code: -32000, message: 'block not found'})).toBe(false)
        expect(isRetryableRpcError('eth_sendRawTransaction', {code: -32603, message: 'internal error'})).toBe(false)
    })

    describe.each([
        ['archive-node mode', 'true'],
        ['RPC_FILTER_LOGS=false', 'false'],
    ])('the processor, %s, every fault kind mixed on 30% of requests', (_mode, filterLogs) => {
        it('reaches the head with the same database as a clean sync', async () => {
            await stack.resetData()
            stack.setProcessorEnv({RPC_FILTER_LOGS: filterLogs})
            await stack.startProcessor()
            await stack.waitForHeight(head)
            await stack.stopProcessor()
            let clean = await stack.contentHash()
            expect(Object.keys(clean).length).toBeGreaterThan(10)

            await stack.resetData()
            let proxy = await startFaultProxy({upstream: stack.anvil.url, kinds: FAULT_KINDS, rate: 0.3, delayMs: 1000, seed: 11})
            try {
                stack.setProcessorEnv({RPC_ETH_HTTP: proxy.url, RPC_FILTER_LOGS: filterLogs})
                await stack.startProcessor()
                await stack.waitForHeight(head, 120_000)
                expect(stack.processor()!.running).toBe(true) // no crash on the way
                await stack.stopProcessor()
                expect(await stack.contentHash()).toEqual(clean)
                expect(Object.values(proxy.stats.faults).reduce((a, b) => a + b, 0)).toBeGreaterThan(2)
            } finally {
                stack.setProcessorEnv({})
                await proxy.close()
            }
        })
    })
})
