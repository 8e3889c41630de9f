import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    ApprovalForAll: event("0x17307eab39ab6107e8899845ad3d59bd9653f200f220920489ca2b5937696c31", "ApprovalForAll(address,address,bool)", {"owner": indexed(p.address), "operator": indexed(p.address), "approved": p.bool}),
    BaseURISet: event("0xf9c7803e94e0d3c02900d8a90893a6d5e90dd04d32a4cfe825520f82bf9f32f6", "BaseURISet(string)", {"baseURI": p.string}),
    BatchMetadataUpdate: event("0x6bd5c950a8d8df17f772f5af37cb3655737899cbf903264b9795592da439661c", "BatchMetadataUpdate(uint256,uint256)", {"_fromTokenId": p.uint256, "_toTokenId": p.uint256}),
    BunkerModeDisabled: event("0xd1f8a2998c0caf73e09434aa93d273a599060d789407c6f70ccd4c9c9f32c8f4", "BunkerModeDisabled()", {}),
    BunkerModeEnabled: event("0x47f03b07e5b5377f871539bb2942f5ecb72733be9fc9d55a17b6d6a05d418345", "BunkerModeEnabled(uint256)", {"_sinceTimestamp": p.uint256}),
    ContractVersionSet: event("0xfddcded6b4f4730c226821172046b48372d3cd963c159701ae1b7c3bcac541bb", "ContractVersionSet(uint256)", {"version": p.uint256}),
    InitializedV1: event("0x20b34d2aaaf6acb4fbbc9c4846858bb824053ab11ff44a59dfba1e22ceb8a509", "InitializedV1(address)", {"_admin": p.address}),
    MetadataUpdate: event("0xf8e1a15aba9398e019f0b49df1a4fde98ee17ae345cb5f6b5e2c27f5033e8ce7", "MetadataUpdate(uint256)", {"_tokenId": p.uint256}),
    NftDescriptorAddressSet: event("0x4ec04ac71c49eea0a94dc5967b493412a8cdb2934b367713019d3b110e9f0ba8", "NftDescriptorAddressSet(address)", {"nftDescriptorAddress": p.address}),
    Paused: event("0x32fb7c9891bc4f963c7de9f1186d2a7755c7d6e9f4604dabe1d8bb3027c2f49e", "Paused(uint256)", {"duration": p.uint256}),
    Resumed: event("0x62451d457bc659158be6e6247f56ec1df424a5c7597f71c20c2bc44e0965c8f9", "Resumed()", {}),
    RoleAdminChanged: event("0xbd79b86ffe0ab8e8776151514217cd7cacd52c909f66475c3af44e129f0b00ff", "RoleAdminChanged(bytes32,bytes32,bytes32)", {"role": indexed(p.bytes32), "previousAdminRole": indexed(p.bytes32), "newAdminRole": indexed(p.bytes32)}),
    RoleGranted: event("0x2f8788117e7eff1d82e926ec794901d17c78024a50270940304540a733656f0d", "RoleGranted(bytes32,address,address)", {"role": indexed(p.bytes32), "account": indexed(p.address), "sender": indexed(p.address)}),
    RoleRevoked: event("0xf6391f5c32d9c69d2a47ea670b442974b53935d1edc7fd64eb21e047a839171b", "RoleRevoked(bytes32,address,address)", {"role": indexed(p.bytes32), "account": indexed(p.address), "sender": indexed(p.address)}),
    Transfer: event("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef", "Transfer(address,address,uint256)", {"from": indexed(p.address), "to": indexed(p.address), "tokenId": indexed(p.uint256)}),
    WithdrawalClaimed: event("0x6ad26c5e238e7d002799f9a5db07e81ef14e37386ae03496d7a7ef04713e145b", "WithdrawalClaimed(uint256,address,address,uint256)", {"requestId": indexed(p.uint256), "owner": indexed(p.address), "receiver": indexed(p.address), "amountOfETH": p.uint256}),
    WithdrawalRequested: event("0xf0cb471f23fb74ea44b8252eb1881a2dca546288d9f6e90d1a0e82fe0ed342ab", "WithdrawalRequested(uint256,address,address,uint256,uint256)", {"requestId": indexed(p.uint256), "requestor": indexed(p.address), "owner": indexed(p.address), "amountOfStETH": p.uint256, "amountOfShares": p.uint256}),
    WithdrawalsFinalized: event("0x197874c72af6a06fb0aa4fab45fd39c7cb61ac0992159872dc3295207da7e9eb", "WithdrawalsFinalized(uint256,uint256,uint256,uint256,uint256)", {"from": indexed(p.uint256), "to": indexed(p.uint256), "amountOfETHLocked": p.uint256, "sharesToBurn": p.uint256, "timestamp": p.uint256}),
    Approval: event("0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925", "Approval(address,address,uint256)", {"owner": indexed(p.address), "approved": indexed(p.address), "tokenId": indexed(p.uint256)}),
}

