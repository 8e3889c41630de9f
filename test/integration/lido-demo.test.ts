import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {RawLog} from '../../lib/core/encode'
import {LEGACY_ORACLE_SPEC, NODE_OPERATORS_SPEC, STETH_SPEC, WITHDRAWAL_QUEUE_SPEC} from '../../lib/protocols/lido/contracts'
import {LIDO_DEMO, lidoDemo} from '../../lib/protocols/lido/demo'
import {book, Stack, startStack} from '../harness'

const E = 10n ** 18n
const E27 = 10n ** 27n
const DAY = 86400
const START = 1_750_000_000
const STETH = book.lido.steth.address
const WSTETH = book.lido.wsteth.address
const [CURATED, DVT] = book.lido.nodeOperatorRegistries.map((r) => r.address)
const d = LIDO_DEMO
const rate = (ether: bigint, shares: bigint) => (ether * E) / shares

// The Lido demo (src/protocols/lido/demo.ts), replayed alone. Expected figures are worked out here from the
// contracts' arithmetic, or read from the scenario's own logs (the figures a contract logged) and combined the way
// the contract combines them; none comes from the squid.
const blocks = lidoDemo(book)
const logs: RawLog[] = blocks.flatMap((b) => b.txs.flat())
function inputs<T>(address: string, event: {topic: string; decode(l: RawLog): T}, topics?: number): T[] {
    return logs.filter((l) => l.address == address && l.topics[0] == event.topic && (topics == null || l.topics.length == topics)).map((l) => event.decode(l))
}
const S = STETH_SPEC.handled
const rebased = inputs(STETH, S.TokenRebased)
const posts = inputs(book.lido.legacyOracle.address, LEGACY_ORACLE_SPEC.handled.PostTotalShares)

// lido-dao v1.0.0: alice 100 and bob 60 ETH at 1:1; the 2nd report's rewards 0.2 ETH (64.2 - 64) -> 160.2 ETH,
// distributeRewards mints 0.2e18 x 1000 x 160e18 / (160.2e18 x 10000 - 1000 x 0.2e18) = 19977525284055437 shares
const P1 = 1602n * E / 10n
const M1 = 19977525284055437n
const S1 = 160n * E + M1
// the v1.1.0 report: +0.3 ETH -> 160.5; its shares are PostTotalShares.totalShares; the same fee formula
const P2 = 1605n * E / 10n
const M2 = (3n * E / 10n * 1000n * S1) / (P2 * 10000n - 1000n * 3n * E / 10n)
const S2 = S1 + M2
const feeParts = (m: bigint) => {
    let insurance = (m * 5000n) / 10000n
    let alpha = 2n * ((m * 5000n) / 10000n / 2n) // getRewardsDistribution: 2 keys for alpha, none for beta
    return {insurance, alpha, treasury: m - insurance - alpha}
}
// V1-era transfer and wrap at 160.2 / S1, dave's 1.5 ETH submit at 160.5 / S2, then (v1.2.0) carol -> bob 2 stETH
const carolIn = (10n * E * S1) / P1
const wrapped = (20n * E * S1) / P1
const daveShares = (15n * E / 10n * S2) / P2
const carolToBob = (2n * E * (S2 + daveShares)) / (P2 + 15n * E / 10n)
// v1.2.0 unwrap of 5 wstETH: stETH.transfer(getPooledEthByShares(5)) moves getSharesByPooledEth of that amount
const unwrapped = (((5n * E * (P2 + 15n * E / 10n)) / (S2 + daveShares)) * (S2 + daveShares)) / (P2 + 15n * E / 10n)

