import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    Initialized: event("0x7f26b83ff96e1f2b6a682f133852f6798a09c465da95921460cefb3847402498", "Initialized(uint8)", {"version": p.uint8}),
    MinWithdrawalDelayBlocksSet: event("0xafa003cd76f87ff9d62b35beea889920f33c0c42b8d45b74954d61d50f4b6b69", "MinWithdrawalDelayBlocksSet(uint256,uint256)", {"previousValue": p.uint256, "newValue": p.uint256}),
    OperatorDetailsModified: event("0xfebe5cd24b2cbc7b065b9d0fdeb904461e4afcff57dd57acda1e7832031ba7ac", "OperatorDetailsModified(address,(address,address,uint32))", {"operator": indexed(p.address), "newOperatorDetails": p.struct({"earningsReceiver": p.address, "delegationApprover": p.address, "stakerOptOutWindowBlocks": p.uint32})}),
    OperatorMetadataURIUpdated: event("0x02a919ed0e2acad1dd90f17ef2fa4ae5462ee1339170034a8531cca4b6708090", "OperatorMetadataURIUpdated(address,string)", {"operator": indexed(p.address), "metadataURI": p.string}),
    OperatorRegistered: event("0x8e8485583a2310d41f7c82b9427d0bd49bad74bb9cff9d3402a29d8f9b28a0e2", "OperatorRegistered(address,(address,address,uint32))", {"operator": indexed(p.address), "operatorDetails": p.struct({"earningsReceiver": p.address, "delegationApprover": p.address, "stakerOptOutWindowBlocks": p.uint32})}),
    OperatorSharesDecreased: event("0x6909600037b75d7b4733aedd815442b5ec018a827751c832aaff64eba5d6d2dd", "OperatorSharesDecreased(address,address,address,uint256)", {"operator": indexed(p.address), "staker": p.address, "strategy": p.address, "shares": p.uint256}),
    OperatorSharesIncreased: event("0x1ec042c965e2edd7107b51188ee0f383e22e76179041ab3a9d18ff151405166c", "OperatorSharesIncreased(address,address,address,uint256)", {"operator": indexed(p.address), "staker": p.address, "strategy": p.address, "shares": p.uint256}),
    OwnershipTransferred: event("0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0", "OwnershipTransferred(address,address)", {"previousOwner": indexed(p.address), "newOwner": indexed(p.address)}),
    Paused: event("0xab40a374bc51de372200a8bc981af8c9ecdc08dfdaef0bb6e09f88f3c616ef3d", "Paused(address,uint256)", {"account": indexed(p.address), "newPausedStatus": p.uint256}),
    PauserRegistrySet: event("0x6e9fcd539896fca60e8b0f01dd580233e48a6b0f7df013b89ba7f565869acdb6", "PauserRegistrySet(address,address)", {"pauserRegistry": p.address, "newPauserRegistry": p.address}),
    StakerDelegated: event("0xc3ee9f2e5fda98e8066a1f745b2df9285f416fe98cf2559cd21484b3d8743304", "StakerDelegated(address,address)", {"staker": indexed(p.address), "operator": indexed(p.address)}),
    StakerForceUndelegated: event("0xf0eddf07e6ea14f388b47e1e94a0f464ecbd9eed4171130e0fc0e99fb4030a8a", "StakerForceUndelegated(address,address)", {"staker": indexed(p.address), "operator": indexed(p.address)}),
    StakerUndelegated: event("0xfee30966a256b71e14bc0ebfc94315e28ef4a97a7131a9e2b7a310a73af44676", "StakerUndelegated(address,address)", {"staker": indexed(p.address), "operator": indexed(p.address)}),
    StrategyWithdrawalDelayBlocksSet: event("0x0e7efa738e8b0ce6376a0c1af471655540d2e9a81647d7b09ed823018426576d", "StrategyWithdrawalDelayBlocksSet(address,uint256,uint256)", {"strategy": p.address, "previousValue": p.uint256, "newValue": p.uint256}),
    Unpaused: event("0x3582d1828e26bf56bd801502bc021ac0bc8afb57c826e4986b45593c8fad389c", "Unpaused(address,uint256)", {"account": indexed(p.address), "newPausedStatus": p.uint256}),
    WithdrawalCompleted: event("0xc97098c2f658800b4df29001527f7324bcdffcf6e8751a699ab920a1eced5b1d", "WithdrawalCompleted(bytes32)", {"withdrawalRoot": p.bytes32}),
    WithdrawalMigrated: event("0xdc00758b65eef71dc3780c04ebe36cab6bdb266c3a698187e29e0f0dca012630", "WithdrawalMigrated(bytes32,bytes32)", {"oldWithdrawalRoot": p.bytes32, "newWithdrawalRoot": p.bytes32}),
    WithdrawalQueued: event("0x9009ab153e8014fbfb02f2217f5cde7aa7f9ad734ae85ca3ee3f4ca2fdd499f9", "WithdrawalQueued(bytes32,(address,address,address,uint256,uint32,address[],uint256[]))", {"withdrawalRoot": p.bytes32, "withdrawal": p.struct({"staker": p.address, "delegatedTo": p.address, "withdrawer": p.address, "nonce": p.uint256, "startBlock": p.uint32, "strategies": p.array(p.address), "shares": p.array(p.uint256)})}),
}

