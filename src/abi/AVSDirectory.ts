import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    AVSMetadataURIUpdated: event("0xa89c1dc243d8908a96dd84944bcc97d6bc6ac00dd78e20621576be6a3c943713", "AVSMetadataURIUpdated(address,string)", {"avs": indexed(p.address), "metadataURI": p.string}),
    Initialized: event("0x7f26b83ff96e1f2b6a682f133852f6798a09c465da95921460cefb3847402498", "Initialized(uint8)", {"version": p.uint8}),
    OperatorAVSRegistrationStatusUpdated: event("0xf0952b1c65271d819d39983d2abb044b9cace59bcc4d4dd389f586ebdcb15b41", "OperatorAVSRegistrationStatusUpdated(address,address,uint8)", {"operator": indexed(p.address), "avs": indexed(p.address), "status": p.uint8}),
    OwnershipTransferred: event("0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0", "OwnershipTransferred(address,address)", {"previousOwner": indexed(p.address), "newOwner": indexed(p.address)}),
    Paused: event("0xab40a374bc51de372200a8bc981af8c9ecdc08dfdaef0bb6e09f88f3c616ef3d", "Paused(address,uint256)", {"account": indexed(p.address), "newPausedStatus": p.uint256}),
    Unpaused: event("0x3582d1828e26bf56bd801502bc021ac0bc8afb57c826e4986b45593c8fad389c", "Unpaused(address,uint256)", {"account": indexed(p.address), "newPausedStatus": p.uint256}),
}

export const functions = {
    OPERATOR_AVS_REGISTRATION_TYPEHASH: viewFun("0xd79aceab", "OPERATOR_AVS_REGISTRATION_TYPEHASH()", {}, p.bytes32),
    OPERATOR_SET_FORCE_DEREGISTRATION_TYPEHASH: viewFun("0xdce974b9", "OPERATOR_SET_FORCE_DEREGISTRATION_TYPEHASH()", {}, p.bytes32),
    OPERATOR_SET_REGISTRATION_TYPEHASH: viewFun("0xc825fe68", "OPERATOR_SET_REGISTRATION_TYPEHASH()", {}, p.bytes32),
    avsOperatorStatus: viewFun("0x49075da3", "avsOperatorStatus(address,address)", {"avs": p.address, "operator": p.address}, p.uint8),
    calculateOperatorAVSRegistrationDigestHash: viewFun("0xa1060c88", "calculateOperatorAVSRegistrationDigestHash(address,address,bytes32,uint256)", {"operator": p.address, "avs": p.address, "salt": p.bytes32, "expiry": p.uint256}, p.bytes32),
    cancelSalt: fun("0xec76f442", "cancelSalt(bytes32)", {"salt": p.bytes32}, ),
    delegation: viewFun("0xdf5cf723", "delegation()", {}, p.address),
    deregisterOperatorFromAVS: fun("0xa364f4da", "deregisterOperatorFromAVS(address)", {"operator": p.address}, ),
    domainSeparator: viewFun("0xf698da25", "domainSeparator()", {}, p.bytes32),
    initialize: fun("0xcd6dc687", "initialize(address,uint256)", {"initialOwner": p.address, "initialPausedStatus": p.uint256}, ),
    operatorSaltIsSpent: viewFun("0x374823b5", "operatorSaltIsSpent(address,bytes32)", {"operator": p.address, "salt": p.bytes32}, p.bool),
    owner: viewFun("0x8da5cb5b", "owner()", {}, p.address),
    pause: fun("0x136439dd", "pause(uint256)", {"newPausedStatus": p.uint256}, ),
    pauseAll: fun("0x595c6a67", "pauseAll()", {}, ),
    'paused(uint8)': viewFun("0x5ac86ab7", "paused(uint8)", {"index": p.uint8}, p.bool),
    'paused()': viewFun("0x5c975abb", "paused()", {}, p.uint256),
    pauserRegistry: viewFun("0x886f1195", "pauserRegistry()", {}, p.address),
    registerOperatorToAVS: fun("0x9926ee7d", "registerOperatorToAVS(address,(bytes,bytes32,uint256))", {"operator": p.address, "operatorSignature": p.struct({"signature": p.bytes, "salt": p.bytes32, "expiry": p.uint256})}, ),
    renounceOwnership: fun("0x715018a6", "renounceOwnership()", {}, ),
    transferOwnership: fun("0xf2fde38b", "transferOwnership(address)", {"newOwner": p.address}, ),
    unpause: fun("0xfabc1cbc", "unpause(uint256)", {"newPausedStatus": p.uint256}, ),
    updateAVSMetadataURI: fun("0xa98fb355", "updateAVSMetadataURI(string)", {"metadataURI": p.string}, ),
    version: viewFun("0x54fd4d50", "version()", {}, p.string),
}

export class Contract extends ContractBase {

    OPERATOR_AVS_REGISTRATION_TYPEHASH() {
        return this.eth_call(functions.OPERATOR_AVS_REGISTRATION_TYPEHASH, {})
    }

    OPERATOR_SET_FORCE_DEREGISTRATION_TYPEHASH() {
        return this.eth_call(functions.OPERATOR_SET_FORCE_DEREGISTRATION_TYPEHASH, {})
    }

    OPERATOR_SET_REGISTRATION_TYPEHASH() {
        return this.eth_call(functions.OPERATOR_SET_REGISTRATION_TYPEHASH, {})
    }

    avsOperatorStatus(avs: AvsOperatorStatusParams["avs"], operator: AvsOperatorStatusParams["operator"]) {
        return this.eth_call(functions.avsOperatorStatus, {avs, operator})
    }

