import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    DelegationApproverUpdated: event("0x773b54c04d756fcc5e678111f7d730de3be98192000799eee3d63716055a87c6", "DelegationApproverUpdated(address,address)", {"operator": indexed(p.address), "newDelegationApprover": p.address}),
    DepositScalingFactorUpdated: event("0x8be932bac54561f27260f95463d9b8ab37e06b2842e5ee2404157cc13df6eb8f", "DepositScalingFactorUpdated(address,address,uint256)", {"staker": p.address, "strategy": p.address, "newDepositScalingFactor": p.uint256}),
    Initialized: event("0x7f26b83ff96e1f2b6a682f133852f6798a09c465da95921460cefb3847402498", "Initialized(uint8)", {"version": p.uint8}),
    OperatorMetadataURIUpdated: event("0x02a919ed0e2acad1dd90f17ef2fa4ae5462ee1339170034a8531cca4b6708090", "OperatorMetadataURIUpdated(address,string)", {"operator": indexed(p.address), "metadataURI": p.string}),
    OperatorRegistered: event("0xa453db612af59e5521d6ab9284dc3e2d06af286eb1b1b7b771fce4716c19f2c1", "OperatorRegistered(address,address)", {"operator": indexed(p.address), "delegationApprover": p.address}),
    OperatorSharesDecreased: event("0x6909600037b75d7b4733aedd815442b5ec018a827751c832aaff64eba5d6d2dd", "OperatorSharesDecreased(address,address,address,uint256)", {"operator": indexed(p.address), "staker": p.address, "strategy": p.address, "shares": p.uint256}),
    OperatorSharesIncreased: event("0x1ec042c965e2edd7107b51188ee0f383e22e76179041ab3a9d18ff151405166c", "OperatorSharesIncreased(address,address,address,uint256)", {"operator": indexed(p.address), "staker": p.address, "strategy": p.address, "shares": p.uint256}),
    OperatorSharesSlashed: event("0xdd611f4ef63f4385f1756c86ce1f1f389a9013ba6fa07daba8528291bc2d3c30", "OperatorSharesSlashed(address,address,uint256)", {"operator": indexed(p.address), "strategy": p.address, "totalSlashedShares": p.uint256}),
    Paused: event("0xab40a374bc51de372200a8bc981af8c9ecdc08dfdaef0bb6e09f88f3c616ef3d", "Paused(address,uint256)", {"account": indexed(p.address), "newPausedStatus": p.uint256}),
    SlashingWithdrawalCompleted: event("0x1f40400889274ed07b24845e5054a87a0cab969eb1277aafe61ae352e7c32a00", "SlashingWithdrawalCompleted(bytes32)", {"withdrawalRoot": p.bytes32}),
    SlashingWithdrawalQueued: event("0x26b2aae26516e8719ef50ea2f6831a2efbd4e37dccdf0f6936b27bc08e793e30", "SlashingWithdrawalQueued(bytes32,(address,address,address,uint256,uint32,address[],uint256[]),uint256[])", {"withdrawalRoot": p.bytes32, "withdrawal": p.struct({"staker": p.address, "delegatedTo": p.address, "withdrawer": p.address, "nonce": p.uint256, "startBlock": p.uint32, "strategies": p.array(p.address), "scaledShares": p.array(p.uint256)}), "sharesToWithdraw": p.array(p.uint256)}),
    StakerDelegated: event("0xc3ee9f2e5fda98e8066a1f745b2df9285f416fe98cf2559cd21484b3d8743304", "StakerDelegated(address,address)", {"staker": indexed(p.address), "operator": indexed(p.address)}),
    StakerForceUndelegated: event("0xf0eddf07e6ea14f388b47e1e94a0f464ecbd9eed4171130e0fc0e99fb4030a8a", "StakerForceUndelegated(address,address)", {"staker": indexed(p.address), "operator": indexed(p.address)}),
    StakerUndelegated: event("0xfee30966a256b71e14bc0ebfc94315e28ef4a97a7131a9e2b7a310a73af44676", "StakerUndelegated(address,address)", {"staker": indexed(p.address), "operator": indexed(p.address)}),
    Unpaused: event("0x3582d1828e26bf56bd801502bc021ac0bc8afb57c826e4986b45593c8fad389c", "Unpaused(address,uint256)", {"account": indexed(p.address), "newPausedStatus": p.uint256}),
}

