import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    ScriptResult: event("0x5229a5dba83a54ae8cb5b51bdd6de9474cacbe9dd332f5185f3a4f4f2e3f4ad9", "ScriptResult(address,bytes,bytes,bytes)", {"executor": indexed(p.address), "script": p.bytes, "input": p.bytes, "returnData": p.bytes}),
    RecoverToVault: event("0x596caf56044b55fb8c4ca640089bbc2b63cae3e978b851f5745cbb7c5b288e02", "RecoverToVault(address,address,uint256)", {"vault": indexed(p.address), "token": indexed(p.address), "amount": p.uint256}),
    AllowedBeaconBalanceAnnualRelativeIncreaseSet: event("0x15befe448b41dd28cf3e1b9db42dbb489e7bd480093345e3dbb132ab2993b537", "AllowedBeaconBalanceAnnualRelativeIncreaseSet(uint256)", {"value": p.uint256}),
    AllowedBeaconBalanceRelativeDecreaseSet: event("0x0116349092cceaec6172fcd61b2b801a45663783c9dca24919105b66a62da84a", "AllowedBeaconBalanceRelativeDecreaseSet(uint256)", {"value": p.uint256}),
    BeaconReportReceiverSet: event("0x10bdb8bba3913c9e1b7ffbf8759dfcf1c355d9796d58906b147ff0b4c3e31448", "BeaconReportReceiverSet(address)", {"callback": p.address}),
    MemberAdded: event("0xb251eb052afc73ffd02ffe85ad79990a8b3fed60d76dbc2fa2fdd7123dffd914", "MemberAdded(address)", {"member": p.address}),
    MemberRemoved: event("0x6e76fb4c77256006d9c38ec7d82b45a8c8f3c27b1d6766fffc42dfb8de684492", "MemberRemoved(address)", {"member": p.address}),
    QuorumChanged: event("0x027863d12a407097e086a48e36475bfc859d0b200b7e6f65b5fd3b218e46632e", "QuorumChanged(uint256)", {"quorum": p.uint256}),
    ExpectedEpochIdUpdated: event("0xcdcd275f4d96ed683d684f3610a92beacdebcf1ee4d37e2df526fb9001e1ea63", "ExpectedEpochIdUpdated(uint256)", {"epochId": p.uint256}),
    BeaconSpecSet: event("0xa15de8f88515e04da45ad2303c04e9f126945fd99e173d3d93ff6351e1f335ee", "BeaconSpecSet(uint64,uint64,uint64,uint64)", {"epochsPerFrame": p.uint64, "slotsPerEpoch": p.uint64, "secondsPerSlot": p.uint64, "genesisTime": p.uint64}),
    BeaconReported: event("0x23285eb039d2d2881abbf7503a6d39ac5d3113701031b3e69abcb1d2cc24266f", "BeaconReported(uint256,uint128,uint128,address)", {"epochId": p.uint256, "beaconBalance": p.uint128, "beaconValidators": p.uint128, "caller": p.address}),
    Completed: event("0x95423529aa0b2867e02676b0bb4766cde576fb31ea77056f683bc236c7c15f9d", "Completed(uint256,uint128,uint128)", {"epochId": p.uint256, "beaconBalance": p.uint128, "beaconValidators": p.uint128}),
    PostTotalShares: event("0xdafd48d1eba2a416b2aca45e9ead3ad18b84e868fa6d2e1a3048bfd37ed10a32", "PostTotalShares(uint256,uint256,uint256,uint256)", {"postTotalPooledEther": p.uint256, "preTotalPooledEther": p.uint256, "timeElapsed": p.uint256, "totalShares": p.uint256}),
    ContractVersionSet: event("0xfddcded6b4f4730c226821172046b48372d3cd963c159701ae1b7c3bcac541bb", "ContractVersionSet(uint256)", {"version": p.uint256}),
}