    calculateOperatorAVSRegistrationDigestHash(operator: CalculateOperatorAVSRegistrationDigestHashParams["operator"], avs: CalculateOperatorAVSRegistrationDigestHashParams["avs"], salt: CalculateOperatorAVSRegistrationDigestHashParams["salt"], expiry: CalculateOperatorAVSRegistrationDigestHashParams["expiry"]) {
        return this.eth_call(functions.calculateOperatorAVSRegistrationDigestHash, {operator, avs, salt, expiry})
    }

    delegation() {
        return this.eth_call(functions.delegation, {})
    }

    domainSeparator() {
        return this.eth_call(functions.domainSeparator, {})
    }

    operatorSaltIsSpent(operator: OperatorSaltIsSpentParams["operator"], salt: OperatorSaltIsSpentParams["salt"]) {
        return this.eth_call(functions.operatorSaltIsSpent, {operator, salt})
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

    version() {
        return this.eth_call(functions.version, {})
    }
}

/// Event types
export type AVSMetadataURIUpdatedEventArgs = EParams<typeof events.AVSMetadataURIUpdated>
export type InitializedEventArgs = EParams<typeof events.Initialized>
export type OperatorAVSRegistrationStatusUpdatedEventArgs = EParams<typeof events.OperatorAVSRegistrationStatusUpdated>
export type OwnershipTransferredEventArgs = EParams<typeof events.OwnershipTransferred>
export type PausedEventArgs = EParams<typeof events.Paused>
export type UnpausedEventArgs = EParams<typeof events.Unpaused>

/// Function types
export type OPERATOR_AVS_REGISTRATION_TYPEHASHParams = FunctionArguments<typeof functions.OPERATOR_AVS_REGISTRATION_TYPEHASH>
export type OPERATOR_AVS_REGISTRATION_TYPEHASHReturn = FunctionReturn<typeof functions.OPERATOR_AVS_REGISTRATION_TYPEHASH>

export type OPERATOR_SET_FORCE_DEREGISTRATION_TYPEHASHParams = FunctionArguments<typeof functions.OPERATOR_SET_FORCE_DEREGISTRATION_TYPEHASH>
export type OPERATOR_SET_FORCE_DEREGISTRATION_TYPEHASHReturn = FunctionReturn<typeof functions.OPERATOR_SET_FORCE_DEREGISTRATION_TYPEHASH>

export type OPERATOR_SET_REGISTRATION_TYPEHASHParams = FunctionArguments<typeof functions.OPERATOR_SET_REGISTRATION_TYPEHASH>
export type OPERATOR_SET_REGISTRATION_TYPEHASHReturn = FunctionReturn<typeof functions.OPERATOR_SET_REGISTRATION_TYPEHASH>

export type AvsOperatorStatusParams = FunctionArguments<typeof functions.avsOperatorStatus>
export type AvsOperatorStatusReturn = FunctionReturn<typeof functions.avsOperatorStatus>

export type CalculateOperatorAVSRegistrationDigestHashParams = FunctionArguments<typeof functions.calculateOperatorAVSRegistrationDigestHash>
export type CalculateOperatorAVSRegistrationDigestHashReturn = FunctionReturn<typeof functions.calculateOperatorAVSRegistrationDigestHash>

export type CancelSaltParams = FunctionArguments<typeof functions.cancelSalt>
export type CancelSaltReturn = FunctionReturn<typeof functions.cancelSalt>

export type DelegationParams = FunctionArguments<typeof functions.delegation>
export type DelegationReturn = FunctionReturn<typeof functions.delegation>

export type DeregisterOperatorFromAVSParams = FunctionArguments<typeof functions.deregisterOperatorFromAVS>
export type DeregisterOperatorFromAVSReturn = FunctionReturn<typeof functions.deregisterOperatorFromAVS>

export type DomainSeparatorParams = FunctionArguments<typeof functions.domainSeparator>
export type DomainSeparatorReturn = FunctionReturn<typeof functions.domainSeparator>

export type InitializeParams = FunctionArguments<typeof functions.initialize>
export type InitializeReturn = FunctionReturn<typeof functions.initialize>

export type OperatorSaltIsSpentParams = FunctionArguments<typeof functions.operatorSaltIsSpent>
export type OperatorSaltIsSpentReturn = FunctionReturn<typeof functions.operatorSaltIsSpent>

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

export type RegisterOperatorToAVSParams = FunctionArguments<typeof functions.registerOperatorToAVS>
export type RegisterOperatorToAVSReturn = FunctionReturn<typeof functions.registerOperatorToAVS>

export type RenounceOwnershipParams = FunctionArguments<typeof functions.renounceOwnership>
export type RenounceOwnershipReturn = FunctionReturn<typeof functions.renounceOwnership>

export type TransferOwnershipParams = FunctionArguments<typeof functions.transferOwnership>
export type TransferOwnershipReturn = FunctionReturn<typeof functions.transferOwnership>

export type UnpauseParams = FunctionArguments<typeof functions.unpause>
export type UnpauseReturn = FunctionReturn<typeof functions.unpause>

export type UpdateAVSMetadataURIParams = FunctionArguments<typeof functions.updateAVSMetadataURI>
export type UpdateAVSMetadataURIReturn = FunctionReturn<typeof functions.updateAVSMetadataURI>

export type VersionParams = FunctionArguments<typeof functions.version>
export type VersionReturn = FunctionReturn<typeof functions.version>

