import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    ScriptResult: event("0x5229a5dba83a54ae8cb5b51bdd6de9474cacbe9dd332f5185f3a4f4f2e3f4ad9", "ScriptResult(address,bytes,bytes,bytes)", {"executor": indexed(p.address), "script": p.bytes, "input": p.bytes, "returnData": p.bytes}),
    RecoverToVault: event("0x596caf56044b55fb8c4ca640089bbc2b63cae3e978b851f5745cbb7c5b288e02", "RecoverToVault(address,address,uint256)", {"vault": indexed(p.address), "token": indexed(p.address), "amount": p.uint256}),
    NodeOperatorAdded: event("0xc52ec0ad7872dae440d886040390c13677df7bf3cca136d8d81e5e5e7dd62ff1", "NodeOperatorAdded(uint256,string,address,uint64)", {"id": p.uint256, "name": p.string, "rewardAddress": p.address, "stakingLimit": p.uint64}),
    NodeOperatorActiveSet: event("0xecdf08e8a6c4493efb460f6abc7d14532074fa339c3a6410623a1d3ee0fb2cac", "NodeOperatorActiveSet(uint256,bool)", {"id": indexed(p.uint256), "active": p.bool}),
    NodeOperatorNameSet: event("0xcb16868f4831cc58a28d413f658752a2958bd1f50e94ed6391716b936c48093b", "NodeOperatorNameSet(uint256,string)", {"id": indexed(p.uint256), "name": p.string}),
    NodeOperatorRewardAddressSet: event("0x9a52205165d510fc1e428886d52108725dc01ed544da1702dc7bd3fdb3f243b2", "NodeOperatorRewardAddressSet(uint256,address)", {"id": indexed(p.uint256), "rewardAddress": p.address}),
    NodeOperatorStakingLimitSet: event("0x59d11713a8801e3ba782d59e757fbcef75ca2ecabce8ccd06a0827941230b9f2", "NodeOperatorStakingLimitSet(uint256,uint64)", {"id": indexed(p.uint256), "stakingLimit": p.uint64}),
    NodeOperatorTotalStoppedValidatorsReported: event("0xe6452c223b953d8ab5cb26c014095615322891268537911ba6fe1c939689703d", "NodeOperatorTotalStoppedValidatorsReported(uint256,uint64)", {"id": indexed(p.uint256), "totalStopped": p.uint64}),
    NodeOperatorTotalKeysTrimmed: event("0x9824694569ba758f8872bb150515caaf8f1e2cc27e6805679c4ac8c3b9b83d87", "NodeOperatorTotalKeysTrimmed(uint256,uint64)", {"id": indexed(p.uint256), "totalKeysTrimmed": p.uint64}),
    SigningKeyAdded: event("0xc77a17d6b857abe6d6e6c37301621bc72c4dd52fa8830fb54dfa715c04911a89", "SigningKeyAdded(uint256,bytes)", {"operatorId": indexed(p.uint256), "pubkey": p.bytes}),
    SigningKeyRemoved: event("0xea4b75aaf57196f73d338cadf79ecd0a437902e2dd0d2c4c2cf3ea71b8ab27b9", "SigningKeyRemoved(uint256,bytes)", {"operatorId": indexed(p.uint256), "pubkey": p.bytes}),
    KeysOpIndexSet: event("0xfb992daec9d46d64898e3a9336d02811349df6cbea8b95d4deb2fa6c7b454f0d", "KeysOpIndexSet(uint256)", {"keysOpIndex": p.uint256}),
}

