import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import * as lidoAbi from '../../lib/abi/Lido'
import {book, encodeEvent, Stack, startStack} from '../harness'

const STETH = book.lido.steth.address
const ZERO = '0x0000000000000000000000000000000000000000'
const ANN = '0x00000000000000000000000000000000a1a10001'
const BEN = '0x00000000000000000000000000000000a1a10002'
const CARL = '0x00000000000000000000000000000000a1a10003'
const E = 10n ** 18n

// 2027-01-15 and 2027-01-16 (UTC)
const DAY_A = 1_799_971_200
const DAY_B = DAY_A + 86_400

/** Lido._submit on a fresh pool (1 share = 1 wei): Submitted, then the mint's Transfer and TransferShares */
function submit(sender: string, amount: bigint) {
    return [
        encodeEvent(STETH, lidoAbi.events.Submitted, {sender, amount, referral: ZERO}),
        encodeEvent(STETH, lidoAbi.events.Transfer, {from: ZERO, to: sender, value: amount}),
        encodeEvent(STETH, lidoAbi.events.TransferShares, {from: ZERO, to: sender, sharesValue: amount}),
    ]
}

describe('daily series across a reorg', () => {
    let stack: Stack
    beforeAll(async () => {
        stack = await startStack({finalityConfirmation: 10})
    })
    afterAll(async () => {
        await stack?.stop()
    })

    const lidoDays = async () =>
        (await stack.gql(`{ protocolDays(where: {protocol_eq: LIDO}, orderBy: day_ASC, limit: 10) { day tvlEth depositCount depositEth holders activeAccounts } }`))
            .protocolDays

    it('rolls back the rows of a day that only the orphaned blocks had, and the day before gets the new blocks', async () => {
        await stack.chain.mineBlock({timestamp: DAY_A + 20 * 3600, txs: [submit(ANN, 10n * E)]})
        let snapshot = await stack.chain.snapshot()
        // orphaned branch: ben's submit on day B
        await stack.chain.mineBlock({timestamp: DAY_B + 3600, txs: [submit(BEN, 5n * E)]})
        let orphanHead = await stack.chain.mineBlock({timestamp: DAY_B + 3612, txs: []})
        await stack.waitForHeight(orphanHead)
        expect(await lidoDays()).toEqual([
            {day: '2027-01-15', tvlEth: String(10n * E), depositCount: 1, depositEth: String(10n * E), holders: 1, activeAccounts: 1},
            {day: '2027-01-16', tvlEth: String(15n * E), depositCount: 1, depositEth: String(5n * E), holders: 2, activeAccounts: 1},
        ])

        // the new branch stays on day A: carl submits 3 ETH at 22:00, and the chain grows past the old head
        await stack.chain.revert(snapshot)
        let carl = await stack.chain.mineBlock({timestamp: DAY_A + 22 * 3600, txs: [submit(CARL, 3n * E)]})
        await stack.chain.mineBlock({timestamp: DAY_A + 22 * 3600 + 1800, txs: []})
        let head = await stack.chain.mineBlock({timestamp: DAY_A + 23 * 3600, txs: []})
        await stack.waitForHeight(head)

        // day B existed only on the orphaned branch: its row is gone; day A has both of its submits
        expect(await lidoDays()).toEqual([
            {day: '2027-01-15', tvlEth: String(13n * E), depositCount: 2, depositEth: String(13n * E), holders: 2, activeAccounts: 2},
        ])
        let cursor = await stack.sql(`SELECT open_day, height FROM analytics_cursor`)
        // the cursor is at the last block with a log (carl's), not at the empty head
        expect(cursor).toEqual([{open_day: DAY_A / 86_400, height: carl}])
        // the series go on from the rolled-back state: a block on day B now opens day B from day A's close
        let next = await stack.chain.mineBlock({timestamp: DAY_B + 7200, txs: [submit(BEN, 1n * E)]})
        await stack.waitForHeight(next)
        expect((await lidoDays())[1]).toEqual({day: '2027-01-16', tvlEth: String(14n * E), depositCount: 1, depositEth: String(E), holders: 3, activeAccounts: 1})
    })
})
