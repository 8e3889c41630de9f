import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    NodeOperatorAdded: event("0xc52ec0ad7872dae440d886040390c13677df7bf3cca136d8d81e5e5e7dd62ff1", "NodeOperatorAdded(uint256,string,address,uint64)", {"nodeOperatorId": p.uint256, "name": p.string, "rewardAddress": p.address, "stakingLimit": p.uint64}),
    NodeOperatorActiveSet: event("0xecdf08e8a6c4493efb460f6abc7d14532074fa339c3a6410623a1d3ee0fb2cac", "NodeOperatorActiveSet(uint256,bool)", {"nodeOperatorId": indexed(p.uint256), "active": p.bool}),
    NodeOperatorNameSet: event("0xcb16868f4831cc58a28d413f658752a2958bd1f50e94ed6391716b936c48093b", "NodeOperatorNameSet(uint256,string)", {"nodeOperatorId": indexed(p.uint256), "name": p.string}),
    NodeOperatorRewardAddressSet: event("0x9a52205165d510fc1e428886d52108725dc01ed544da1702dc7bd3fdb3f243b2", "NodeOperatorRewardAddressSet(uint256,address)", {"nodeOperatorId": indexed(p.uint256), "rewardAddress": p.address}),
    NodeOperatorTotalKeysTrimmed: event("0x9824694569ba758f8872bb150515caaf8f1e2cc27e6805679c4ac8c3b9b83d87", "NodeOperatorTotalKeysTrimmed(uint256,uint64)", {"nodeOperatorId": indexed(p.uint256), "totalKeysTrimmed": p.uint64}),
    KeysOpIndexSet: event("0xfb992daec9d46d64898e3a9336d02811349df6cbea8b95d4deb2fa6c7b454f0d", "KeysOpIndexSet(uint256)", {"keysOpIndex": p.uint256}),
    StakingModuleTypeSet: event("0xdb042010b15d1321c99552200b350bba0a95dfa3d0b43869983ce74b44d644ee", "StakingModuleTypeSet(bytes32)", {"moduleType": p.bytes32}),
    RewardsDistributed: event("0xdf29796aad820e4bb192f3a8d631b76519bcd2cbe77cc85af20e9df53cece086", "RewardsDistributed(address,uint256)", {"rewardAddress": indexed(p.address), "sharesAmount": p.uint256}),
    RewardDistributionStateChanged: event("0x7545d380f29a8ae65fafb1acdf2c7762ec02d5607fecbea9dd8d8245e1616d93", "RewardDistributionStateChanged(uint8)", {"state": p.uint8}),
    LocatorContractSet: event("0xa44aa4b7320163340e971b1f22f153bbb8a0151d783bd58377018ea5bc96d0c9", "LocatorContractSet(address)", {"locatorAddress": p.address}),
    VettedSigningKeysCountChanged: event("0x947f955eec7e1f626bee3afd2aa47b5de04ddcdd3fe78dc8838213015ef58dfd", "VettedSigningKeysCountChanged(uint256,uint256)", {"nodeOperatorId": indexed(p.uint256), "approvedValidatorsCount": p.uint256}),
    DepositedSigningKeysCountChanged: event("0x24eb1c9e765ba41accf9437300ea91ece5ed3f897ec3cdee0e9debd7fe309b78", "DepositedSigningKeysCountChanged(uint256,uint256)", {"nodeOperatorId": indexed(p.uint256), "depositedValidatorsCount": p.uint256}),
    ExitedSigningKeysCountChanged: event("0x0f67960648751434ae86bf350db61194f387fda387e7f568b0ccd0ae0c220166", "ExitedSigningKeysCountChanged(uint256,uint256)", {"nodeOperatorId": indexed(p.uint256), "exitedValidatorsCount": p.uint256}),
    TotalSigningKeysCountChanged: event("0xdd01838a366ae4dc9a86e1922512c0716abebc9a440baae0e22d2dec578223f0", "TotalSigningKeysCountChanged(uint256,uint256)", {"nodeOperatorId": indexed(p.uint256), "totalValidatorsCount": p.uint256}),
    NonceChanged: event("0x7220970e1f1f12864ecccd8942690a837c7a8dd45d158cb891eb45a8a69134aa", "NonceChanged(uint256)", {"nonce": p.uint256}),
    StuckPenaltyDelayChanged: event("0x4cccd9748bff0341d9852cc61d82652a3003dcebea088f05388c0be1f26b4c8a", "StuckPenaltyDelayChanged(uint256)", {"stuckPenaltyDelay": p.uint256}),
    StuckPenaltyStateChanged: event("0x0ee42dd52dd2b8feb0fc9cc054a08162a23e022c177319db981cf339e5b8ffdb", "StuckPenaltyStateChanged(uint256,uint256,uint256,uint256)", {"nodeOperatorId": indexed(p.uint256), "stuckValidatorsCount": p.uint256, "refundedValidatorsCount": p.uint256, "stuckPenaltyEndTimestamp": p.uint256}),
    TargetValidatorsCountChanged: event("0xf92eb109ce5b449e9b121c352c6aeb4319538a90738cb95d84f08e41274e92d2", "TargetValidatorsCountChanged(uint256,uint256,uint256)", {"nodeOperatorId": indexed(p.uint256), "targetValidatorsCount": p.uint256, "targetLimitMode": p.uint256}),
    NodeOperatorPenalized: event("0xe915a473fc2ef8e0231da98380f853b2aeea117a4392c67e753c54186bfbbd12", "NodeOperatorPenalized(address,uint256)", {"recipientAddress": indexed(p.address), "sharesPenalizedAmount": p.uint256}),
    NodeOperatorPenaltyCleared: event("0x8bc12804ec8f618bd18bedd0b06cba55d3775bf200242bf6cf93860e161c3f84", "NodeOperatorPenaltyCleared(uint256)", {"nodeOperatorId": indexed(p.uint256)}),
    ContractVersionSet: event("0xfddcded6b4f4730c226821172046b48372d3cd963c159701ae1b7c3bcac541bb", "ContractVersionSet(uint256)", {"version": p.uint256}),
    ScriptResult: event("0x5229a5dba83a54ae8cb5b51bdd6de9474cacbe9dd332f5185f3a4f4f2e3f4ad9", "ScriptResult(address,bytes,bytes,bytes)", {"executor": indexed(p.address), "script": p.bytes, "input": p.bytes, "returnData": p.bytes}),
    RecoverToVault: event("0x596caf56044b55fb8c4ca640089bbc2b63cae3e978b851f5745cbb7c5b288e02", "RecoverToVault(address,address,uint256)", {"vault": indexed(p.address), "token": indexed(p.address), "amount": p.uint256}),
}