export const functions = {
    hasInitialized: viewFun("0x0803fac0", "hasInitialized()", {}, p.bool),
    addSigningKeys: fun("0x096b7b35", "addSigningKeys(uint256,uint256,bytes,bytes)", {"_operator_id": p.uint256, "_quantity": p.uint256, "_pubkeys": p.bytes, "_signatures": p.bytes}, ),
    getEVMScriptExecutor: viewFun("0x2914b9bd", "getEVMScriptExecutor(bytes)", {"_script": p.bytes}, p.address),
    getRecoveryVault: viewFun("0x32f0a3b5", "getRecoveryVault()", {}, p.address),
    assignNextSigningKeys: fun("0x41bc716f", "assignNextSigningKeys(uint256)", {"_numKeys": p.uint256}, {"pubkeys": p.bytes, "signatures": p.bytes}),
    SIGNATURE_LENGTH: viewFun("0x540bc5ea", "SIGNATURE_LENGTH()", {}, p.uint256),
    SET_NODE_OPERATOR_ADDRESS_ROLE: viewFun("0x5a9fc07e", "SET_NODE_OPERATOR_ADDRESS_ROLE()", {}, p.bytes32),
    removeSigningKeysOperatorBH: fun("0x5ddde810", "removeSigningKeysOperatorBH(uint256,uint256,uint256)", {"_operator_id": p.uint256, "_index": p.uint256, "_amount": p.uint256}, ),
    setNodeOperatorName: fun("0x5e57d742", "setNodeOperatorName(uint256,string)", {"_id": p.uint256, "_name": p.string}, ),
    getRewardsDistribution: viewFun("0x62dcfda1", "getRewardsDistribution(uint256)", {"_totalRewardShares": p.uint256}, {"recipients": p.array(p.address), "shares": p.array(p.uint256)}),
    setNodeOperatorActive: fun("0x687ca337", "setNodeOperatorActive(uint256,bool)", {"_id": p.uint256, "_active": p.bool}, ),
    SET_NODE_OPERATOR_NAME_ROLE: viewFun("0x69602607", "SET_NODE_OPERATOR_NAME_ROLE()", {}, p.bytes32),
    removeSigningKey: fun("0x6ef355f1", "removeSigningKey(uint256,uint256)", {"_operator_id": p.uint256, "_index": p.uint256}, ),
    removeSigningKeys: fun("0x7038b141", "removeSigningKeys(uint256,uint256,uint256)", {"_operator_id": p.uint256, "_index": p.uint256, "_amount": p.uint256}, ),
    ADD_NODE_OPERATOR_ROLE: viewFun("0x7294d685", "ADD_NODE_OPERATOR_ROLE()", {}, p.bytes32),
    allowRecoverability: viewFun("0x7e7db6e1", "allowRecoverability(address)", {"token": p.address}, p.bool),
    addSigningKeysOperatorBH: fun("0x805911ae", "addSigningKeysOperatorBH(uint256,uint256,bytes,bytes)", {"_operator_id": p.uint256, "_quantity": p.uint256, "_pubkeys": p.bytes, "_signatures": p.bytes}, ),
    appId: viewFun("0x80afdea8", "appId()", {}, p.bytes32),
    getActiveNodeOperatorsCount: viewFun("0x8469cbd3", "getActiveNodeOperatorsCount()", {}, p.uint256),
    addNodeOperator: fun("0x85fa63d7", "addNodeOperator(string,address)", {"_name": p.string, "_rewardAddress": p.address}, p.uint256),
    getInitializationBlock: viewFun("0x8b3dd749", "getInitializationBlock()", {}, p.uint256),
    getUnusedSigningKeyCount: viewFun("0x8ca7c052", "getUnusedSigningKeyCount(uint256)", {"_operator_id": p.uint256}, p.uint256),
    setNodeOperatorRewardAddress: fun("0x973e9328", "setNodeOperatorRewardAddress(uint256,address)", {"_id": p.uint256, "_rewardAddress": p.address}, ),
    getNodeOperator: viewFun("0x9a56983c", "getNodeOperator(uint256,bool)", {"_id": p.uint256, "_fullInfo": p.bool}, {"active": p.bool, "name": p.string, "rewardAddress": p.address, "stakingLimit": p.uint64, "stoppedValidators": p.uint64, "totalSigningKeys": p.uint64, "usedSigningKeys": p.uint64}),
    transferToVault: fun("0x9d4941d8", "transferToVault(address)", {"_token": p.address}, ),
    canPerform: viewFun("0xa1658fad", "canPerform(address,bytes32,uint256[])", {"_sender": p.address, "_role": p.bytes32, "_params": p.array(p.uint256)}, p.bool),
    getEVMScriptRegistry: viewFun("0xa479e508", "getEVMScriptRegistry()", {}, p.address),
    PUBKEY_LENGTH: viewFun("0xa4d55d1d", "PUBKEY_LENGTH()", {}, p.uint256),
    getNodeOperatorsCount: viewFun("0xa70c70e4", "getNodeOperatorsCount()", {}, p.uint256),
    setNodeOperatorStakingLimit: fun("0xae962acf", "setNodeOperatorStakingLimit(uint256,uint64)", {"_id": p.uint256, "_stakingLimit": p.uint64}, ),
    getSigningKey: viewFun("0xb449402a", "getSigningKey(uint256,uint256)", {"_operator_id": p.uint256, "_index": p.uint256}, {"key": p.bytes, "depositSignature": p.bytes, "used": p.bool}),
    reportStoppedValidators: fun("0xbe726da2", "reportStoppedValidators(uint256,uint64)", {"_id": p.uint256, "_stoppedIncrement": p.uint64}, ),
    initialize: fun("0xc4d66de8", "initialize(address)", {"_lido": p.address}, ),
    REPORT_STOPPED_VALIDATORS_ROLE: viewFun("0xcb10af07", "REPORT_STOPPED_VALIDATORS_ROLE()", {}, p.bytes32),
    getKeysOpIndex: viewFun("0xd07442f1", "getKeysOpIndex()", {}, p.uint256),
    kernel: viewFun("0xd4aae0c4", "kernel()", {}, p.address),
    SET_NODE_OPERATOR_ACTIVE_ROLE: viewFun("0xd6e1c2cc", "SET_NODE_OPERATOR_ACTIVE_ROLE()", {}, p.bytes32),
    SET_NODE_OPERATOR_LIMIT_ROLE: viewFun("0xd8e71cd1", "SET_NODE_OPERATOR_LIMIT_ROLE()", {}, p.bytes32),
    getTotalSigningKeyCount: viewFun("0xdb9887ea", "getTotalSigningKeyCount(uint256)", {"_operator_id": p.uint256}, p.uint256),
    isPetrified: viewFun("0xde4796ed", "isPetrified()", {}, p.bool),
    MAX_NODE_OPERATORS_COUNT: viewFun("0xec5af3a4", "MAX_NODE_OPERATORS_COUNT()", {}, p.uint256),
    removeSigningKeyOperatorBH: fun("0xed5cfa41", "removeSigningKeyOperatorBH(uint256,uint256)", {"_operator_id": p.uint256, "_index": p.uint256}, ),
    MANAGE_SIGNING_KEYS: viewFun("0xf31bd9c1", "MANAGE_SIGNING_KEYS()", {}, p.bytes32),
    trimUnusedKeys: fun("0xf778021e", "trimUnusedKeys()", {}, ),
}