export const functions = {
    DELEGATION_APPROVAL_TYPEHASH: viewFun("0x04a4f979", "DELEGATION_APPROVAL_TYPEHASH()", {}, p.bytes32),
    DOMAIN_TYPEHASH: viewFun("0x20606b70", "DOMAIN_TYPEHASH()", {}, p.bytes32),
    MAX_STAKER_OPT_OUT_WINDOW_BLOCKS: viewFun("0x4fc40b61", "MAX_STAKER_OPT_OUT_WINDOW_BLOCKS()", {}, p.uint256),
    MAX_WITHDRAWAL_DELAY_BLOCKS: viewFun("0xca661c04", "MAX_WITHDRAWAL_DELAY_BLOCKS()", {}, p.uint256),
    STAKER_DELEGATION_TYPEHASH: viewFun("0x43377382", "STAKER_DELEGATION_TYPEHASH()", {}, p.bytes32),
    beaconChainETHStrategy: viewFun("0x9104c319", "beaconChainETHStrategy()", {}, p.address),
    calculateCurrentStakerDelegationDigestHash: viewFun("0x1bbce091", "calculateCurrentStakerDelegationDigestHash(address,address,uint256)", {"staker": p.address, "operator": p.address, "expiry": p.uint256}, p.bytes32),
    calculateDelegationApprovalDigestHash: viewFun("0x0b9f487a", "calculateDelegationApprovalDigestHash(address,address,address,bytes32,uint256)", {"staker": p.address, "operator": p.address, "_delegationApprover": p.address, "approverSalt": p.bytes32, "expiry": p.uint256}, p.bytes32),
    calculateStakerDelegationDigestHash: viewFun("0xc94b5111", "calculateStakerDelegationDigestHash(address,uint256,address,uint256)", {"staker": p.address, "_stakerNonce": p.uint256, "operator": p.address, "expiry": p.uint256}, p.bytes32),
    calculateWithdrawalRoot: viewFun("0x597b36da", "calculateWithdrawalRoot((address,address,address,uint256,uint32,address[],uint256[]))", {"withdrawal": p.struct({"staker": p.address, "delegatedTo": p.address, "withdrawer": p.address, "nonce": p.uint256, "startBlock": p.uint32, "strategies": p.array(p.address), "shares": p.array(p.uint256)})}, p.bytes32),
    completeQueuedWithdrawal: fun("0x60d7faed", "completeQueuedWithdrawal((address,address,address,uint256,uint32,address[],uint256[]),address[],uint256,bool)", {"withdrawal": p.struct({"staker": p.address, "delegatedTo": p.address, "withdrawer": p.address, "nonce": p.uint256, "startBlock": p.uint32, "strategies": p.array(p.address), "shares": p.array(p.uint256)}), "tokens": p.array(p.address), "middlewareTimesIndex": p.uint256, "receiveAsTokens": p.bool}, ),
    completeQueuedWithdrawals: fun("0x33404396", "completeQueuedWithdrawals((address,address,address,uint256,uint32,address[],uint256[])[],address[][],uint256[],bool[])", {"withdrawals": p.array(p.struct({"staker": p.address, "delegatedTo": p.address, "withdrawer": p.address, "nonce": p.uint256, "startBlock": p.uint32, "strategies": p.array(p.address), "shares": p.array(p.uint256)})), "tokens": p.array(p.array(p.address)), "middlewareTimesIndexes": p.array(p.uint256), "receiveAsTokens": p.array(p.bool)}, ),
    cumulativeWithdrawalsQueued: viewFun("0xa1788484", "cumulativeWithdrawalsQueued(address)", {"_0": p.address}, p.uint256),
    decreaseDelegatedShares: fun("0x132d4967", "decreaseDelegatedShares(address,address,uint256)", {"staker": p.address, "strategy": p.address, "shares": p.uint256}, ),
    delegateTo: fun("0xeea9064b", "delegateTo(address,(bytes,uint256),bytes32)", {"operator": p.address, "approverSignatureAndExpiry": p.struct({"signature": p.bytes, "expiry": p.uint256}), "approverSalt": p.bytes32}, ),
    delegateToBySignature: fun("0x7f548071", "delegateToBySignature(address,address,(bytes,uint256),(bytes,uint256),bytes32)", {"staker": p.address, "operator": p.address, "stakerSignatureAndExpiry": p.struct({"signature": p.bytes, "expiry": p.uint256}), "approverSignatureAndExpiry": p.struct({"signature": p.bytes, "expiry": p.uint256}), "approverSalt": p.bytes32}, ),
    delegatedTo: viewFun("0x65da1264", "delegatedTo(address)", {"_0": p.address}, p.address),
    delegationApprover: viewFun("0x3cdeb5e0", "delegationApprover(address)", {"operator": p.address}, p.address),
    delegationApproverSaltIsSpent: viewFun("0xbb45fef2", "delegationApproverSaltIsSpent(address,bytes32)", {"_0": p.address, "_1": p.bytes32}, p.bool),
    domainSeparator: viewFun("0xf698da25", "domainSeparator()", {}, p.bytes32),
    earningsReceiver: viewFun("0x5f966f14", "earningsReceiver(address)", {"operator": p.address}, p.address),
    eigenPodManager: viewFun("0x4665bcda", "eigenPodManager()", {}, p.address),
    getDelegatableShares: viewFun("0xcf80873e", "getDelegatableShares(address)", {"staker": p.address}, {"_0": p.array(p.address), "_1": p.array(p.uint256)}),
    getOperatorShares: viewFun("0x90041347", "getOperatorShares(address,address[])", {"operator": p.address, "strategies": p.array(p.address)}, p.array(p.uint256)),
    getWithdrawalDelay: viewFun("0x0449ca39", "getWithdrawalDelay(address[])", {"strategies": p.array(p.address)}, p.uint256),
    increaseDelegatedShares: fun("0x28a573ae", "increaseDelegatedShares(address,address,uint256)", {"staker": p.address, "strategy": p.address, "shares": p.uint256}, ),
    initialize: fun("0x22bf40e4", "initialize(address,address,uint256,uint256,address[],uint256[])", {"initialOwner": p.address, "_pauserRegistry": p.address, "initialPausedStatus": p.uint256, "_minWithdrawalDelayBlocks": p.uint256, "_strategies": p.array(p.address), "_withdrawalDelayBlocks": p.array(p.uint256)}, ),
    isDelegated: viewFun("0x3e28391d", "isDelegated(address)", {"staker": p.address}, p.bool),
    isOperator: viewFun("0x6d70f7ae", "isOperator(address)", {"operator": p.address}, p.bool),
    migrateQueuedWithdrawals: fun("0x5cfe8d2c", "migrateQueuedWithdrawals((address[],uint256[],address,(address,uint96),uint32,address)[])", {"withdrawalsToMigrate": p.array(p.struct({"strategies": p.array(p.address), "shares": p.array(p.uint256), "staker": p.address, "withdrawerAndNonce": p.struct({"withdrawer": p.address, "nonce": p.uint96}), "withdrawalStartBlock": p.uint32, "delegatedAddress": p.address}))}, ),
    minWithdrawalDelayBlocks: viewFun("0xc448feb8", "minWithdrawalDelayBlocks()", {}, p.uint256),
    modifyOperatorDetails: fun("0xf16172b0", "modifyOperatorDetails((address,address,uint32))", {"newOperatorDetails": p.struct({"earningsReceiver": p.address, "delegationApprover": p.address, "stakerOptOutWindowBlocks": p.uint32})}, ),
    operatorDetails: viewFun("0xc5e480db", "operatorDetails(address)", {"operator": p.address}, p.struct({"earningsReceiver": p.address, "delegationApprover": p.address, "stakerOptOutWindowBlocks": p.uint32})),
    operatorShares: viewFun("0x778e55f3", "operatorShares(address,address)", {"_0": p.address, "_1": p.address}, p.uint256),
    owner: viewFun("0x8da5cb5b", "owner()", {}, p.address),
    pause: fun("0x136439dd", "pause(uint256)", {"newPausedStatus": p.uint256}, ),
    pauseAll: fun("0x595c6a67", "pauseAll()", {}, ),
    'paused(uint8)': viewFun("0x5ac86ab7", "paused(uint8)", {"index": p.uint8}, p.bool),
    'paused()': viewFun("0x5c975abb", "paused()", {}, p.uint256),
    pauserRegistry: viewFun("0x886f1195", "pauserRegistry()", {}, p.address),
    pendingWithdrawals: viewFun("0xb7f06ebe", "pendingWithdrawals(bytes32)", {"_0": p.bytes32}, p.bool),
    queueWithdrawals: fun("0x0dd8dd02", "queueWithdrawals((address[],uint256[],address)[])", {"queuedWithdrawalParams": p.array(p.struct({"strategies": p.array(p.address), "shares": p.array(p.uint256), "withdrawer": p.address}))}, p.array(p.bytes32)),
    registerAsOperator: fun("0x0f589e59", "registerAsOperator((address,address,uint32),string)", {"registeringOperatorDetails": p.struct({"earningsReceiver": p.address, "delegationApprover": p.address, "stakerOptOutWindowBlocks": p.uint32}), "metadataURI": p.string}, ),
    renounceOwnership: fun("0x715018a6", "renounceOwnership()", {}, ),
    setMinWithdrawalDelayBlocks: fun("0x635bbd10", "setMinWithdrawalDelayBlocks(uint256)", {"newMinWithdrawalDelayBlocks": p.uint256}, ),
    setPauserRegistry: fun("0x10d67a2f", "setPauserRegistry(address)", {"newPauserRegistry": p.address}, ),
    setStrategyWithdrawalDelayBlocks: fun("0x1522bf02", "setStrategyWithdrawalDelayBlocks(address[],uint256[])", {"strategies": p.array(p.address), "withdrawalDelayBlocks": p.array(p.uint256)}, ),
    slasher: viewFun("0xb1344271", "slasher()", {}, p.address),
    stakerNonce: viewFun("0x29c77d4f", "stakerNonce(address)", {"_0": p.address}, p.uint256),
    stakerOptOutWindowBlocks: viewFun("0x16928365", "stakerOptOutWindowBlocks(address)", {"operator": p.address}, p.uint256),
    strategyManager: viewFun("0x39b70e38", "strategyManager()", {}, p.address),
    strategyWithdrawalDelayBlocks: viewFun("0xc488375a", "strategyWithdrawalDelayBlocks(address)", {"_0": p.address}, p.uint256),
    transferOwnership: fun("0xf2fde38b", "transferOwnership(address)", {"newOwner": p.address}, ),
    undelegate: fun("0xda8be864", "undelegate(address)", {"staker": p.address}, p.array(p.bytes32)),
    unpause: fun("0xfabc1cbc", "unpause(uint256)", {"newPausedStatus": p.uint256}, ),
    updateOperatorMetadataURI: fun("0x99be81c8", "updateOperatorMetadataURI(string)", {"metadataURI": p.string}, ),
}