export const functions = {
    BUNKER_MODE_DISABLED_TIMESTAMP: viewFun("0xe7c0835d", "BUNKER_MODE_DISABLED_TIMESTAMP()", {}, p.uint256),
    DEFAULT_ADMIN_ROLE: viewFun("0xa217fddf", "DEFAULT_ADMIN_ROLE()", {}, p.bytes32),
    FINALIZE_ROLE: viewFun("0x220ca2f4", "FINALIZE_ROLE()", {}, p.bytes32),
    MANAGE_TOKEN_URI_ROLE: viewFun("0xb7bdf748", "MANAGE_TOKEN_URI_ROLE()", {}, p.bytes32),
    MAX_BATCHES_LENGTH: viewFun("0x29fd065d", "MAX_BATCHES_LENGTH()", {}, p.uint256),
    MAX_STETH_WITHDRAWAL_AMOUNT: viewFun("0xdb2296cd", "MAX_STETH_WITHDRAWAL_AMOUNT()", {}, p.uint256),
    MIN_STETH_WITHDRAWAL_AMOUNT: viewFun("0x0d25a957", "MIN_STETH_WITHDRAWAL_AMOUNT()", {}, p.uint256),
    ORACLE_ROLE: viewFun("0x07e2cea5", "ORACLE_ROLE()", {}, p.bytes32),
    PAUSE_INFINITELY: viewFun("0xa302ee38", "PAUSE_INFINITELY()", {}, p.uint256),
    PAUSE_ROLE: viewFun("0x389ed267", "PAUSE_ROLE()", {}, p.bytes32),
    RESUME_ROLE: viewFun("0x2de03aa1", "RESUME_ROLE()", {}, p.bytes32),
    STETH: viewFun("0xe00bfe50", "STETH()", {}, p.address),
    WSTETH: viewFun("0xd9fb643a", "WSTETH()", {}, p.address),
    approve: fun("0x095ea7b3", "approve(address,uint256)", {"_to": p.address, "_requestId": p.uint256}, ),
    balanceOf: viewFun("0x70a08231", "balanceOf(address)", {"_owner": p.address}, p.uint256),
    bunkerModeSinceTimestamp: viewFun("0x9b36be58", "bunkerModeSinceTimestamp()", {}, p.uint256),
    calculateFinalizationBatches: viewFun("0xeed53bf5", "calculateFinalizationBatches(uint256,uint256,uint256,(uint256,bool,uint256[36],uint256))", {"_maxShareRate": p.uint256, "_maxTimestamp": p.uint256, "_maxRequestsPerCall": p.uint256, "_state": p.struct({"remainingEthBudget": p.uint256, "finished": p.bool, "batches": p.fixedSizeArray(p.uint256, 36), "batchesLength": p.uint256})}, p.struct({"remainingEthBudget": p.uint256, "finished": p.bool, "batches": p.fixedSizeArray(p.uint256, 36), "batchesLength": p.uint256})),
    claimWithdrawal: fun("0xf8444436", "claimWithdrawal(uint256)", {"_requestId": p.uint256}, ),
    claimWithdrawals: fun("0xe3afe0a3", "claimWithdrawals(uint256[],uint256[])", {"_requestIds": p.array(p.uint256), "_hints": p.array(p.uint256)}, ),
    claimWithdrawalsTo: fun("0x5e7eead9", "claimWithdrawalsTo(uint256[],uint256[],address)", {"_requestIds": p.array(p.uint256), "_hints": p.array(p.uint256), "_recipient": p.address}, ),
    finalize: fun("0xb6013cef", "finalize(uint256,uint256)", {"_lastRequestIdToBeFinalized": p.uint256, "_maxShareRate": p.uint256}, ),
    findCheckpointHints: viewFun("0x62abe3fa", "findCheckpointHints(uint256[],uint256,uint256)", {"_requestIds": p.array(p.uint256), "_firstIndex": p.uint256, "_lastIndex": p.uint256}, p.array(p.uint256)),
    getApproved: viewFun("0x081812fc", "getApproved(uint256)", {"_requestId": p.uint256}, p.address),
    getBaseURI: viewFun("0x714c5398", "getBaseURI()", {}, p.string),
    getClaimableEther: viewFun("0xc97912d8", "getClaimableEther(uint256[],uint256[])", {"_requestIds": p.array(p.uint256), "_hints": p.array(p.uint256)}, p.array(p.uint256)),
    getContractVersion: viewFun("0x8aa10435", "getContractVersion()", {}, p.uint256),
    getLastCheckpointIndex: viewFun("0x526eae3e", "getLastCheckpointIndex()", {}, p.uint256),
    getLastFinalizedRequestId: viewFun("0x4f069a13", "getLastFinalizedRequestId()", {}, p.uint256),
    getLastRequestId: viewFun("0x19c2b4c3", "getLastRequestId()", {}, p.uint256),
    getLockedEtherAmount: viewFun("0xf6fa8a47", "getLockedEtherAmount()", {}, p.uint256),
    getNFTDescriptorAddress: viewFun("0x46a086b4", "getNFTDescriptorAddress()", {}, p.address),
    getResumeSinceTimestamp: viewFun("0x589ff76c", "getResumeSinceTimestamp()", {}, p.uint256),
    getRoleAdmin: viewFun("0x248a9ca3", "getRoleAdmin(bytes32)", {"role": p.bytes32}, p.bytes32),
    getRoleMember: viewFun("0x9010d07c", "getRoleMember(bytes32,uint256)", {"role": p.bytes32, "index": p.uint256}, p.address),
    getRoleMemberCount: viewFun("0xca15c873", "getRoleMemberCount(bytes32)", {"role": p.bytes32}, p.uint256),
    getWithdrawalRequests: viewFun("0x7d031b65", "getWithdrawalRequests(address)", {"_owner": p.address}, p.array(p.uint256)),
    getWithdrawalStatus: viewFun("0xb8c4b85a", "getWithdrawalStatus(uint256[])", {"_requestIds": p.array(p.uint256)}, p.array(p.struct({"amountOfStETH": p.uint256, "amountOfShares": p.uint256, "owner": p.address, "timestamp": p.uint256, "isFinalized": p.bool, "isClaimed": p.bool}))),
    grantRole: fun("0x2f2ff15d", "grantRole(bytes32,address)", {"role": p.bytes32, "account": p.address}, ),
    hasRole: viewFun("0x91d14854", "hasRole(bytes32,address)", {"role": p.bytes32, "account": p.address}, p.bool),
    initialize: fun("0xc4d66de8", "initialize(address)", {"_admin": p.address}, ),
    isApprovedForAll: viewFun("0xe985e9c5", "isApprovedForAll(address,address)", {"_owner": p.address, "_operator": p.address}, p.bool),
    isBunkerModeActive: viewFun("0x2b95b781", "isBunkerModeActive()", {}, p.bool),
    isPaused: viewFun("0xb187bd26", "isPaused()", {}, p.bool),
    name: viewFun("0x06fdde03", "name()", {}, p.string),
    onOracleReport: fun("0x96992fed", "onOracleReport(bool,uint256,uint256)", {"_isBunkerModeNow": p.bool, "_bunkerStartTimestamp": p.uint256, "_currentReportTimestamp": p.uint256}, ),
    ownerOf: viewFun("0x6352211e", "ownerOf(uint256)", {"_requestId": p.uint256}, p.address),
    pauseFor: fun("0xf3f449c7", "pauseFor(uint256)", {"_duration": p.uint256}, ),
    pauseUntil: fun("0xabe9cfc8", "pauseUntil(uint256)", {"_pauseUntilInclusive": p.uint256}, ),
    prefinalize: viewFun("0xa52e9c9f", "prefinalize(uint256[],uint256)", {"_batches": p.array(p.uint256), "_maxShareRate": p.uint256}, {"ethToLock": p.uint256, "sharesToBurn": p.uint256}),
    renounceRole: fun("0x36568abe", "renounceRole(bytes32,address)", {"role": p.bytes32, "account": p.address}, ),
    requestWithdrawals: fun("0xd6681042", "requestWithdrawals(uint256[],address)", {"_amounts": p.array(p.uint256), "_owner": p.address}, p.array(p.uint256)),
    requestWithdrawalsWithPermit: fun("0xacf41e4d", "requestWithdrawalsWithPermit(uint256[],address,(uint256,uint256,uint8,bytes32,bytes32))", {"_amounts": p.array(p.uint256), "_owner": p.address, "_permit": p.struct({"value": p.uint256, "deadline": p.uint256, "v": p.uint8, "r": p.bytes32, "s": p.bytes32})}, p.array(p.uint256)),
    requestWithdrawalsWstETH: fun("0x19aa6257", "requestWithdrawalsWstETH(uint256[],address)", {"_amounts": p.array(p.uint256), "_owner": p.address}, p.array(p.uint256)),
    requestWithdrawalsWstETHWithPermit: fun("0x7951b76f", "requestWithdrawalsWstETHWithPermit(uint256[],address,(uint256,uint256,uint8,bytes32,bytes32))", {"_amounts": p.array(p.uint256), "_owner": p.address, "_permit": p.struct({"value": p.uint256, "deadline": p.uint256, "v": p.uint8, "r": p.bytes32, "s": p.bytes32})}, p.array(p.uint256)),
    resume: fun("0x046f7da2", "resume()", {}, ),
    revokeRole: fun("0xd547741f", "revokeRole(bytes32,address)", {"role": p.bytes32, "account": p.address}, ),
    'safeTransferFrom(address,address,uint256)': fun("0x42842e0e", "safeTransferFrom(address,address,uint256)", {"_from": p.address, "_to": p.address, "_requestId": p.uint256}, ),
    'safeTransferFrom(address,address,uint256,bytes)': fun("0xb88d4fde", "safeTransferFrom(address,address,uint256,bytes)", {"_from": p.address, "_to": p.address, "_requestId": p.uint256, "_data": p.bytes}, ),
    setApprovalForAll: fun("0xa22cb465", "setApprovalForAll(address,bool)", {"_operator": p.address, "_approved": p.bool}, ),
    setBaseURI: fun("0x55f804b3", "setBaseURI(string)", {"_baseURI": p.string}, ),
    setNFTDescriptorAddress: fun("0x92b18a47", "setNFTDescriptorAddress(address)", {"_nftDescriptorAddress": p.address}, ),
    supportsInterface: viewFun("0x01ffc9a7", "supportsInterface(bytes4)", {"interfaceId": p.bytes4}, p.bool),
    symbol: viewFun("0x95d89b41", "symbol()", {}, p.string),
    tokenURI: viewFun("0xc87b56dd", "tokenURI(uint256)", {"_requestId": p.uint256}, p.string),
    transferFrom: fun("0x23b872dd", "transferFrom(address,address,uint256)", {"_from": p.address, "_to": p.address, "_requestId": p.uint256}, ),
    unfinalizedRequestNumber: viewFun("0xc2fc7aff", "unfinalizedRequestNumber()", {}, p.uint256),
    unfinalizedStETH: viewFun("0xd0fb84e8", "unfinalizedStETH()", {}, p.uint256),
}