export class Contract extends ContractBase {

    hasInitialized() {
        return this.eth_call(functions.hasInitialized, {})
    }

    getEVMScriptExecutor(_script: GetEVMScriptExecutorParams["_script"]) {
        return this.eth_call(functions.getEVMScriptExecutor, {_script})
    }

    getRecoveryVault() {
        return this.eth_call(functions.getRecoveryVault, {})
    }

    SIGNATURE_LENGTH() {
        return this.eth_call(functions.SIGNATURE_LENGTH, {})
    }

    SET_NODE_OPERATOR_ADDRESS_ROLE() {
        return this.eth_call(functions.SET_NODE_OPERATOR_ADDRESS_ROLE, {})
    }

    getRewardsDistribution(_totalRewardShares: GetRewardsDistributionParams["_totalRewardShares"]) {
        return this.eth_call(functions.getRewardsDistribution, {_totalRewardShares})
    }

    SET_NODE_OPERATOR_NAME_ROLE() {
        return this.eth_call(functions.SET_NODE_OPERATOR_NAME_ROLE, {})
    }

    ADD_NODE_OPERATOR_ROLE() {
        return this.eth_call(functions.ADD_NODE_OPERATOR_ROLE, {})
    }

    allowRecoverability(token: AllowRecoverabilityParams["token"]) {
        return this.eth_call(functions.allowRecoverability, {token})
    }

    appId() {
        return this.eth_call(functions.appId, {})
    }

    getActiveNodeOperatorsCount() {
        return this.eth_call(functions.getActiveNodeOperatorsCount, {})
    }

    getInitializationBlock() {
        return this.eth_call(functions.getInitializationBlock, {})
    }

    getUnusedSigningKeyCount(_operator_id: GetUnusedSigningKeyCountParams["_operator_id"]) {
        return this.eth_call(functions.getUnusedSigningKeyCount, {_operator_id})
    }

    getNodeOperator(_id: GetNodeOperatorParams["_id"], _fullInfo: GetNodeOperatorParams["_fullInfo"]) {
        return this.eth_call(functions.getNodeOperator, {_id, _fullInfo})
    }

    canPerform(_sender: CanPerformParams["_sender"], _role: CanPerformParams["_role"], _params: CanPerformParams["_params"]) {
        return this.eth_call(functions.canPerform, {_sender, _role, _params})
    }

