import {ScenarioBlock} from '../../core/types'
import {encodeEvent} from '../../core/encode'
import {AddressBook} from '../../networks'
import {OPERATOR_EVENTS as EV} from './operators-events'

const E = 10n ** 18n
const DAY = 86400

/** Operators and figures of the node-operators demo (checked by test/integration/lido-operators.test.ts). */
export const OPERATORS_DEMO = {
    alphaReward: '0x00000000000000000000000000000000011da1f0',
    alphaNewReward: '0x00000000000000000000000000000000011da1f1',
    betaReward: '0x00000000000000000000000000000000011db37a',
    gammaReward: '0x00000000000000000000000000000000011d6a3a',
    penaltyShares: 2n * E,
}

/**
 * Curated module: Alpha (id 0) and Beta (id 1); SimpleDVT: Gamma (id 0). Then settings change, stuck and
 * exit figures move, and Alpha (at its new reward address) is penalised 2 shares.
 */
export function operatorsDemo(book: AddressBook): ScenarioBlock[] {
    let [curated, dvt] = book.lido.nodeOperatorRegistries.map((r) => r.address)
    let {alphaReward, alphaNewReward, betaReward, gammaReward, penaltyShares} = OPERATORS_DEMO
    let key = '0x' + 'ab'.repeat(48)
    return [
        {
            secondsAfterStart: 14 * DAY,
            txs: [
                [encodeEvent(curated, EV.NodeOperatorAdded, {nodeOperatorId: 0n, name: 'Alpha', rewardAddress: alphaReward, stakingLimit: 0n})],
                [encodeEvent(curated, EV.NodeOperatorAdded, {nodeOperatorId: 1n, name: 'Beta', rewardAddress: betaReward, stakingLimit: 10n})],
                [encodeEvent(dvt, EV.NodeOperatorAdded, {nodeOperatorId: 0n, name: 'Gamma', rewardAddress: gammaReward, stakingLimit: 0n})],
            ],
        },
        {
            secondsAfterStart: 14 * DAY + 600,
            txs: [
                [encodeEvent(curated, EV.NodeOperatorNameSet, {nodeOperatorId: 1n, name: 'Beta Staking'})],
                [encodeEvent(curated, EV.NodeOperatorRewardAddressSet, {nodeOperatorId: 0n, rewardAddress: alphaNewReward})],
                [encodeEvent(dvt, EV.NodeOperatorActiveSet, {nodeOperatorId: 0n, active: false})],
                [encodeEvent(curated, EV.NodeOperatorStakingLimitSet, {id: 1n, stakingLimit: 20n})],
                [encodeEvent(curated, EV.VettedSigningKeysCountChanged, {nodeOperatorId: 0n, approvedValidatorsCount: 50n})],
            ],
        },
        {
            secondsAfterStart: 15 * DAY,
            txs: [
                [encodeEvent(curated, EV.NodeOperatorTotalStoppedValidatorsReported, {id: 1n, totalStopped: 3n})],
                [encodeEvent(curated, EV.ExitedSigningKeysCountChanged, {nodeOperatorId: 0n, exitedValidatorsCount: 7n})],
                [encodeEvent(curated, EV.StuckPenaltyStateChanged, {nodeOperatorId: 0n, stuckValidatorsCount: 2n, refundedValidatorsCount: 1n, stuckPenaltyEndTimestamp: 1_760_000_000n})],
                [encodeEvent(dvt, EV.ValidatorExitStatusUpdated, {nodeOperatorId: 0n, publicKey: key, eligibleToExitInSec: 3600n, proofSlotTimestamp: 1_750_000_000n})],
                [encodeEvent(dvt, EV.ValidatorExitTriggered, {nodeOperatorId: 0n, publicKey: key, withdrawalRequestPaidFee: 1n, exitType: 0n})],
            ],
        },
        {secondsAfterStart: 15 * DAY + 600, txs: [[encodeEvent(curated, EV.NodeOperatorPenalized, {recipientAddress: alphaNewReward, sharesPenalizedAmount: penaltyShares})]]},
    ]
}