export class Contract extends ContractBase {

    BUNKER_MODE_DISABLED_TIMESTAMP() {
        return this.eth_call(functions.BUNKER_MODE_DISABLED_TIMESTAMP, {})
    }

    DEFAULT_ADMIN_ROLE() {
        return this.eth_call(functions.DEFAULT_ADMIN_ROLE, {})
    }

    FINALIZE_ROLE() {
        return this.eth_call(functions.FINALIZE_ROLE, {})
    }

    MANAGE_TOKEN_URI_ROLE() {
        return this.eth_call(functions.MANAGE_TOKEN_URI_ROLE, {})
    }

    MAX_BATCHES_LENGTH() {
        return this.eth_call(functions.MAX_BATCHES_LENGTH, {})
    }

    MAX_STETH_WITHDRAWAL_AMOUNT() {
        return this.eth_call(functions.MAX_STETH_WITHDRAWAL_AMOUNT, {})
    }

    MIN_STETH_WITHDRAWAL_AMOUNT() {
        return this.eth_call(functions.MIN_STETH_WITHDRAWAL_AMOUNT, {})
    }

    ORACLE_ROLE() {
        return this.eth_call(functions.ORACLE_ROLE, {})
    }

    PAUSE_INFINITELY() {
        return this.eth_call(functions.PAUSE_INFINITELY, {})
    }