    getEVMScriptRegistry() {
        return this.eth_call(functions.getEVMScriptRegistry, {})
    }

    PUBKEY_LENGTH() {
        return this.eth_call(functions.PUBKEY_LENGTH, {})
    }

    getNodeOperatorsCount() {
        return this.eth_call(functions.getNodeOperatorsCount, {})
    }

    getSigningKey(_operator_id: GetSigningKeyParams["_operator_id"], _index: GetSigningKeyParams["_index"]) {
        return this.eth_call(functions.getSigningKey, {_operator_id, _index})
    }

    REPORT_STOPPED_VALIDATORS_ROLE() {
        return this.eth_call(functions.REPORT_STOPPED_VALIDATORS_ROLE, {})
    }

    getKeysOpIndex() {
        return this.eth_call(functions.getKeysOpIndex, {})
    }

    kernel() {
        return this.eth_call(functions.kernel, {})
    }

    SET_NODE_OPERATOR_ACTIVE_ROLE() {
        return this.eth_call(functions.SET_NODE_OPERATOR_ACTIVE_ROLE, {})
    }

    SET_NODE_OPERATOR_LIMIT_ROLE() {
        return this.eth_call(functions.SET_NODE_OPERATOR_LIMIT_ROLE, {})
    }

    getTotalSigningKeyCount(_operator_id: GetTotalSigningKeyCountParams["_operator_id"]) {
        return this.eth_call(functions.getTotalSigningKeyCount, {_operator_id})
    }

    isPetrified() {
        return this.eth_call(functions.isPetrified, {})
    }

    MAX_NODE_OPERATORS_COUNT() {
        return this.eth_call(functions.MAX_NODE_OPERATORS_COUNT, {})
    }

    MANAGE_SIGNING_KEYS() {
        return this.eth_call(functions.MANAGE_SIGNING_KEYS, {})
    }
}

/// Event types
export type ScriptResultEventArgs = EParams<typeof events.ScriptResult>
export type RecoverToVaultEventArgs = EParams<typeof events.RecoverToVault>
export type NodeOperatorAddedEventArgs = EParams<typeof events.NodeOperatorAdded>
export type NodeOperatorActiveSetEventArgs = EParams<typeof events.NodeOperatorActiveSet>
export type NodeOperatorNameSetEventArgs = EParams<typeof events.NodeOperatorNameSet>
export type NodeOperatorRewardAddressSetEventArgs = EParams<typeof events.NodeOperatorRewardAddressSet>
export type NodeOperatorStakingLimitSetEventArgs = EParams<typeof events.NodeOperatorStakingLimitSet>
export type NodeOperatorTotalStoppedValidatorsReportedEventArgs = EParams<typeof events.NodeOperatorTotalStoppedValidatorsReported>
export type NodeOperatorTotalKeysTrimmedEventArgs = EParams<typeof events.NodeOperatorTotalKeysTrimmed>
export type SigningKeyAddedEventArgs = EParams<typeof events.SigningKeyAdded>
export type SigningKeyRemovedEventArgs = EParams<typeof events.SigningKeyRemoved>
export type KeysOpIndexSetEventArgs = EParams<typeof events.KeysOpIndexSet>

/// Function types
export type HasInitializedParams = FunctionArguments<typeof functions.hasInitialized>
export type HasInitializedReturn = FunctionReturn<typeof functions.hasInitialized>

export type AddSigningKeysParams = FunctionArguments<typeof functions.addSigningKeys>
export type AddSigningKeysReturn = FunctionReturn<typeof functions.addSigningKeys>

export type GetEVMScriptExecutorParams = FunctionArguments<typeof functions.getEVMScriptExecutor>
export type GetEVMScriptExecutorReturn = FunctionReturn<typeof functions.getEVMScriptExecutor>

export type GetRecoveryVaultParams = FunctionArguments<typeof functions.getRecoveryVault>
export type GetRecoveryVaultReturn = FunctionReturn<typeof functions.getRecoveryVault>

export type AssignNextSigningKeysParams = FunctionArguments<typeof functions.assignNextSigningKeys>
export type AssignNextSigningKeysReturn = FunctionReturn<typeof functions.assignNextSigningKeys>

export type SIGNATURE_LENGTHParams = FunctionArguments<typeof functions.SIGNATURE_LENGTH>
export type SIGNATURE_LENGTHReturn = FunctionReturn<typeof functions.SIGNATURE_LENGTH>

