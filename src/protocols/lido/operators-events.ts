import * as current from '../../abi/NodeOperatorsRegistry'
import * as v1 from '../../abi/NodeOperatorsRegistry.v1'
import * as v2 from '../../abi/NodeOperatorsRegistry.v2'

/**
 * NodeOperatorsRegistry events over its three ABI eras. Topic0s and layouts are shared between eras (V1 named
 * the id `id`, later `nodeOperatorId`: same topic0, same layout), so each handled event decodes with the
 * newest file that declares it and `operatorId()` reads either name. V2-only: stuck penalties; V1-only:
 * staking limit and stopped validators; current-only: exit status and triggered exits.
 */
export const OPERATOR_EVENTS = {
    NodeOperatorAdded: current.events.NodeOperatorAdded,
    NodeOperatorActiveSet: current.events.NodeOperatorActiveSet,
    NodeOperatorNameSet: current.events.NodeOperatorNameSet,
    NodeOperatorRewardAddressSet: current.events.NodeOperatorRewardAddressSet,
    NodeOperatorStakingLimitSet: v1.events.NodeOperatorStakingLimitSet,
    VettedSigningKeysCountChanged: current.events.VettedSigningKeysCountChanged,
    ExitedSigningKeysCountChanged: current.events.ExitedSigningKeysCountChanged,
    NodeOperatorTotalStoppedValidatorsReported: v1.events.NodeOperatorTotalStoppedValidatorsReported,
    StuckPenaltyStateChanged: v2.events.StuckPenaltyStateChanged,
    NodeOperatorPenalized: v2.events.NodeOperatorPenalized,
    ValidatorExitStatusUpdated: current.events.ValidatorExitStatusUpdated,
    ValidatorExitTriggered: current.events.ValidatorExitTriggered,
} as const

/**
 * Events of the three files deliberately not indexed: keys bookkeeping, module configuration and Aragon
 * plumbing that change no figure we keep. (`NodeOperatorPenaltyCleared` only marks the end of a penalty the
 * StuckPenaltyStateChanged figures already show.) A unit test checks that every event is in one list or
 * the other, so a new era's event cannot fall through unnoticed.
 */
export const IGNORED_OPERATOR_EVENTS = [
    'NodeOperatorTotalKeysTrimmed',
    'KeysOpIndexSet',
    'StakingModuleTypeSet',
    'RewardsDistributed',
    'RewardDistributionStateChanged',
    'LocatorContractSet',
    'DepositedSigningKeysCountChanged',
    'TotalSigningKeysCountChanged',
    'NonceChanged',
    'TargetValidatorsCountChanged',
    'ExitDeadlineThresholdChanged',
    'ContractVersionSet',
    'ScriptResult',
    'RecoverToVault',
    'StuckPenaltyDelayChanged',
    'NodeOperatorPenaltyCleared',
    'SigningKeyAdded',
    'SigningKeyRemoved',
]

export const OPERATOR_ABI_FILES = {current, v2, v1}

/** The operator id of an event of any era (`nodeOperatorId`, or V1's `id`). */
export function operatorId(e: {nodeOperatorId?: bigint; id?: bigint}): bigint {
    return (e.nodeOperatorId ?? e.id)!
}