export class Contract extends ContractBase {

    DELEGATION_APPROVAL_TYPEHASH() {
        return this.eth_call(functions.DELEGATION_APPROVAL_TYPEHASH, {})
    }

    DOMAIN_TYPEHASH() {
        return this.eth_call(functions.DOMAIN_TYPEHASH, {})
    }

    MAX_STAKER_OPT_OUT_WINDOW_BLOCKS() {
        return this.eth_call(functions.MAX_STAKER_OPT_OUT_WINDOW_BLOCKS, {})
    }

    MAX_WITHDRAWAL_DELAY_BLOCKS() {
        return this.eth_call(functions.MAX_WITHDRAWAL_DELAY_BLOCKS, {})
    }

    STAKER_DELEGATION_TYPEHASH() {
        return this.eth_call(functions.STAKER_DELEGATION_TYPEHASH, {})
    }

    beaconChainETHStrategy() {
        return this.eth_call(functions.beaconChainETHStrategy, {})
    }

    calculateCurrentStakerDelegationDigestHash(staker: CalculateCurrentStakerDelegationDigestHashParams["staker"], operator: CalculateCurrentStakerDelegationDigestHashParams["operator"], expiry: CalculateCurrentStakerDelegationDigestHashParams["expiry"]) {
        return this.eth_call(functions.calculateCurrentStakerDelegationDigestHash, {staker, operator, expiry})
    }