    PAUSE_ROLE() {
        return this.eth_call(functions.PAUSE_ROLE, {})
    }

    RESUME_ROLE() {
        return this.eth_call(functions.RESUME_ROLE, {})
    }

    STETH() {
        return this.eth_call(functions.STETH, {})
    }

    WSTETH() {
        return this.eth_call(functions.WSTETH, {})
    }

    balanceOf(_owner: BalanceOfParams["_owner"]) {
        return this.eth_call(functions.balanceOf, {_owner})
    }

    bunkerModeSinceTimestamp() {
        return this.eth_call(functions.bunkerModeSinceTimestamp, {})
    }

    calculateFinalizationBatches(_maxShareRate: CalculateFinalizationBatchesParams["_maxShareRate"], _maxTimestamp: CalculateFinalizationBatchesParams["_maxTimestamp"], _maxRequestsPerCall: CalculateFinalizationBatchesParams["_maxRequestsPerCall"], _state: CalculateFinalizationBatchesParams["_state"]) {
        return this.eth_call(functions.calculateFinalizationBatches, {_maxShareRate, _maxTimestamp, _maxRequestsPerCall, _state})
    }

    findCheckpointHints(_requestIds: FindCheckpointHintsParams["_requestIds"], _firstIndex: FindCheckpointHintsParams["_firstIndex"], _lastIndex: FindCheckpointHintsParams["_lastIndex"]) {
        return this.eth_call(functions.findCheckpointHints, {_requestIds, _firstIndex, _lastIndex})
    }