export const functions = {
    DELEGATION_APPROVAL_TYPEHASH: viewFun("0x04a4f979", "DELEGATION_APPROVAL_TYPEHASH()", {}, p.bytes32),
    allocationManager: viewFun("0xca8aa7c7", "allocationManager()", {}, p.address),
    beaconChainETHStrategy: viewFun("0x9104c319", "beaconChainETHStrategy()", {}, p.address),
    calculateDelegationApprovalDigestHash: viewFun("0x0b9f487a", "calculateDelegationApprovalDigestHash(address,address,address,bytes32,uint256)", {"staker": p.address, "operator": p.address, "approver": p.address, "approverSalt": p.bytes32, "expiry": p.uint256}, p.bytes32),
    calculateWithdrawalRoot: viewFun("0x597b36da", "calculateWithdrawalRoot((address,address,address,uint256,uint32,address[],uint256[]))", {"withdrawal": p.struct({"staker": p.address, "delegatedTo": p.address, "withdrawer": p.address, "nonce": p.uint256, "startBlock": p.uint32, "strategies": p.array(p.address), "scaledShares": p.array(p.uint256)})}, p.bytes32),
    completeQueuedWithdrawal: fun("0xe4cc3f90", "completeQueuedWithdrawal((address,address,address,uint256,uint32,address[],uint256[]),address[],bool)", {"withdrawal": p.struct({"staker": p.address, "delegatedTo": p.address, "withdrawer": p.address, "nonce": p.uint256, "startBlock": p.uint32, "strategies": p.array(p.address), "scaledShares": p.array(p.uint256)}), "tokens": p.array(p.address), "receiveAsTokens": p.bool}, ),
    completeQueuedWithdrawals: fun("0x9435bb43", "completeQueuedWithdrawals((address,address,address,uint256,uint32,address[],uint256[])[],address[][],bool[])", {"withdrawals": p.array(p.struct({"staker": p.address, "delegatedTo": p.address, "withdrawer": p.address, "nonce": p.uint256, "startBlock": p.uint32, "strategies": p.array(p.address), "scaledShares": p.array(p.uint256)})), "tokens": p.array(p.array(p.address)), "receiveAsTokens": p.array(p.bool)}, ),
    convertToDepositShares: viewFun("0x25df922e", "convertToDepositShares(address,address[],uint256[])", {"staker": p.address, "strategies": p.array(p.address), "withdrawableShares": p.array(p.uint256)}, p.array(p.uint256)),
    cumulativeWithdrawalsQueued: viewFun("0xa1788484", "cumulativeWithdrawalsQueued(address)", {"staker": p.address}, p.uint256),
    decreaseDelegatedShares: fun("0x60a0d1ce", "decreaseDelegatedShares(address,uint256,uint64)", {"staker": p.address, "curDepositShares": p.uint256, "beaconChainSlashingFactorDecrease": p.uint64}, ),
    delegateTo: fun("0xeea9064b", "delegateTo(address,(bytes,uint256),bytes32)", {"operator": p.address, "approverSignatureAndExpiry": p.struct({"signature": p.bytes, "expiry": p.uint256}), "approverSalt": p.bytes32}, ),
    delegatedTo: viewFun("0x65da1264", "delegatedTo(address)", {"staker": p.address}, p.address),
    delegationApprover: viewFun("0x3cdeb5e0", "delegationApprover(address)", {"operator": p.address}, p.address),
    delegationApproverSaltIsSpent: viewFun("0xbb45fef2", "delegationApproverSaltIsSpent(address,bytes32)", {"delegationApprover": p.address, "salt": p.bytes32}, p.bool),
    depositScalingFactor: viewFun("0xbfae3fd2", "depositScalingFactor(address,address)", {"staker": p.address, "strategy": p.address}, p.uint256),
    domainSeparator: viewFun("0xf698da25", "domainSeparator()", {}, p.bytes32),
    eigenPodManager: viewFun("0x4665bcda", "eigenPodManager()", {}, p.address),
    getDepositedShares: viewFun("0x66d5ba93", "getDepositedShares(address)", {"staker": p.address}, {"_0": p.array(p.address), "_1": p.array(p.uint256)}),
    getOperatorShares: viewFun("0x90041347", "getOperatorShares(address,address[])", {"operator": p.address, "strategies": p.array(p.address)}, p.array(p.uint256)),
    getOperatorsShares: viewFun("0xf0e0e676", "getOperatorsShares(address[],address[])", {"operators": p.array(p.address), "strategies": p.array(p.address)}, p.array(p.array(p.uint256))),
    getQueuedWithdrawal: viewFun("0x5d975e88", "getQueuedWithdrawal(bytes32)", {"withdrawalRoot": p.bytes32}, {"withdrawal": p.struct({"staker": p.address, "delegatedTo": p.address, "withdrawer": p.address, "nonce": p.uint256, "startBlock": p.uint32, "strategies": p.array(p.address), "scaledShares": p.array(p.uint256)}), "shares": p.array(p.uint256)}),
    getQueuedWithdrawalRoots: viewFun("0xfd8aa88d", "getQueuedWithdrawalRoots(address)", {"staker": p.address}, p.array(p.bytes32)),
    getQueuedWithdrawals: viewFun("0x5dd68579", "getQueuedWithdrawals(address)", {"staker": p.address}, {"withdrawals": p.array(p.struct({"staker": p.address, "delegatedTo": p.address, "withdrawer": p.address, "nonce": p.uint256, "startBlock": p.uint32, "strategies": p.array(p.address), "scaledShares": p.array(p.uint256)})), "shares": p.array(p.array(p.uint256))}),
    getSlashableSharesInQueue: viewFun("0x6e174448", "getSlashableSharesInQueue(address,address)", {"operator": p.address, "strategy": p.address}, p.uint256),
    getWithdrawableShares: viewFun("0xc978f7ac", "getWithdrawableShares(address,address[])", {"staker": p.address, "strategies": p.array(p.address)}, {"withdrawableShares": p.array(p.uint256), "depositShares": p.array(p.uint256)}),
    increaseDelegatedShares: fun("0x3c651cf2", "increaseDelegatedShares(address,address,uint256,uint256)", {"staker": p.address, "strategy": p.address, "prevDepositShares": p.uint256, "addedShares": p.uint256}, ),
    initialize: fun("0xfe4b84df", "initialize(uint256)", {"initialPausedStatus": p.uint256}, ),
    isDelegated: viewFun("0x3e28391d", "isDelegated(address)", {"staker": p.address}, p.bool),
    isOperator: viewFun("0x6d70f7ae", "isOperator(address)", {"operator": p.address}, p.bool),
    minWithdrawalDelayBlocks: viewFun("0xc448feb8", "minWithdrawalDelayBlocks()", {}, p.uint32),
    modifyOperatorDetails: fun("0x54b7c96c", "modifyOperatorDetails(address,address)", {"operator": p.address, "newDelegationApprover": p.address}, ),
    operatorShares: viewFun("0x778e55f3", "operatorShares(address,address)", {"operator": p.address, "strategy": p.address}, p.uint256),
    pause: fun("0x136439dd", "pause(uint256)", {"newPausedStatus": p.uint256}, ),
    pauseAll: fun("0x595c6a67", "pauseAll()", {}, ),
    'paused(uint8)': viewFun("0x5ac86ab7", "paused(uint8)", {"index": p.uint8}, p.bool),
    'paused()': viewFun("0x5c975abb", "paused()", {}, p.uint256),
    pauserRegistry: viewFun("0x886f1195", "pauserRegistry()", {}, p.address),
    pendingWithdrawals: viewFun("0xb7f06ebe", "pendingWithdrawals(bytes32)", {"withdrawalRoot": p.bytes32}, p.bool),
    permissionController: viewFun("0x4657e26a", "permissionController()", {}, p.address),
    queueWithdrawals: fun("0x0dd8dd02", "queueWithdrawals((address[],uint256[],address)[])", {"params": p.array(p.struct({"strategies": p.array(p.address), "depositShares": p.array(p.uint256), "__deprecated_withdrawer": p.address}))}, p.array(p.bytes32)),
    queuedWithdrawals: viewFun("0x99f5371b", "queuedWithdrawals(bytes32)", {"withdrawalRoot": p.bytes32}, p.struct({"staker": p.address, "delegatedTo": p.address, "withdrawer": p.address, "nonce": p.uint256, "startBlock": p.uint32, "strategies": p.array(p.address), "scaledShares": p.array(p.uint256)})),
    redelegate: fun("0xa33a3433", "redelegate(address,(bytes,uint256),bytes32)", {"newOperator": p.address, "newOperatorApproverSig": p.struct({"signature": p.bytes, "expiry": p.uint256}), "approverSalt": p.bytes32}, p.array(p.bytes32)),
    registerAsOperator: fun("0x2aa6d888", "registerAsOperator(address,uint32,string)", {"initDelegationApprover": p.address, "allocationDelay": p.uint32, "metadataURI": p.string}, ),
    slashOperatorShares: fun("0x5ae679a7", "slashOperatorShares(address,(address,uint32),uint256,address,uint64,uint64)", {"operator": p.address, "operatorSet": p.struct({"avs": p.address, "id": p.uint32}), "slashId": p.uint256, "strategy": p.address, "prevMaxMagnitude": p.uint64, "newMaxMagnitude": p.uint64}, p.uint256),
    strategyManager: viewFun("0x39b70e38", "strategyManager()", {}, p.address),
    undelegate: fun("0xda8be864", "undelegate(address)", {"staker": p.address}, p.array(p.bytes32)),
    unpause: fun("0xfabc1cbc", "unpause(uint256)", {"newPausedStatus": p.uint256}, ),
    updateOperatorMetadataURI: fun("0x78296ec5", "updateOperatorMetadataURI(address,string)", {"operator": p.address, "metadataURI": p.string}, ),
    version: viewFun("0x54fd4d50", "version()", {}, p.string),
}