export const functions = {
    hasInitialized: viewFun("0x0803fac0", "hasInitialized()", {}, p.bool),
    'updateTargetValidatorsLimits(uint256,uint256,uint256)': fun("0x08a679ad", "updateTargetValidatorsLimits(uint256,uint256,uint256)", {"_nodeOperatorId": p.uint256, "_targetLimitMode": p.uint256, "_targetLimit": p.uint256}, ),
    addSigningKeys: fun("0x096b7b35", "addSigningKeys(uint256,uint256,bytes,bytes)", {"_nodeOperatorId": p.uint256, "_keysCount": p.uint256, "_publicKeys": p.bytes, "_signatures": p.bytes}, ),
    getType: viewFun("0x15dae03e", "getType()", {}, p.bytes32),
    getEVMScriptExecutor: viewFun("0x2914b9bd", "getEVMScriptExecutor(bytes)", {"_script": p.bytes}, p.address),
    clearNodeOperatorPenalty: fun("0x30a90f01", "clearNodeOperatorPenalty(uint256)", {"_nodeOperatorId": p.uint256}, p.bool),
    getRecoveryVault: viewFun("0x32f0a3b5", "getRecoveryVault()", {}, p.address),
    getNodeOperatorIds: viewFun("0x4febc81b", "getNodeOperatorIds(uint256,uint256)", {"_offset": p.uint256, "_limit": p.uint256}, p.array(p.uint256)),
    getSigningKeys: viewFun("0x59e25c12", "getSigningKeys(uint256,uint256,uint256)", {"_nodeOperatorId": p.uint256, "_offset": p.uint256, "_limit": p.uint256}, {"pubkeys": p.bytes, "signatures": p.bytes, "used": p.array(p.bool)}),
    removeSigningKeysOperatorBH: fun("0x5ddde810", "removeSigningKeysOperatorBH(uint256,uint256,uint256)", {"_nodeOperatorId": p.uint256, "_fromIndex": p.uint256, "_keysCount": p.uint256}, ),
    getNodeOperatorIsActive: viewFun("0x5e2fb908", "getNodeOperatorIsActive(uint256)", {"_nodeOperatorId": p.uint256}, p.bool),
    setNodeOperatorName: fun("0x5e57d742", "setNodeOperatorName(uint256,string)", {"_nodeOperatorId": p.uint256, "_name": p.string}, ),
    getRewardsDistribution: viewFun("0x62dcfda1", "getRewardsDistribution(uint256)", {"_totalRewardShares": p.uint256}, {"recipients": p.array(p.address), "shares": p.array(p.uint256), "penalized": p.array(p.bool)}),
    invalidateReadyToDepositKeysRange: fun("0x65cc369a", "invalidateReadyToDepositKeysRange(uint256,uint256)", {"_indexFrom": p.uint256, "_indexTo": p.uint256}, ),
    initialize: fun("0x684560a2", "initialize(address,bytes32,uint256)", {"_locator": p.address, "_type": p.bytes32, "_stuckPenaltyDelay": p.uint256}, ),
    setStuckPenaltyDelay: fun("0x6ccc7562", "setStuckPenaltyDelay(uint256)", {"_delay": p.uint256}, ),
    finalizeUpgrade_v3: fun("0x6d395b7e", "finalizeUpgrade_v3()", {}, ),
    getStuckPenaltyDelay: viewFun("0x6da7d0a7", "getStuckPenaltyDelay()", {}, p.uint256),
    removeSigningKey: fun("0x6ef355f1", "removeSigningKey(uint256,uint256)", {"_nodeOperatorId": p.uint256, "_index": p.uint256}, ),
    getRewardDistributionState: viewFun("0x6f817294", "getRewardDistributionState()", {}, p.uint8),
    removeSigningKeys: fun("0x7038b141", "removeSigningKeys(uint256,uint256,uint256)", {"_nodeOperatorId": p.uint256, "_fromIndex": p.uint256, "_keysCount": p.uint256}, ),
    isOperatorPenalized: viewFun("0x75049ad8", "isOperatorPenalized(uint256)", {"_nodeOperatorId": p.uint256}, p.bool),
    deactivateNodeOperator: fun("0x75a080d5", "deactivateNodeOperator(uint256)", {"_nodeOperatorId": p.uint256}, ),
    allowRecoverability: viewFun("0x7e7db6e1", "allowRecoverability(address)", {"token": p.address}, p.bool),
    STAKING_ROUTER_ROLE: viewFun("0x80231f15", "STAKING_ROUTER_ROLE()", {}, p.bytes32),
    addSigningKeysOperatorBH: fun("0x805911ae", "addSigningKeysOperatorBH(uint256,uint256,bytes,bytes)", {"_nodeOperatorId": p.uint256, "_keysCount": p.uint256, "_publicKeys": p.bytes, "_signatures": p.bytes}, ),
    appId: viewFun("0x80afdea8", "appId()", {}, p.bytes32),
    getActiveNodeOperatorsCount: viewFun("0x8469cbd3", "getActiveNodeOperatorsCount()", {}, p.uint256),
    addNodeOperator: fun("0x85fa63d7", "addNodeOperator(string,address)", {"_name": p.string, "_rewardAddress": p.address}, p.uint256),
    getContractVersion: viewFun("0x8aa10435", "getContractVersion()", {}, p.uint256),
    getInitializationBlock: viewFun("0x8b3dd749", "getInitializationBlock()", {}, p.uint256),
    getUnusedSigningKeyCount: viewFun("0x8ca7c052", "getUnusedSigningKeyCount(uint256)", {"_nodeOperatorId": p.uint256}, p.uint256),
    onRewardsMinted: fun("0x8d7e4017", "onRewardsMinted(uint256)", {"_0": p.uint256}, ),
    MANAGE_NODE_OPERATOR_ROLE: viewFun("0x8ece9995", "MANAGE_NODE_OPERATOR_ROLE()", {}, p.bytes32),
    distributeReward: fun("0x8f73c5ae", "distributeReward()", {}, ),
    onWithdrawalCredentialsChanged: fun("0x90c09bdb", "onWithdrawalCredentialsChanged()", {}, ),
    activateNodeOperator: fun("0x91dcd6b2", "activateNodeOperator(uint256)", {"_nodeOperatorId": p.uint256}, ),
    setNodeOperatorRewardAddress: fun("0x973e9328", "setNodeOperatorRewardAddress(uint256,address)", {"_nodeOperatorId": p.uint256, "_rewardAddress": p.address}, ),
    getNodeOperator: viewFun("0x9a56983c", "getNodeOperator(uint256,bool)", {"_nodeOperatorId": p.uint256, "_fullInfo": p.bool}, {"active": p.bool, "name": p.string, "rewardAddress": p.address, "totalVettedValidators": p.uint64, "totalExitedValidators": p.uint64, "totalAddedValidators": p.uint64, "totalDepositedValidators": p.uint64}),
    finalizeUpgrade_v2: fun("0x9a7c2ade", "finalizeUpgrade_v2(address,bytes32,uint256)", {"_locator": p.address, "_type": p.bytes32, "_stuckPenaltyDelay": p.uint256}, ),
    getStakingModuleSummary: viewFun("0x9abddf09", "getStakingModuleSummary()", {}, {"totalExitedValidators": p.uint256, "totalDepositedValidators": p.uint256, "depositableValidatorsCount": p.uint256}),
    updateExitedValidatorsCount: fun("0x9b00c146", "updateExitedValidatorsCount(bytes,bytes)", {"_nodeOperatorIds": p.bytes, "_exitedValidatorsCounts": p.bytes}, ),
    updateStuckValidatorsCount: fun("0x9b3d1900", "updateStuckValidatorsCount(bytes,bytes)", {"_nodeOperatorIds": p.bytes, "_stuckValidatorsCounts": p.bytes}, ),
    transferToVault: fun("0x9d4941d8", "transferToVault(address)", {"_token": p.address}, ),
    canPerform: viewFun("0xa1658fad", "canPerform(address,bytes32,uint256[])", {"_sender": p.address, "_role": p.bytes32, "_params": p.array(p.uint256)}, p.bool),
    updateRefundedValidatorsCount: fun("0xa2e080f1", "updateRefundedValidatorsCount(uint256,uint256)", {"_nodeOperatorId": p.uint256, "_refundedValidatorsCount": p.uint256}, ),
    getEVMScriptRegistry: viewFun("0xa479e508", "getEVMScriptRegistry()", {}, p.address),
    getNodeOperatorsCount: viewFun("0xa70c70e4", "getNodeOperatorsCount()", {}, p.uint256),
    'updateTargetValidatorsLimits(uint256,bool,uint256)': fun("0xa9e7a846", "updateTargetValidatorsLimits(uint256,bool,uint256)", {"_nodeOperatorId": p.uint256, "_isTargetLimitActive": p.bool, "_targetLimit": p.uint256}, ),
    setNodeOperatorStakingLimit: fun("0xae962acf", "setNodeOperatorStakingLimit(uint256,uint64)", {"_nodeOperatorId": p.uint256, "_vettedSigningKeysCount": p.uint64}, ),
    getNodeOperatorSummary: viewFun("0xb3076c3c", "getNodeOperatorSummary(uint256)", {"_nodeOperatorId": p.uint256}, {"targetLimitMode": p.uint256, "targetValidatorsCount": p.uint256, "stuckValidatorsCount": p.uint256, "refundedValidatorsCount": p.uint256, "stuckPenaltyEndTimestamp": p.uint256, "totalExitedValidators": p.uint256, "totalDepositedValidators": p.uint256, "depositableValidatorsCount": p.uint256}),
    getSigningKey: viewFun("0xb449402a", "getSigningKey(uint256,uint256)", {"_nodeOperatorId": p.uint256, "_index": p.uint256}, {"key": p.bytes, "depositSignature": p.bytes, "used": p.bool}),
    MAX_NODE_OPERATOR_NAME_LENGTH: viewFun("0xb4971833", "MAX_NODE_OPERATOR_NAME_LENGTH()", {}, p.uint256),
    decreaseVettedSigningKeysCount: fun("0xb643189b", "decreaseVettedSigningKeysCount(bytes,bytes)", {"_nodeOperatorIds": p.bytes, "_vettedSigningKeysCounts": p.bytes}, ),
    obtainDepositData: fun("0xbee41b58", "obtainDepositData(uint256,bytes)", {"_depositsCount": p.uint256, "_1": p.bytes}, {"publicKeys": p.bytes, "signatures": p.bytes}),
    getKeysOpIndex: viewFun("0xd07442f1", "getKeysOpIndex()", {}, p.uint256),
    getNonce: viewFun("0xd087d288", "getNonce()", {}, p.uint256),
    kernel: viewFun("0xd4aae0c4", "kernel()", {}, p.address),
    getLocator: viewFun("0xd8343dcb", "getLocator()", {}, p.address),
    SET_NODE_OPERATOR_LIMIT_ROLE: viewFun("0xd8e71cd1", "SET_NODE_OPERATOR_LIMIT_ROLE()", {}, p.bytes32),
    getTotalSigningKeyCount: viewFun("0xdb9887ea", "getTotalSigningKeyCount(uint256)", {"_nodeOperatorId": p.uint256}, p.uint256),
    isPetrified: viewFun("0xde4796ed", "isPetrified()", {}, p.bool),
    MAX_STUCK_PENALTY_DELAY: viewFun("0xe204d09b", "MAX_STUCK_PENALTY_DELAY()", {}, p.uint256),
    onExitedAndStuckValidatorsCountsUpdated: fun("0xe864299e", "onExitedAndStuckValidatorsCountsUpdated()", {}, ),
    MAX_NODE_OPERATORS_COUNT: viewFun("0xec5af3a4", "MAX_NODE_OPERATORS_COUNT()", {}, p.uint256),
    removeSigningKeyOperatorBH: fun("0xed5cfa41", "removeSigningKeyOperatorBH(uint256,uint256)", {"_nodeOperatorId": p.uint256, "_index": p.uint256}, ),
    unsafeUpdateValidatorsCount: fun("0xf2e2ca63", "unsafeUpdateValidatorsCount(uint256,uint256,uint256)", {"_nodeOperatorId": p.uint256, "_exitedValidatorsCount": p.uint256, "_stuckValidatorsCount": p.uint256}, ),
    MANAGE_SIGNING_KEYS: viewFun("0xf31bd9c1", "MANAGE_SIGNING_KEYS()", {}, p.bytes32),
    isOperatorPenaltyCleared: viewFun("0xfbc77ef1", "isOperatorPenaltyCleared(uint256)", {"_nodeOperatorId": p.uint256}, p.bool),
}