    calculateDelegationApprovalDigestHash(staker: CalculateDelegationApprovalDigestHashParams["staker"], operator: CalculateDelegationApprovalDigestHashParams["operator"], _delegationApprover: CalculateDelegationApprovalDigestHashParams["_delegationApprover"], approverSalt: CalculateDelegationApprovalDigestHashParams["approverSalt"], expiry: CalculateDelegationApprovalDigestHashParams["expiry"]) {
        return this.eth_call(functions.calculateDelegationApprovalDigestHash, {staker, operator, _delegationApprover, approverSalt, expiry})
    }

    calculateStakerDelegationDigestHash(staker: CalculateStakerDelegationDigestHashParams["staker"], _stakerNonce: CalculateStakerDelegationDigestHashParams["_stakerNonce"], operator: CalculateStakerDelegationDigestHashParams["operator"], expiry: CalculateStakerDelegationDigestHashParams["expiry"]) {
        return this.eth_call(functions.calculateStakerDelegationDigestHash, {staker, _stakerNonce, operator, expiry})
    }

    calculateWithdrawalRoot(withdrawal: CalculateWithdrawalRootParams["withdrawal"]) {
        return this.eth_call(functions.calculateWithdrawalRoot, {withdrawal})
    }

    cumulativeWithdrawalsQueued(_0: CumulativeWithdrawalsQueuedParams["_0"]) {
        return this.eth_call(functions.cumulativeWithdrawalsQueued, {_0})
    }

