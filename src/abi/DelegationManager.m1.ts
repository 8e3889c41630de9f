import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    Initialized: event("0x7f26b83ff96e1f2b6a682f133852f6798a09c465da95921460cefb3847402498", "Initialized(uint8)", {"version": p.uint8}),
    OnDelegationReceivedCallFailure: event("0x7e1d6196a63db3d494984adab6b42e91bcf8125ca3a3f80e658e5ed4e0f7efef", "OnDelegationReceivedCallFailure(address,bytes32)", {"delegationTerms": indexed(p.address), "returnData": p.bytes32}),
    OnDelegationWithdrawnCallFailure: event("0xc58f3a088400523dc1a71a22ed64fdb04c35f0e1c89449cd1428add815675a4e", "OnDelegationWithdrawnCallFailure(address,bytes32)", {"delegationTerms": indexed(p.address), "returnData": p.bytes32}),
    OwnershipTransferred: event("0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0", "OwnershipTransferred(address,address)", {"previousOwner": indexed(p.address), "newOwner": indexed(p.address)}),
    Paused: event("0xab40a374bc51de372200a8bc981af8c9ecdc08dfdaef0bb6e09f88f3c616ef3d", "Paused(address,uint256)", {"account": indexed(p.address), "newPausedStatus": p.uint256}),
    PauserRegistrySet: event("0x6e9fcd539896fca60e8b0f01dd580233e48a6b0f7df013b89ba7f565869acdb6", "PauserRegistrySet(address,address)", {"pauserRegistry": p.address, "newPauserRegistry": p.address}),
    RegisterAsOperator: event("0x8984d0382dc9a5e16ece992cebed161e792803b4abbc78bb99886c82c976fae2", "RegisterAsOperator(address,address)", {"operator": indexed(p.address), "delegationTerms": indexed(p.address)}),
    Unpaused: event("0x3582d1828e26bf56bd801502bc021ac0bc8afb57c826e4986b45593c8fad389c", "Unpaused(address,uint256)", {"account": indexed(p.address), "newPausedStatus": p.uint256}),
}

export const functions = {
    DELEGATION_TYPEHASH: viewFun("0xe7a324dc", "DELEGATION_TYPEHASH()", {}, p.bytes32),
    DOMAIN_SEPARATOR: viewFun("0x3644e515", "DOMAIN_SEPARATOR()", {}, p.bytes32),
    DOMAIN_TYPEHASH: viewFun("0x20606b70", "DOMAIN_TYPEHASH()", {}, p.bytes32),
    decreaseDelegatedShares: fun("0x5820491c", "decreaseDelegatedShares(address,address[],uint256[])", {"staker": p.address, "strategies": p.array(p.address), "shares": p.array(p.uint256)}, ),
    delegateTo: fun("0xac637c7a", "delegateTo(address)", {"operator": p.address}, ),
    delegateToBySignature: fun("0xb4ae060d", "delegateToBySignature(address,address,uint256,bytes)", {"staker": p.address, "operator": p.address, "expiry": p.uint256, "signature": p.bytes}, ),
    delegatedTo: viewFun("0x65da1264", "delegatedTo(address)", {"_0": p.address}, p.address),
    delegationTerms: viewFun("0x516dd64e", "delegationTerms(address)", {"_0": p.address}, p.address),
    increaseDelegatedShares: fun("0x28a573ae", "increaseDelegatedShares(address,address,uint256)", {"staker": p.address, "strategy": p.address, "shares": p.uint256}, ),
    initialize: fun("0x1794bb3c", "initialize(address,address,uint256)", {"initialOwner": p.address, "_pauserRegistry": p.address, "initialPausedStatus": p.uint256}, ),
    isDelegated: viewFun("0x3e28391d", "isDelegated(address)", {"staker": p.address}, p.bool),
    isNotDelegated: viewFun("0x1d3696b7", "isNotDelegated(address)", {"staker": p.address}, p.bool),
    isOperator: viewFun("0x6d70f7ae", "isOperator(address)", {"operator": p.address}, p.bool),
    nonces: viewFun("0x7ecebe00", "nonces(address)", {"_0": p.address}, p.uint256),
    operatorShares: viewFun("0x778e55f3", "operatorShares(address,address)", {"_0": p.address, "_1": p.address}, p.uint256),
    owner: viewFun("0x8da5cb5b", "owner()", {}, p.address),
    pause: fun("0x136439dd", "pause(uint256)", {"newPausedStatus": p.uint256}, ),
    pauseAll: fun("0x595c6a67", "pauseAll()", {}, ),
    'paused(uint8)': viewFun("0x5ac86ab7", "paused(uint8)", {"index": p.uint8}, p.bool),
    'paused()': viewFun("0x5c975abb", "paused()", {}, p.uint256),
    pauserRegistry: viewFun("0x886f1195", "pauserRegistry()", {}, p.address),
    registerAsOperator: fun("0xbd44e403", "registerAsOperator(address)", {"dt": p.address}, ),
    renounceOwnership: fun("0x715018a6", "renounceOwnership()", {}, ),
    setPauserRegistry: fun("0x10d67a2f", "setPauserRegistry(address)", {"newPauserRegistry": p.address}, ),
    slasher: viewFun("0xb1344271", "slasher()", {}, p.address),
    strategyManager: viewFun("0x39b70e38", "strategyManager()", {}, p.address),
    transferOwnership: fun("0xf2fde38b", "transferOwnership(address)", {"newOwner": p.address}, ),
    undelegate: fun("0xda8be864", "undelegate(address)", {"staker": p.address}, ),
    unpause: fun("0xfabc1cbc", "unpause(uint256)", {"newPausedStatus": p.uint256}, ),
}

