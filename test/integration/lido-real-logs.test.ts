import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {book, Stack, startStack} from '../harness'
import {arg, collisionLogs, RealLog, realLogs, replayBlocks} from '../harness/real-logs'

const STETH = book.lido.steth.address
const WSTETH = book.lido.wsteth.address
const ZERO = '0x0000000000000000000000000000000000000000'

// Every real stETH and wstETH log of test/fixtures/real-logs, replayed verbatim at its real address, block time and
// order, plus the eETH logs that share TransferShares' topic0. Expected balances are summed here from the
// `decoded` values viem produced, independently of the squid.
describe('Lido real mainnet logs', () => {
    let stack: Stack
    let logs: RealLog[]
    beforeAll(async () => {
        stack = await startStack()
        logs = realLogs().filter((l) => l.address == STETH || l.address == WSTETH)
        let last = 0
        for (let block of replayBlocks([...logs, ...collisionLogs()])) last = await stack.chain.mineBlock(block)
        await stack.waitForHeight(last)
    })
    afterAll(async () => {
        await stack?.stop()
    })

    function sumBy(event: string, address: string, amount: string): Map<string, bigint> {
        let out = new Map<string, bigint>()
        for (let l of logs.filter((l) => l.address == address && l.decoded[0]?.event == event)) {
            let v = BigInt(arg(l, amount))
            let from = arg(l, 'from')
            let to = arg(l, 'to')
            if (from != ZERO) out.set(from, (out.get(from) ?? 0n) - v)
            if (to != ZERO) out.set(to, (out.get(to) ?? 0n) + v)
        }
        return out
    }

    it('covers the stETH and wstETH logs of the data set', () => {
        let count = (address: string, event: string) => logs.filter((l) => l.address == address && l.decoded[0]?.event == event).length
        expect([count(STETH, 'Submitted'), count(STETH, 'Transfer'), count(STETH, 'TransferShares'), count(WSTETH, 'Transfer')]).toEqual([4, 17, 17, 20])
        // every stETH Transfer here has a TransferShares in its transaction (all after block 14860268), so
        // shares come from TransferShares alone
        let txs = new Set(logs.filter((l) => l.decoded[0]?.event == 'TransferShares').map((l) => l.transactionHash))
        expect(logs.filter((l) => l.address == STETH && l.decoded[0]?.event == 'Transfer').every((l) => txs.has(l.transactionHash))).toBe(true)
    })

    it('stETH shares of every account = the sum of its real TransferShares; wstETH balances = the sum of wstETH Transfers', async () => {
        let shares = sumBy('TransferShares', STETH, 'sharesValue')
        let wsteth = sumBy('Transfer', WSTETH, 'value')
        let ids = [...new Set([...shares.keys(), ...wsteth.keys()])]
        let {accounts} = await stack.gql(`query($ids: [String!]) { accounts(where: {id_in: $ids}, limit: 200) { id stethShares wstethBalance } }`, {ids})
        expect(accounts).toHaveLength(ids.length)
        for (let a of accounts) {
            expect([a.id, a.stethShares]).toEqual([a.id, String(shares.get(a.id) ?? 0n)])
            expect([a.id, a.wstethBalance]).toEqual([a.id, String(wsteth.get(a.id) ?? 0n)])
        }
        // wraps: wstETH minted to the wrapper while the stETH shares moved to the wstETH contract
        let wraps = logs.filter((l) => l.address == WSTETH && arg(l, 'from') == ZERO)
        expect(wraps.length).toBeGreaterThan(0)
    })

    it('the eETH TransferShares (same topic0, another contract) moves nothing', async () => {
        let eeth = collisionLogs().filter((l) => l.topics[0] == '0x9d9c909296d9c674451c0c24f02cb64981eb3b727f99865939192f880a755dcb')
        expect(eeth.length).toBe(3)
        let ours = new Set(logs.flatMap((l) => (l.decoded[0]?.args.from ? [arg(l, 'from'), arg(l, 'to')] : [])))
        let onlyThere = [...new Set(eeth.flatMap((l) => [l.topics[1], l.topics[2]].map((t) => '0x' + t.slice(26))))].filter((a) => !ours.has(a) && a != ZERO)
        expect(onlyThere.length).toBeGreaterThan(0)
        let {accounts} = await stack.gql(`query($ids: [String!]) { accounts(where: {id_in: $ids}) { id } }`, {ids: onlyThere})
        expect(accounts).toEqual([])
        let {skippedLogs} = await stack.gql(`{ skippedLogs { address } }`)
        expect(skippedLogs).toEqual([])
    })
})