    delegatedTo(_0: DelegatedToParams["_0"]) {
        return this.eth_call(functions.delegatedTo, {_0})
    }

    delegationApprover(operator: DelegationApproverParams["operator"]) {
        return this.eth_call(functions.delegationApprover, {operator})
    }

    delegationApproverSaltIsSpent(_0: DelegationApproverSaltIsSpentParams["_0"], _1: DelegationApproverSaltIsSpentParams["_1"]) {
        return this.eth_call(functions.delegationApproverSaltIsSpent, {_0, _1})
    }

    domainSeparator() {
        return this.eth_call(functions.domainSeparator, {})
    }

    earningsReceiver(operator: EarningsReceiverParams["operator"]) {
        return this.eth_call(functions.earningsReceiver, {operator})
    }

    eigenPodManager() {
        return this.eth_call(functions.eigenPodManager, {})
    }

    getDelegatableShares(staker: GetDelegatableSharesParams["staker"]) {
        return this.eth_call(functions.getDelegatableShares, {staker})
    }

    getOperatorShares(operator: GetOperatorSharesParams["operator"], strategies: GetOperatorSharesParams["strategies"]) {
        return this.eth_call(functions.getOperatorShares, {operator, strategies})
    }

    getWithdrawalDelay(strategies: GetWithdrawalDelayParams["strategies"]) {
        return this.eth_call(functions.getWithdrawalDelay, {strategies})
    }

    isDelegated(staker: IsDelegatedParams["staker"]) {
        return this.eth_call(functions.isDelegated, {staker})
    }

    isOperator(operator: IsOperatorParams["operator"]) {
        return this.eth_call(functions.isOperator, {operator})
    }

    minWithdrawalDelayBlocks() {
        return this.eth_call(functions.minWithdrawalDelayBlocks, {})
    }

    operatorDetails(operator: OperatorDetailsParams["operator"]) {
        return this.eth_call(functions.operatorDetails, {operator})
    }

    operatorShares(_0: OperatorSharesParams["_0"], _1: OperatorSharesParams["_1"]) {
        return this.eth_call(functions.operatorShares, {_0, _1})
    }

    owner() {
        return this.eth_call(functions.owner, {})
    }

    'paused(uint8)'(index: PausedParams_0["index"]) {
        return this.eth_call(functions['paused(uint8)'], {index})
    }

    'paused()'() {
        return this.eth_call(functions['paused()'], {})
    }

    pauserRegistry() {
        return this.eth_call(functions.pauserRegistry, {})
    }

    pendingWithdrawals(_0: PendingWithdrawalsParams["_0"]) {
        return this.eth_call(functions.pendingWithdrawals, {_0})
    }

    slasher() {
        return this.eth_call(functions.slasher, {})
    }

    stakerNonce(_0: StakerNonceParams["_0"]) {
        return this.eth_call(functions.stakerNonce, {_0})
    }

    stakerOptOutWindowBlocks(operator: StakerOptOutWindowBlocksParams["operator"]) {
        return this.eth_call(functions.stakerOptOutWindowBlocks, {operator})
    }

    strategyManager() {
        return this.eth_call(functions.strategyManager, {})
    }

    strategyWithdrawalDelayBlocks(_0: StrategyWithdrawalDelayBlocksParams["_0"]) {
        return this.eth_call(functions.strategyWithdrawalDelayBlocks, {_0})
    }
}