export const functions = {
    getCurrentOraclesReportStatus: viewFun("0x03cda963", "getCurrentOraclesReportStatus()", {}, p.uint256),
    setAllowedBeaconBalanceAnnualRelativeIncrease: fun("0x0719d531", "setAllowedBeaconBalanceAnnualRelativeIncrease(uint256)", {"_value": p.uint256}, ),
    hasInitialized: viewFun("0x0803fac0", "hasInitialized()", {}, p.bool),
    getVersion: viewFun("0x0d8e6e2c", "getVersion()", {}, p.uint256),
    getEVMScriptExecutor: viewFun("0x2914b9bd", "getEVMScriptExecutor(bytes)", {"_script": p.bytes}, p.address),
    MANAGE_QUORUM: viewFun("0x2fa689bb", "MANAGE_QUORUM()", {}, p.bytes32),
    reportBeacon: fun("0x31f208b3", "reportBeacon(uint256,uint64,uint32)", {"_epochId": p.uint256, "_beaconBalance": p.uint64, "_beaconValidators": p.uint32}, ),
    getRecoveryVault: viewFun("0x32f0a3b5", "getRecoveryVault()", {}, p.address),
    getAllowedBeaconBalanceAnnualRelativeIncrease: viewFun("0x43125b02", "getAllowedBeaconBalanceAnnualRelativeIncrease()", {}, p.uint256),
    getAllowedBeaconBalanceRelativeDecrease: viewFun("0x43d21789", "getAllowedBeaconBalanceRelativeDecrease()", {}, p.uint256),
    getExpectedEpochId: viewFun("0x4b47b74f", "getExpectedEpochId()", {}, p.uint256),
    getLastCompletedReportDelta: viewFun("0x534649c4", "getLastCompletedReportDelta()", {}, {"postTotalPooledEther": p.uint256, "preTotalPooledEther": p.uint256, "timeElapsed": p.uint256}),
    initialize: fun("0x59ae8e9e", "initialize(address,uint64,uint64,uint64,uint64,uint256,uint256)", {"_lido": p.address, "_epochsPerFrame": p.uint64, "_slotsPerEpoch": p.uint64, "_secondsPerSlot": p.uint64, "_genesisTime": p.uint64, "_allowedBeaconBalanceAnnualRelativeIncrease": p.uint256, "_allowedBeaconBalanceRelativeDecrease": p.uint256}, ),
    getLido: viewFun("0x6a516b47", "getLido()", {}, p.address),
    SET_BEACON_REPORT_RECEIVER: viewFun("0x6b788573", "SET_BEACON_REPORT_RECEIVER()", {}, p.bytes32),
    finalizeUpgrade_v3: fun("0x6d395b7e", "finalizeUpgrade_v3()", {}, ),
    MANAGE_MEMBERS: viewFun("0x6e93beb8", "MANAGE_MEMBERS()", {}, p.bytes32),
    getCurrentFrame: viewFun("0x72f79b13", "getCurrentFrame()", {}, {"frameEpochId": p.uint256, "frameStartTime": p.uint256, "frameEndTime": p.uint256}),
    allowRecoverability: viewFun("0x7e7db6e1", "allowRecoverability(address)", {"token": p.address}, p.bool),
    getCurrentReportVariant: viewFun("0x7ffb1472", "getCurrentReportVariant(uint256)", {"_index": p.uint256}, {"beaconBalance": p.uint64, "beaconValidators": p.uint32, "count": p.uint16}),
    appId: viewFun("0x80afdea8", "appId()", {}, p.bytes32),
    getLastCompletedEpochId: viewFun("0x89896aef", "getLastCompletedEpochId()", {}, p.uint256),
    getInitializationBlock: viewFun("0x8b3dd749", "getInitializationBlock()", {}, p.uint256),
    setBeaconReportReceiver: fun("0x9a3cb2ca", "setBeaconReportReceiver(address)", {"_addr": p.address}, ),
    transferToVault: fun("0x9d4941d8", "transferToVault(address)", {"_token": p.address}, ),
    SET_BEACON_SPEC: viewFun("0xa01f0486", "SET_BEACON_SPEC()", {}, p.bytes32),
    canPerform: viewFun("0xa1658fad", "canPerform(address,bytes32,uint256[])", {"_sender": p.address, "_role": p.bytes32, "_params": p.array(p.uint256)}, p.bool),
    getCurrentEpochId: viewFun("0xa29a839f", "getCurrentEpochId()", {}, p.uint256),
    getEVMScriptRegistry: viewFun("0xa479e508", "getEVMScriptRegistry()", {}, p.address),
    addOracleMember: fun("0xb164e437", "addOracleMember(address)", {"_member": p.address}, ),
    getBeaconReportReceiver: viewFun("0xb2480603", "getBeaconReportReceiver()", {}, p.address),
    SET_REPORT_BOUNDARIES: viewFun("0xb97d5596", "SET_REPORT_BOUNDARIES()", {}, p.bytes32),
    setQuorum: fun("0xc1ba4e59", "setQuorum(uint256)", {"_quorum": p.uint256}, ),
    getQuorum: viewFun("0xc26c12eb", "getQuorum()", {}, p.uint256),
    kernel: viewFun("0xd4aae0c4", "kernel()", {}, p.address),
    getOracleMembers: viewFun("0xdabb5757", "getOracleMembers()", {}, p.array(p.address)),
    isPetrified: viewFun("0xde4796ed", "isPetrified()", {}, p.bool),
    setAllowedBeaconBalanceRelativeDecrease: fun("0xde50700f", "setAllowedBeaconBalanceRelativeDecrease(uint256)", {"_value": p.uint256}, ),
    getBeaconSpec: viewFun("0xe547c77c", "getBeaconSpec()", {}, {"epochsPerFrame": p.uint64, "slotsPerEpoch": p.uint64, "secondsPerSlot": p.uint64, "genesisTime": p.uint64}),
    setBeaconSpec: fun("0xe90b2da1", "setBeaconSpec(uint64,uint64,uint64,uint64)", {"_epochsPerFrame": p.uint64, "_slotsPerEpoch": p.uint64, "_secondsPerSlot": p.uint64, "_genesisTime": p.uint64}, ),
    MAX_MEMBERS: viewFun("0xea0e35b1", "MAX_MEMBERS()", {}, p.uint256),
    getCurrentReportVariantsSize: viewFun("0xed9767d9", "getCurrentReportVariantsSize()", {}, p.uint256),
    removeOracleMember: fun("0xf98fae81", "removeOracleMember(address)", {"_member": p.address}, ),
}

