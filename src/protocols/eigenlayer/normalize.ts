import {Log} from '../../core/types'
import {Decoded} from './abi-table'
import {ContractKind} from './contracts'
import {ElEvent} from './events'

/* eslint-disable @typescript-eslint/no-explicit-any */

const a = (x: string) => x.toLowerCase()
const big = (x: any) => BigInt(x)

/**
 * One decoded log -> the normalised event. `contract` is the emitting contract's kind (known from log.address);
 * `args` field names differ between eras (M1 `depositor`, M2 `staker`), so both are read.
 */
export function normalize(contract: ContractKind, log: Log, d: Decoded): ElEvent | undefined {
    let x = d.args
    switch (contract) {
        case 'strategyManager':
            return strategyManager(log, d.name, x)
        case 'delegationManager':
            return delegationManager(log, d.name, x)
        case 'eigenPodManager':
            return eigenPodManager(log, d.name, x)
        case 'eigenPod':
            return podEvent(log, d.name, x)
        case 'delayedWithdrawalRouter':
            if (d.name == 'DelayedWithdrawalCreated') {
                return {log, type: 'DelayedWithdrawalCreated', podOwner: a(x.podOwner), recipient: a(x.recipient), amount: x.amount, index: x.index}
            }
            return {log, type: 'DelayedWithdrawalsClaimed', recipient: a(x.recipient), amount: x.amountClaimed, completed: x.delayedWithdrawalsCompleted}
        case 'allocationManager':
            return allocationManager(log, d.name, x)
        case 'rewardsCoordinator':
            if (d.name == 'DistributionRootDisabled') return {log, type: 'DistributionRootDisabled', rootIndex: Number(x.rootIndex)}
            if (d.name == 'RewardsClaimed') {
                return {
                    log,
                    type: 'RewardsClaimed',
                    root: x.root,
                    earner: a(x.earner),
                    claimer: a(x.claimer),
                    recipient: a(x.recipient),
                    token: a(x.token),
                    amount: x.claimedAmount,
                }
            }
            return {
                log,
                type: 'DistributionRootSubmitted',
                rootIndex: Number(x.rootIndex),
                root: x.root,
                calculationEnd: big(x.rewardsCalculationEndTimestamp),
                activatedAt: big(x.activatedAt),
            }
        case 'avsDirectory':
            return {log, type: 'AvsRegistration', operator: a(x.operator), avs: a(x.avs), registered: Number(x.status) == 1}
        case 'strategyFactory':
            // a duration vault's initializer logs StrategyTokenSet before the whitelist; the factory names the token after it
            if (d.name == 'DurationVaultDeployed') return {log, type: 'StrategyTokenSet', strategy: a(x.vault), token: a(x.underlyingToken)}
            return {log, type: 'StrategyWhitelisted', strategy: a(x.strategy), token: a(x.token), whitelisted: true}
        case 'strategy':
            if (d.name == 'ExchangeRateEmitted') return {log, type: 'ExchangeRate', strategy: a(log.address), rate: x.rate}
            return {log, type: 'StrategyTokenSet', strategy: a(log.address), token: a(x.token)}
    }
}

function strategyManager(log: Log, name: string, x: any): ElEvent | undefined {
    switch (name) {
        case 'Deposit':
            return {
                log,
                type: 'Deposit',
                staker: a(x.staker ?? x.depositor),
                token: x.token == null ? null : a(x.token),
                strategy: a(x.strategy),
                shares: x.shares,
            }
        case 'StrategyAddedToDepositWhitelist':
        case 'StrategyRemovedFromDepositWhitelist':
            return {log, type: 'StrategyWhitelisted', strategy: a(x.strategy), token: null, whitelisted: name == 'StrategyAddedToDepositWhitelist'}
        case 'ShareWithdrawalQueued':
            return {log, type: 'M1ShareWithdrawalQueued', staker: a(x.depositor), nonce: big(x.nonce), strategy: a(x.strategy), shares: x.shares}
        case 'WithdrawalQueued':
            return {
                log,
                type: 'M1WithdrawalQueued',
                staker: a(x.depositor),
                nonce: big(x.nonce),
                withdrawer: a(x.withdrawer),
                delegatedTo: a(x.delegatedAddress),
                root: x.withdrawalRoot,
            }
        case 'WithdrawalCompleted':
            return {log, type: 'M1WithdrawalCompleted', staker: a(x.depositor), nonce: big(x.nonce), withdrawer: a(x.withdrawer), root: x.withdrawalRoot}
        case 'BurnableSharesIncreased':
        case 'BurnOrRedistributableSharesIncreased':
            return {log, type: 'BurnableShares', strategy: a(x.strategy), delta: x.shares}
        case 'BurnableSharesDecreased':
        case 'BurnOrRedistributableSharesDecreased':
            return {log, type: 'BurnableShares', strategy: a(x.strategy), delta: -big(x.shares)}
    }
    return undefined
}