export class Contract extends ContractBase {

    DELEGATION_APPROVAL_TYPEHASH() {
        return this.eth_call(functions.DELEGATION_APPROVAL_TYPEHASH, {})
    }

    allocationManager() {
        return this.eth_call(functions.allocationManager, {})
    }

    beaconChainETHStrategy() {
        return this.eth_call(functions.beaconChainETHStrategy, {})
    }

    calculateDelegationApprovalDigestHash(staker: CalculateDelegationApprovalDigestHashParams["staker"], operator: CalculateDelegationApprovalDigestHashParams["operator"], approver: CalculateDelegationApprovalDigestHashParams["approver"], approverSalt: CalculateDelegationApprovalDigestHashParams["approverSalt"], expiry: CalculateDelegationApprovalDigestHashParams["expiry"]) {
        return this.eth_call(functions.calculateDelegationApprovalDigestHash, {staker, operator, approver, approverSalt, expiry})
    }

    calculateWithdrawalRoot(withdrawal: CalculateWithdrawalRootParams["withdrawal"]) {
        return this.eth_call(functions.calculateWithdrawalRoot, {withdrawal})
    }

    convertToDepositShares(staker: ConvertToDepositSharesParams["staker"], strategies: ConvertToDepositSharesParams["strategies"], withdrawableShares: ConvertToDepositSharesParams["withdrawableShares"]) {
        return this.eth_call(functions.convertToDepositShares, {staker, strategies, withdrawableShares})
    }