export class Contract extends ContractBase {

    getCurrentOraclesReportStatus() {
        return this.eth_call(functions.getCurrentOraclesReportStatus, {})
    }

    hasInitialized() {
        return this.eth_call(functions.hasInitialized, {})
    }

    getVersion() {
        return this.eth_call(functions.getVersion, {})
    }

    getEVMScriptExecutor(_script: GetEVMScriptExecutorParams["_script"]) {
        return this.eth_call(functions.getEVMScriptExecutor, {_script})
    }

    MANAGE_QUORUM() {
        return this.eth_call(functions.MANAGE_QUORUM, {})
    }

    getRecoveryVault() {
        return this.eth_call(functions.getRecoveryVault, {})
    }

    getAllowedBeaconBalanceAnnualRelativeIncrease() {
        return this.eth_call(functions.getAllowedBeaconBalanceAnnualRelativeIncrease, {})
    }

    getAllowedBeaconBalanceRelativeDecrease() {
        return this.eth_call(functions.getAllowedBeaconBalanceRelativeDecrease, {})
    }

    getExpectedEpochId() {
        return this.eth_call(functions.getExpectedEpochId, {})
    }

    getLastCompletedReportDelta() {
        return this.eth_call(functions.getLastCompletedReportDelta, {})
    }

    getLido() {
        return this.eth_call(functions.getLido, {})
    }

    SET_BEACON_REPORT_RECEIVER() {
        return this.eth_call(functions.SET_BEACON_REPORT_RECEIVER, {})
    }

    MANAGE_MEMBERS() {
        return this.eth_call(functions.MANAGE_MEMBERS, {})
    }

    getCurrentFrame() {
        return this.eth_call(functions.getCurrentFrame, {})
    }

    allowRecoverability(token: AllowRecoverabilityParams["token"]) {
        return this.eth_call(functions.allowRecoverability, {token})
    }

    getCurrentReportVariant(_index: GetCurrentReportVariantParams["_index"]) {
        return this.eth_call(functions.getCurrentReportVariant, {_index})
    }