export class Contract extends ContractBase {

    hasInitialized() {
        return this.eth_call(functions.hasInitialized, {})
    }

    getType() {
        return this.eth_call(functions.getType, {})
    }

    getEVMScriptExecutor(_script: GetEVMScriptExecutorParams["_script"]) {
        return this.eth_call(functions.getEVMScriptExecutor, {_script})
    }

    getRecoveryVault() {
        return this.eth_call(functions.getRecoveryVault, {})
    }

    getNodeOperatorIds(_offset: GetNodeOperatorIdsParams["_offset"], _limit: GetNodeOperatorIdsParams["_limit"]) {
        return this.eth_call(functions.getNodeOperatorIds, {_offset, _limit})
    }

    getSigningKeys(_nodeOperatorId: GetSigningKeysParams["_nodeOperatorId"], _offset: GetSigningKeysParams["_offset"], _limit: GetSigningKeysParams["_limit"]) {
        return this.eth_call(functions.getSigningKeys, {_nodeOperatorId, _offset, _limit})
    }

    getNodeOperatorIsActive(_nodeOperatorId: GetNodeOperatorIsActiveParams["_nodeOperatorId"]) {
        return this.eth_call(functions.getNodeOperatorIsActive, {_nodeOperatorId})
    }

    getRewardsDistribution(_totalRewardShares: GetRewardsDistributionParams["_totalRewardShares"]) {
        return this.eth_call(functions.getRewardsDistribution, {_totalRewardShares})
    }