    cumulativeWithdrawalsQueued(staker: CumulativeWithdrawalsQueuedParams["staker"]) {
        return this.eth_call(functions.cumulativeWithdrawalsQueued, {staker})
    }

    delegatedTo(staker: DelegatedToParams["staker"]) {
        return this.eth_call(functions.delegatedTo, {staker})
    }

    delegationApprover(operator: DelegationApproverParams["operator"]) {
        return this.eth_call(functions.delegationApprover, {operator})
    }

    delegationApproverSaltIsSpent(delegationApprover: DelegationApproverSaltIsSpentParams["delegationApprover"], salt: DelegationApproverSaltIsSpentParams["salt"]) {
        return this.eth_call(functions.delegationApproverSaltIsSpent, {delegationApprover, salt})
    }

    depositScalingFactor(staker: DepositScalingFactorParams["staker"], strategy: DepositScalingFactorParams["strategy"]) {
        return this.eth_call(functions.depositScalingFactor, {staker, strategy})
    }

    domainSeparator() {
        return this.eth_call(functions.domainSeparator, {})
    }

    eigenPodManager() {
        return this.eth_call(functions.eigenPodManager, {})
    }

    getDepositedShares(staker: GetDepositedSharesParams["staker"]) {
        return this.eth_call(functions.getDepositedShares, {staker})
    }

