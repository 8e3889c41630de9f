import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import * as lidoAbi from '../../lib/abi/Lido'
import {OPERATORS_DEMO, operatorsDemo} from '../../lib/protocols/lido/operators-demo'
import {book, encodeEvent, Stack, startStack} from '../harness'

const E = 10n ** 18n
const START = 1_750_000_000
const ZERO = '0x0000000000000000000000000000000000000000'
const STETH = book.lido.steth.address
const [CURATED, DVT] = book.lido.nodeOperatorRegistries.map((r) => r.address)

describe('Lido node operators and penalties', () => {
    let stack: Stack
    beforeAll(async () => {
        stack = await startStack()
        // a rate first: 100 ETH for 100 shares, then a report to 110 ETH on 100 shares -> 1.1 ETH per share
        let staker = '0x00000000000000000000000000000000011d5a4e'
        await stack.chain.mineBlock({
            timestamp: START,
            txs: [[
                encodeEvent(STETH, lidoAbi.events.Submitted, {sender: staker, amount: 100n * E, referral: ZERO}),
                encodeEvent(STETH, lidoAbi.events.TransferShares, {from: ZERO, to: staker, sharesValue: 100n * E}),
            ]],
        })
        await stack.chain.mineBlock({
            timestamp: START + 3600,
            txs: [[encodeEvent(STETH, lidoAbi.events.TokenRebased, {reportTimestamp: 0n, timeElapsed: 3600n, preTotalShares: 100n * E, preTotalEther: 100n * E, postTotalShares: 100n * E, postTotalEther: 110n * E, sharesMintedAsFees: 0n})]],
        })
        let last = 0
        for (let b of operatorsDemo(book)) last = await stack.chain.mineBlock({timestamp: START + b.secondsAfterStart, txs: b.txs})
        await stack.waitForHeight(last)
    })
    afterAll(async () => {
        await stack?.stop()
    })

    it('operators of both modules with their settings, stuck-penalty and exit figures', async () => {
        let {lidoNodeOperators} = await stack.gql(`{ lidoNodeOperators(orderBy: id_ASC) {
            id module operatorId name rewardAddress active stakingLimit exitedValidatorsCount stuckValidatorsCount refundedValidatorsCount
            stuckPenaltyEndTimestamp exitStatusUpdates lastExitStatusProofTimestamp exitsTriggered penalizedShares penaltyCount
        } }`)
        let base = {stuckValidatorsCount: null, refundedValidatorsCount: null, stuckPenaltyEndTimestamp: null, exitStatusUpdates: 0, lastExitStatusProofTimestamp: null, exitsTriggered: 0, penalizedShares: '0', penaltyCount: 0, exitedValidatorsCount: null}
        let expected = [
            {...base, id: `${CURATED}-0`, module: CURATED, operatorId: '0', name: 'Alpha', rewardAddress: OPERATORS_DEMO.alphaNewReward, active: true, stakingLimit: '50', exitedValidatorsCount: '7', stuckValidatorsCount: '2', refundedValidatorsCount: '1', stuckPenaltyEndTimestamp: '1760000000', penalizedShares: String(2n * E), penaltyCount: 1},
            {...base, id: `${CURATED}-1`, module: CURATED, operatorId: '1', name: 'Beta Staking', rewardAddress: OPERATORS_DEMO.betaReward, active: true, stakingLimit: '20', exitedValidatorsCount: '3'},
            {...base, id: `${DVT}-0`, module: DVT, operatorId: '0', name: 'Gamma', rewardAddress: OPERATORS_DEMO.gammaReward, active: false, stakingLimit: '0', exitStatusUpdates: 1, lastExitStatusProofTimestamp: '1750000000', exitsTriggered: 1},
        ].sort((a, b) => (a.id < b.id ? -1 : 1))
        expect(lidoNodeOperators).toEqual(expected)
    })

    it('a penalty is a LIDO_NODE_OPERATOR_PENALTY slashing: shares, and their ETH at the rate of that block', async () => {
        let {slashings} = await stack.gql(`{ slashings(where: {kind_eq: "LIDO_NODE_OPERATOR_PENALTY"}) { protocol amount amountEth account { id } lidoNodeOperator { id name } } }`)
        // 2 shares x 110 ETH / 100 shares = 2.2 ETH
        expect(slashings).toEqual([
            {protocol: 'LIDO', amount: String(2n * E), amountEth: String(22n * E / 10n), account: {id: OPERATORS_DEMO.alphaNewReward}, lidoNodeOperator: {id: `${CURATED}-0`, name: 'Alpha'}},
        ])
    })
})