/// Event types
export type InitializedEventArgs = EParams<typeof events.Initialized>
export type MinWithdrawalDelayBlocksSetEventArgs = EParams<typeof events.MinWithdrawalDelayBlocksSet>
export type OperatorDetailsModifiedEventArgs = EParams<typeof events.OperatorDetailsModified>
export type OperatorMetadataURIUpdatedEventArgs = EParams<typeof events.OperatorMetadataURIUpdated>
export type OperatorRegisteredEventArgs = EParams<typeof events.OperatorRegistered>
export type OperatorSharesDecreasedEventArgs = EParams<typeof events.OperatorSharesDecreased>
export type OperatorSharesIncreasedEventArgs = EParams<typeof events.OperatorSharesIncreased>
export type OwnershipTransferredEventArgs = EParams<typeof events.OwnershipTransferred>
export type PausedEventArgs = EParams<typeof events.Paused>
export type PauserRegistrySetEventArgs = EParams<typeof events.PauserRegistrySet>
export type StakerDelegatedEventArgs = EParams<typeof events.StakerDelegated>
export type StakerForceUndelegatedEventArgs = EParams<typeof events.StakerForceUndelegated>
export type StakerUndelegatedEventArgs = EParams<typeof events.StakerUndelegated>
export type StrategyWithdrawalDelayBlocksSetEventArgs = EParams<typeof events.StrategyWithdrawalDelayBlocksSet>
export type UnpausedEventArgs = EParams<typeof events.Unpaused>
export type WithdrawalCompletedEventArgs = EParams<typeof events.WithdrawalCompleted>
export type WithdrawalMigratedEventArgs = EParams<typeof events.WithdrawalMigrated>
export type WithdrawalQueuedEventArgs = EParams<typeof events.WithdrawalQueued>

/// Function types
export type DELEGATION_APPROVAL_TYPEHASHParams = FunctionArguments<typeof functions.DELEGATION_APPROVAL_TYPEHASH>
export type DELEGATION_APPROVAL_TYPEHASHReturn = FunctionReturn<typeof functions.DELEGATION_APPROVAL_TYPEHASH>

export type DOMAIN_TYPEHASHParams = FunctionArguments<typeof functions.DOMAIN_TYPEHASH>
export type DOMAIN_TYPEHASHReturn = FunctionReturn<typeof functions.DOMAIN_TYPEHASH>

export type MAX_STAKER_OPT_OUT_WINDOW_BLOCKSParams = FunctionArguments<typeof functions.MAX_STAKER_OPT_OUT_WINDOW_BLOCKS>
export type MAX_STAKER_OPT_OUT_WINDOW_BLOCKSReturn = FunctionReturn<typeof functions.MAX_STAKER_OPT_OUT_WINDOW_BLOCKS>

export type MAX_WITHDRAWAL_DELAY_BLOCKSParams = FunctionArguments<typeof functions.MAX_WITHDRAWAL_DELAY_BLOCKS>
export type MAX_WITHDRAWAL_DELAY_BLOCKSReturn = FunctionReturn<typeof functions.MAX_WITHDRAWAL_DELAY_BLOCKS>

export type STAKER_DELEGATION_TYPEHASHParams = FunctionArguments<typeof functions.STAKER_DELEGATION_TYPEHASH>
export type STAKER_DELEGATION_TYPEHASHReturn = FunctionReturn<typeof functions.STAKER_DELEGATION_TYPEHASH>

export type BeaconChainETHStrategyParams = FunctionArguments<typeof functions.beaconChainETHStrategy>
export type BeaconChainETHStrategyReturn = FunctionReturn<typeof functions.beaconChainETHStrategy>

export type CalculateCurrentStakerDelegationDigestHashParams = FunctionArguments<typeof functions.calculateCurrentStakerDelegationDigestHash>
export type CalculateCurrentStakerDelegationDigestHashReturn = FunctionReturn<typeof functions.calculateCurrentStakerDelegationDigestHash>

export type CalculateDelegationApprovalDigestHashParams = FunctionArguments<typeof functions.calculateDelegationApprovalDigestHash>
export type CalculateDelegationApprovalDigestHashReturn = FunctionReturn<typeof functions.calculateDelegationApprovalDigestHash>

export type CalculateStakerDelegationDigestHashParams = FunctionArguments<typeof functions.calculateStakerDelegationDigestHash>
export type CalculateStakerDelegationDigestHashReturn = FunctionReturn<typeof functions.calculateStakerDelegationDigestHash>

export type CalculateWithdrawalRootParams = FunctionArguments<typeof functions.calculateWithdrawalRoot>
export type CalculateWithdrawalRootReturn = FunctionReturn<typeof functions.calculateWithdrawalRoot>