    appId() {
        return this.eth_call(functions.appId, {})
    }

    getLastCompletedEpochId() {
        return this.eth_call(functions.getLastCompletedEpochId, {})
    }

    getInitializationBlock() {
        return this.eth_call(functions.getInitializationBlock, {})
    }

    SET_BEACON_SPEC() {
        return this.eth_call(functions.SET_BEACON_SPEC, {})
    }

    canPerform(_sender: CanPerformParams["_sender"], _role: CanPerformParams["_role"], _params: CanPerformParams["_params"]) {
        return this.eth_call(functions.canPerform, {_sender, _role, _params})
    }

    getCurrentEpochId() {
        return this.eth_call(functions.getCurrentEpochId, {})
    }

    getEVMScriptRegistry() {
        return this.eth_call(functions.getEVMScriptRegistry, {})
    }

    getBeaconReportReceiver() {
        return this.eth_call(functions.getBeaconReportReceiver, {})
    }

    SET_REPORT_BOUNDARIES() {
        return this.eth_call(functions.SET_REPORT_BOUNDARIES, {})
    }

    getQuorum() {
        return this.eth_call(functions.getQuorum, {})
    }

    kernel() {
        return this.eth_call(functions.kernel, {})
    }

    getOracleMembers() {
        return this.eth_call(functions.getOracleMembers, {})
    }

    isPetrified() {
        return this.eth_call(functions.isPetrified, {})
    }

    getBeaconSpec() {
        return this.eth_call(functions.getBeaconSpec, {})
    }

    MAX_MEMBERS() {
        return this.eth_call(functions.MAX_MEMBERS, {})
    }

    getCurrentReportVariantsSize() {
        return this.eth_call(functions.getCurrentReportVariantsSize, {})
    }
}

/// Event types
export type ScriptResultEventArgs = EParams<typeof events.ScriptResult>
export type RecoverToVaultEventArgs = EParams<typeof events.RecoverToVault>
export type AllowedBeaconBalanceAnnualRelativeIncreaseSetEventArgs = EParams<typeof events.AllowedBeaconBalanceAnnualRelativeIncreaseSet>
export type AllowedBeaconBalanceRelativeDecreaseSetEventArgs = EParams<typeof events.AllowedBeaconBalanceRelativeDecreaseSet>
export type BeaconReportReceiverSetEventArgs = EParams<typeof events.BeaconReportReceiverSet>
export type MemberAddedEventArgs = EParams<typeof events.MemberAdded>
export type MemberRemovedEventArgs = EParams<typeof events.MemberRemoved>
export type QuorumChangedEventArgs = EParams<typeof events.QuorumChanged>
export type ExpectedEpochIdUpdatedEventArgs = EParams<typeof events.ExpectedEpochIdUpdated>
export type BeaconSpecSetEventArgs = EParams<typeof events.BeaconSpecSet>
export type BeaconReportedEventArgs = EParams<typeof events.BeaconReported>
export type CompletedEventArgs = EParams<typeof events.Completed>
export type PostTotalSharesEventArgs = EParams<typeof events.PostTotalShares>
export type ContractVersionSetEventArgs = EParams<typeof events.ContractVersionSet>

/// Function types
export type GetCurrentOraclesReportStatusParams = FunctionArguments<typeof functions.getCurrentOraclesReportStatus>
export type GetCurrentOraclesReportStatusReturn = FunctionReturn<typeof functions.getCurrentOraclesReportStatus>

export type SetAllowedBeaconBalanceAnnualRelativeIncreaseParams = FunctionArguments<typeof functions.setAllowedBeaconBalanceAnnualRelativeIncrease>
export type SetAllowedBeaconBalanceAnnualRelativeIncreaseReturn = FunctionReturn<typeof functions.setAllowedBeaconBalanceAnnualRelativeIncrease>

export type HasInitializedParams = FunctionArguments<typeof functions.hasInitialized>
export type HasInitializedReturn = FunctionReturn<typeof functions.hasInitialized>

export type GetVersionParams = FunctionArguments<typeof functions.getVersion>
export type GetVersionReturn = FunctionReturn<typeof functions.getVersion>

