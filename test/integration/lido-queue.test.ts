import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {lidoCalls} from '../../lib/protocols/lido/calls'
import {book, Stack, startStack} from '../harness'
import {arg, realLogs, replayBlocks} from '../harness/real-logs'

const E = 10n ** 18n
const DAY = 86400
const START = 1_750_000_000
const Q = book.lido.withdrawalQueue.address
const calls = lidoCalls(book)

// The queue's real logs, then volume; the demo's queue story (a request sold, finalized capped in bunker mode,
// claimed) is checked in lido-demo.test.ts, the claimable ETH rules in lido-reports.test.ts.
describe('Lido withdrawal queue (unstETH)', () => {
    let stack: Stack
    let realRequestSteth = 0n
    let realRequestShares = 0n
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
        realRequestShares = BigInt(arg(req, 'amountOfShares'))
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

    it('finalizes a range of 2,501 requests in one report (loaded in chunks, every one updated)', async () => {
        // an owner submits 3000 ETH (V2 _submit on a pool the real logs left empty: 1:1), queues 2,500 requests of
        // 1 stETH after the real request 2427 (WithdrawalQueue._requestWithdrawal each), then one V2 report
        // finalizes 2427..4927 uncapped: prefinalize locks their stETH
        let owner = '0x00000000000000000000000000000000011dbeef'
        let t = START + 20 * DAY
        await stack.chain.mineBlock({timestamp: t, txs: [calls.submit(owner, 3000n * E, 3000n * E, 3000n * E)]})
        // requestWithdrawals([1 stETH x 250]) per transaction
        let txs = []
        for (let first = 2428n; first <= 4927n; first += 250n) {
            let tx = []
            for (let id = first; id < first + 250n; id++) tx.push(...calls.requestWithdrawal(id, owner, E, E))
            txs.push(tx)
        }
        await stack.chain.mineBlock({timestamp: t + 60, txs})
        let burnt = 2500n * E + realRequestShares
        let locked = 2500n * E + realRequestSteth
        let report = calls.reportV2({
            burnRequest: {steth: burnt, shares: burnt},
            finalized: {from: 2427n, to: 4927n, amountOfETHLocked: locked, sharesToBurn: burnt, timestamp: BigInt(t + DAY)},
            distributed: {reportTimestamp: BigInt(t + DAY), preCLBalance: 0n, postCLBalance: 0n, withdrawalsWithdrawn: 0n, executionLayerRewardsWithdrawn: 0n, postBufferedEther: 0n},
            burnt: {preRebaseTokenAmount: burnt, postRebaseTokenAmount: burnt, sharesAmount: burnt},
            feeMints: [],
            rebased: {reportTimestamp: BigInt(t + DAY), timeElapsed: BigInt(DAY), preTotalShares: 3000n * E, preTotalEther: 3000n * E, postTotalShares: 3000n * E - burnt, postTotalEther: 3000n * E - locked, sharesMintedAsFees: 0n},
            legacyOracle: false,
        })
        let last = await stack.chain.mineBlock({timestamp: t + DAY, txs: [report]})
        await stack.waitForHeight(last)
        let rows = await stack.sql(`SELECT status, count(*) AS n, sum(amount_eth) AS eth FROM withdrawal WHERE request_id >= 2427 GROUP BY status`)
        expect(rows).toEqual([{status: 'FINALIZED', n: '2501', eth: String(locked)}])
        let {lidoStateById} = await stack.gql(`{ lidoStateById(id: "lido") { withdrawalQueuePendingSteth withdrawalQueueUnclaimedEth lastRequestId lastFinalizedRequestId } }`)
        expect(lidoStateById).toEqual({withdrawalQueuePendingSteth: '0', withdrawalQueueUnclaimedEth: String(locked), lastRequestId: '4927', lastFinalizedRequestId: '4927'})
    })
})
