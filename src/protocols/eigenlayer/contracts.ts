import * as avsDirectory from '../../abi/AVSDirectory'
import * as allocationManager from '../../abi/AllocationManager'
import * as delayedWithdrawalRouter from '../../abi/DelayedWithdrawalRouter'
import * as delegationManager from '../../abi/DelegationManager'
import * as delegationManagerM1 from '../../abi/DelegationManager.m1'
import * as delegationManagerM2 from '../../abi/DelegationManager.m2'
import * as eigenPod from '../../abi/EigenPod'
import * as eigenPodM1 from '../../abi/EigenPod.m1'
import * as eigenPodM2 from '../../abi/EigenPod.m2'
import * as eigenPodPepe from '../../abi/EigenPod.pepe'
import * as eigenPodManager from '../../abi/EigenPodManager'
import * as eigenPodManagerM1 from '../../abi/EigenPodManager.m1'
import * as eigenPodManagerM2 from '../../abi/EigenPodManager.m2'
import * as rewardsCoordinator from '../../abi/RewardsCoordinator'
import * as rewardsCoordinatorV1 from '../../abi/RewardsCoordinator.v1'
import * as strategyBase from '../../abi/StrategyBaseTVLLimits'
import * as strategyFactory from '../../abi/StrategyFactory'
import * as strategyManager from '../../abi/StrategyManager'
import * as strategyManagerM1 from '../../abi/StrategyManager.m1'
import * as strategyManagerM2 from '../../abi/StrategyManager.m2'
import * as strategyManagerSlashing from '../../abi/StrategyManager.slashing'
import {CountKey, UNKNOWN} from '../../core/event-counter'
import {buildEventTable, EraFiles, EventTable} from './abi-table'

/** The contracts of EigenLayer, each with every era file of its ABI (abi/) and the events we index. */
export type ContractKind =
    | 'strategyManager'
    | 'delegationManager'
    | 'eigenPodManager'
    | 'eigenPod'
    | 'delayedWithdrawalRouter'
    | 'allocationManager'
    | 'rewardsCoordinator'
    | 'avsDirectory'
    | 'strategyFactory'
    | 'strategy'

export interface ContractSpec {
    eras: EraFiles
    /** event names turned into records or state */
    handled: string[]
    /** event names deliberately not indexed (admin / config events with no staking meaning) */
    ignored: string[]
}

const ADMIN = ['Initialized', 'OwnershipTransferred', 'Paused', 'Unpaused', 'PauserRegistrySet']