describe('the Lido demo: every era, indexed end to end', () => {
    let stack: Stack
    beforeAll(async () => {
        stack = await startStack()
        let last = 0
        for (let b of blocks) last = await stack.chain.mineBlock({timestamp: START + b.secondsAfterStart, txs: b.txs})
        await stack.waitForHeight(last)
    })
    afterAll(async () => {
        await stack?.stop()
    })

    it('the scenario itself: the fee and share figures above are the ones it logs', () => {
        expect(posts[0].totalShares).toBe(S2)
        expect(rebased).toHaveLength(5) // 4 V2 reports, 1 V3
        expect(inputs(STETH, S.TransferShares).find((t) => t.from == d.carol)!.sharesValue).toBe(carolToBob)
    })

    it('deposits carry the minted shares: 1:1 on the empty pool, V1 at the rate of the moment, later the TransferShares', async () => {
        let {deposits} = await stack.gql(`{ deposits(orderBy: [blockNumber_ASC, logIndex_ASC]) { account { id } amount shares } }`)
        let v2Mints = inputs(STETH, S.TransferShares).filter((t) => t.from == '0x0000000000000000000000000000000000000000' && (t.to == d.erin || t.to == d.frank))
        expect(deposits).toEqual([
            {account: {id: d.alice}, amount: String(100n * E), shares: String(100n * E)},
            {account: {id: d.bob}, amount: String(60n * E), shares: String(60n * E)},
            {account: {id: d.dave}, amount: String(15n * E / 10n), shares: String(daveShares)},
            {account: {id: d.erin}, amount: String(20n * E), shares: String(v2Mints[0].sharesValue)},
            {account: {id: d.frank}, amount: String(10n * E), shares: String(v2Mints[1].sharesValue)},
        ])
    })

    it('one ExchangeRate per report in every era; V1 ones from Completed / PostTotalShares, V2/V3 from TokenRebased', async () => {
        let {exchangeRates} = await stack.gql(`{ exchangeRates(where: {asset_eq: "stETH"}, orderBy: blockNumber_ASC) { preEthPerUnit ethPerUnit totalEth totalSupply timeElapsed } }`)
        expect(exchangeRates.slice(0, 3)).toEqual([
            {preEthPerUnit: String(E), ethPerUnit: String(E), totalEth: String(160n * E), totalSupply: String(160n * E), timeElapsed: 0},
            {preEthPerUnit: String(E), ethPerUnit: String(rate(P1, S1)), totalEth: String(P1), totalSupply: String(S1), timeElapsed: DAY},
            {preEthPerUnit: String(rate(P1, S1)), ethPerUnit: String(rate(P2, S2)), totalEth: String(P2), totalSupply: String(S2), timeElapsed: 2 * DAY},
        ])
        // V2 transactions also log LegacyOracle PostTotalShares: still one row per report
        expect(exchangeRates.slice(3)).toEqual(
            rebased.map((r) => ({
                preEthPerUnit: String(rate(r.preTotalEther, r.preTotalShares)),
                ethPerUnit: String(rate(r.postTotalEther, r.postTotalShares)),
                totalEth: String(r.postTotalEther),
                totalSupply: String(r.postTotalShares),
                timeElapsed: Number(r.timeElapsed),
            }))
        )
    })

    it('balances: V1 transfers and fee mints derived exactly, TransferShares after; they sum to the total shares', async () => {
        let {accounts} = await stack.gql(`{ accounts(limit: 100) { id stethShares wstethBalance } }`)
        let byId = Object.fromEntries(accounts.map((a: any) => [a.id, [BigInt(a.stethShares), BigInt(a.wstethBalance)]]))
        let f1 = feeParts(M1)
        let f2 = feeParts(M2)
        expect(byId[d.carol]).toEqual([carolIn - carolToBob, 0n])
        expect(byId[d.insurance]).toEqual([f1.insurance + f2.insurance, 0n])
        expect(byId[d.alphaReward]).toEqual([f1.alpha + f2.alpha, 0n])
        // alice: 100 - carol's - the wrap + the unwrap's shares (5 wstETH -> 5e18 - 1 shares: the floor twice); the
        // wstETH contract keeps the wrapped shares and that wei
        expect(unwrapped).toBe(5n * E - 1n)
        expect(byId[d.alice]).toEqual([100n * E - carolIn - wrapped + unwrapped, wrapped - 5n * E])
        expect(byId[WSTETH]).toEqual([wrapped - unwrapped, 0n])
        // V3: 3 minted to the vault owner, 1 handed to VaultHub and burnt there
        expect(byId[d.vaultOwner]).toEqual([2n * E, 0n])
        expect(byId[d.vaultHub]).toEqual([0n, 0n])
        let total = accounts.reduce((a: bigint, x: any) => a + BigInt(x.stethShares), 0n)
        expect(total).toBe(rebased[rebased.length - 1].postTotalShares)
        expect(accounts.filter((a: any) => BigInt(a.stethShares) < 0n)).toEqual([])
    })

    it('losses: the negative V2 report, the V3 bad debt, the operator penalty at the rate of its block', async () => {
        let {slashings} = await stack.gql(`{ slashings(where: {protocol_eq: LIDO}, orderBy: blockNumber_ASC) { kind amount amountEth account { id } lidoNodeOperator { id } } }`)
        let penalty = inputs(CURATED, NODE_OPERATORS_SPEC.handled.NodeOperatorPenalized)[0]
        let atPenalty = rebased[3] // the last V2 report before the distribution
        let internal = inputs(STETH, S.InternalShareRateUpdated)[0]
        let v3 = rebased[4]
        expect(slashings).toEqual([
            // CL 64.6 -> 64.3 and 0.05 ETH of EL rewards: -(64.3 - 64.6 + 0.05) = 0.25 ETH
            {kind: 'LIDO_NEGATIVE_REBASE', amount: null, amountEth: String(25n * E / 100n), account: null, lidoNodeOperator: null},
            {kind: 'LIDO_NODE_OPERATOR_PENALTY', amount: String(penalty.sharesPenalizedAmount), amountEth: String((penalty.sharesPenalizedAmount * atPenalty.postTotalEther) / atPenalty.postTotalShares), account: {id: d.alphaNewReward}, lidoNodeOperator: {id: `${CURATED}-0`}},
            // 0.5 shares of bad debt at the report's internal rate; the rate fell (0.02 ETH of rewards could not cover it)
            {
                kind: rate(v3.postTotalEther, v3.postTotalShares) < rate(v3.preTotalEther, v3.preTotalShares) ? 'LIDO_NEGATIVE_REBASE' : 'LIDO_BAD_DEBT',
                amount: String(E / 2n),
                amountEth: String((E / 2n * internal.postInternalEther) / internal.postInternalShares),
                account: null,
                lidoNodeOperator: null,
            },
        ])
    })

    it('the queue: a request sold, finalized capped in bunker mode, claimed; the queue figures', async () => {
        let requested = inputs(book.lido.withdrawalQueue.address, WITHDRAWAL_QUEUE_SPEC.handled.WithdrawalRequested)
        // the finalizing report (the 3rd V2 one) capped requests 1-2 at its pre-report rate
        let cap = (rebased[2].preTotalEther * E27) / rebased[2].preTotalShares
        let claim = (i: number) => (requested[i].amountOfShares * cap) / E27
        let {withdrawals} = await stack.gql(`{ withdrawals(orderBy: requestId_ASC) { requestId status account { id } requestor amount amountEth receiver finalizedInBunkerMode } }`)
        expect(withdrawals).toEqual([
            {requestId: '1', status: 'COMPLETED', account: {id: d.gina}, requestor: d.erin, amount: String(10n * E), amountEth: String(claim(0)), receiver: d.gina, finalizedInBunkerMode: true},
            {requestId: '2', status: 'FINALIZED', account: {id: d.frank}, requestor: d.frank, amount: String(4n * E), amountEth: String(claim(1)), receiver: null, finalizedInBunkerMode: true},
            {requestId: '3', status: 'REQUESTED', account: {id: d.frank}, requestor: d.frank, amount: String(E), amountEth: null, receiver: null, finalizedInBunkerMode: null},
        ])
        expect(claim(0)).toBeLessThan(10n * E)
        let {lidoStateById} = await stack.gql(`{ lidoStateById(id: "lido") { withdrawalQueuePendingSteth withdrawalQueueUnclaimedEth bunkerMode lastRequestId lastFinalizedRequestId } }`)
        expect(lidoStateById).toEqual({withdrawalQueuePendingSteth: String(E), withdrawalQueueUnclaimedEth: String(claim(1)), bunkerMode: false, lastRequestId: '3', lastFinalizedRequestId: '2'})
    })

    it('node operators of both modules with their settings, stuck-penalty and exit figures', async () => {
        let {lidoNodeOperators} = await stack.gql(`{ lidoNodeOperators(orderBy: id_ASC) {
            id name rewardAddress active stakingLimit exitedValidatorsCount stuckValidatorsCount refundedValidatorsCount
            stuckPenaltyEndTimestamp exitStatusUpdates lastExitStatusProofTimestamp exitsTriggered penalizedShares penaltyCount
        } }`)
        let penalty = inputs(CURATED, NODE_OPERATORS_SPEC.handled.NodeOperatorPenalized)[0]
        let base = {stuckValidatorsCount: null, refundedValidatorsCount: null, stuckPenaltyEndTimestamp: null, exitStatusUpdates: 0, lastExitStatusProofTimestamp: null, exitsTriggered: 0, penalizedShares: '0', penaltyCount: 0, exitedValidatorsCount: null}
        let expected = [
            {...base, id: `${CURATED}-0`, name: 'Alpha', rewardAddress: d.alphaNewReward, active: true, stakingLimit: '50', exitedValidatorsCount: '7', stuckValidatorsCount: '2', refundedValidatorsCount: '1', stuckPenaltyEndTimestamp: '1760000000', penalizedShares: String(penalty.sharesPenalizedAmount), penaltyCount: 1},
            {...base, id: `${CURATED}-1`, name: 'Beta Staking', rewardAddress: d.betaReward, active: true, stakingLimit: '20', exitedValidatorsCount: '3'},
            {...base, id: `${DVT}-0`, name: 'Gamma', rewardAddress: d.gammaReward, active: false, stakingLimit: '0', exitStatusUpdates: 1, lastExitStatusProofTimestamp: '1750000000', exitsTriggered: 1},
        ].sort((a, b) => (a.id < b.id ? -1 : 1))
        expect(lidoNodeOperators).toEqual(expected)
    })

    it('protocol totals after V3: the report\'s figures, internal ether and external shares', async () => {
        let v3 = rebased[4]
        let internal = inputs(STETH, S.InternalShareRateUpdated)[0]
        let {lidoStateById} = await stack.gql(`{ lidoStateById(id: "lido") { totalShares totalPooledEther internalEther externalShares beaconBalance beaconValidators } }`)
        // 3 external shares minted, 1 burnt, 0.5 rebalanced, 0.5 internalised as bad debt
        expect(lidoStateById).toEqual({
            totalShares: String(v3.postTotalShares),
            totalPooledEther: String(v3.postTotalEther),
            internalEther: String(internal.postInternalEther),
            externalShares: String(E),
            beaconBalance: String(6433n * E / 100n), // the last Completed (V3 has no LegacyOracle)
            beaconValidators: '2',
        })
        expect(v3.postTotalShares - internal.postInternalShares).toBe(E)
        let {skippedLogs} = await stack.gql(`{ skippedLogs { reason } }`)
        expect(skippedLogs).toEqual([])
    })
})
