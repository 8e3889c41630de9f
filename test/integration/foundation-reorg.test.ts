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
        let orphan = await stack.chain.mineBlock({timestamp: 1_800_000_012, txs: [submit(ALICE, 3n * E, 3n * E)]})
        await stack.waitForHeight(orphan)
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
    })
})