    getApproved(_requestId: GetApprovedParams["_requestId"]) {
        return this.eth_call(functions.getApproved, {_requestId})
    }

    getBaseURI() {
        return this.eth_call(functions.getBaseURI, {})
    }

    getClaimableEther(_requestIds: GetClaimableEtherParams["_requestIds"], _hints: GetClaimableEtherParams["_hints"]) {
        return this.eth_call(functions.getClaimableEther, {_requestIds, _hints})
    }

    getContractVersion() {
        return this.eth_call(functions.getContractVersion, {})
    }

    getLastCheckpointIndex() {
        return this.eth_call(functions.getLastCheckpointIndex, {})
    }

    getLastFinalizedRequestId() {
        return this.eth_call(functions.getLastFinalizedRequestId, {})
    }

    getLastRequestId() {
        return this.eth_call(functions.getLastRequestId, {})
    }

    getLockedEtherAmount() {
        return this.eth_call(functions.getLockedEtherAmount, {})
    }

    getNFTDescriptorAddress() {
        return this.eth_call(functions.getNFTDescriptorAddress, {})
    }

    getResumeSinceTimestamp() {
        return this.eth_call(functions.getResumeSinceTimestamp, {})
    }

    getRoleAdmin(role: GetRoleAdminParams["role"]) {
        return this.eth_call(functions.getRoleAdmin, {role})
    }

    getRoleMember(role: GetRoleMemberParams["role"], index: GetRoleMemberParams["index"]) {
        return this.eth_call(functions.getRoleMember, {role, index})
    }

    getRoleMemberCount(role: GetRoleMemberCountParams["role"]) {
        return this.eth_call(functions.getRoleMemberCount, {role})
    }

    getWithdrawalRequests(_owner: GetWithdrawalRequestsParams["_owner"]) {
        return this.eth_call(functions.getWithdrawalRequests, {_owner})
    }

    getWithdrawalStatus(_requestIds: GetWithdrawalStatusParams["_requestIds"]) {
        return this.eth_call(functions.getWithdrawalStatus, {_requestIds})
    }

    hasRole(role: HasRoleParams["role"], account: HasRoleParams["account"]) {
        return this.eth_call(functions.hasRole, {role, account})
    }

    isApprovedForAll(_owner: IsApprovedForAllParams["_owner"], _operator: IsApprovedForAllParams["_operator"]) {
        return this.eth_call(functions.isApprovedForAll, {_owner, _operator})
    }

    isBunkerModeActive() {
        return this.eth_call(functions.isBunkerModeActive, {})
    }

    isPaused() {
        return this.eth_call(functions.isPaused, {})
    }

    name() {
        return this.eth_call(functions.name, {})
    }

    ownerOf(_requestId: OwnerOfParams["_requestId"]) {
        return this.eth_call(functions.ownerOf, {_requestId})
    }

    prefinalize(_batches: PrefinalizeParams["_batches"], _maxShareRate: PrefinalizeParams["_maxShareRate"]) {
        return this.eth_call(functions.prefinalize, {_batches, _maxShareRate})
    }

    supportsInterface(interfaceId: SupportsInterfaceParams["interfaceId"]) {
        return this.eth_call(functions.supportsInterface, {interfaceId})
    }

    symbol() {
        return this.eth_call(functions.symbol, {})
    }

    tokenURI(_requestId: TokenURIParams["_requestId"]) {
        return this.eth_call(functions.tokenURI, {_requestId})
    }

    unfinalizedRequestNumber() {
        return this.eth_call(functions.unfinalizedRequestNumber, {})
    }

    unfinalizedStETH() {
        return this.eth_call(functions.unfinalizedStETH, {})
    }
}

/// Event types
export type ApprovalForAllEventArgs = EParams<typeof events.ApprovalForAll>
export type BaseURISetEventArgs = EParams<typeof events.BaseURISet>
export type BatchMetadataUpdateEventArgs = EParams<typeof events.BatchMetadataUpdate>
export type BunkerModeDisabledEventArgs = EParams<typeof events.BunkerModeDisabled>
export type BunkerModeEnabledEventArgs = EParams<typeof events.BunkerModeEnabled>
export type ContractVersionSetEventArgs = EParams<typeof events.ContractVersionSet>
export type InitializedV1EventArgs = EParams<typeof events.InitializedV1>
export type MetadataUpdateEventArgs = EParams<typeof events.MetadataUpdate>
export type NftDescriptorAddressSetEventArgs = EParams<typeof events.NftDescriptorAddressSet>
export type PausedEventArgs = EParams<typeof events.Paused>
export type ResumedEventArgs = EParams<typeof events.Resumed>
export type RoleAdminChangedEventArgs = EParams<typeof events.RoleAdminChanged>
export type RoleGrantedEventArgs = EParams<typeof events.RoleGranted>
export type RoleRevokedEventArgs = EParams<typeof events.RoleRevoked>
export type TransferEventArgs = EParams<typeof events.Transfer>
export type WithdrawalClaimedEventArgs = EParams<typeof events.WithdrawalClaimed>
export type WithdrawalRequestedEventArgs = EParams<typeof events.WithdrawalRequested>
export type WithdrawalsFinalizedEventArgs = EParams<typeof events.WithdrawalsFinalized>
export type ApprovalEventArgs = EParams<typeof events.Approval>