    getStuckPenaltyDelay() {
        return this.eth_call(functions.getStuckPenaltyDelay, {})
    }

    getRewardDistributionState() {
        return this.eth_call(functions.getRewardDistributionState, {})
    }

    isOperatorPenalized(_nodeOperatorId: IsOperatorPenalizedParams["_nodeOperatorId"]) {
        return this.eth_call(functions.isOperatorPenalized, {_nodeOperatorId})
    }

    allowRecoverability(token: AllowRecoverabilityParams["token"]) {
        return this.eth_call(functions.allowRecoverability, {token})
    }

    STAKING_ROUTER_ROLE() {
        return this.eth_call(functions.STAKING_ROUTER_ROLE, {})
    }

    appId() {
        return this.eth_call(functions.appId, {})
    }

    getActiveNodeOperatorsCount() {
        return this.eth_call(functions.getActiveNodeOperatorsCount, {})
    }

    getContractVersion() {
        return this.eth_call(functions.getContractVersion, {})
    }

    getInitializationBlock() {
        return this.eth_call(functions.getInitializationBlock, {})
    }

    getUnusedSigningKeyCount(_nodeOperatorId: GetUnusedSigningKeyCountParams["_nodeOperatorId"]) {
        return this.eth_call(functions.getUnusedSigningKeyCount, {_nodeOperatorId})
    }

