import * as legacyOracle from '../../abi/LegacyOracle'
import * as lido from '../../abi/Lido'
import * as lidoLegacy from '../../abi/Lido.legacy'
import * as nor from '../../abi/NodeOperatorsRegistry'
import * as norV1 from '../../abi/NodeOperatorsRegistry.v1'
import * as norV2 from '../../abi/NodeOperatorsRegistry.v2'
import * as withdrawalQueue from '../../abi/WithdrawalQueueERC721'
import * as wsteth from '../../abi/WstETH'
import {CountKey, erasLabel} from '../../core/event-counter'
import {EventDef} from '../../core/skipped-logs'

/* eslint-disable @typescript-eslint/no-explicit-any */

/** A typegen event object (src/abi/*): what the tables decode with and the unit test compares across eras. */
export interface AbiEvent<T = any> extends EventDef<T> {
    signature: string
    params: Record<string, any>
}

/**
 * One Lido contract: every era file of its ABI (abi/, oldest first), the events we index (name -> the decoder, the
 * newest file declaring it) and those deliberately not indexed. test/unit/lido-contracts.test.ts checks that every
 * event of every era file is in one list or the other, and that a handled event has the same topic0 and indexed
 * layout in every era file declaring it, so one decoder serves every era and a new event cannot fall through.
 */
export interface ContractSpec<H extends Record<string, AbiEvent>> {
    eras: Record<string, {events: Record<string, AbiEvent>}>
    handled: H
    ignored: string[]
}

const spec = <H extends Record<string, AbiEvent>>(s: ContractSpec<H>) => s

const ARAGON = ['ScriptResult', 'RecoverToVault', 'ContractVersionSet']

/** stETH (the Lido contract): V1 and V2 in Lido.legacy.json, V3 in Lido.json. */
export const STETH_SPEC = spec({
    eras: {'Lido.legacy.json': lidoLegacy, 'Lido.json': lido},
    handled: {
        Submitted: lido.events.Submitted,
        /** ERC-20 Transfer (3 topics); the unstETH NFT's Transfer has the same topic0 with 4, at another address */
        Transfer: lido.events.Transfer,
        TransferShares: lido.events.TransferShares,
        SharesBurnt: lido.events.SharesBurnt,
        ETHDistributed: lido.events.ETHDistributed,
        TokenRebased: lido.events.TokenRebased,
        InternalShareRateUpdated: lido.events.InternalShareRateUpdated,
        ExternalSharesMinted: lido.events.ExternalSharesMinted,
        ExternalSharesBurnt: lido.events.ExternalSharesBurnt,
        ExternalEtherTransferredToBuffer: lido.events.ExternalEtherTransferredToBuffer,
        ExternalBadDebtInternalized: lido.events.ExternalBadDebtInternalized,
    },
    ignored: [
        ...ARAGON,
        'Approval',
        'Stopped',
        'Resumed',
        'StakingPaused',
        'StakingResumed',
        'StakingLimitSet',
        'StakingLimitRemoved',
        'LidoLocatorSet',
        'EIP712StETHInitialized',
        'MaxExternalRatioBPSet',
        // buffered ether moving to the deposit contract: the pooled ether does not change (buffer -> transient)
        'Unbuffered',
        'DepositedValidatorsChanged',
        // report internals whose figures TokenRebased / ETHDistributed carry
        'CLValidatorsUpdated',
        'ELRewardsReceived',
        'WithdrawalsReceived',
        // V1 settings and the never-enabled V1 withdraw(); BeaconValidatorsUpdated and MevTxFeeReceived exist only
        // in testnet builds (lido-dao v1.2.0-rc.0), never on mainnet
        'FeeSet',
        'FeeDistributionSet',
        'ProtocolContactsSet',
        'ELRewardsVaultSet',
        'ELRewardsWithdrawalLimitSet',
        'WithdrawalCredentialsSet',
        'Withdrawal',
        'BeaconValidatorsUpdated',
        'MevTxFeeReceived',
    ],
})

/** LidoOracle (V1), kept at the same address as LegacyOracle through V2. */
export const LEGACY_ORACLE_SPEC = spec({
    eras: {'LegacyOracle.json': legacyOracle},
    handled: {Completed: legacyOracle.events.Completed, PostTotalShares: legacyOracle.events.PostTotalShares},
    ignored: [
        ...ARAGON,
        'AllowedBeaconBalanceAnnualRelativeIncreaseSet',
        'AllowedBeaconBalanceRelativeDecreaseSet',
        'BeaconReportReceiverSet',
        'MemberAdded',
        'MemberRemoved',
        'QuorumChanged',
        'ExpectedEpochIdUpdated',
        'BeaconSpecSet',
        // one member's vote; the quorum's figures come with Completed
        'BeaconReported',
    ],
})

export const WSTETH_SPEC = spec({
    eras: {'WstETH.json': wsteth},
    handled: {Transfer: wsteth.events.Transfer},
    ignored: ['Approval'],
})