/// Function types
export type BUNKER_MODE_DISABLED_TIMESTAMPParams = FunctionArguments<typeof functions.BUNKER_MODE_DISABLED_TIMESTAMP>
export type BUNKER_MODE_DISABLED_TIMESTAMPReturn = FunctionReturn<typeof functions.BUNKER_MODE_DISABLED_TIMESTAMP>

export type DEFAULT_ADMIN_ROLEParams = FunctionArguments<typeof functions.DEFAULT_ADMIN_ROLE>
export type DEFAULT_ADMIN_ROLEReturn = FunctionReturn<typeof functions.DEFAULT_ADMIN_ROLE>

export type FINALIZE_ROLEParams = FunctionArguments<typeof functions.FINALIZE_ROLE>
export type FINALIZE_ROLEReturn = FunctionReturn<typeof functions.FINALIZE_ROLE>

export type MANAGE_TOKEN_URI_ROLEParams = FunctionArguments<typeof functions.MANAGE_TOKEN_URI_ROLE>
export type MANAGE_TOKEN_URI_ROLEReturn = FunctionReturn<typeof functions.MANAGE_TOKEN_URI_ROLE>

export type MAX_BATCHES_LENGTHParams = FunctionArguments<typeof functions.MAX_BATCHES_LENGTH>
export type MAX_BATCHES_LENGTHReturn = FunctionReturn<typeof functions.MAX_BATCHES_LENGTH>

export type MAX_STETH_WITHDRAWAL_AMOUNTParams = FunctionArguments<typeof functions.MAX_STETH_WITHDRAWAL_AMOUNT>
export type MAX_STETH_WITHDRAWAL_AMOUNTReturn = FunctionReturn<typeof functions.MAX_STETH_WITHDRAWAL_AMOUNT>

export type MIN_STETH_WITHDRAWAL_AMOUNTParams = FunctionArguments<typeof functions.MIN_STETH_WITHDRAWAL_AMOUNT>
export type MIN_STETH_WITHDRAWAL_AMOUNTReturn = FunctionReturn<typeof functions.MIN_STETH_WITHDRAWAL_AMOUNT>

export type ORACLE_ROLEParams = FunctionArguments<typeof functions.ORACLE_ROLE>
export type ORACLE_ROLEReturn = FunctionReturn<typeof functions.ORACLE_ROLE>

export type PAUSE_INFINITELYParams = FunctionArguments<typeof functions.PAUSE_INFINITELY>
export type PAUSE_INFINITELYReturn = FunctionReturn<typeof functions.PAUSE_INFINITELY>

export type PAUSE_ROLEParams = FunctionArguments<typeof functions.PAUSE_ROLE>
export type PAUSE_ROLEReturn = FunctionReturn<typeof functions.PAUSE_ROLE>

export type RESUME_ROLEParams = FunctionArguments<typeof functions.RESUME_ROLE>
export type RESUME_ROLEReturn = FunctionReturn<typeof functions.RESUME_ROLE>

export type STETHParams = FunctionArguments<typeof functions.STETH>
export type STETHReturn = FunctionReturn<typeof functions.STETH>

export type WSTETHParams = FunctionArguments<typeof functions.WSTETH>
export type WSTETHReturn = FunctionReturn<typeof functions.WSTETH>

export type ApproveParams = FunctionArguments<typeof functions.approve>
export type ApproveReturn = FunctionReturn<typeof functions.approve>

export type BalanceOfParams = FunctionArguments<typeof functions.balanceOf>
export type BalanceOfReturn = FunctionReturn<typeof functions.balanceOf>

export type BunkerModeSinceTimestampParams = FunctionArguments<typeof functions.bunkerModeSinceTimestamp>
export type BunkerModeSinceTimestampReturn = FunctionReturn<typeof functions.bunkerModeSinceTimestamp>

export type CalculateFinalizationBatchesParams = FunctionArguments<typeof functions.calculateFinalizationBatches>
export type CalculateFinalizationBatchesReturn = FunctionReturn<typeof functions.calculateFinalizationBatches>

export type ClaimWithdrawalParams = FunctionArguments<typeof functions.claimWithdrawal>
export type ClaimWithdrawalReturn = FunctionReturn<typeof functions.claimWithdrawal>