    MANAGE_NODE_OPERATOR_ROLE() {
        return this.eth_call(functions.MANAGE_NODE_OPERATOR_ROLE, {})
    }

    getNodeOperator(_nodeOperatorId: GetNodeOperatorParams["_nodeOperatorId"], _fullInfo: GetNodeOperatorParams["_fullInfo"]) {
        return this.eth_call(functions.getNodeOperator, {_nodeOperatorId, _fullInfo})
    }

    getStakingModuleSummary() {
        return this.eth_call(functions.getStakingModuleSummary, {})
    }

    canPerform(_sender: CanPerformParams["_sender"], _role: CanPerformParams["_role"], _params: CanPerformParams["_params"]) {
        return this.eth_call(functions.canPerform, {_sender, _role, _params})
    }

    getEVMScriptRegistry() {
        return this.eth_call(functions.getEVMScriptRegistry, {})
    }

    getNodeOperatorsCount() {
        return this.eth_call(functions.getNodeOperatorsCount, {})
    }

    getNodeOperatorSummary(_nodeOperatorId: GetNodeOperatorSummaryParams["_nodeOperatorId"]) {
        return this.eth_call(functions.getNodeOperatorSummary, {_nodeOperatorId})
    }

    getSigningKey(_nodeOperatorId: GetSigningKeyParams["_nodeOperatorId"], _index: GetSigningKeyParams["_index"]) {
        return this.eth_call(functions.getSigningKey, {_nodeOperatorId, _index})
    }

    MAX_NODE_OPERATOR_NAME_LENGTH() {
        return this.eth_call(functions.MAX_NODE_OPERATOR_NAME_LENGTH, {})
    }

    getKeysOpIndex() {
        return this.eth_call(functions.getKeysOpIndex, {})
    }

    getNonce() {
        return this.eth_call(functions.getNonce, {})
    }

    kernel() {
        return this.eth_call(functions.kernel, {})
    }

    getLocator() {
        return this.eth_call(functions.getLocator, {})
    }

    SET_NODE_OPERATOR_LIMIT_ROLE() {
        return this.eth_call(functions.SET_NODE_OPERATOR_LIMIT_ROLE, {})
    }

    getTotalSigningKeyCount(_nodeOperatorId: GetTotalSigningKeyCountParams["_nodeOperatorId"]) {
        return this.eth_call(functions.getTotalSigningKeyCount, {_nodeOperatorId})
    }

    isPetrified() {
        return this.eth_call(functions.isPetrified, {})
    }

    MAX_STUCK_PENALTY_DELAY() {
        return this.eth_call(functions.MAX_STUCK_PENALTY_DELAY, {})
    }

    MAX_NODE_OPERATORS_COUNT() {
        return this.eth_call(functions.MAX_NODE_OPERATORS_COUNT, {})
    }

    MANAGE_SIGNING_KEYS() {
        return this.eth_call(functions.MANAGE_SIGNING_KEYS, {})
    }

    isOperatorPenaltyCleared(_nodeOperatorId: IsOperatorPenaltyClearedParams["_nodeOperatorId"]) {
        return this.eth_call(functions.isOperatorPenaltyCleared, {_nodeOperatorId})
    }
}

/// Event types
export type NodeOperatorAddedEventArgs = EParams<typeof events.NodeOperatorAdded>
export type NodeOperatorActiveSetEventArgs = EParams<typeof events.NodeOperatorActiveSet>
export type NodeOperatorNameSetEventArgs = EParams<typeof events.NodeOperatorNameSet>
export type NodeOperatorRewardAddressSetEventArgs = EParams<typeof events.NodeOperatorRewardAddressSet>
export type NodeOperatorTotalKeysTrimmedEventArgs = EParams<typeof events.NodeOperatorTotalKeysTrimmed>
export type KeysOpIndexSetEventArgs = EParams<typeof events.KeysOpIndexSet>
export type StakingModuleTypeSetEventArgs = EParams<typeof events.StakingModuleTypeSet>
export type RewardsDistributedEventArgs = EParams<typeof events.RewardsDistributed>
export type RewardDistributionStateChangedEventArgs = EParams<typeof events.RewardDistributionStateChanged>
export type LocatorContractSetEventArgs = EParams<typeof events.LocatorContractSet>
export type VettedSigningKeysCountChangedEventArgs = EParams<typeof events.VettedSigningKeysCountChanged>
export type DepositedSigningKeysCountChangedEventArgs = EParams<typeof events.DepositedSigningKeysCountChanged>
export type ExitedSigningKeysCountChangedEventArgs = EParams<typeof events.ExitedSigningKeysCountChanged>
export type TotalSigningKeysCountChangedEventArgs = EParams<typeof events.TotalSigningKeysCountChanged>
export type NonceChangedEventArgs = EParams<typeof events.NonceChanged>
export type StuckPenaltyDelayChangedEventArgs = EParams<typeof events.StuckPenaltyDelayChanged>
export type StuckPenaltyStateChangedEventArgs = EParams<typeof events.StuckPenaltyStateChanged>
export type TargetValidatorsCountChangedEventArgs = EParams<typeof events.TargetValidatorsCountChanged>
export type NodeOperatorPenalizedEventArgs = EParams<typeof events.NodeOperatorPenalized>
export type NodeOperatorPenaltyClearedEventArgs = EParams<typeof events.NodeOperatorPenaltyCleared>
export type ContractVersionSetEventArgs = EParams<typeof events.ContractVersionSet>
export type ScriptResultEventArgs = EParams<typeof events.ScriptResult>
export type RecoverToVaultEventArgs = EParams<typeof events.RecoverToVault>

