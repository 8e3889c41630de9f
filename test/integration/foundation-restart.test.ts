import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import * as lidoAbi from '../../lib/abi/Lido'
import {book, encodeEvent, Stack, startStack} from '../harness'

const STETH = book.lido.steth.address
const ZERO = '0x0000000000000000000000000000000000000000'
const ALICE = '0x00000000000000000000000000000000000a11ce'
const E = 10n ** 18n

describe('restart', () => {
    let stack: Stack
    beforeAll(async () => {
        stack = await startStack({finalityConfirmation: 2, deferProcessor: true})
    })
    afterAll(async () => {
        await stack?.stop()
    })

    /** blocks `from..to`, one deposit each: block i deposits i * 1e15 wei for as many shares */
    async function mineDeposits(from: number, to: number): Promise<number[]> {
        let heights: number[] = []
        for (let i = from; i <= to; i++) {
            let amount = BigInt(i) * 10n ** 15n
            heights.push(
                await stack.chain.mineBlock({
                    timestamp: 1_800_000_000 + 12 * i,
                    txs: [[
                        encodeEvent(STETH, lidoAbi.events.Submitted, {sender: ALICE, amount, referral: ZERO}),
                        encodeEvent(STETH, lidoAbi.events.Transfer, {from: ZERO, to: ALICE, value: amount}),
                        encodeEvent(STETH, lidoAbi.events.TransferShares, {from: ZERO, to: ALICE, sharesValue: amount}),
                    ]],
                })
            )
        }
        return heights
    }

    it('a processor killed mid-way and started again indexes every deposit exactly once', async () => {
        let heights = await mineDeposits(1, 60)
        await stack.startProcessor()
        // kill it hard as soon as it has made some progress, before it reaches the head
        await stack.waitForHeight(heights[5])
        expect(await stack.stopProcessor('SIGKILL')).toBe(-1)

        // more blocks while it is down
        heights.push(...(await mineDeposits(61, 70)))
        await stack.startProcessor()
        await stack.waitForHeight(heights[heights.length - 1])

        let rows = await stack.sql<{n: string; blocks: string; total: string}>(
            `SELECT count(*) AS n, count(DISTINCT block_number) AS blocks, sum(amount) AS total FROM deposit`
        )
        // 70 deposits, one per block; total = (1 + ... + 70) * 1e15 = 2485 * 1e15
        expect(rows[0]).toEqual({n: '70', blocks: '70', total: String(2485n * 10n ** 15n)})
        let {accountById} = await stack.gql(`{ accountById(id: "${ALICE}") { stethShares } }`)
        expect(accountById.stethShares).toBe(String(2485n * 10n ** 15n))
    })
})