export class Contract extends ContractBase {

    DELEGATION_TYPEHASH() {
        return this.eth_call(functions.DELEGATION_TYPEHASH, {})
    }

    DOMAIN_SEPARATOR() {
        return this.eth_call(functions.DOMAIN_SEPARATOR, {})
    }

    DOMAIN_TYPEHASH() {
        return this.eth_call(functions.DOMAIN_TYPEHASH, {})
    }

    delegatedTo(_0: DelegatedToParams["_0"]) {
        return this.eth_call(functions.delegatedTo, {_0})
    }

    delegationTerms(_0: DelegationTermsParams["_0"]) {
        return this.eth_call(functions.delegationTerms, {_0})
    }

    isDelegated(staker: IsDelegatedParams["staker"]) {
        return this.eth_call(functions.isDelegated, {staker})
    }

    isNotDelegated(staker: IsNotDelegatedParams["staker"]) {
        return this.eth_call(functions.isNotDelegated, {staker})
    }

    isOperator(operator: IsOperatorParams["operator"]) {
        return this.eth_call(functions.isOperator, {operator})
    }

    nonces(_0: NoncesParams["_0"]) {
        return this.eth_call(functions.nonces, {_0})
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

    slasher() {
        return this.eth_call(functions.slasher, {})
    }

    strategyManager() {
        return this.eth_call(functions.strategyManager, {})
    }
}

/// Event types
export type InitializedEventArgs = EParams<typeof events.Initialized>
export type OnDelegationReceivedCallFailureEventArgs = EParams<typeof events.OnDelegationReceivedCallFailure>
export type OnDelegationWithdrawnCallFailureEventArgs = EParams<typeof events.OnDelegationWithdrawnCallFailure>
export type OwnershipTransferredEventArgs = EParams<typeof events.OwnershipTransferred>
export type PausedEventArgs = EParams<typeof events.Paused>
export type PauserRegistrySetEventArgs = EParams<typeof events.PauserRegistrySet>
export type RegisterAsOperatorEventArgs = EParams<typeof events.RegisterAsOperator>
export type UnpausedEventArgs = EParams<typeof events.Unpaused>

/// Function types
export type DELEGATION_TYPEHASHParams = FunctionArguments<typeof functions.DELEGATION_TYPEHASH>
export type DELEGATION_TYPEHASHReturn = FunctionReturn<typeof functions.DELEGATION_TYPEHASH>

export type DOMAIN_SEPARATORParams = FunctionArguments<typeof functions.DOMAIN_SEPARATOR>
export type DOMAIN_SEPARATORReturn = FunctionReturn<typeof functions.DOMAIN_SEPARATOR>

export type DOMAIN_TYPEHASHParams = FunctionArguments<typeof functions.DOMAIN_TYPEHASH>
export type DOMAIN_TYPEHASHReturn = FunctionReturn<typeof functions.DOMAIN_TYPEHASH>

export type DecreaseDelegatedSharesParams = FunctionArguments<typeof functions.decreaseDelegatedShares>
export type DecreaseDelegatedSharesReturn = FunctionReturn<typeof functions.decreaseDelegatedShares>

export type DelegateToParams = FunctionArguments<typeof functions.delegateTo>
export type DelegateToReturn = FunctionReturn<typeof functions.delegateTo>

export type DelegateToBySignatureParams = FunctionArguments<typeof functions.delegateToBySignature>
export type DelegateToBySignatureReturn = FunctionReturn<typeof functions.delegateToBySignature>

export type DelegatedToParams = FunctionArguments<typeof functions.delegatedTo>
export type DelegatedToReturn = FunctionReturn<typeof functions.delegatedTo>

export type DelegationTermsParams = FunctionArguments<typeof functions.delegationTerms>
export type DelegationTermsReturn = FunctionReturn<typeof functions.delegationTerms>

export type IncreaseDelegatedSharesParams = FunctionArguments<typeof functions.increaseDelegatedShares>
export type IncreaseDelegatedSharesReturn = FunctionReturn<typeof functions.increaseDelegatedShares>

export type InitializeParams = FunctionArguments<typeof functions.initialize>
export type InitializeReturn = FunctionReturn<typeof functions.initialize>

export type IsDelegatedParams = FunctionArguments<typeof functions.isDelegated>
export type IsDelegatedReturn = FunctionReturn<typeof functions.isDelegated>

export type IsNotDelegatedParams = FunctionArguments<typeof functions.isNotDelegated>
export type IsNotDelegatedReturn = FunctionReturn<typeof functions.isNotDelegated>

export type IsOperatorParams = FunctionArguments<typeof functions.isOperator>
export type IsOperatorReturn = FunctionReturn<typeof functions.isOperator>

export type NoncesParams = FunctionArguments<typeof functions.nonces>
export type NoncesReturn = FunctionReturn<typeof functions.nonces>

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

export type RegisterAsOperatorParams = FunctionArguments<typeof functions.registerAsOperator>
export type RegisterAsOperatorReturn = FunctionReturn<typeof functions.registerAsOperator>

export type RenounceOwnershipParams = FunctionArguments<typeof functions.renounceOwnership>
export type RenounceOwnershipReturn = FunctionReturn<typeof functions.renounceOwnership>

export type SetPauserRegistryParams = FunctionArguments<typeof functions.setPauserRegistry>
export type SetPauserRegistryReturn = FunctionReturn<typeof functions.setPauserRegistry>

export type SlasherParams = FunctionArguments<typeof functions.slasher>
export type SlasherReturn = FunctionReturn<typeof functions.slasher>

export type StrategyManagerParams = FunctionArguments<typeof functions.strategyManager>
export type StrategyManagerReturn = FunctionReturn<typeof functions.strategyManager>

export type TransferOwnershipParams = FunctionArguments<typeof functions.transferOwnership>
export type TransferOwnershipReturn = FunctionReturn<typeof functions.transferOwnership>

export type UndelegateParams = FunctionArguments<typeof functions.undelegate>
export type UndelegateReturn = FunctionReturn<typeof functions.undelegate>

export type UnpauseParams = FunctionArguments<typeof functions.unpause>
export type UnpauseReturn = FunctionReturn<typeof functions.unpause>