/// Function types
export type HasInitializedParams = FunctionArguments<typeof functions.hasInitialized>
export type HasInitializedReturn = FunctionReturn<typeof functions.hasInitialized>

export type UpdateTargetValidatorsLimitsParams_0 = FunctionArguments<typeof functions['updateTargetValidatorsLimits(uint256,uint256,uint256)']>
export type UpdateTargetValidatorsLimitsReturn_0 = FunctionReturn<typeof functions['updateTargetValidatorsLimits(uint256,uint256,uint256)']>

export type AddSigningKeysParams = FunctionArguments<typeof functions.addSigningKeys>
export type AddSigningKeysReturn = FunctionReturn<typeof functions.addSigningKeys>

export type GetTypeParams = FunctionArguments<typeof functions.getType>
export type GetTypeReturn = FunctionReturn<typeof functions.getType>

export type GetEVMScriptExecutorParams = FunctionArguments<typeof functions.getEVMScriptExecutor>
export type GetEVMScriptExecutorReturn = FunctionReturn<typeof functions.getEVMScriptExecutor>

export type ClearNodeOperatorPenaltyParams = FunctionArguments<typeof functions.clearNodeOperatorPenalty>
export type ClearNodeOperatorPenaltyReturn = FunctionReturn<typeof functions.clearNodeOperatorPenalty>

export type GetRecoveryVaultParams = FunctionArguments<typeof functions.getRecoveryVault>
export type GetRecoveryVaultReturn = FunctionReturn<typeof functions.getRecoveryVault>

export type GetNodeOperatorIdsParams = FunctionArguments<typeof functions.getNodeOperatorIds>
export type GetNodeOperatorIdsReturn = FunctionReturn<typeof functions.getNodeOperatorIds>

export type GetSigningKeysParams = FunctionArguments<typeof functions.getSigningKeys>
export type GetSigningKeysReturn = FunctionReturn<typeof functions.getSigningKeys>

export type RemoveSigningKeysOperatorBHParams = FunctionArguments<typeof functions.removeSigningKeysOperatorBH>
export type RemoveSigningKeysOperatorBHReturn = FunctionReturn<typeof functions.removeSigningKeysOperatorBH>

export type GetNodeOperatorIsActiveParams = FunctionArguments<typeof functions.getNodeOperatorIsActive>
export type GetNodeOperatorIsActiveReturn = FunctionReturn<typeof functions.getNodeOperatorIsActive>

export type SetNodeOperatorNameParams = FunctionArguments<typeof functions.setNodeOperatorName>
export type SetNodeOperatorNameReturn = FunctionReturn<typeof functions.setNodeOperatorName>

export type GetRewardsDistributionParams = FunctionArguments<typeof functions.getRewardsDistribution>
export type GetRewardsDistributionReturn = FunctionReturn<typeof functions.getRewardsDistribution>

export type InvalidateReadyToDepositKeysRangeParams = FunctionArguments<typeof functions.invalidateReadyToDepositKeysRange>
export type InvalidateReadyToDepositKeysRangeReturn = FunctionReturn<typeof functions.invalidateReadyToDepositKeysRange>

export type InitializeParams = FunctionArguments<typeof functions.initialize>
export type InitializeReturn = FunctionReturn<typeof functions.initialize>

export type SetStuckPenaltyDelayParams = FunctionArguments<typeof functions.setStuckPenaltyDelay>
export type SetStuckPenaltyDelayReturn = FunctionReturn<typeof functions.setStuckPenaltyDelay>

export type FinalizeUpgrade_v3Params = FunctionArguments<typeof functions.finalizeUpgrade_v3>
export type FinalizeUpgrade_v3Return = FunctionReturn<typeof functions.finalizeUpgrade_v3>

export type GetStuckPenaltyDelayParams = FunctionArguments<typeof functions.getStuckPenaltyDelay>
export type GetStuckPenaltyDelayReturn = FunctionReturn<typeof functions.getStuckPenaltyDelay>

export type RemoveSigningKeyParams = FunctionArguments<typeof functions.removeSigningKey>
export type RemoveSigningKeyReturn = FunctionReturn<typeof functions.removeSigningKey>

export type GetRewardDistributionStateParams = FunctionArguments<typeof functions.getRewardDistributionState>
export type GetRewardDistributionStateReturn = FunctionReturn<typeof functions.getRewardDistributionState>

export type RemoveSigningKeysParams = FunctionArguments<typeof functions.removeSigningKeys>
export type RemoveSigningKeysReturn = FunctionReturn<typeof functions.removeSigningKeys>

export type IsOperatorPenalizedParams = FunctionArguments<typeof functions.isOperatorPenalized>
export type IsOperatorPenalizedReturn = FunctionReturn<typeof functions.isOperatorPenalized>