export type ClaimWithdrawalsParams = FunctionArguments<typeof functions.claimWithdrawals>
export type ClaimWithdrawalsReturn = FunctionReturn<typeof functions.claimWithdrawals>

export type ClaimWithdrawalsToParams = FunctionArguments<typeof functions.claimWithdrawalsTo>
export type ClaimWithdrawalsToReturn = FunctionReturn<typeof functions.claimWithdrawalsTo>

export type FinalizeParams = FunctionArguments<typeof functions.finalize>
export type FinalizeReturn = FunctionReturn<typeof functions.finalize>

export type FindCheckpointHintsParams = FunctionArguments<typeof functions.findCheckpointHints>
export type FindCheckpointHintsReturn = FunctionReturn<typeof functions.findCheckpointHints>

export type GetApprovedParams = FunctionArguments<typeof functions.getApproved>
export type GetApprovedReturn = FunctionReturn<typeof functions.getApproved>

export type GetBaseURIParams = FunctionArguments<typeof functions.getBaseURI>
export type GetBaseURIReturn = FunctionReturn<typeof functions.getBaseURI>

export type GetClaimableEtherParams = FunctionArguments<typeof functions.getClaimableEther>
export type GetClaimableEtherReturn = FunctionReturn<typeof functions.getClaimableEther>

export type GetContractVersionParams = FunctionArguments<typeof functions.getContractVersion>
export type GetContractVersionReturn = FunctionReturn<typeof functions.getContractVersion>

export type GetLastCheckpointIndexParams = FunctionArguments<typeof functions.getLastCheckpointIndex>
export type GetLastCheckpointIndexReturn = FunctionReturn<typeof functions.getLastCheckpointIndex>

export type GetLastFinalizedRequestIdParams = FunctionArguments<typeof functions.getLastFinalizedRequestId>
export type GetLastFinalizedRequestIdReturn = FunctionReturn<typeof functions.getLastFinalizedRequestId>

export type GetLastRequestIdParams = FunctionArguments<typeof functions.getLastRequestId>
export type GetLastRequestIdReturn = FunctionReturn<typeof functions.getLastRequestId>

export type GetLockedEtherAmountParams = FunctionArguments<typeof functions.getLockedEtherAmount>
export type GetLockedEtherAmountReturn = FunctionReturn<typeof functions.getLockedEtherAmount>

export type GetNFTDescriptorAddressParams = FunctionArguments<typeof functions.getNFTDescriptorAddress>
export type GetNFTDescriptorAddressReturn = FunctionReturn<typeof functions.getNFTDescriptorAddress>

export type GetResumeSinceTimestampParams = FunctionArguments<typeof functions.getResumeSinceTimestamp>
export type GetResumeSinceTimestampReturn = FunctionReturn<typeof functions.getResumeSinceTimestamp>

export type GetRoleAdminParams = FunctionArguments<typeof functions.getRoleAdmin>
export type GetRoleAdminReturn = FunctionReturn<typeof functions.getRoleAdmin>

export type GetRoleMemberParams = FunctionArguments<typeof functions.getRoleMember>
export type GetRoleMemberReturn = FunctionReturn<typeof functions.getRoleMember>

export type GetRoleMemberCountParams = FunctionArguments<typeof functions.getRoleMemberCount>
export type GetRoleMemberCountReturn = FunctionReturn<typeof functions.getRoleMemberCount>

export type GetWithdrawalRequestsParams = FunctionArguments<typeof functions.getWithdrawalRequests>
export type GetWithdrawalRequestsReturn = FunctionReturn<typeof functions.getWithdrawalRequests>

export type GetWithdrawalStatusParams = FunctionArguments<typeof functions.getWithdrawalStatus>
export type GetWithdrawalStatusReturn = FunctionReturn<typeof functions.getWithdrawalStatus>

export type GrantRoleParams = FunctionArguments<typeof functions.grantRole>
export type GrantRoleReturn = FunctionReturn<typeof functions.grantRole>

export type HasRoleParams = FunctionArguments<typeof functions.hasRole>
export type HasRoleReturn = FunctionReturn<typeof functions.hasRole>

export type InitializeParams = FunctionArguments<typeof functions.initialize>
export type InitializeReturn = FunctionReturn<typeof functions.initialize>

export type IsApprovedForAllParams = FunctionArguments<typeof functions.isApprovedForAll>
export type IsApprovedForAllReturn = FunctionReturn<typeof functions.isApprovedForAll>

export type IsBunkerModeActiveParams = FunctionArguments<typeof functions.isBunkerModeActive>
export type IsBunkerModeActiveReturn = FunctionReturn<typeof functions.isBunkerModeActive>