export type SET_NODE_OPERATOR_ADDRESS_ROLEParams = FunctionArguments<typeof functions.SET_NODE_OPERATOR_ADDRESS_ROLE>
export type SET_NODE_OPERATOR_ADDRESS_ROLEReturn = FunctionReturn<typeof functions.SET_NODE_OPERATOR_ADDRESS_ROLE>

export type RemoveSigningKeysOperatorBHParams = FunctionArguments<typeof functions.removeSigningKeysOperatorBH>
export type RemoveSigningKeysOperatorBHReturn = FunctionReturn<typeof functions.removeSigningKeysOperatorBH>

export type SetNodeOperatorNameParams = FunctionArguments<typeof functions.setNodeOperatorName>
export type SetNodeOperatorNameReturn = FunctionReturn<typeof functions.setNodeOperatorName>

export type GetRewardsDistributionParams = FunctionArguments<typeof functions.getRewardsDistribution>
export type GetRewardsDistributionReturn = FunctionReturn<typeof functions.getRewardsDistribution>

export type SetNodeOperatorActiveParams = FunctionArguments<typeof functions.setNodeOperatorActive>
export type SetNodeOperatorActiveReturn = FunctionReturn<typeof functions.setNodeOperatorActive>

export type SET_NODE_OPERATOR_NAME_ROLEParams = FunctionArguments<typeof functions.SET_NODE_OPERATOR_NAME_ROLE>
export type SET_NODE_OPERATOR_NAME_ROLEReturn = FunctionReturn<typeof functions.SET_NODE_OPERATOR_NAME_ROLE>

export type RemoveSigningKeyParams = FunctionArguments<typeof functions.removeSigningKey>
export type RemoveSigningKeyReturn = FunctionReturn<typeof functions.removeSigningKey>

export type RemoveSigningKeysParams = FunctionArguments<typeof functions.removeSigningKeys>
export type RemoveSigningKeysReturn = FunctionReturn<typeof functions.removeSigningKeys>

export type ADD_NODE_OPERATOR_ROLEParams = FunctionArguments<typeof functions.ADD_NODE_OPERATOR_ROLE>
export type ADD_NODE_OPERATOR_ROLEReturn = FunctionReturn<typeof functions.ADD_NODE_OPERATOR_ROLE>

export type AllowRecoverabilityParams = FunctionArguments<typeof functions.allowRecoverability>
export type AllowRecoverabilityReturn = FunctionReturn<typeof functions.allowRecoverability>

export type AddSigningKeysOperatorBHParams = FunctionArguments<typeof functions.addSigningKeysOperatorBH>
export type AddSigningKeysOperatorBHReturn = FunctionReturn<typeof functions.addSigningKeysOperatorBH>

export type AppIdParams = FunctionArguments<typeof functions.appId>
export type AppIdReturn = FunctionReturn<typeof functions.appId>

export type GetActiveNodeOperatorsCountParams = FunctionArguments<typeof functions.getActiveNodeOperatorsCount>
export type GetActiveNodeOperatorsCountReturn = FunctionReturn<typeof functions.getActiveNodeOperatorsCount>

export type AddNodeOperatorParams = FunctionArguments<typeof functions.addNodeOperator>
export type AddNodeOperatorReturn = FunctionReturn<typeof functions.addNodeOperator>

export type GetInitializationBlockParams = FunctionArguments<typeof functions.getInitializationBlock>
export type GetInitializationBlockReturn = FunctionReturn<typeof functions.getInitializationBlock>

export type GetUnusedSigningKeyCountParams = FunctionArguments<typeof functions.getUnusedSigningKeyCount>
export type GetUnusedSigningKeyCountReturn = FunctionReturn<typeof functions.getUnusedSigningKeyCount>

export type SetNodeOperatorRewardAddressParams = FunctionArguments<typeof functions.setNodeOperatorRewardAddress>
export type SetNodeOperatorRewardAddressReturn = FunctionReturn<typeof functions.setNodeOperatorRewardAddress>

export type GetNodeOperatorParams = FunctionArguments<typeof functions.getNodeOperator>
export type GetNodeOperatorReturn = FunctionReturn<typeof functions.getNodeOperator>

export type TransferToVaultParams = FunctionArguments<typeof functions.transferToVault>
export type TransferToVaultReturn = FunctionReturn<typeof functions.transferToVault>

