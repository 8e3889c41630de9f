import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import * as lidoAbi from '../../lib/abi/Lido'
import {book, encodeEvent, Stack, startStack} from '../harness'

const STETH = book.lido.steth.address
const ZERO = '0x0000000000000000000000000000000000000000'
const ALICE = '0x00000000000000000000000000000000000a11ce'
const BOB = '0x0000000000000000000000000000000000000b0b'
const E = 10n ** 18n

function submit(sender: string, amount: bigint, shares: bigint) {
    return [
        encodeEvent(STETH, lidoAbi.events.Submitted, {sender, amount, referral: ZERO}),
        encodeEvent(STETH, lidoAbi.events.Transfer, {from: ZERO, to: sender, value: amount}),
        encodeEvent(STETH, lidoAbi.events.TransferShares, {from: ZERO, to: sender, sharesValue: shares}),
    ]
}

function transfer(from: string, to: string, shares: bigint) {
    return [
        encodeEvent(STETH, lidoAbi.events.Transfer, {from, to, value: shares}),
        encodeEvent(STETH, lidoAbi.events.TransferShares, {from, to, sharesValue: shares}),
    ]
}

/** stETH event -> [received, handled, ignored] of its counter row */
async function counters(stack: Stack): Promise<Record<string, number[]>> {
    let {eventCounts} = await stack.gql(`{ eventCounts(where: {contractKind_eq: "steth"}) { event received handled ignored } }`)
    return Object.fromEntries(eventCounts.map((r: any) => [r.event, [r.received, r.handled, r.ignored]]))
}

describe('reorg inside the finality window', () => {
    let stack: Stack
    beforeAll(async () => {
        stack = await startStack({finalityConfirmation: 10})
    })
    afterAll(async () => {
        await stack?.stop()
    })

    it('drops the orphaned deposit, keeps the new one, and account totals match the new chain', async () => {
        // common history: bob deposits 1 ETH for 1 share
        let base = await stack.chain.mineBlock({timestamp: 1_800_000_000, txs: [submit(BOB, E, E)]})
        let snapshot = await stack.chain.snapshot()
        // branch A: alice deposits 3 ETH (3 shares) — indexed, then orphaned
        // (and passes 1 share on to bob: a Transfer + TransferShares that exist on this branch only)
        let orphan = await stack.chain.mineBlock({timestamp: 1_800_000_012, txs: [submit(ALICE, 3n * E, 3n * E), transfer(ALICE, BOB, E)]})
        await stack.waitForHeight(orphan)
        // counters: 2 submits (each Submitted, a Transfer superseded by its TransferShares), 1 transfer
        expect(await counters(stack)).toEqual({Submitted: [2, 2, 0], Transfer: [3, 0, 3], TransferShares: [3, 3, 0]})
        let before = await stack.gql(`{ deposits(orderBy: blockNumber_ASC) { account { id } amount } }`)
        expect(before.deposits).toEqual([
            {account: {id: BOB}, amount: String(E)},
            {account: {id: ALICE}, amount: String(3n * E)},
        ])

        // branch B replaces the block: bob deposits 2 ETH (1.8 shares) instead, and the chain grows past it
        await stack.chain.revert(snapshot)
        let replaced = await stack.chain.mineBlock({timestamp: 1_800_000_013, txs: [submit(BOB, 2n * E, 18n * E / 10n)]})
        expect(replaced).toBe(orphan)
        let head = await stack.chain.mineBlock({timestamp: 1_800_000_024, txs: []})
        await stack.waitForHeight(head)
        // the processor saw a different hash at the same height: its status must now point at the new chain
        let block: any = await stack.anvil.rpc.call('eth_getBlockByNumber', ['0x' + head.toString(16), false])
        let {squidStatus} = await stack.gql(`{ squidStatus { height hash } }`)
        expect(squidStatus).toEqual({height: head, hash: block.hash})

        let after = await stack.gql(`{
            deposits(orderBy: blockNumber_ASC) { account { id } amount blockNumber }
            alice: accountById(id: "${ALICE}") { stethShares }
            bob: accountById(id: "${BOB}") { stethShares }
        }`)
        expect(after.deposits).toEqual([
            {account: {id: BOB}, amount: String(E), blockNumber: base},
            {account: {id: BOB}, amount: String(2n * E), blockNumber: replaced},
        ])
        // alice existed only on the orphaned branch
        expect(after.alice).toBeNull()
        // 1 + 1.8 shares
        expect(after.bob).toEqual({stethShares: String(28n * E / 10n)})
        // the counters rolled back with the block: the orphaned transfer is gone, two submits remain
        expect(await counters(stack)).toEqual({Submitted: [2, 2, 0], Transfer: [2, 0, 2], TransferShares: [2, 2, 0]})
    })
})
