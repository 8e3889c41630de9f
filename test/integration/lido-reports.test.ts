import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {lidoCalls, Mint} from '../../lib/protocols/lido/calls'
import {book, RawLog, Stack, startStack} from '../harness'

const E = 10n ** 18n
const E27 = 10n ** 27n
const DAY = 86400
const START = 1_750_000_000
const calls = lidoCalls(book)
const CURATED = book.lido.nodeOperatorRegistries[0].address
const WQ = book.lido.withdrawalQueue.address
const BURNER_V2 = book.lido.burners.find((b) => b.version == 'v2')!.address

const alice = '0x00000000000000000000000000000000011e0a11'
const bob = '0x00000000000000000000000000000000011e0b0b'
const insurance = '0x00000000000000000000000000000000011e1f00'
const treasury = '0x00000000000000000000000000000000011e7e00'
const alpha = '0x00000000000000000000000000000000011ea1f0'
const beta = '0x00000000000000000000000000000000011eb37a'
const vaultOwner = '0x00000000000000000000000000000000011e7a17'
const accounting = '0x00000000000000000000000000000000011eacc0'

const floorDiv = (a: bigint, b: bigint) => a / b
const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b
const rate = (ether: bigint, shares: bigint) => (ether * E) / shares

// ---- the figures, worked out from the contracts' code, step by step -----------------------------------------
// lido-dao v1.0.0 Lido._submit on an empty pool: getSharesByPooledEth = 0 -> 1:1
const S0 = 100n * E // alice's 100 ETH
// report 1: Completed(100, 96 ETH, 3): pushBeacon rewardBase = 3 x 32 + 0 = 96 = the balance: no reward, no fee
// report 2: Completed(325, 97 ETH, 3): rewardBase = 0 x 32 + 96 -> rewards 1 ETH; pooled ether 100 -> 101
const P1 = 101n * E
// distributeRewards: shares2mint = rewards x fee x totalShares / (totalPooledEther x 10000 - fee x rewards)
const M1 = floorDiv(1n * E * 1000n * S0, P1 * 10000n - 1000n * E) // 99108027750247770
const S1 = S0 + M1
/** insurance 50 %; operators 50 % split per active key (v1.0.0 getRewardsDistribution: alpha 2 keys, beta 0); treasury the rest */
function v1FeeMints(m: bigint, ether: bigint, shares: bigint): Mint[] {
    let ins = (m * 5000n) / 10000n
    let a = 2n * ((m * 5000n) / 10000n / 2n)
    // _emitTransferAfterMintingShares: value = getPooledEthByShares(s) with all m shares minted
    return [
        {to: insurance, shares: ins, value: (ins * ether) / shares},
        {to: alpha, shares: a, value: (a * ether) / shares},
        {to: beta, shares: 0n, value: 0n},
        {to: treasury, shares: m - ins - a, value: ((m - ins - a) * ether) / shares},
    ]
}
const fees1 = v1FeeMints(M1, P1, S1)
// alice -> bob 10 stETH (v1.0.0 StETH._transfer): getSharesByPooledEth(10) at the post-report rate
const bobShares = floorDiv(10n * E * S1, P1)
// LidoOracle v1.1.0 report: Completed(550, 98 ETH, 3): rewards 1 ETH, pooled 101 -> 102, PostTotalShares after the mints
const P2 = 102n * E
const M2 = floorDiv(1n * E * 1000n * S1, P2 * 10000n - 1000n * E)
const S2 = S1 + M2
const fees2 = v1FeeMints(M2, P2, S2)
// V2: alice queues 10 stETH (getSharesByPooledEth at 102 / S2), a report adds 2 ETH of EL rewards with a flat CL
// (no fee: _processRewards mints only when the CL balance grew), alice queues 10 more at 104 / S2
const q1 = floorDiv(10n * E * S2, P2)
const P3 = 104n * E
const q2 = floorDiv(10n * E * S2, P3)
// the report finalizing 1-2: the cap (the simulated share rate) is above both own rates, so prefinalize locks their
// stETH, 20 ETH; +1 ETH EL; the queue's q1 + q2 shares are burnt
const P4 = P3 + E - 20n * E
const S4 = S2 - q1 - q2
// bob queues 5 stETH at 85 / S4; a report loses 2 ETH on the CL and turns bunker mode on; bob queues 5 at 83 / S4
const q3 = floorDiv(5n * E * S4, P4)
const P5 = P4 - 2n * E
const q4 = floorDiv(5n * E * S4, P5)
// the report finalizing 3-4 with cap = 84 ETH / S4 (1e27): #3's own rate (~85) is above it, #4's (~83) below
const cap = floorDiv(84n * E * E27, S4)
const claim3 = floorDiv(q3 * cap, E27) // _calculateClaimableEther: shares x maxShareRate / 1e27
const locked34 = claim3 + 5n * E // prefinalize: the capped batch [#3] + the nominal batch [#4]
const P6 = P5 + E - locked34 // +1 ETH EL
const S6 = S4 - q3 - q4
// V3 (internal ether IE / internal shares IS): 4 external shares minted on a vault, then 1 rebalanced
const IE6 = P6
const mint4Value = floorDiv(4n * E * IE6, S6)
const rebalanceValue = ceilDiv(1n * E * IE6, S6) // getPooledEthBySharesRoundUp(1 share)
const IE7 = IE6 + rebalanceValue
const S7 = S6 + 4n * E // total shares stay through the rebalance
const ext7 = 3n * E
const P7 = IE7 + floorDiv(ext7 * IE7, S7 - ext7) // _getTotalPooledEther
// the V3 report: CL 96 -> 98 (+2), 1 external share of bad debt internalised (Accounting._calculate...)
const feeEther = (2n * E * 10n * E) / 10n ** 20n // 10 % of the rewards
const IS7 = S7 - ext7
const postIE = IE7 + 2n * E
const feeShares = floorDiv(feeEther * IS7, postIE - feeEther)
const postIS = IS7 + feeShares + E
const postExt = 2n * E
const postS = postIS + postExt
const postP = postIE + floorDiv(postExt * postIE, postIS)