    getOperatorShares(operator: GetOperatorSharesParams["operator"], strategies: GetOperatorSharesParams["strategies"]) {
        return this.eth_call(functions.getOperatorShares, {operator, strategies})
    }

    getOperatorsShares(operators: GetOperatorsSharesParams["operators"], strategies: GetOperatorsSharesParams["strategies"]) {
        return this.eth_call(functions.getOperatorsShares, {operators, strategies})
    }

    getQueuedWithdrawal(withdrawalRoot: GetQueuedWithdrawalParams["withdrawalRoot"]) {
        return this.eth_call(functions.getQueuedWithdrawal, {withdrawalRoot})
    }

    getQueuedWithdrawalRoots(staker: GetQueuedWithdrawalRootsParams["staker"]) {
        return this.eth_call(functions.getQueuedWithdrawalRoots, {staker})
    }

    getQueuedWithdrawals(staker: GetQueuedWithdrawalsParams["staker"]) {
        return this.eth_call(functions.getQueuedWithdrawals, {staker})
    }

    getSlashableSharesInQueue(operator: GetSlashableSharesInQueueParams["operator"], strategy: GetSlashableSharesInQueueParams["strategy"]) {
        return this.eth_call(functions.getSlashableSharesInQueue, {operator, strategy})
    }