export const CONTRACTS: Record<ContractKind, ContractSpec> = {
    strategyManager: {
        eras: {
            'StrategyManager.m1.json': strategyManagerM1,
            'StrategyManager.m2.json': strategyManagerM2,
            'StrategyManager.slashing.json': strategyManagerSlashing,
            'StrategyManager.json': strategyManager,
        },
        handled: [
            'Deposit',
            'StrategyAddedToDepositWhitelist',
            'StrategyRemovedFromDepositWhitelist',
            'ShareWithdrawalQueued',
            'WithdrawalQueued',
            'WithdrawalCompleted',
            'BurnableSharesIncreased',
            'BurnableSharesDecreased',
            'BurnOrRedistributableSharesIncreased',
            'BurnOrRedistributableSharesDecreased',
        ],
        ignored: [...ADMIN, 'StrategyWhitelisterChanged', 'WithdrawalDelayBlocksSet', 'UpdatedThirdPartyTransfersForbidden'],
    },
    delegationManager: {
        eras: {
            'DelegationManager.m1.json': delegationManagerM1,
            'DelegationManager.m2.json': delegationManagerM2,
            'DelegationManager.json': delegationManager,
        },
        handled: [
            'RegisterAsOperator',
            'OperatorRegistered',
            'OperatorDetailsModified',
            'DelegationApproverUpdated',
            'OperatorMetadataURIUpdated',
            'StakerDelegated',
            'StakerUndelegated',
            'StakerForceUndelegated',
            'OperatorSharesIncreased',
            'OperatorSharesDecreased',
            'WithdrawalQueued',
            'WithdrawalCompleted',
            'WithdrawalMigrated',
            'SlashingWithdrawalQueued',
            'SlashingWithdrawalCompleted',
            'DepositScalingFactorUpdated',
        ],
        ignored: [
            ...ADMIN,
            'OnDelegationReceivedCallFailure',
            'OnDelegationWithdrawnCallFailure',
            'MinWithdrawalDelayBlocksSet',
            'StrategyWithdrawalDelayBlocksSet',
            // slashOperatorShares logs it right after OperatorSharesDecreased(op, 0x0, strategy, operator part): its
            // total (operator part + slashable queued withdrawals) is logged again as Burnable(OrRedistributable)SharesIncreased
            'OperatorSharesSlashed',
        ],
    },
    eigenPodManager: {
        eras: {
            'EigenPodManager.m1.json': eigenPodManagerM1,
            'EigenPodManager.m2.json': eigenPodManagerM2,
            'EigenPodManager.json': eigenPodManager,
        },
        handled: [
            'PodDeployed',
            'PodSharesUpdated',
            'NewTotalShares',
            'BeaconChainETHDeposited',
            'BeaconChainSlashingFactorDecreased',
            'BurnableETHSharesIncreased',
        ],
        ignored: [
            ...ADMIN,
            'BeaconOracleUpdated',
            'MaxPodsUpdated',
            'DenebForkTimestampUpdated',
            'PectraForkTimestampSet',
            'ProofTimestampSetterSet',
            // declared by IEigenPodManager from M2 on, emitted by no release (git grep of every tag)
            'BeaconChainETHWithdrawalCompleted',
        ],
    },
    eigenPod: {
        eras: {
            'EigenPod.m1.json': eigenPodM1,
            'EigenPod.m2.json': eigenPodM2,
            'EigenPod.pepe.json': eigenPodPepe,
            'EigenPod.json': eigenPod,
        },
        handled: [
            'EigenPodStaked',
            'ValidatorRestaked',
            'ValidatorBalanceUpdated',
            'ValidatorOvercommitted',
            'CheckpointCreated',
            'CheckpointFinalized',
            'ValidatorCheckpointed',
            'ValidatorWithdrawn',
            'FullWithdrawalRedeemed',
            'PartialWithdrawalRedeemed',
            'RestakedBeaconChainETHWithdrawn',
            'RestakingActivated',
            'NonBeaconChainETHReceived',
            'NonBeaconChainETHWithdrawn',
            'WithdrawalRequested',
            'ConsolidationRequested',
            'ExitRequested',
            'SwitchToCompoundingRequested',
        ],
        ignored: ['Initialized', 'ProofSubmitterUpdated'],
    },
    delayedWithdrawalRouter: {
        eras: {'DelayedWithdrawalRouter.json': delayedWithdrawalRouter},
        handled: ['DelayedWithdrawalCreated', 'DelayedWithdrawalsClaimed'],
        ignored: [...ADMIN, 'WithdrawalDelayBlocksSet'],
    },
    allocationManager: {
        eras: {'AllocationManager.json': allocationManager},
        handled: [
            'OperatorSetCreated',
            'OperatorAddedToOperatorSet',
            'OperatorRemovedFromOperatorSet',
            'AllocationUpdated',
            'MaxMagnitudeUpdated',
            'EncumberedMagnitudeUpdated',
            'AllocationDelaySet',
            'OperatorSlashed',
        ],
        ignored: [
            ...ADMIN,
            'AVSMetadataURIUpdated',
            'AVSRegistrarSet',
            'RedistributionAddressSet',
            'SlasherMigrated',
            'SlasherUpdated',
            'StrategyAddedToOperatorSet',
            'StrategyRemovedFromOperatorSet',
        ],
    },
    rewardsCoordinator: {
        eras: {'RewardsCoordinator.v1.json': rewardsCoordinatorV1, 'RewardsCoordinator.json': rewardsCoordinator},
        handled: ['RewardsClaimed', 'DistributionRootSubmitted', 'DistributionRootDisabled'],
        ignored: [
            ...ADMIN,
            'AVSRewardsSubmissionCreated',
            'ActivationDelaySet',
            'ClaimerForSet',
            'DefaultOperatorSplitBipsSet',
            'FeeRecipientSet',
            'GlobalCommissionBipsSet',
            'OperatorAVSSplitBipsSet',
            'OperatorDirectedAVSRewardsSubmissionCreated',
            'OperatorDirectedOperatorSetRewardsSubmissionCreated',
            'OperatorPISplitBipsSet',
            'OperatorSetSplitBipsSet',
            'OptInForProtocolFeeSet',
            'RewardsForAllSubmitterSet',
            'RewardsSubmissionForAllCreated',
            'RewardsSubmissionForAllEarnersCreated',
            'RewardsUpdaterSet',
            'TotalStakeRewardsSubmissionCreated',
            'UniqueStakeRewardsSubmissionCreated',
        ],
    },
    avsDirectory: {
        eras: {'AVSDirectory.json': avsDirectory},
        handled: ['OperatorAVSRegistrationStatusUpdated'],
        ignored: [...ADMIN, 'AVSMetadataURIUpdated'],
    },
    strategyFactory: {
        eras: {'StrategyFactory.json': strategyFactory},
        handled: ['StrategySetForToken', 'DurationVaultDeployed'],
        ignored: [...ADMIN, 'TokenBlacklisted'],
    },
    strategy: {
        eras: {'StrategyBaseTVLLimits.json': strategyBase},
        handled: ['ExchangeRateEmitted', 'StrategyTokenSet'],
        ignored: [...ADMIN, 'MaxPerDepositUpdated', 'MaxTotalDepositsUpdated'],
    },
}

/** topic0 -> decoder, per contract, across all its era files; only the handled events. */
export const TABLES: Record<ContractKind, EventTable> = Object.fromEntries(
    Object.entries(CONTRACTS).map(([kind, spec]) => {
        let table = buildEventTable(spec.eras, kind)
        for (let [topic, variants] of table) {
            let kept = variants.filter((v) => spec.handled.includes(v.name))
            if (kept.length == 0) table.delete(topic)
            else table.set(topic, kept)
        }
        return [kind, table]
    })
) as Record<ContractKind, EventTable>

/**
 * The counter rows of decoys: a log with a pod or strategy topic0 (asked for from any address) from an address
 * that is no pod or strategy the squid knows. Contract kind and era `unknown`, the event named by the topic0.
 */
export const DECOY_COUNTS = new Map(
    [...TABLES.eigenPod, ...TABLES.strategy].map(([topic, variants]) => [topic, CountKey.of('eigenlayer', UNKNOWN, variants[0].name, UNKNOWN)])
)

/** The topic0s of the handled events of one contract (what the processor is asked for). */
export function handledTopics(kind: ContractKind): string[] {
    return [...TABLES[kind].keys()]
}