export type GetEVMScriptExecutorParams = FunctionArguments<typeof functions.getEVMScriptExecutor>
export type GetEVMScriptExecutorReturn = FunctionReturn<typeof functions.getEVMScriptExecutor>

export type MANAGE_QUORUMParams = FunctionArguments<typeof functions.MANAGE_QUORUM>
export type MANAGE_QUORUMReturn = FunctionReturn<typeof functions.MANAGE_QUORUM>

export type ReportBeaconParams = FunctionArguments<typeof functions.reportBeacon>
export type ReportBeaconReturn = FunctionReturn<typeof functions.reportBeacon>

export type GetRecoveryVaultParams = FunctionArguments<typeof functions.getRecoveryVault>
export type GetRecoveryVaultReturn = FunctionReturn<typeof functions.getRecoveryVault>

export type GetAllowedBeaconBalanceAnnualRelativeIncreaseParams = FunctionArguments<typeof functions.getAllowedBeaconBalanceAnnualRelativeIncrease>
export type GetAllowedBeaconBalanceAnnualRelativeIncreaseReturn = FunctionReturn<typeof functions.getAllowedBeaconBalanceAnnualRelativeIncrease>

export type GetAllowedBeaconBalanceRelativeDecreaseParams = FunctionArguments<typeof functions.getAllowedBeaconBalanceRelativeDecrease>
export type GetAllowedBeaconBalanceRelativeDecreaseReturn = FunctionReturn<typeof functions.getAllowedBeaconBalanceRelativeDecrease>

export type GetExpectedEpochIdParams = FunctionArguments<typeof functions.getExpectedEpochId>
export type GetExpectedEpochIdReturn = FunctionReturn<typeof functions.getExpectedEpochId>

export type GetLastCompletedReportDeltaParams = FunctionArguments<typeof functions.getLastCompletedReportDelta>
export type GetLastCompletedReportDeltaReturn = FunctionReturn<typeof functions.getLastCompletedReportDelta>

export type InitializeParams = FunctionArguments<typeof functions.initialize>
export type InitializeReturn = FunctionReturn<typeof functions.initialize>

export type GetLidoParams = FunctionArguments<typeof functions.getLido>
export type GetLidoReturn = FunctionReturn<typeof functions.getLido>

export type SET_BEACON_REPORT_RECEIVERParams = FunctionArguments<typeof functions.SET_BEACON_REPORT_RECEIVER>
export type SET_BEACON_REPORT_RECEIVERReturn = FunctionReturn<typeof functions.SET_BEACON_REPORT_RECEIVER>

export type FinalizeUpgrade_v3Params = FunctionArguments<typeof functions.finalizeUpgrade_v3>
export type FinalizeUpgrade_v3Return = FunctionReturn<typeof functions.finalizeUpgrade_v3>

export type MANAGE_MEMBERSParams = FunctionArguments<typeof functions.MANAGE_MEMBERS>
export type MANAGE_MEMBERSReturn = FunctionReturn<typeof functions.MANAGE_MEMBERS>

export type GetCurrentFrameParams = FunctionArguments<typeof functions.getCurrentFrame>
export type GetCurrentFrameReturn = FunctionReturn<typeof functions.getCurrentFrame>

export type AllowRecoverabilityParams = FunctionArguments<typeof functions.allowRecoverability>
export type AllowRecoverabilityReturn = FunctionReturn<typeof functions.allowRecoverability>

export type GetCurrentReportVariantParams = FunctionArguments<typeof functions.getCurrentReportVariant>
export type GetCurrentReportVariantReturn = FunctionReturn<typeof functions.getCurrentReportVariant>

export type AppIdParams = FunctionArguments<typeof functions.appId>
export type AppIdReturn = FunctionReturn<typeof functions.appId>

export type GetLastCompletedEpochIdParams = FunctionArguments<typeof functions.getLastCompletedEpochId>
export type GetLastCompletedEpochIdReturn = FunctionReturn<typeof functions.getLastCompletedEpochId>

export type GetInitializationBlockParams = FunctionArguments<typeof functions.getInitializationBlock>
export type GetInitializationBlockReturn = FunctionReturn<typeof functions.getInitializationBlock>