export type DeactivateNodeOperatorParams = FunctionArguments<typeof functions.deactivateNodeOperator>
export type DeactivateNodeOperatorReturn = FunctionReturn<typeof functions.deactivateNodeOperator>

export type AllowRecoverabilityParams = FunctionArguments<typeof functions.allowRecoverability>
export type AllowRecoverabilityReturn = FunctionReturn<typeof functions.allowRecoverability>

export type STAKING_ROUTER_ROLEParams = FunctionArguments<typeof functions.STAKING_ROUTER_ROLE>
export type STAKING_ROUTER_ROLEReturn = FunctionReturn<typeof functions.STAKING_ROUTER_ROLE>

export type AddSigningKeysOperatorBHParams = FunctionArguments<typeof functions.addSigningKeysOperatorBH>
export type AddSigningKeysOperatorBHReturn = FunctionReturn<typeof functions.addSigningKeysOperatorBH>

export type AppIdParams = FunctionArguments<typeof functions.appId>
export type AppIdReturn = FunctionReturn<typeof functions.appId>

export type GetActiveNodeOperatorsCountParams = FunctionArguments<typeof functions.getActiveNodeOperatorsCount>
export type GetActiveNodeOperatorsCountReturn = FunctionReturn<typeof functions.getActiveNodeOperatorsCount>

export type AddNodeOperatorParams = FunctionArguments<typeof functions.addNodeOperator>
export type AddNodeOperatorReturn = FunctionReturn<typeof functions.addNodeOperator>

export type GetContractVersionParams = FunctionArguments<typeof functions.getContractVersion>
export type GetContractVersionReturn = FunctionReturn<typeof functions.getContractVersion>

export type GetInitializationBlockParams = FunctionArguments<typeof functions.getInitializationBlock>
export type GetInitializationBlockReturn = FunctionReturn<typeof functions.getInitializationBlock>

export type GetUnusedSigningKeyCountParams = FunctionArguments<typeof functions.getUnusedSigningKeyCount>
export type GetUnusedSigningKeyCountReturn = FunctionReturn<typeof functions.getUnusedSigningKeyCount>

export type OnRewardsMintedParams = FunctionArguments<typeof functions.onRewardsMinted>
export type OnRewardsMintedReturn = FunctionReturn<typeof functions.onRewardsMinted>

export type MANAGE_NODE_OPERATOR_ROLEParams = FunctionArguments<typeof functions.MANAGE_NODE_OPERATOR_ROLE>
export type MANAGE_NODE_OPERATOR_ROLEReturn = FunctionReturn<typeof functions.MANAGE_NODE_OPERATOR_ROLE>

export type DistributeRewardParams = FunctionArguments<typeof functions.distributeReward>
export type DistributeRewardReturn = FunctionReturn<typeof functions.distributeReward>

export type OnWithdrawalCredentialsChangedParams = FunctionArguments<typeof functions.onWithdrawalCredentialsChanged>
export type OnWithdrawalCredentialsChangedReturn = FunctionReturn<typeof functions.onWithdrawalCredentialsChanged>

export type ActivateNodeOperatorParams = FunctionArguments<typeof functions.activateNodeOperator>
export type ActivateNodeOperatorReturn = FunctionReturn<typeof functions.activateNodeOperator>

export type SetNodeOperatorRewardAddressParams = FunctionArguments<typeof functions.setNodeOperatorRewardAddress>
export type SetNodeOperatorRewardAddressReturn = FunctionReturn<typeof functions.setNodeOperatorRewardAddress>

export type GetNodeOperatorParams = FunctionArguments<typeof functions.getNodeOperator>
export type GetNodeOperatorReturn = FunctionReturn<typeof functions.getNodeOperator>

export type FinalizeUpgrade_v2Params = FunctionArguments<typeof functions.finalizeUpgrade_v2>
export type FinalizeUpgrade_v2Return = FunctionReturn<typeof functions.finalizeUpgrade_v2>

export type GetStakingModuleSummaryParams = FunctionArguments<typeof functions.getStakingModuleSummary>
export type GetStakingModuleSummaryReturn = FunctionReturn<typeof functions.getStakingModuleSummary>

export type UpdateExitedValidatorsCountParams = FunctionArguments<typeof functions.updateExitedValidatorsCount>
export type UpdateExitedValidatorsCountReturn = FunctionReturn<typeof functions.updateExitedValidatorsCount>

export type UpdateStuckValidatorsCountParams = FunctionArguments<typeof functions.updateStuckValidatorsCount>
export type UpdateStuckValidatorsCountReturn = FunctionReturn<typeof functions.updateStuckValidatorsCount>

export type TransferToVaultParams = FunctionArguments<typeof functions.transferToVault>
export type TransferToVaultReturn = FunctionReturn<typeof functions.transferToVault>

export type CanPerformParams = FunctionArguments<typeof functions.canPerform>
export type CanPerformReturn = FunctionReturn<typeof functions.canPerform>

export type UpdateRefundedValidatorsCountParams = FunctionArguments<typeof functions.updateRefundedValidatorsCount>
export type UpdateRefundedValidatorsCountReturn = FunctionReturn<typeof functions.updateRefundedValidatorsCount>

export type GetEVMScriptRegistryParams = FunctionArguments<typeof functions.getEVMScriptRegistry>
export type GetEVMScriptRegistryReturn = FunctionReturn<typeof functions.getEVMScriptRegistry>