export const WITHDRAWAL_QUEUE_SPEC = spec({
    eras: {'WithdrawalQueueERC721.json': withdrawalQueue},
    handled: {
        WithdrawalRequested: withdrawalQueue.events.WithdrawalRequested,
        /** ERC-721 Transfer (tokenId indexed, 4 topics) */
        Transfer: withdrawalQueue.events.Transfer,
        WithdrawalsFinalized: withdrawalQueue.events.WithdrawalsFinalized,
        WithdrawalClaimed: withdrawalQueue.events.WithdrawalClaimed,
        BunkerModeEnabled: withdrawalQueue.events.BunkerModeEnabled,
        BunkerModeDisabled: withdrawalQueue.events.BunkerModeDisabled,
    },
    ignored: [
        'Approval',
        'ApprovalForAll',
        'BaseURISet',
        'BatchMetadataUpdate',
        'MetadataUpdate',
        'NftDescriptorAddressSet',
        'ContractVersionSet',
        'InitializedV1',
        'Paused',
        'Resumed',
        'RoleAdminChanged',
        'RoleGranted',
        'RoleRevoked',
    ],
})

/**
 * NodeOperatorsRegistry (curated module and SimpleDVT) over its three ABI eras. V1 named the id `id`, later
 * `nodeOperatorId` (same topic0, same layout: `operatorId()` reads either). V2-only: stuck penalties; V1-only:
 * staking limit and stopped validators; current-only: exit status and triggered exits.
 */
export const NODE_OPERATORS_SPEC = spec({
    eras: {'NodeOperatorsRegistry.v1.json': norV1, 'NodeOperatorsRegistry.v2.json': norV2, 'NodeOperatorsRegistry.json': nor},
    handled: {
        NodeOperatorAdded: nor.events.NodeOperatorAdded,
        NodeOperatorActiveSet: nor.events.NodeOperatorActiveSet,
        NodeOperatorNameSet: nor.events.NodeOperatorNameSet,
        NodeOperatorRewardAddressSet: nor.events.NodeOperatorRewardAddressSet,
        NodeOperatorStakingLimitSet: norV1.events.NodeOperatorStakingLimitSet,
        VettedSigningKeysCountChanged: nor.events.VettedSigningKeysCountChanged,
        ExitedSigningKeysCountChanged: nor.events.ExitedSigningKeysCountChanged,
        NodeOperatorTotalStoppedValidatorsReported: norV1.events.NodeOperatorTotalStoppedValidatorsReported,
        StuckPenaltyStateChanged: norV2.events.StuckPenaltyStateChanged,
        NodeOperatorPenalized: norV2.events.NodeOperatorPenalized,
        ValidatorExitStatusUpdated: nor.events.ValidatorExitStatusUpdated,
        ValidatorExitTriggered: nor.events.ValidatorExitTriggered,
    },
    // keys bookkeeping, module configuration and Aragon plumbing that change no figure we keep
    // (NodeOperatorPenaltyCleared only marks the end of a penalty the StuckPenaltyStateChanged figures already show;
    // RewardsDistributed repeats the stETH TransferShares of the same distribution)
    ignored: [
        ...ARAGON,
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
        'StuckPenaltyDelayChanged',
        'NodeOperatorPenaltyCleared',
        'SigningKeyAdded',
        'SigningKeyRemoved',
    ],
})

export const CONTRACTS = {
    steth: STETH_SPEC,
    legacyOracle: LEGACY_ORACLE_SPEC,
    wsteth: WSTETH_SPEC,
    withdrawalQueue: WITHDRAWAL_QUEUE_SPEC,
    nodeOperatorsRegistry: NODE_OPERATORS_SPEC,
}

export type LidoContract = keyof typeof CONTRACTS

/** topic0 -> (event name, decoder, counter row) of the handled events of one contract */
export type DecodeTable = Map<string, {name: string; event: AbiEvent; count: CountKey}>

/**
 * The handled events of contract `kind`, by topic0. A handled event has one form in every era file declaring it
 * (the unit test), so its counter row names all those files: `lido-steth-Submitted-legacy+current`.
 */
export function decodeTable(kind: LidoContract): DecodeTable {
    let s: ContractSpec<Record<string, AbiEvent>> = CONTRACTS[kind]
    return new Map(
        Object.entries(s.handled).map(([name, event]) => {
            let files = Object.entries(s.eras).filter(([, abi]) => abi.events[name]?.topic == event.topic)
            return [event.topic, {name, event, count: CountKey.of('lido', kind, name, erasLabel(files.map(([file]) => file)))}]
        })
    )
}

/** The topic0s the processor is asked for at one contract. */
export function handledTopics(s: ContractSpec<Record<string, AbiEvent>>): string[] {
    return Object.values(s.handled).map((e) => e.topic)
}

/** The operator id of a NodeOperatorsRegistry event of any era (`nodeOperatorId`, or V1's `id`). */
export function operatorId(e: {nodeOperatorId?: bigint; id?: bigint}): bigint {
    return (e.nodeOperatorId ?? e.id)!
}