export type SetBeaconReportReceiverParams = FunctionArguments<typeof functions.setBeaconReportReceiver>
export type SetBeaconReportReceiverReturn = FunctionReturn<typeof functions.setBeaconReportReceiver>

export type TransferToVaultParams = FunctionArguments<typeof functions.transferToVault>
export type TransferToVaultReturn = FunctionReturn<typeof functions.transferToVault>

export type SET_BEACON_SPECParams = FunctionArguments<typeof functions.SET_BEACON_SPEC>
export type SET_BEACON_SPECReturn = FunctionReturn<typeof functions.SET_BEACON_SPEC>

export type CanPerformParams = FunctionArguments<typeof functions.canPerform>
export type CanPerformReturn = FunctionReturn<typeof functions.canPerform>

export type GetCurrentEpochIdParams = FunctionArguments<typeof functions.getCurrentEpochId>
export type GetCurrentEpochIdReturn = FunctionReturn<typeof functions.getCurrentEpochId>

export type GetEVMScriptRegistryParams = FunctionArguments<typeof functions.getEVMScriptRegistry>
export type GetEVMScriptRegistryReturn = FunctionReturn<typeof functions.getEVMScriptRegistry>

export type AddOracleMemberParams = FunctionArguments<typeof functions.addOracleMember>
export type AddOracleMemberReturn = FunctionReturn<typeof functions.addOracleMember>

export type GetBeaconReportReceiverParams = FunctionArguments<typeof functions.getBeaconReportReceiver>
export type GetBeaconReportReceiverReturn = FunctionReturn<typeof functions.getBeaconReportReceiver>

export type SET_REPORT_BOUNDARIESParams = FunctionArguments<typeof functions.SET_REPORT_BOUNDARIES>
export type SET_REPORT_BOUNDARIESReturn = FunctionReturn<typeof functions.SET_REPORT_BOUNDARIES>

export type SetQuorumParams = FunctionArguments<typeof functions.setQuorum>
export type SetQuorumReturn = FunctionReturn<typeof functions.setQuorum>

export type GetQuorumParams = FunctionArguments<typeof functions.getQuorum>
export type GetQuorumReturn = FunctionReturn<typeof functions.getQuorum>

export type KernelParams = FunctionArguments<typeof functions.kernel>
export type KernelReturn = FunctionReturn<typeof functions.kernel>

export type GetOracleMembersParams = FunctionArguments<typeof functions.getOracleMembers>
export type GetOracleMembersReturn = FunctionReturn<typeof functions.getOracleMembers>

export type IsPetrifiedParams = FunctionArguments<typeof functions.isPetrified>
export type IsPetrifiedReturn = FunctionReturn<typeof functions.isPetrified>

export type SetAllowedBeaconBalanceRelativeDecreaseParams = FunctionArguments<typeof functions.setAllowedBeaconBalanceRelativeDecrease>
export type SetAllowedBeaconBalanceRelativeDecreaseReturn = FunctionReturn<typeof functions.setAllowedBeaconBalanceRelativeDecrease>

export type GetBeaconSpecParams = FunctionArguments<typeof functions.getBeaconSpec>
export type GetBeaconSpecReturn = FunctionReturn<typeof functions.getBeaconSpec>

export type SetBeaconSpecParams = FunctionArguments<typeof functions.setBeaconSpec>
export type SetBeaconSpecReturn = FunctionReturn<typeof functions.setBeaconSpec>

export type MAX_MEMBERSParams = FunctionArguments<typeof functions.MAX_MEMBERS>
export type MAX_MEMBERSReturn = FunctionReturn<typeof functions.MAX_MEMBERS>

export type GetCurrentReportVariantsSizeParams = FunctionArguments<typeof functions.getCurrentReportVariantsSize>
export type GetCurrentReportVariantsSizeReturn = FunctionReturn<typeof functions.getCurrentReportVariantsSize>

export type RemoveOracleMemberParams = FunctionArguments<typeof functions.removeOracleMember>
export type RemoveOracleMemberReturn = FunctionReturn<typeof functions.removeOracleMember>