export type IsPausedParams = FunctionArguments<typeof functions.isPaused>
export type IsPausedReturn = FunctionReturn<typeof functions.isPaused>

export type NameParams = FunctionArguments<typeof functions.name>
export type NameReturn = FunctionReturn<typeof functions.name>

export type OnOracleReportParams = FunctionArguments<typeof functions.onOracleReport>
export type OnOracleReportReturn = FunctionReturn<typeof functions.onOracleReport>

export type OwnerOfParams = FunctionArguments<typeof functions.ownerOf>
export type OwnerOfReturn = FunctionReturn<typeof functions.ownerOf>

export type PauseForParams = FunctionArguments<typeof functions.pauseFor>
export type PauseForReturn = FunctionReturn<typeof functions.pauseFor>

export type PauseUntilParams = FunctionArguments<typeof functions.pauseUntil>
export type PauseUntilReturn = FunctionReturn<typeof functions.pauseUntil>

export type PrefinalizeParams = FunctionArguments<typeof functions.prefinalize>
export type PrefinalizeReturn = FunctionReturn<typeof functions.prefinalize>

export type RenounceRoleParams = FunctionArguments<typeof functions.renounceRole>
export type RenounceRoleReturn = FunctionReturn<typeof functions.renounceRole>

export type RequestWithdrawalsParams = FunctionArguments<typeof functions.requestWithdrawals>
export type RequestWithdrawalsReturn = FunctionReturn<typeof functions.requestWithdrawals>

export type RequestWithdrawalsWithPermitParams = FunctionArguments<typeof functions.requestWithdrawalsWithPermit>
export type RequestWithdrawalsWithPermitReturn = FunctionReturn<typeof functions.requestWithdrawalsWithPermit>

export type RequestWithdrawalsWstETHParams = FunctionArguments<typeof functions.requestWithdrawalsWstETH>
export type RequestWithdrawalsWstETHReturn = FunctionReturn<typeof functions.requestWithdrawalsWstETH>

export type RequestWithdrawalsWstETHWithPermitParams = FunctionArguments<typeof functions.requestWithdrawalsWstETHWithPermit>
export type RequestWithdrawalsWstETHWithPermitReturn = FunctionReturn<typeof functions.requestWithdrawalsWstETHWithPermit>

export type ResumeParams = FunctionArguments<typeof functions.resume>
export type ResumeReturn = FunctionReturn<typeof functions.resume>

export type RevokeRoleParams = FunctionArguments<typeof functions.revokeRole>
export type RevokeRoleReturn = FunctionReturn<typeof functions.revokeRole>

export type SafeTransferFromParams_0 = FunctionArguments<typeof functions['safeTransferFrom(address,address,uint256)']>
export type SafeTransferFromReturn_0 = FunctionReturn<typeof functions['safeTransferFrom(address,address,uint256)']>

export type SafeTransferFromParams_1 = FunctionArguments<typeof functions['safeTransferFrom(address,address,uint256,bytes)']>
export type SafeTransferFromReturn_1 = FunctionReturn<typeof functions['safeTransferFrom(address,address,uint256,bytes)']>

export type SetApprovalForAllParams = FunctionArguments<typeof functions.setApprovalForAll>
export type SetApprovalForAllReturn = FunctionReturn<typeof functions.setApprovalForAll>

export type SetBaseURIParams = FunctionArguments<typeof functions.setBaseURI>
export type SetBaseURIReturn = FunctionReturn<typeof functions.setBaseURI>

export type SetNFTDescriptorAddressParams = FunctionArguments<typeof functions.setNFTDescriptorAddress>
export type SetNFTDescriptorAddressReturn = FunctionReturn<typeof functions.setNFTDescriptorAddress>

export type SupportsInterfaceParams = FunctionArguments<typeof functions.supportsInterface>
export type SupportsInterfaceReturn = FunctionReturn<typeof functions.supportsInterface>

export type SymbolParams = FunctionArguments<typeof functions.symbol>
export type SymbolReturn = FunctionReturn<typeof functions.symbol>

export type TokenURIParams = FunctionArguments<typeof functions.tokenURI>
export type TokenURIReturn = FunctionReturn<typeof functions.tokenURI>

export type TransferFromParams = FunctionArguments<typeof functions.transferFrom>
export type TransferFromReturn = FunctionReturn<typeof functions.transferFrom>

export type UnfinalizedRequestNumberParams = FunctionArguments<typeof functions.unfinalizedRequestNumber>
export type UnfinalizedRequestNumberReturn = FunctionReturn<typeof functions.unfinalizedRequestNumber>

export type UnfinalizedStETHParams = FunctionArguments<typeof functions.unfinalizedStETH>
export type UnfinalizedStETHReturn = FunctionReturn<typeof functions.unfinalizedStETH>