function v2Report(t: number, o: {preCL: bigint; postCL: bigint; el: bigint; pre: [bigint, bigint]; post: [bigint, bigint]; elapsed: number; epoch: bigint} & Partial<Parameters<typeof calls.reportV2>[0]>): RawLog[] {
    return calls.reportV2({
        completed: {epochId: o.epoch, beaconBalance: o.postCL, beaconValidators: 3n},
        bunker: o.bunker,
        burnRequest: o.burnRequest,
        finalized: o.finalized,
        distributed: {reportTimestamp: BigInt(t), preCLBalance: o.preCL, postCLBalance: o.postCL, withdrawalsWithdrawn: 0n, executionLayerRewardsWithdrawn: o.el, postBufferedEther: 0n},
        burnt: o.burnt,
        feeMints: [],
        rebased: {reportTimestamp: BigInt(t), timeElapsed: BigInt(o.elapsed), preTotalShares: o.pre[1], preTotalEther: o.pre[0], postTotalShares: o.post[1], postTotalEther: o.post[0], sharesMintedAsFees: 0n},
        legacyOracle: true,
    })
}

/** the V3 report, mined by the item 5 test once the state before it has been checked */
const v3Report = () =>
    calls.reportV3({
                badDebtShares: E,
                distributed: {reportTimestamp: BigInt(START + 10 * DAY), preCLBalance: 96n * E, postCLBalance: 98n * E, withdrawalsWithdrawn: 0n, executionLayerRewardsWithdrawn: 0n, postBufferedEther: 0n},
                fees: {
                    accounting,
                    minted: feeShares,
                    mintedValue: (feeShares * postIE) / postIS,
                    transfers: [
                        {to: CURATED, shares: feeShares / 2n, value: ((feeShares / 2n) * postIE) / postIS},
                        {to: treasury, shares: feeShares - feeShares / 2n, value: ((feeShares - feeShares / 2n) * postIE) / postIS},
                    ],
                },
                rebased: {reportTimestamp: BigInt(START + 10 * DAY), timeElapsed: BigInt(2 * DAY), preTotalShares: S7, preTotalEther: P7, postTotalShares: postS, postTotalEther: postP, sharesMintedAsFees: feeShares},
                internal: {postInternalShares: postIS, postInternalEther: postIE},
            })