function delegationManager(log: Log, name: string, x: any): ElEvent | undefined {
    switch (name) {
        case 'RegisterAsOperator':
            return {
                log,
                type: 'OperatorRegistered',
                operator: a(x.operator),
                delegationApprover: null,
                earningsReceiver: null,
                stakerOptOutWindowBlocks: null,
                delegationTerms: a(x.delegationTerms),
            }
        case 'OperatorRegistered': {
            let details = x.operatorDetails
            return {
                log,
                type: 'OperatorRegistered',
                operator: a(x.operator),
                delegationApprover: a(details ? details.delegationApprover : x.delegationApprover),
                earningsReceiver: details ? a(details.earningsReceiver) : null,
                stakerOptOutWindowBlocks: details ? Number(details.stakerOptOutWindowBlocks) : null,
                delegationTerms: null,
            }
        }
        case 'OperatorDetailsModified': {
            let details = x.newOperatorDetails
            return {
                log,
                type: 'OperatorDetailsModified',
                operator: a(x.operator),
                delegationApprover: a(details.delegationApprover),
                earningsReceiver: a(details.earningsReceiver),
                stakerOptOutWindowBlocks: Number(details.stakerOptOutWindowBlocks),
            }
        }
        case 'DelegationApproverUpdated':
            return {
                log,
                type: 'OperatorDetailsModified',
                operator: a(x.operator),
                delegationApprover: a(x.newDelegationApprover),
                earningsReceiver: null,
                stakerOptOutWindowBlocks: null,
            }
        case 'OperatorMetadataURIUpdated':
            return {log, type: 'OperatorMetadataURIUpdated', operator: a(x.operator), metadataURI: x.metadataURI}
        case 'StakerDelegated':
            return {log, type: 'Delegation', kind: 'DELEGATED', staker: a(x.staker), operator: a(x.operator)}
        case 'StakerUndelegated':
            return {log, type: 'Delegation', kind: 'UNDELEGATED', staker: a(x.staker), operator: a(x.operator)}
        case 'StakerForceUndelegated':
            return {log, type: 'Delegation', kind: 'FORCE_UNDELEGATED', staker: a(x.staker), operator: a(x.operator)}
        case 'OperatorSharesIncreased':
        case 'OperatorSharesDecreased':
            return {
                log,
                type: 'OperatorShares',
                operator: a(x.operator),
                staker: a(x.staker),
                strategy: a(x.strategy),
                delta: name == 'OperatorSharesIncreased' ? big(x.shares) : -big(x.shares),
            }
        case 'WithdrawalQueued':
        case 'SlashingWithdrawalQueued': {
            let w = x.withdrawal
            return {
                log,
                type: 'WithdrawalQueued',
                era: name == 'WithdrawalQueued' ? 'm2' : 'slashing',
                root: x.withdrawalRoot,
                staker: a(w.staker),
                delegatedTo: a(w.delegatedTo),
                withdrawer: a(w.withdrawer),
                nonce: big(w.nonce),
                startBlock: Number(w.startBlock),
                strategies: w.strategies.map(a),
                // the 7th field is `shares` in M2 and `scaledShares` in the slashing release (same type)
                shares: [...(w.shares ?? w.scaledShares)],
                sharesToWithdraw: x.sharesToWithdraw ? [...x.sharesToWithdraw] : null,
            }
        }
        case 'WithdrawalCompleted':
        case 'SlashingWithdrawalCompleted':
            return {log, type: 'WithdrawalCompleted', era: name == 'WithdrawalCompleted' ? 'm2' : 'slashing', root: x.withdrawalRoot}
        case 'WithdrawalMigrated':
            return {log, type: 'WithdrawalMigrated', oldRoot: x.oldWithdrawalRoot, newRoot: x.newWithdrawalRoot}
        case 'DepositScalingFactorUpdated':
            return {log, type: 'DepositScalingFactor', staker: a(x.staker), strategy: a(x.strategy), factor: x.newDepositScalingFactor}
    }
    return undefined
}

