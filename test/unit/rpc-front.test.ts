import {describe, expect, it} from 'vitest'
import {isUnfilteredRangeCall, planLogQueries} from '../../lib/rpc-front/log-query'
import {mergeInChainOrder} from '../../lib/rpc-front/front'
import {loadConfig} from '../../lib/config'

const A = '0x' + 'aa'.repeat(20)
const B = '0x' + 'bb'.repeat(20)
const T1 = '0x' + '11'.repeat(32)
const T2 = '0x' + '22'.repeat(32)
const T3 = '0x' + '33'.repeat(32)

describe('archive-node mode: the log queries the front sends upstream', () => {
    it('folds address-bound filters into one query and address-free ones (discovered contracts) into another', () => {
        let plan = planLogQueries([
            {address: [A], topic0: [T1], from: 0},
            {address: [B.toUpperCase().replace('0X', '0x')], topic0: [T1, T2], from: 5},
            {topic0: [T3], from: 0},
        ])
        expect(plan).toEqual([
            {address: [A, B], topic0: [T1, T2], transactionLogs: false},
            {address: undefined, topic0: [T3], transactionLogs: false},
        ])
    })

    it('keeps filters that need whole transactions apart, so only their matches pay for receipts', () => {
        let plan = planLogQueries([
            {address: [A], topic0: [T1], from: 0},
            {address: [B], topic0: [T2], from: 0, transactionLogs: true},
        ])
        expect(plan).toEqual([
            {address: [A], topic0: [T1], transactionLogs: false},
            {address: [B], topic0: [T2], transactionLogs: true},
        ])
    })

    it("rewrites only the processor's unfiltered range call", () => {
        expect(isUnfilteredRangeCall('eth_getLogs', [{fromBlock: '0x1', toBlock: '0xa'}])).toBe(true)
        expect(isUnfilteredRangeCall('eth_getLogs', [{fromBlock: '0x1', toBlock: '0xa', address: A}])).toBe(false)
        expect(isUnfilteredRangeCall('eth_getLogs', [{fromBlock: '0x1', toBlock: '0xa', topics: [[T1]]}])).toBe(false)
        expect(isUnfilteredRangeCall('eth_getLogs', [{blockHash: T1}])).toBe(false)
        expect(isUnfilteredRangeCall('eth_getBlockByNumber', ['0x1', false])).toBe(false)
    })

    it('merges the queries in chain order, each log once', () => {
        let log = (block: number, index: number) => ({blockNumber: '0x' + block.toString(16), blockHash: `h${block}`, logIndex: '0x' + index.toString(16)})
        // block 16 > block 2 numerically although '0x10' < '0x2' as strings; log (2, 1) comes from both queries
        let merged = mergeInChainOrder([log(16, 0), log(2, 1), log(2, 10), log(2, 1), log(2, 0)])
        expect(merged.map((l) => [Number(l.blockNumber), Number(l.logIndex)])).toEqual([
            [2, 0],
            [2, 1],
            [2, 10],
            [16, 0],
        ])
    })
})

describe('RPC_FILTER_LOGS', () => {
    let load = async (env: Record<string, string>) => loadConfig({NETWORK: 'devnet', ...env})

    it('is on by default for an http(s) node and off for a websocket one', async () => {
        expect((await load({RPC_ETH_HTTP: 'http://127.0.0.1:8545'})).filterLogs).toBe(true)
        expect((await load({RPC_ETH_HTTP: 'wss://node.example/ws'})).filterLogs).toBe(false)
        expect((await load({RPC_ETH_HTTP: 'http://127.0.0.1:8545', RPC_FILTER_LOGS: 'false'})).filterLogs).toBe(false)
        expect((await load({RPC_ETH_HTTP: 'http://127.0.0.1:8545', RPC_FILTER_LOGS: '0'})).filterLogs).toBe(false)
    })

    it('rejects a bad value, and asking for it with a websocket node, in one line naming the setting', async () => {
        await expect(load({RPC_ETH_HTTP: 'http://127.0.0.1:8545', RPC_FILTER_LOGS: 'yes'})).rejects.toThrow(
            'RPC_FILTER_LOGS="yes" is not valid: RPC_FILTER_LOGS accepts true or false (or 1 / 0)'
        )
        await expect(load({RPC_ETH_HTTP: 'ws://127.0.0.1:8546', RPC_FILTER_LOGS: 'true'})).rejects.toThrow(/^RPC_FILTER_LOGS="true" is not valid/)
    })
})