describe('Lido reports and their figures through every era (issue 11, items 1-6)', () => {
    let stack: Stack
    beforeAll(async () => {
        stack = await startStack()
        let blocks: [number, RawLog[][]][] = [
            [0, [calls.submitV1(alice, 100n * E, 100n * E)]],
            [DAY, [calls.reportV1({completed: {epochId: 100n, beaconBalance: 96n * E, beaconValidators: 3n}, feeMints: []})]],
            [2 * DAY, [calls.reportV1({completed: {epochId: 325n, beaconBalance: 97n * E, beaconValidators: 3n}, feeMints: fees1})]],
            [2 * DAY + 600, [calls.transferV1(alice, bob, 10n * E)]],
            [3 * DAY, [calls.reportV1({completed: {epochId: 550n, beaconBalance: 98n * E, beaconValidators: 3n}, feeMints: fees2, post: {postTotalPooledEther: P2, preTotalPooledEther: P1, timeElapsed: 86400n, totalShares: S2}})]],
            [4 * DAY, [calls.requestWithdrawal(1n, alice, 10n * E, q1)]],
            [5 * DAY, [v2Report(5 * DAY, {epoch: 775n, preCL: 98n * E, postCL: 98n * E, el: 2n * E, pre: [P2, S2], post: [P3, S2], elapsed: DAY})]],
            [5 * DAY + 600, [calls.requestWithdrawal(2n, alice, 10n * E, q2)]],
            [6 * DAY, [v2Report(6 * DAY, {
                epoch: 1000n, preCL: 98n * E, postCL: 98n * E, el: E, pre: [P3, S2], post: [P4, S4], elapsed: DAY,
                burnRequest: {steth: ((q1 + q2) * P3) / S2, shares: q1 + q2},
                finalized: {from: 1n, to: 2n, amountOfETHLocked: 20n * E, sharesToBurn: q1 + q2, timestamp: BigInt(START + 6 * DAY)},
                burnt: {preRebaseTokenAmount: ((q1 + q2) * P4) / S2, postRebaseTokenAmount: ((q1 + q2) * P4) / S4, sharesAmount: q1 + q2},
            })]],
            [6 * DAY + 600, [calls.requestWithdrawal(3n, bob, 5n * E, q3)]],
            [7 * DAY, [v2Report(7 * DAY, {epoch: 1225n, preCL: 98n * E, postCL: 96n * E, el: 0n, pre: [P4, S4], post: [P5, S4], elapsed: DAY, bunker: {enabled: true, since: BigInt(START + 7 * DAY)}})]],
            [7 * DAY + 600, [calls.requestWithdrawal(4n, bob, 5n * E, q4)]],
            [8 * DAY, [v2Report(8 * DAY, {
                epoch: 1450n, preCL: 96n * E, postCL: 96n * E, el: E, pre: [P5, S4], post: [P6, S6], elapsed: DAY,
                burnRequest: {steth: ((q3 + q4) * P5) / S4, shares: q3 + q4},
                finalized: {from: 3n, to: 4n, amountOfETHLocked: locked34, sharesToBurn: q3 + q4, timestamp: BigInt(START + 8 * DAY)},
                burnt: {preRebaseTokenAmount: ((q3 + q4) * P6) / S4, postRebaseTokenAmount: ((q3 + q4) * P6) / S6, sharesAmount: q3 + q4},
            })]],
            [8 * DAY + 600, [calls.claim(3n, bob, bob, claim3)]],
            [9 * DAY, [calls.mintExternal(vaultOwner, 4n * E, mint4Value)]],
            [9 * DAY + 600, [calls.rebalanceExternal(E, rebalanceValue)]],
        ]
        let last = 0
        for (let [t, txs] of blocks) last = await stack.chain.mineBlock({timestamp: START + t, txs})
        await stack.waitForHeight(last)
    })
    afterAll(async () => {
        await stack?.stop()
    })

    const shares = async (...ids: string[]) => {
        let {accounts} = await stack.gql(`query($ids: [String!]) { accounts(where: {id_in: $ids}) { id stethShares } }`, {ids})
        return Object.fromEntries(accounts.map((a: any) => [a.id, a.stethShares]))
    }

    it('item 2: v1.0.0 reports (Completed only) set the totals, so the rate is right from the first report', async () => {
        let {exchangeRates} = await stack.gql(`{ exchangeRates(where: {asset_eq: "stETH"}, orderBy: blockNumber_ASC, limit: 2) { preEthPerUnit ethPerUnit totalEth totalSupply timeElapsed apr } }`)
        expect(exchangeRates[0]).toEqual({preEthPerUnit: String(E), ethPerUnit: String(E), totalEth: String(100n * E), totalSupply: String(S0), timeElapsed: 0, apr: null})
        // 101 ETH over 100 + M1 shares, after 225 epochs x 384 s
        expect(exchangeRates[1]).toMatchObject({preEthPerUnit: String(E), ethPerUnit: String(rate(P1, S1)), totalEth: String(P1), totalSupply: String(S1), timeElapsed: DAY})
        // the transfer after it is derived at that rate: floor(10 ETH x S1 / 101 ETH) (bob later queued q3 + q4)
        expect((await shares(bob))[bob]).toBe(String(bobShares - q3 - q4))
    })

    it('item 6: V1 fee mints get their exact shares at the post-report rate (v1.0.0: Completed; v1.1.0: PostTotalShares)', async () => {
        // ceil(value x S' / P') = the minted shares, both reports; the treasury's dust (1 and 2 shares) too (a floor at
        // the pre-report rate, as before the fix, gives the insurance fund value x S / P instead)
        let got = await shares(insurance, alpha, treasury)
        expect(got).toEqual({
            [insurance]: String(fees1[0].shares + fees2[0].shares),
            [alpha]: String(fees1[1].shares + fees2[1].shares),
            [treasury]: String(fees1[3].shares + fees2[3].shares),
        })
        expect(fees1[3].shares).toBe(1n)
    })

    it('item 1: a V2 report with its LegacyOracle PostTotalShares is one ExchangeRate, without a fake loss', async () => {
        let {exchangeRates} = await stack.gql(`{ exchangeRates(where: {asset_eq: "stETH"}, orderBy: blockNumber_ASC) { preEthPerUnit ethPerUnit totalEth totalSupply apr } }`)
        // 3 V1 reports and 4 V2 reports so far: one row each (the V2 transactions also log PostTotalShares)
        expect(exchangeRates).toHaveLength(7)
        let finalizing = exchangeRates[4]
        // 104 ETH / S2 -> 85 ETH / (S2 - q1 - q2): the queue's shares left at ~103 ETH per S2, below the rate
        expect(finalizing).toMatchObject({preEthPerUnit: String(rate(P3, S2)), ethPerUnit: String(rate(P4, S4)), totalEth: String(P4), totalSupply: String(S4)})
        expect(finalizing.apr).toBeGreaterThan(0)
        let {slashings} = await stack.gql(`{ slashings(where: {protocol_eq: LIDO}, orderBy: blockNumber_ASC) { kind amount amountEth } }`)
        // only the report that lost 2 ETH on the CL (the finalizing one, whose pooled ether fell 19 ETH, lost nothing)
        expect(slashings).toEqual([{kind: 'LIDO_NEGATIVE_REBASE', amount: null, amountEth: String(2n * E)}])
    })

    it('item 3: claimable ETH follows _calculateClaimableEther (uncapped: the stETH; capped: shares x the cap)', async () => {
        let {withdrawals} = await stack.gql(`{ withdrawals(orderBy: requestId_ASC) { requestId status amount amountEth finalizedInBunkerMode } }`)
        expect(withdrawals).toEqual([
            // 20 ETH locked = the stETH of 1-2: nothing capped (the batch average would give #2 q2 x 20 / (q1 + q2) < 10)
            {requestId: '1', status: 'FINALIZED', amount: String(10n * E), amountEth: String(10n * E), finalizedInBunkerMode: false},
            {requestId: '2', status: 'FINALIZED', amount: String(10n * E), amountEth: String(10n * E), finalizedInBunkerMode: false},
            // #3 capped at 84 ETH / S4 (claimed: the exact ETH paid), #4 below the cap: its 5 stETH
            {requestId: '3', status: 'COMPLETED', amount: String(5n * E), amountEth: String(claim3), finalizedInBunkerMode: true},
            {requestId: '4', status: 'FINALIZED', amount: String(5n * E), amountEth: String(5n * E), finalizedInBunkerMode: true},
        ])
        expect(claim3).toBeLessThan(5n * E)
        let {lidoStateById} = await stack.gql(`{ lidoStateById(id: "lido") { withdrawalQueueUnclaimedEth withdrawalQueuePendingSteth } }`)
        expect(lidoStateById).toEqual({withdrawalQueueUnclaimedEth: String(25n * E), withdrawalQueuePendingSteth: '0'})
        let s = await shares(WQ, BURNER_V2)
        // the queue's shares went to the Burner and were burnt
        expect(s).toEqual({[WQ]: '0', [BURNER_V2]: '0'})
    })

    it('item 4: rebalancing external ether into the buffer keeps the pooled ether (to the round-up wei)', async () => {
        let {lidoStateById} = await stack.gql(`{ lidoStateById(id: "lido") { totalShares totalPooledEther internalEther externalShares } }`)
        // rebalanceExternalEtherToInternal: total shares stay, 1 share turns internal and its ETH (rounded up) joins
        // the buffer: P7 = (IE6 + v) + 3 x (IE6 + v) / (S7 - 3), 1 wei above the pooled ether after the mint
        expect(lidoStateById).toEqual({totalShares: String(S7), totalPooledEther: String(P7), internalEther: String(IE7), externalShares: String(ext7)})
        expect(P7 - (IE6 + floorDiv(4n * E * IE6, S6))).toBe(1n)
    })

    it('item 5: V3 bad debt internalised in a report is that report\'s loss, priced at the internal share rate', async () => {
        await stack.waitForHeight(await stack.chain.mineBlock({timestamp: START + 10 * DAY, txs: [v3Report()]}))
        let {exchangeRates} = await stack.gql(`{ exchangeRates(where: {asset_eq: "stETH"}, orderBy: blockNumber_DESC, limit: 1) { preEthPerUnit ethPerUnit } }`)
        expect(exchangeRates[0]).toEqual({preEthPerUnit: String(rate(P7, S7)), ethPerUnit: String(rate(postP, postS))})
        let {slashings} = await stack.gql(`{ slashings(where: {kind_eq: "LIDO_BAD_DEBT"}) { amount amountEth } }`)
        // the rate still rose (2 ETH of CL rewards): kind LIDO_BAD_DEBT; 1 share x postInternalEther / postInternalShares
        expect(slashings).toEqual([{amount: String(E), amountEth: String((E * postIE) / postIS)}])
        let {lidoStateById} = await stack.gql(`{ lidoStateById(id: "lido") { totalShares totalPooledEther internalEther externalShares beaconBalance beaconValidators lastCompletedEpoch } }`)
        expect(lidoStateById).toEqual({
            totalShares: String(postS),
            totalPooledEther: String(postP),
            internalEther: String(postIE),
            externalShares: String(postExt),
            beaconBalance: String(96n * E),
            beaconValidators: '3',
            lastCompletedEpoch: '1450',
        })
        let s = await shares(vaultOwner)
        expect(s).toEqual({[vaultOwner]: String(4n * E)})
    })

    it('nothing skipped, no negative balance, and the balances sum to the total shares', async () => {
        let {skippedLogs} = await stack.gql(`{ skippedLogs { reason } }`)
        expect(skippedLogs).toEqual([])
        let rows = await stack.sql<{n: string; sum: string; neg: string}>(`SELECT count(*) AS n, sum(steth_shares) AS sum, count(*) FILTER (WHERE steth_shares < 0) AS neg FROM account`)
        expect(rows[0].neg).toBe('0')
        // the Accounting stand-in passed its fee shares on; the V3 mint went to the vault owner
        expect(BigInt(rows[0].sum)).toBe(postS)
    })
})