export type CanPerformParams = FunctionArguments<typeof functions.canPerform>
export type CanPerformReturn = FunctionReturn<typeof functions.canPerform>

export type GetEVMScriptRegistryParams = FunctionArguments<typeof functions.getEVMScriptRegistry>
export type GetEVMScriptRegistryReturn = FunctionReturn<typeof functions.getEVMScriptRegistry>

export type PUBKEY_LENGTHParams = FunctionArguments<typeof functions.PUBKEY_LENGTH>
export type PUBKEY_LENGTHReturn = FunctionReturn<typeof functions.PUBKEY_LENGTH>

export type GetNodeOperatorsCountParams = FunctionArguments<typeof functions.getNodeOperatorsCount>
export type GetNodeOperatorsCountReturn = FunctionReturn<typeof functions.getNodeOperatorsCount>

export type SetNodeOperatorStakingLimitParams = FunctionArguments<typeof functions.setNodeOperatorStakingLimit>
export type SetNodeOperatorStakingLimitReturn = FunctionReturn<typeof functions.setNodeOperatorStakingLimit>

export type GetSigningKeyParams = FunctionArguments<typeof functions.getSigningKey>
export type GetSigningKeyReturn = FunctionReturn<typeof functions.getSigningKey>

export type ReportStoppedValidatorsParams = FunctionArguments<typeof functions.reportStoppedValidators>
export type ReportStoppedValidatorsReturn = FunctionReturn<typeof functions.reportStoppedValidators>

export type InitializeParams = FunctionArguments<typeof functions.initialize>
export type InitializeReturn = FunctionReturn<typeof functions.initialize>

export type REPORT_STOPPED_VALIDATORS_ROLEParams = FunctionArguments<typeof functions.REPORT_STOPPED_VALIDATORS_ROLE>
export type REPORT_STOPPED_VALIDATORS_ROLEReturn = FunctionReturn<typeof functions.REPORT_STOPPED_VALIDATORS_ROLE>

export type GetKeysOpIndexParams = FunctionArguments<typeof functions.getKeysOpIndex>
export type GetKeysOpIndexReturn = FunctionReturn<typeof functions.getKeysOpIndex>

export type KernelParams = FunctionArguments<typeof functions.kernel>
export type KernelReturn = FunctionReturn<typeof functions.kernel>

export type SET_NODE_OPERATOR_ACTIVE_ROLEParams = FunctionArguments<typeof functions.SET_NODE_OPERATOR_ACTIVE_ROLE>
export type SET_NODE_OPERATOR_ACTIVE_ROLEReturn = FunctionReturn<typeof functions.SET_NODE_OPERATOR_ACTIVE_ROLE>

export type SET_NODE_OPERATOR_LIMIT_ROLEParams = FunctionArguments<typeof functions.SET_NODE_OPERATOR_LIMIT_ROLE>
export type SET_NODE_OPERATOR_LIMIT_ROLEReturn = FunctionReturn<typeof functions.SET_NODE_OPERATOR_LIMIT_ROLE>

export type GetTotalSigningKeyCountParams = FunctionArguments<typeof functions.getTotalSigningKeyCount>
export type GetTotalSigningKeyCountReturn = FunctionReturn<typeof functions.getTotalSigningKeyCount>

export type IsPetrifiedParams = FunctionArguments<typeof functions.isPetrified>
export type IsPetrifiedReturn = FunctionReturn<typeof functions.isPetrified>

export type MAX_NODE_OPERATORS_COUNTParams = FunctionArguments<typeof functions.MAX_NODE_OPERATORS_COUNT>
export type MAX_NODE_OPERATORS_COUNTReturn = FunctionReturn<typeof functions.MAX_NODE_OPERATORS_COUNT>

export type RemoveSigningKeyOperatorBHParams = FunctionArguments<typeof functions.removeSigningKeyOperatorBH>
export type RemoveSigningKeyOperatorBHReturn = FunctionReturn<typeof functions.removeSigningKeyOperatorBH>

export type MANAGE_SIGNING_KEYSParams = FunctionArguments<typeof functions.MANAGE_SIGNING_KEYS>
export type MANAGE_SIGNING_KEYSReturn = FunctionReturn<typeof functions.MANAGE_SIGNING_KEYS>

export type TrimUnusedKeysParams = FunctionArguments<typeof functions.trimUnusedKeys>
export type TrimUnusedKeysReturn = FunctionReturn<typeof functions.trimUnusedKeys>