export type GetNodeOperatorsCountParams = FunctionArguments<typeof functions.getNodeOperatorsCount>
export type GetNodeOperatorsCountReturn = FunctionReturn<typeof functions.getNodeOperatorsCount>

export type UpdateTargetValidatorsLimitsParams_1 = FunctionArguments<typeof functions['updateTargetValidatorsLimits(uint256,bool,uint256)']>
export type UpdateTargetValidatorsLimitsReturn_1 = FunctionReturn<typeof functions['updateTargetValidatorsLimits(uint256,bool,uint256)']>

export type SetNodeOperatorStakingLimitParams = FunctionArguments<typeof functions.setNodeOperatorStakingLimit>
export type SetNodeOperatorStakingLimitReturn = FunctionReturn<typeof functions.setNodeOperatorStakingLimit>

export type GetNodeOperatorSummaryParams = FunctionArguments<typeof functions.getNodeOperatorSummary>
export type GetNodeOperatorSummaryReturn = FunctionReturn<typeof functions.getNodeOperatorSummary>

export type GetSigningKeyParams = FunctionArguments<typeof functions.getSigningKey>
export type GetSigningKeyReturn = FunctionReturn<typeof functions.getSigningKey>

export type MAX_NODE_OPERATOR_NAME_LENGTHParams = FunctionArguments<typeof functions.MAX_NODE_OPERATOR_NAME_LENGTH>
export type MAX_NODE_OPERATOR_NAME_LENGTHReturn = FunctionReturn<typeof functions.MAX_NODE_OPERATOR_NAME_LENGTH>

export type DecreaseVettedSigningKeysCountParams = FunctionArguments<typeof functions.decreaseVettedSigningKeysCount>
export type DecreaseVettedSigningKeysCountReturn = FunctionReturn<typeof functions.decreaseVettedSigningKeysCount>

export type ObtainDepositDataParams = FunctionArguments<typeof functions.obtainDepositData>
export type ObtainDepositDataReturn = FunctionReturn<typeof functions.obtainDepositData>

export type GetKeysOpIndexParams = FunctionArguments<typeof functions.getKeysOpIndex>
export type GetKeysOpIndexReturn = FunctionReturn<typeof functions.getKeysOpIndex>

export type GetNonceParams = FunctionArguments<typeof functions.getNonce>
export type GetNonceReturn = FunctionReturn<typeof functions.getNonce>

export type KernelParams = FunctionArguments<typeof functions.kernel>
export type KernelReturn = FunctionReturn<typeof functions.kernel>

export type GetLocatorParams = FunctionArguments<typeof functions.getLocator>
export type GetLocatorReturn = FunctionReturn<typeof functions.getLocator>

export type SET_NODE_OPERATOR_LIMIT_ROLEParams = FunctionArguments<typeof functions.SET_NODE_OPERATOR_LIMIT_ROLE>
export type SET_NODE_OPERATOR_LIMIT_ROLEReturn = FunctionReturn<typeof functions.SET_NODE_OPERATOR_LIMIT_ROLE>

export type GetTotalSigningKeyCountParams = FunctionArguments<typeof functions.getTotalSigningKeyCount>
export type GetTotalSigningKeyCountReturn = FunctionReturn<typeof functions.getTotalSigningKeyCount>

export type IsPetrifiedParams = FunctionArguments<typeof functions.isPetrified>
export type IsPetrifiedReturn = FunctionReturn<typeof functions.isPetrified>

export type MAX_STUCK_PENALTY_DELAYParams = FunctionArguments<typeof functions.MAX_STUCK_PENALTY_DELAY>
export type MAX_STUCK_PENALTY_DELAYReturn = FunctionReturn<typeof functions.MAX_STUCK_PENALTY_DELAY>

export type OnExitedAndStuckValidatorsCountsUpdatedParams = FunctionArguments<typeof functions.onExitedAndStuckValidatorsCountsUpdated>
export type OnExitedAndStuckValidatorsCountsUpdatedReturn = FunctionReturn<typeof functions.onExitedAndStuckValidatorsCountsUpdated>

export type MAX_NODE_OPERATORS_COUNTParams = FunctionArguments<typeof functions.MAX_NODE_OPERATORS_COUNT>
export type MAX_NODE_OPERATORS_COUNTReturn = FunctionReturn<typeof functions.MAX_NODE_OPERATORS_COUNT>

export type RemoveSigningKeyOperatorBHParams = FunctionArguments<typeof functions.removeSigningKeyOperatorBH>
export type RemoveSigningKeyOperatorBHReturn = FunctionReturn<typeof functions.removeSigningKeyOperatorBH>

export type UnsafeUpdateValidatorsCountParams = FunctionArguments<typeof functions.unsafeUpdateValidatorsCount>
export type UnsafeUpdateValidatorsCountReturn = FunctionReturn<typeof functions.unsafeUpdateValidatorsCount>

export type MANAGE_SIGNING_KEYSParams = FunctionArguments<typeof functions.MANAGE_SIGNING_KEYS>
export type MANAGE_SIGNING_KEYSReturn = FunctionReturn<typeof functions.MANAGE_SIGNING_KEYS>

export type IsOperatorPenaltyClearedParams = FunctionArguments<typeof functions.isOperatorPenaltyCleared>
export type IsOperatorPenaltyClearedReturn = FunctionReturn<typeof functions.isOperatorPenaltyCleared>