    getWithdrawableShares(staker: GetWithdrawableSharesParams["staker"], strategies: GetWithdrawableSharesParams["strategies"]) {
        return this.eth_call(functions.getWithdrawableShares, {staker, strategies})
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

    operatorShares(operator: OperatorSharesParams["operator"], strategy: OperatorSharesParams["strategy"]) {
        return this.eth_call(functions.operatorShares, {operator, strategy})
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

    pendingWithdrawals(withdrawalRoot: PendingWithdrawalsParams["withdrawalRoot"]) {
        return this.eth_call(functions.pendingWithdrawals, {withdrawalRoot})
    }

    permissionController() {
        return this.eth_call(functions.permissionController, {})
    }

    queuedWithdrawals(withdrawalRoot: QueuedWithdrawalsParams["withdrawalRoot"]) {
        return this.eth_call(functions.queuedWithdrawals, {withdrawalRoot})
    }

    strategyManager() {
        return this.eth_call(functions.strategyManager, {})
    }

    version() {
        return this.eth_call(functions.version, {})
    }
}

/// Event types
export type DelegationApproverUpdatedEventArgs = EParams<typeof events.DelegationApproverUpdated>
export type DepositScalingFactorUpdatedEventArgs = EParams<typeof events.DepositScalingFactorUpdated>
export type InitializedEventArgs = EParams<typeof events.Initialized>
export type OperatorMetadataURIUpdatedEventArgs = EParams<typeof events.OperatorMetadataURIUpdated>
export type OperatorRegisteredEventArgs = EParams<typeof events.OperatorRegistered>
export type OperatorSharesDecreasedEventArgs = EParams<typeof events.OperatorSharesDecreased>
export type OperatorSharesIncreasedEventArgs = EParams<typeof events.OperatorSharesIncreased>
export type OperatorSharesSlashedEventArgs = EParams<typeof events.OperatorSharesSlashed>
export type PausedEventArgs = EParams<typeof events.Paused>
export type SlashingWithdrawalCompletedEventArgs = EParams<typeof events.SlashingWithdrawalCompleted>
export type SlashingWithdrawalQueuedEventArgs = EParams<typeof events.SlashingWithdrawalQueued>
export type StakerDelegatedEventArgs = EParams<typeof events.StakerDelegated>
export type StakerForceUndelegatedEventArgs = EParams<typeof events.StakerForceUndelegated>
export type StakerUndelegatedEventArgs = EParams<typeof events.StakerUndelegated>
export type UnpausedEventArgs = EParams<typeof events.Unpaused>

/// Function types
export type DELEGATION_APPROVAL_TYPEHASHParams = FunctionArguments<typeof functions.DELEGATION_APPROVAL_TYPEHASH>
export type DELEGATION_APPROVAL_TYPEHASHReturn = FunctionReturn<typeof functions.DELEGATION_APPROVAL_TYPEHASH>

export type AllocationManagerParams = FunctionArguments<typeof functions.allocationManager>
export type AllocationManagerReturn = FunctionReturn<typeof functions.allocationManager>

export type BeaconChainETHStrategyParams = FunctionArguments<typeof functions.beaconChainETHStrategy>
export type BeaconChainETHStrategyReturn = FunctionReturn<typeof functions.beaconChainETHStrategy>

export type CalculateDelegationApprovalDigestHashParams = FunctionArguments<typeof functions.calculateDelegationApprovalDigestHash>
export type CalculateDelegationApprovalDigestHashReturn = FunctionReturn<typeof functions.calculateDelegationApprovalDigestHash>

export type CalculateWithdrawalRootParams = FunctionArguments<typeof functions.calculateWithdrawalRoot>
export type CalculateWithdrawalRootReturn = FunctionReturn<typeof functions.calculateWithdrawalRoot>

export type CompleteQueuedWithdrawalParams = FunctionArguments<typeof functions.completeQueuedWithdrawal>
export type CompleteQueuedWithdrawalReturn = FunctionReturn<typeof functions.completeQueuedWithdrawal>

export type CompleteQueuedWithdrawalsParams = FunctionArguments<typeof functions.completeQueuedWithdrawals>
export type CompleteQueuedWithdrawalsReturn = FunctionReturn<typeof functions.completeQueuedWithdrawals>

export type ConvertToDepositSharesParams = FunctionArguments<typeof functions.convertToDepositShares>
export type ConvertToDepositSharesReturn = FunctionReturn<typeof functions.convertToDepositShares>

export type CumulativeWithdrawalsQueuedParams = FunctionArguments<typeof functions.cumulativeWithdrawalsQueued>
export type CumulativeWithdrawalsQueuedReturn = FunctionReturn<typeof functions.cumulativeWithdrawalsQueued>

export type DecreaseDelegatedSharesParams = FunctionArguments<typeof functions.decreaseDelegatedShares>
export type DecreaseDelegatedSharesReturn = FunctionReturn<typeof functions.decreaseDelegatedShares>

export type DelegateToParams = FunctionArguments<typeof functions.delegateTo>
export type DelegateToReturn = FunctionReturn<typeof functions.delegateTo>

export type DelegatedToParams = FunctionArguments<typeof functions.delegatedTo>
export type DelegatedToReturn = FunctionReturn<typeof functions.delegatedTo>

export type DelegationApproverParams = FunctionArguments<typeof functions.delegationApprover>
export type DelegationApproverReturn = FunctionReturn<typeof functions.delegationApprover>

export type DelegationApproverSaltIsSpentParams = FunctionArguments<typeof functions.delegationApproverSaltIsSpent>
export type DelegationApproverSaltIsSpentReturn = FunctionReturn<typeof functions.delegationApproverSaltIsSpent>

export type DepositScalingFactorParams = FunctionArguments<typeof functions.depositScalingFactor>
export type DepositScalingFactorReturn = FunctionReturn<typeof functions.depositScalingFactor>

export type DomainSeparatorParams = FunctionArguments<typeof functions.domainSeparator>
export type DomainSeparatorReturn = FunctionReturn<typeof functions.domainSeparator>

export type EigenPodManagerParams = FunctionArguments<typeof functions.eigenPodManager>
export type EigenPodManagerReturn = FunctionReturn<typeof functions.eigenPodManager>

export type GetDepositedSharesParams = FunctionArguments<typeof functions.getDepositedShares>
export type GetDepositedSharesReturn = FunctionReturn<typeof functions.getDepositedShares>

export type GetOperatorSharesParams = FunctionArguments<typeof functions.getOperatorShares>
export type GetOperatorSharesReturn = FunctionReturn<typeof functions.getOperatorShares>

export type GetOperatorsSharesParams = FunctionArguments<typeof functions.getOperatorsShares>
export type GetOperatorsSharesReturn = FunctionReturn<typeof functions.getOperatorsShares>

export type GetQueuedWithdrawalParams = FunctionArguments<typeof functions.getQueuedWithdrawal>
export type GetQueuedWithdrawalReturn = FunctionReturn<typeof functions.getQueuedWithdrawal>

export type GetQueuedWithdrawalRootsParams = FunctionArguments<typeof functions.getQueuedWithdrawalRoots>
export type GetQueuedWithdrawalRootsReturn = FunctionReturn<typeof functions.getQueuedWithdrawalRoots>

export type GetQueuedWithdrawalsParams = FunctionArguments<typeof functions.getQueuedWithdrawals>
export type GetQueuedWithdrawalsReturn = FunctionReturn<typeof functions.getQueuedWithdrawals>

export type GetSlashableSharesInQueueParams = FunctionArguments<typeof functions.getSlashableSharesInQueue>
export type GetSlashableSharesInQueueReturn = FunctionReturn<typeof functions.getSlashableSharesInQueue>

export type GetWithdrawableSharesParams = FunctionArguments<typeof functions.getWithdrawableShares>
export type GetWithdrawableSharesReturn = FunctionReturn<typeof functions.getWithdrawableShares>

export type IncreaseDelegatedSharesParams = FunctionArguments<typeof functions.increaseDelegatedShares>
export type IncreaseDelegatedSharesReturn = FunctionReturn<typeof functions.increaseDelegatedShares>

export type InitializeParams = FunctionArguments<typeof functions.initialize>
export type InitializeReturn = FunctionReturn<typeof functions.initialize>

export type IsDelegatedParams = FunctionArguments<typeof functions.isDelegated>
export type IsDelegatedReturn = FunctionReturn<typeof functions.isDelegated>

export type IsOperatorParams = FunctionArguments<typeof functions.isOperator>
export type IsOperatorReturn = FunctionReturn<typeof functions.isOperator>

export type MinWithdrawalDelayBlocksParams = FunctionArguments<typeof functions.minWithdrawalDelayBlocks>
export type MinWithdrawalDelayBlocksReturn = FunctionReturn<typeof functions.minWithdrawalDelayBlocks>

export type ModifyOperatorDetailsParams = FunctionArguments<typeof functions.modifyOperatorDetails>
export type ModifyOperatorDetailsReturn = FunctionReturn<typeof functions.modifyOperatorDetails>

export type OperatorSharesParams = FunctionArguments<typeof functions.operatorShares>
export type OperatorSharesReturn = FunctionReturn<typeof functions.operatorShares>

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

export type PermissionControllerParams = FunctionArguments<typeof functions.permissionController>
export type PermissionControllerReturn = FunctionReturn<typeof functions.permissionController>

export type QueueWithdrawalsParams = FunctionArguments<typeof functions.queueWithdrawals>
export type QueueWithdrawalsReturn = FunctionReturn<typeof functions.queueWithdrawals>

export type QueuedWithdrawalsParams = FunctionArguments<typeof functions.queuedWithdrawals>
export type QueuedWithdrawalsReturn = FunctionReturn<typeof functions.queuedWithdrawals>

export type RedelegateParams = FunctionArguments<typeof functions.redelegate>
export type RedelegateReturn = FunctionReturn<typeof functions.redelegate>

export type RegisterAsOperatorParams = FunctionArguments<typeof functions.registerAsOperator>
export type RegisterAsOperatorReturn = FunctionReturn<typeof functions.registerAsOperator>

export type SlashOperatorSharesParams = FunctionArguments<typeof functions.slashOperatorShares>
export type SlashOperatorSharesReturn = FunctionReturn<typeof functions.slashOperatorShares>

export type StrategyManagerParams = FunctionArguments<typeof functions.strategyManager>
export type StrategyManagerReturn = FunctionReturn<typeof functions.strategyManager>

export type UndelegateParams = FunctionArguments<typeof functions.undelegate>
export type UndelegateReturn = FunctionReturn<typeof functions.undelegate>

export type UnpauseParams = FunctionArguments<typeof functions.unpause>
export type UnpauseReturn = FunctionReturn<typeof functions.unpause>

export type UpdateOperatorMetadataURIParams = FunctionArguments<typeof functions.updateOperatorMetadataURI>
export type UpdateOperatorMetadataURIReturn = FunctionReturn<typeof functions.updateOperatorMetadataURI>

export type VersionParams = FunctionArguments<typeof functions.version>
export type VersionReturn = FunctionReturn<typeof functions.version>

