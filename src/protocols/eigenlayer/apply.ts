import * as alloc from './allocations'
import * as del from './delegation'
import {ElEvent} from './events'
import * as pods from './pods'
import * as rewards from './rewards'
import {ElState} from './state'
import * as strat from './strategies'
import * as wd from './withdrawals'

/** Applies one normalised event to the batch state (events come in chain order). */
export function applyEvent(s: ElState, e: ElEvent): void {
    switch (e.type) {
        case 'Deposit':
            return strat.applyDeposit(s, e)
        case 'StrategyWhitelisted':
            return strat.applyStrategyWhitelisted(s, e)
        case 'StrategyTokenSet':
            return strat.applyStrategyTokenSet(s, e)
        case 'ExchangeRate':
            return strat.applyExchangeRate(s, e)
        case 'BurnableShares':
            return strat.applyBurnableShares(s, e)
        case 'BurnableETHShares':
            return strat.applyBurnableEthShares(s, e)
        case 'DepositScalingFactor':
            return strat.applyDepositScalingFactor(s, e)
        case 'M1ShareWithdrawalQueued':
            return wd.applyM1ShareQueued(s, e)
        case 'M1WithdrawalQueued':
            return wd.applyM1Queued(s, e)
        case 'M1WithdrawalCompleted':
            return wd.applyM1Completed(s, e)
        case 'WithdrawalQueued':
            return wd.applyQueued(s, e)
        case 'WithdrawalCompleted':
            return wd.applyCompleted(s, e)
        case 'WithdrawalMigrated':
            return wd.applyMigrated(s, e)
        case 'OperatorRegistered':
            return del.applyOperatorRegistered(s, e)
        case 'OperatorDetailsModified':
            return del.applyOperatorDetails(s, e)
        case 'OperatorMetadataURIUpdated':
            return del.applyOperatorMetadata(s, e)
        case 'Delegation':
            return del.applyDelegation(s, e)
        case 'OperatorShares':
            return del.applyOperatorShares(s, e)
        case 'AvsRegistration':
            return del.applyAvsRegistration(s, e)
        case 'PodDeployed':
            return pods.applyPodDeployed(s, e)
        case 'PodSharesUpdated':
            return pods.applyPodSharesUpdated(s, e)
        case 'NewTotalShares':
            return pods.applyNewTotalShares(s, e)
        case 'BeaconChainETHDeposited':
            return pods.applyBeaconChainEthDeposited(s, e)
        case 'PodEvent':
            return pods.applyPodEvent(s, e)
        case 'BeaconChainSlashing':
            return pods.applyBeaconChainSlashing(s, e)
        case 'OperatorSetCreated':
            return alloc.applyOperatorSetCreated(s, e)
        case 'OperatorSetMembership':
            return alloc.applyMembership(s, e)
        case 'AllocationUpdated':
            return alloc.applyAllocation(s, e)
        case 'Magnitude':
            return alloc.applyMagnitude(s, e)
        case 'AllocationDelaySet':
            return alloc.applyAllocationDelay(s, e)
        case 'OperatorSlashed':
            return alloc.applyOperatorSlashed(s, e)
        case 'RewardsClaimed':
            return rewards.applyRewardsClaimed(s, e)
        case 'DistributionRootSubmitted':
            return rewards.applyDistributionRoot(s, e)
        case 'DistributionRootDisabled':
            return rewards.applyDistributionRootDisabled(s, e)
        case 'DelayedWithdrawalCreated':
            return rewards.applyDelayedWithdrawalCreated(s, e)
        case 'DelayedWithdrawalsClaimed':
            return rewards.applyDelayedWithdrawalsClaimed(s, e)
    }
}
