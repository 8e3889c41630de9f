import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import * as wq from '../../lib/abi/WithdrawalQueueERC721'
import {QUEUE_DEMO, queueDemo} from '../../lib/protocols/lido/queue-demo'
import {book, encodeEvent, Stack, startStack} from '../harness'
import {arg, realLogs, replayBlocks} from '../harness/real-logs'

const E = 10n ** 18n
const DAY = 86400
const START = 1_750_000_000
const Q = book.lido.withdrawalQueue.address
const ZERO = '0x0000000000000000000000000000000000000000'
const {erin, frank, gina} = QUEUE_DEMO

describe('Lido withdrawal queue (unstETH)', () => {
    let stack: Stack
    let realRequestSteth = 0n
    beforeAll(async () => {
        stack = await startStack()
    })
    afterAll(async () => {
        await stack?.stop()
    })

    it('real logs: the request 2427 with its NFT mint; the claim of 1685 (requested before the data) is skipped with a warning', async () => {
        let logs = realLogs().filter((l) => l.address == Q)
        expect(logs.map((l) => l.decoded[0].event).sort()).toEqual(['Transfer', 'Transfer', 'WithdrawalClaimed', 'WithdrawalRequested'])
        let last = 0
        for (let b of replayBlocks(logs)) last = await stack.chain.mineBlock(b)
        await stack.waitForHeight(last)
        let req = logs.find((l) => l.decoded[0].event == 'WithdrawalRequested')!
        realRequestSteth = BigInt(arg(req, 'amountOfStETH'))
        let {withdrawals} = await stack.gql(`{ withdrawals(where: {protocol_eq: LIDO}) { id status account { id } requestor requestId amount shares requestedBlock requestTxHash } }`)
        expect(withdrawals).toHaveLength(1)
        expect(withdrawals[0]).toMatchObject({
            id: `lido-${arg(req, 'requestId')}`,
            status: 'REQUESTED',
            account: {id: arg(req, 'owner')},
            requestor: arg(req, 'requestor'),
            requestId: arg(req, 'requestId'),
            amount: arg(req, 'amountOfStETH'),
            shares: arg(req, 'amountOfShares'),
        })
        expect(stack.processorOutput()).toContain('claim of withdrawal request 1685')
        let {skippedLogs} = await stack.gql(`{ skippedLogs { reason } }`)
        expect(skippedLogs).toEqual([])
    })

    it('a request sold to a second owner, finalized in a range with another in bunker mode, then claimed', async () => {
        let last = 0
        for (let b of queueDemo(book)) last = await stack.chain.mineBlock({timestamp: START + b.secondsAfterStart, txs: b.txs})
        await stack.waitForHeight(last)
        let {withdrawals} = await stack.gql(`{ withdrawals(where: {id_in: ["lido-1", "lido-2", "lido-3"]}, orderBy: requestId_ASC) {
            id status account { id } requestor amount shares amountEth receiver finalizationDelay finalizedInBunkerMode finalizedAt completedAt
        } }`)
        let at = (s: number) => new Date((START + s) * 1000).toISOString().replace('Z', '000Z')
        expect(withdrawals).toEqual([
            // 9.5 shares x 1.04 = 9.88 ETH claimable (< 10 stETH asked); claimed 9.88; the burn keeps gina
            {id: 'lido-1', status: 'COMPLETED', account: {id: gina}, requestor: erin, amount: String(10n * E), shares: String(95n * E / 10n), amountEth: String(988n * E / 100n), receiver: gina, finalizationDelay: 2 * DAY, finalizedInBunkerMode: true, finalizedAt: at(12 * DAY), completedAt: at(13 * DAY)},
            // 3.8 shares x 1.04 = 3.952 ETH
            {id: 'lido-2', status: 'FINALIZED', account: {id: frank}, requestor: frank, amount: String(4n * E), shares: String(38n * E / 10n), amountEth: String(3952n * E / 1000n), receiver: null, finalizationDelay: 2 * DAY, finalizedInBunkerMode: true, finalizedAt: at(12 * DAY), completedAt: null},
            {id: 'lido-3', status: 'REQUESTED', account: {id: frank}, requestor: frank, amount: String(E), shares: String(95n * E / 100n), amountEth: null, receiver: null, finalizationDelay: null, finalizedInBunkerMode: null, finalizedAt: null, completedAt: null},
        ])
        let {lidoStateById} = await stack.gql(`{ lidoStateById(id: "lido") { withdrawalQueuePendingSteth withdrawalQueueUnclaimedEth bunkerMode bunkerModeSince lastRequestId lastFinalizedRequestId } }`)
        expect(lidoStateById).toEqual({
            withdrawalQueuePendingSteth: String(E + realRequestSteth), // request 3 + the real request 2427 (3.018 stETH)
            withdrawalQueueUnclaimedEth: String(3952n * E / 1000n), // request 2, finalized, not claimed
            bunkerMode: false,
            bunkerModeSince: null,
            lastRequestId: '2427',
            lastFinalizedRequestId: '2',
        })
    })

    it('finalizes a range of 2,500 requests in one event (loaded in chunks, every one updated)', async () => {
        let owner = '0x00000000000000000000000000000000011dbeef'
        let t = START + 20 * DAY
        let requests = []
        for (let id = 10_000n; id < 12_500n; id++) {
            requests.push(encodeEvent(Q, wq.events.WithdrawalRequested, {requestId: id, requestor: owner, owner, amountOfStETH: E, amountOfShares: E}))
        }
        await stack.chain.mineBlock({timestamp: t, txs: [requests.slice(0, 1250), requests.slice(1250)]})
        let last = await stack.chain.mineBlock({
            timestamp: t + DAY,
            txs: [[encodeEvent(Q, wq.events.WithdrawalsFinalized, {from: 10_000n, to: 12_499n, amountOfETHLocked: 2500n * E, sharesToBurn: 2500n * E, timestamp: 0n})]],
        })
        await stack.waitForHeight(last)
        let rows = await stack.sql(`SELECT status, count(*) AS n, sum(amount_eth) AS eth FROM withdrawal WHERE request_id >= 10000 GROUP BY status`)
        expect(rows).toEqual([{status: 'FINALIZED', n: '2500', eth: String(2500n * E)}])
    })
})
