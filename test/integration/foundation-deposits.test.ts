import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import * as lidoAbi from '../../lib/abi/Lido'
import {book, encodeEvent, Stack, startStack} from '../harness'
import {arg, realLogs, replayBlocks} from '../harness/real-logs'

const STETH = book.lido.steth.address
const ZERO = '0x0000000000000000000000000000000000000000'
const ALICE = '0x00000000000000000000000000000000000a11ce'
const BOB = '0x0000000000000000000000000000000000000b0b'
const REFERRAL = '0x000000000000000000000000000000000000beef'
const E = 10n ** 18n

/**
 * A Lido submit as mainnet logs it (core Lido._submit): Submitted, then the stETH mint as Transfer(0x0 -> sender,
 * getPooledEthByShares(shares)) and TransferShares(0x0 -> sender).
 */
function submit(sender: string, amount: bigint, shares: bigint, referral = ZERO) {
    return [
        encodeEvent(STETH, lidoAbi.events.Submitted, {sender, amount, referral}),
        encodeEvent(STETH, lidoAbi.events.Transfer, {from: ZERO, to: sender, value: amount}),
        encodeEvent(STETH, lidoAbi.events.TransferShares, {from: ZERO, to: sender, sharesValue: shares}),
    ]
}

describe('Lido deposits end to end (anvil -> processor -> Postgres -> GraphQL)', () => {
    let stack: Stack
    beforeAll(async () => {
        stack = await startStack()
    })
    afterAll(async () => {
        await stack?.stop()
    })

    it('replays every real Lido Submitted with its TransferShares partner: real sender, amount and shares', async () => {
        let all = realLogs()
        let submits = all.filter((l) => l.address == STETH && l.decoded[0]?.event == 'Submitted')
        expect(submits.length).toBe(4)
        let txs = new Set(submits.map((l) => l.transactionHash))
        // the Submitted logs and the stETH mints of their transactions, verbatim, at their real blocks and times
        let replay = all.filter((l) => txs.has(l.transactionHash) && l.address == STETH && ['Submitted', 'Transfer', 'TransferShares'].includes(l.decoded[0]?.event))
        let last = 0
        for (let block of replayBlocks(replay)) last = await stack.chain.mineBlock(block)
        await stack.waitForHeight(last)

        let {deposits} = await stack.gql(`{
            deposits(where: {timestamp_lt: "2027-01-01T00:00:00Z"}, orderBy: timestamp_ASC) { account { id } amount shares referral timestamp }
        }`)
        let expected = submits.map((s) => {
            let mint = all.find((l) => l.transactionHash == s.transactionHash && l.decoded[0]?.event == 'TransferShares' && arg(l, 'from') == ZERO && arg(l, 'to') == arg(s, 'sender'))!
            return {
                account: {id: arg(s, 'sender')},
                amount: arg(s, 'amount'),
                shares: arg(mint, 'sharesValue'),
                referral: arg(s, 'referral'),
                timestamp: new Date(s.blockTimestamp * 1000).toISOString().replace('Z', '000Z'),
            }
        })
        expect(deposits).toEqual(expected)
        // the shares are the minted ones, not the ETH amount (the rate was above 1 by then)
        expect(expected.every((d) => BigInt(d.shares) < BigInt(d.amount))).toBe(true)
    })

    it('turns each submit into one Deposit with the shares minted in the same transaction', async () => {
        // block 1: alice submits 1 ETH (0.9 shares) and bob 2.5 ETH (2.25 shares) with a referral
        await stack.chain.mineBlock({
            timestamp: 1_800_000_000,
            txs: [submit(ALICE, 1n * E, 9n * E / 10n), submit(BOB, 5n * E / 2n, 9n * E / 4n, REFERRAL)],
        })
        // block 2: alice submits again, 0.5 ETH for 0.45 shares
        let last = await stack.chain.mineBlock({timestamp: 1_800_000_012, txs: [submit(ALICE, E / 2n, 45n * E / 100n)]})
        await stack.waitForHeight(last)

        let {deposits} = await stack.gql(`{
            deposits(where: {timestamp_gte: "2027-01-01T00:00:00Z"}, orderBy: [blockNumber_ASC, logIndex_ASC]) {
                protocol account { id } asset amount shares amountEth referral blockNumber timestamp logIndex
            }
        }`)
        expect(deposits).toEqual([
            {protocol: 'LIDO', account: {id: ALICE}, asset: 'ETH', amount: '1000000000000000000', shares: '900000000000000000', amountEth: '1000000000000000000', referral: ZERO, blockNumber: last - 1, timestamp: '2027-01-15T08:00:00.000000Z', logIndex: 0},
            {protocol: 'LIDO', account: {id: BOB}, asset: 'ETH', amount: '2500000000000000000', shares: '2250000000000000000', amountEth: '2500000000000000000', referral: REFERRAL, blockNumber: last - 1, timestamp: '2027-01-15T08:00:00.000000Z', logIndex: 3},
            {protocol: 'LIDO', account: {id: ALICE}, asset: 'ETH', amount: '500000000000000000', shares: '450000000000000000', amountEth: '500000000000000000', referral: ZERO, blockNumber: last, timestamp: '2027-01-15T08:00:12.000000Z', logIndex: 0},
        ])

        let {accountById} = await stack.gql(`{ accountById(id: "${ALICE}") { stethShares wstethBalance rethBalance deposits(orderBy: blockNumber_ASC) { amount } } }`)
        // 0.9 + 0.45 shares
        expect(accountById).toEqual({
            stethShares: '1350000000000000000',
            wstethBalance: '0',
            rethBalance: '0',
            deposits: [{amount: '1000000000000000000'}, {amount: '500000000000000000'}],
        })
    })

    it('does not index a log with the Submitted topic0 from another address', async () => {
        const DECOY = '0x00000000000000000000000000000000000dec01'
        await stack.chain.setup([DECOY])
        let last = await stack.chain.mineBlock({timestamp: 1_800_000_100, txs: [submit(ALICE, 7n * E, 7n * E).map((l) => ({...l, address: DECOY}))]})
        await stack.waitForHeight(last)
        let {deposits} = await stack.gql(`{ deposits(where: {blockNumber_eq: ${last}}) { id } }`)
        expect(deposits).toEqual([])
        let {accountById} = await stack.gql(`{ accountById(id: "${ALICE}") { stethShares } }`)
        expect(accountById.stethShares).toBe('1350000000000000000') // unchanged by the decoy
    })



    it('skips an undecodable log with a warning and a SkippedLog row, and goes on indexing', async () => {
        // the Submitted topic0 at the real stETH address, but with no data: cannot be decoded
        let broken = {address: STETH, topics: [lidoAbi.events.Submitted.topic, '0x' + '00'.repeat(12) + ALICE.slice(2)], data: '0x'}
        let block = await stack.chain.mineBlock({timestamp: 1_800_000_200, txs: [[broken], submit(BOB, E, E)]})
        await stack.waitForHeight(block)
        let {skippedLogs} = await stack.gql(`{ skippedLogs(where: {blockNumber_eq: ${block}}) { address topic0 blockNumber logIndex reason } }`)
        expect(skippedLogs).toHaveLength(1)
        expect(skippedLogs[0]).toMatchObject({address: STETH, topic0: lidoAbi.events.Submitted.topic, blockNumber: block, logIndex: 0})
        expect(skippedLogs[0].reason.length).toBeGreaterThan(0)
        // the good submit of the same block is indexed
        let {deposits} = await stack.gql(`{ deposits(where: {blockNumber_eq: ${block}}) { account { id } amount } }`)
        expect(deposits).toEqual([{account: {id: BOB}, amount: String(E)}])
        expect(stack.processorOutput()).toContain('skipped an undecodable log')
    })
})