export type CompleteQueuedWithdrawalParams = FunctionArguments<typeof functions.completeQueuedWithdrawal>
export type CompleteQueuedWithdrawalReturn = FunctionReturn<typeof functions.completeQueuedWithdrawal>

export type CompleteQueuedWithdrawalsParams = FunctionArguments<typeof functions.completeQueuedWithdrawals>
export type CompleteQueuedWithdrawalsReturn = FunctionReturn<typeof functions.completeQueuedWithdrawals>

export type CumulativeWithdrawalsQueuedParams = FunctionArguments<typeof functions.cumulativeWithdrawalsQueued>
export type CumulativeWithdrawalsQueuedReturn = FunctionReturn<typeof functions.cumulativeWithdrawalsQueued>

export type DecreaseDelegatedSharesParams = FunctionArguments<typeof functions.decreaseDelegatedShares>
export type DecreaseDelegatedSharesReturn = FunctionReturn<typeof functions.decreaseDelegatedShares>

export type DelegateToParams = FunctionArguments<typeof functions.delegateTo>
export type DelegateToReturn = FunctionReturn<typeof functions.delegateTo>

export type DelegateToBySignatureParams = FunctionArguments<typeof functions.delegateToBySignature>
export type DelegateToBySignatureReturn = FunctionReturn<typeof functions.delegateToBySignature>

export type DelegatedToParams = FunctionArguments<typeof functions.delegatedTo>
export type DelegatedToReturn = FunctionReturn<typeof functions.delegatedTo>

export type DelegationApproverParams = FunctionArguments<typeof functions.delegationApprover>
export type DelegationApproverReturn = FunctionReturn<typeof functions.delegationApprover>

export type DelegationApproverSaltIsSpentParams = FunctionArguments<typeof functions.delegationApproverSaltIsSpent>
export type DelegationApproverSaltIsSpentReturn = FunctionReturn<typeof functions.delegationApproverSaltIsSpent>

export type DomainSeparatorParams = FunctionArguments<typeof functions.domainSeparator>
export type DomainSeparatorReturn = FunctionReturn<typeof functions.domainSeparator>

export type EarningsReceiverParams = FunctionArguments<typeof functions.earningsReceiver>
export type EarningsReceiverReturn = FunctionReturn<typeof functions.earningsReceiver>

export type EigenPodManagerParams = FunctionArguments<typeof functions.eigenPodManager>
export type EigenPodManagerReturn = FunctionReturn<typeof functions.eigenPodManager>

export type GetDelegatableSharesParams = FunctionArguments<typeof functions.getDelegatableShares>
export type GetDelegatableSharesReturn = FunctionReturn<typeof functions.getDelegatableShares>

export type GetOperatorSharesParams = FunctionArguments<typeof functions.getOperatorShares>
export type GetOperatorSharesReturn = FunctionReturn<typeof functions.getOperatorShares>

export type GetWithdrawalDelayParams = FunctionArguments<typeof functions.getWithdrawalDelay>
export type GetWithdrawalDelayReturn = FunctionReturn<typeof functions.getWithdrawalDelay>

export type IncreaseDelegatedSharesParams = FunctionArguments<typeof functions.increaseDelegatedShares>
export type IncreaseDelegatedSharesReturn = FunctionReturn<typeof functions.increaseDelegatedShares>

export type InitializeParams = FunctionArguments<typeof functions.initialize>
export type InitializeReturn = FunctionReturn<typeof functions.initialize>

export type IsDelegatedParams = FunctionArguments<typeof functions.isDelegated>
export type IsDelegatedReturn = FunctionReturn<typeof functions.isDelegated>

export type IsOperatorParams = FunctionArguments<typeof functions.isOperator>
export type IsOperatorReturn = FunctionReturn<typeof functions.isOperator>

export type MigrateQueuedWithdrawalsParams = FunctionArguments<typeof functions.migrateQueuedWithdrawals>
export type MigrateQueuedWithdrawalsReturn = FunctionReturn<typeof functions.migrateQueuedWithdrawals>

export type MinWithdrawalDelayBlocksParams = FunctionArguments<typeof functions.minWithdrawalDelayBlocks>
export type MinWithdrawalDelayBlocksReturn = FunctionReturn<typeof functions.minWithdrawalDelayBlocks>

export type ModifyOperatorDetailsParams = FunctionArguments<typeof functions.modifyOperatorDetails>
export type ModifyOperatorDetailsReturn = FunctionReturn<typeof functions.modifyOperatorDetails>