function eigenPodManager(log: Log, name: string, x: any): ElEvent | undefined {
    switch (name) {
        case 'PodDeployed':
            return {log, type: 'PodDeployed', pod: a(x.eigenPod), owner: a(x.podOwner)}
        case 'PodSharesUpdated':
            return {log, type: 'PodSharesUpdated', owner: a(x.podOwner), delta: x.sharesDelta}
        case 'NewTotalShares':
            return {log, type: 'NewTotalShares', owner: a(x.podOwner), total: x.newTotalShares}
        case 'BeaconChainETHDeposited':
            return {log, type: 'BeaconChainETHDeposited', owner: a(x.podOwner), amount: x.amount}
        case 'BeaconChainSlashingFactorDecreased':
            return {
                log,
                type: 'BeaconChainSlashing',
                staker: a(x.staker),
                before: big(x.prevBeaconChainSlashingFactor),
                after: big(x.newBeaconChainSlashingFactor),
            }
        case 'BurnableETHSharesIncreased':
            return {log, type: 'BurnableETHShares', shares: x.shares}
    }
    return undefined
}

/** Every pod event of every pod era, kept as an EigenPodEvent with the fields it has. */
function podEvent(log: Log, name: string, x: any): ElEvent {
    let amount =
        x.newValidatorBalanceGwei ??
        x.withdrawalAmountGwei ??
        x.partialWithdrawalAmountGwei ??
        x.totalShareDeltaWei ??
        x.amount ??
        x.amountReceived ??
        x.amountWithdrawn ??
        null
    let pubkeyHash = x.pubkeyHash ?? x.validatorPubkeyHash ?? x.sourcePubkeyHash ?? x.pubkey ?? null
    return {
        log,
        type: 'PodEvent',
        kind: name,
        validatorIndex: x.validatorIndex == null ? null : big(x.validatorIndex),
        pubkeyHash: pubkeyHash == null ? null : String(pubkeyHash).toLowerCase(),
        amount: amount == null ? null : big(amount),
        recipient: x.recipient == null ? null : a(x.recipient),
        checkpointTimestamp: x.checkpointTimestamp == null ? null : big(x.checkpointTimestamp),
        podOwner: x.podOwner == null ? null : a(x.podOwner),
    }
}

function allocationManager(log: Log, name: string, x: any): ElEvent | undefined {
    let set = x.operatorSet
    switch (name) {
        case 'OperatorSetCreated':
            return {log, type: 'OperatorSetCreated', avs: a(set.avs), setId: big(set.id)}
        case 'OperatorAddedToOperatorSet':
        case 'OperatorRemovedFromOperatorSet':
            return {
                log,
                type: 'OperatorSetMembership',
                operator: a(x.operator),
                avs: a(set.avs),
                setId: big(set.id),
                added: name == 'OperatorAddedToOperatorSet',
            }
        case 'AllocationUpdated':
            return {
                log,
                type: 'AllocationUpdated',
                operator: a(x.operator),
                avs: a(set.avs),
                setId: big(set.id),
                strategy: a(x.strategy),
                magnitude: big(x.magnitude),
                effectBlock: Number(x.effectBlock),
            }
        case 'MaxMagnitudeUpdated':
            return {log, type: 'Magnitude', operator: a(x.operator), strategy: a(x.strategy), max: big(x.maxMagnitude), encumbered: null}
        case 'EncumberedMagnitudeUpdated':
            return {log, type: 'Magnitude', operator: a(x.operator), strategy: a(x.strategy), max: null, encumbered: big(x.encumberedMagnitude)}
        case 'AllocationDelaySet':
            return {log, type: 'AllocationDelaySet', operator: a(x.operator), delay: Number(x.delay), effectBlock: Number(x.effectBlock)}
        case 'OperatorSlashed':
            return {
                log,
                type: 'OperatorSlashed',
                operator: a(x.operator),
                avs: a(set.avs),
                setId: big(set.id),
                strategies: x.strategies.map(a),
                wadSlashed: [...x.wadSlashed],
                description: x.description,
            }
    }
    return undefined
}