export type OperatorDetailsParams = FunctionArguments<typeof functions.operatorDetails>
export type OperatorDetailsReturn = FunctionReturn<typeof functions.operatorDetails>

export type OperatorSharesParams = FunctionArguments<typeof functions.operatorShares>
export type OperatorSharesReturn = FunctionReturn<typeof functions.operatorShares>

export type OwnerParams = FunctionArguments<typeof functions.owner>
export type OwnerReturn = FunctionReturn<typeof functions.owner>

export type PauseParams = FunctionArguments<typeof functions.pause>
export type PauseReturn = FunctionReturn<typeof functions.pause>

export type PauseAllParams = FunctionArguments<typeof functions.pauseAll>
export type PauseAllReturn = FunctionReturn<typeof functions.pauseAll>

export type PausedParams_0 = FunctionArguments<typeof functions['paused(uint8)']>
export type PausedReturn_0 = FunctionReturn<typeof functions['paused(uint8)']>

export type PausedParams_1 = FunctionArguments<typeof functions['paused()']>
export type PausedReturn_1 = FunctionReturn<typeof functions['paused()']>

export type PauserRegistryParams = FunctionArguments<typeof functions.pauserRegistry>
export type PauserRegistryReturn = FunctionReturn<typeof functions.pauserRegistry>

export type PendingWithdrawalsParams = FunctionArguments<typeof functions.pendingWithdrawals>
export type PendingWithdrawalsReturn = FunctionReturn<typeof functions.pendingWithdrawals>

export type QueueWithdrawalsParams = FunctionArguments<typeof functions.queueWithdrawals>
export type QueueWithdrawalsReturn = FunctionReturn<typeof functions.queueWithdrawals>

export type RegisterAsOperatorParams = FunctionArguments<typeof functions.registerAsOperator>
export type RegisterAsOperatorReturn = FunctionReturn<typeof functions.registerAsOperator>

export type RenounceOwnershipParams = FunctionArguments<typeof functions.renounceOwnership>
export type RenounceOwnershipReturn = FunctionReturn<typeof functions.renounceOwnership>

export type SetMinWithdrawalDelayBlocksParams = FunctionArguments<typeof functions.setMinWithdrawalDelayBlocks>
export type SetMinWithdrawalDelayBlocksReturn = FunctionReturn<typeof functions.setMinWithdrawalDelayBlocks>

export type SetPauserRegistryParams = FunctionArguments<typeof functions.setPauserRegistry>
export type SetPauserRegistryReturn = FunctionReturn<typeof functions.setPauserRegistry>

export type SetStrategyWithdrawalDelayBlocksParams = FunctionArguments<typeof functions.setStrategyWithdrawalDelayBlocks>
export type SetStrategyWithdrawalDelayBlocksReturn = FunctionReturn<typeof functions.setStrategyWithdrawalDelayBlocks>

export type SlasherParams = FunctionArguments<typeof functions.slasher>
export type SlasherReturn = FunctionReturn<typeof functions.slasher>

export type StakerNonceParams = FunctionArguments<typeof functions.stakerNonce>
export type StakerNonceReturn = FunctionReturn<typeof functions.stakerNonce>

export type StakerOptOutWindowBlocksParams = FunctionArguments<typeof functions.stakerOptOutWindowBlocks>
export type StakerOptOutWindowBlocksReturn = FunctionReturn<typeof functions.stakerOptOutWindowBlocks>

export type StrategyManagerParams = FunctionArguments<typeof functions.strategyManager>
export type StrategyManagerReturn = FunctionReturn<typeof functions.strategyManager>

export type StrategyWithdrawalDelayBlocksParams = FunctionArguments<typeof functions.strategyWithdrawalDelayBlocks>
export type StrategyWithdrawalDelayBlocksReturn = FunctionReturn<typeof functions.strategyWithdrawalDelayBlocks>

export type TransferOwnershipParams = FunctionArguments<typeof functions.transferOwnership>
export type TransferOwnershipReturn = FunctionReturn<typeof functions.transferOwnership>

export type UndelegateParams = FunctionArguments<typeof functions.undelegate>
export type UndelegateReturn = FunctionReturn<typeof functions.undelegate>

export type UnpauseParams = FunctionArguments<typeof functions.unpause>
export type UnpauseReturn = FunctionReturn<typeof functions.unpause>

export type UpdateOperatorMetadataURIParams = FunctionArguments<typeof functions.updateOperatorMetadataURI>
export type UpdateOperatorMetadataURIReturn = FunctionReturn<typeof functions.updateOperatorMetadataURI>

