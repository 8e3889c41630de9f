import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    DelayedWithdrawalCreated: event("0xb8f1b14c7caf74150801dcc9bc18d575cbeaf5b421943497e409df92c92e0f59", "DelayedWithdrawalCreated(address,address,uint256,uint256)", {"podOwner": p.address, "recipient": p.address, "amount": p.uint256, "index": p.uint256}),
    DelayedWithdrawalsClaimed: event("0x6b7151500bd0b5cc211bcc47b3029831b769004df4549e8e1c9a69da05bb0943", "DelayedWithdrawalsClaimed(address,uint256,uint256)", {"recipient": p.address, "amountClaimed": p.uint256, "delayedWithdrawalsCompleted": p.uint256}),
    Initialized: event("0x7f26b83ff96e1f2b6a682f133852f6798a09c465da95921460cefb3847402498", "Initialized(uint8)", {"version": p.uint8}),
    OwnershipTransferred: event("0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0", "OwnershipTransferred(address,address)", {"previousOwner": indexed(p.address), "newOwner": indexed(p.address)}),
    Paused: event("0xab40a374bc51de372200a8bc981af8c9ecdc08dfdaef0bb6e09f88f3c616ef3d", "Paused(address,uint256)", {"account": indexed(p.address), "newPausedStatus": p.uint256}),
    PauserRegistrySet: event("0x6e9fcd539896fca60e8b0f01dd580233e48a6b0f7df013b89ba7f565869acdb6", "PauserRegistrySet(address,address)", {"pauserRegistry": p.address, "newPauserRegistry": p.address}),
    Unpaused: event("0x3582d1828e26bf56bd801502bc021ac0bc8afb57c826e4986b45593c8fad389c", "Unpaused(address,uint256)", {"account": indexed(p.address), "newPausedStatus": p.uint256}),
    WithdrawalDelayBlocksSet: event("0x4ffb00400574147429ee377a5633386321e66d45d8b14676014b5fa393e61e9e", "WithdrawalDelayBlocksSet(uint256,uint256)", {"previousValue": p.uint256, "newValue": p.uint256}),
}

export const functions = {
    MAX_WITHDRAWAL_DELAY_BLOCKS: viewFun("0xca661c04", "MAX_WITHDRAWAL_DELAY_BLOCKS()", {}, p.uint256),
    canClaimDelayedWithdrawal: viewFun("0x75608896", "canClaimDelayedWithdrawal(address,uint256)", {"user": p.address, "index": p.uint256}, p.bool),
    'claimDelayedWithdrawals(uint256)': fun("0xd44e1b76", "claimDelayedWithdrawals(uint256)", {"maxNumberOfDelayedWithdrawalsToClaim": p.uint256}, ),
    'claimDelayedWithdrawals(address,uint256)': fun("0xe5db06c0", "claimDelayedWithdrawals(address,uint256)", {"recipient": p.address, "maxNumberOfDelayedWithdrawalsToClaim": p.uint256}, ),
    createDelayedWithdrawal: fun("0xc0db354c", "createDelayedWithdrawal(address,address)", {"podOwner": p.address, "recipient": p.address}, ),
    eigenPodManager: viewFun("0x4665bcda", "eigenPodManager()", {}, p.address),
    getClaimableUserDelayedWithdrawals: viewFun("0x1f39d87f", "getClaimableUserDelayedWithdrawals(address)", {"user": p.address}, p.array(p.struct({"amount": p.uint224, "blockCreated": p.uint32}))),
    getUserDelayedWithdrawals: viewFun("0x3e1de008", "getUserDelayedWithdrawals(address)", {"user": p.address}, p.array(p.struct({"amount": p.uint224, "blockCreated": p.uint32}))),
    initialize: fun("0xeb990c59", "initialize(address,address,uint256,uint256)", {"initOwner": p.address, "_pauserRegistry": p.address, "initPausedStatus": p.uint256, "_withdrawalDelayBlocks": p.uint256}, ),
    owner: viewFun("0x8da5cb5b", "owner()", {}, p.address),
    pause: fun("0x136439dd", "pause(uint256)", {"newPausedStatus": p.uint256}, ),
    pauseAll: fun("0x595c6a67", "pauseAll()", {}, ),
    'paused(uint8)': viewFun("0x5ac86ab7", "paused(uint8)", {"index": p.uint8}, p.bool),
    'paused()': viewFun("0x5c975abb", "paused()", {}, p.uint256),
    pauserRegistry: viewFun("0x886f1195", "pauserRegistry()", {}, p.address),
    renounceOwnership: fun("0x715018a6", "renounceOwnership()", {}, ),
    setPauserRegistry: fun("0x10d67a2f", "setPauserRegistry(address)", {"newPauserRegistry": p.address}, ),
    setWithdrawalDelayBlocks: fun("0x4d50f9a4", "setWithdrawalDelayBlocks(uint256)", {"newValue": p.uint256}, ),
    transferOwnership: fun("0xf2fde38b", "transferOwnership(address)", {"newOwner": p.address}, ),
    unpause: fun("0xfabc1cbc", "unpause(uint256)", {"newPausedStatus": p.uint256}, ),
    userDelayedWithdrawalByIndex: viewFun("0x85594e58", "userDelayedWithdrawalByIndex(address,uint256)", {"user": p.address, "index": p.uint256}, p.struct({"amount": p.uint224, "blockCreated": p.uint32})),
    userWithdrawals: viewFun("0xecb7cb1b", "userWithdrawals(address)", {"user": p.address}, p.struct({"delayedWithdrawalsCompleted": p.uint256, "delayedWithdrawals": p.array(p.struct({"amount": p.uint224, "blockCreated": p.uint32}))})),
    userWithdrawalsLength: viewFun("0xe4f4f887", "userWithdrawalsLength(address)", {"user": p.address}, p.uint256),
    withdrawalDelayBlocks: viewFun("0x50f73e7c", "withdrawalDelayBlocks()", {}, p.uint256),
}

export class Contract extends ContractBase {

    MAX_WITHDRAWAL_DELAY_BLOCKS() {
        return this.eth_call(functions.MAX_WITHDRAWAL_DELAY_BLOCKS, {})
    }

    canClaimDelayedWithdrawal(user: CanClaimDelayedWithdrawalParams["user"], index: CanClaimDelayedWithdrawalParams["index"]) {
        return this.eth_call(functions.canClaimDelayedWithdrawal, {user, index})
    }

    eigenPodManager() {
        return this.eth_call(functions.eigenPodManager, {})
    }

    getClaimableUserDelayedWithdrawals(user: GetClaimableUserDelayedWithdrawalsParams["user"]) {
        return this.eth_call(functions.getClaimableUserDelayedWithdrawals, {user})
    }

    getUserDelayedWithdrawals(user: GetUserDelayedWithdrawalsParams["user"]) {
        return this.eth_call(functions.getUserDelayedWithdrawals, {user})
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

    userDelayedWithdrawalByIndex(user: UserDelayedWithdrawalByIndexParams["user"], index: UserDelayedWithdrawalByIndexParams["index"]) {
        return this.eth_call(functions.userDelayedWithdrawalByIndex, {user, index})
    }

    userWithdrawals(user: UserWithdrawalsParams["user"]) {
        return this.eth_call(functions.userWithdrawals, {user})
    }

    userWithdrawalsLength(user: UserWithdrawalsLengthParams["user"]) {
        return this.eth_call(functions.userWithdrawalsLength, {user})
    }

    withdrawalDelayBlocks() {
        return this.eth_call(functions.withdrawalDelayBlocks, {})
    }
}

/// Event types
export type DelayedWithdrawalCreatedEventArgs = EParams<typeof events.DelayedWithdrawalCreated>
export type DelayedWithdrawalsClaimedEventArgs = EParams<typeof events.DelayedWithdrawalsClaimed>
export type InitializedEventArgs = EParams<typeof events.Initialized>
export type OwnershipTransferredEventArgs = EParams<typeof events.OwnershipTransferred>
export type PausedEventArgs = EParams<typeof events.Paused>
export type PauserRegistrySetEventArgs = EParams<typeof events.PauserRegistrySet>
export type UnpausedEventArgs = EParams<typeof events.Unpaused>
export type WithdrawalDelayBlocksSetEventArgs = EParams<typeof events.WithdrawalDelayBlocksSet>

/// Function types
export type MAX_WITHDRAWAL_DELAY_BLOCKSParams = FunctionArguments<typeof functions.MAX_WITHDRAWAL_DELAY_BLOCKS>
export type MAX_WITHDRAWAL_DELAY_BLOCKSReturn = FunctionReturn<typeof functions.MAX_WITHDRAWAL_DELAY_BLOCKS>

export type CanClaimDelayedWithdrawalParams = FunctionArguments<typeof functions.canClaimDelayedWithdrawal>
export type CanClaimDelayedWithdrawalReturn = FunctionReturn<typeof functions.canClaimDelayedWithdrawal>

export type ClaimDelayedWithdrawalsParams_0 = FunctionArguments<typeof functions['claimDelayedWithdrawals(uint256)']>
export type ClaimDelayedWithdrawalsReturn_0 = FunctionReturn<typeof functions['claimDelayedWithdrawals(uint256)']>

export type ClaimDelayedWithdrawalsParams_1 = FunctionArguments<typeof functions['claimDelayedWithdrawals(address,uint256)']>
export type ClaimDelayedWithdrawalsReturn_1 = FunctionReturn<typeof functions['claimDelayedWithdrawals(address,uint256)']>

export type CreateDelayedWithdrawalParams = FunctionArguments<typeof functions.createDelayedWithdrawal>
export type CreateDelayedWithdrawalReturn = FunctionReturn<typeof functions.createDelayedWithdrawal>

export type EigenPodManagerParams = FunctionArguments<typeof functions.eigenPodManager>
export type EigenPodManagerReturn = FunctionReturn<typeof functions.eigenPodManager>

export type GetClaimableUserDelayedWithdrawalsParams = FunctionArguments<typeof functions.getClaimableUserDelayedWithdrawals>
export type GetClaimableUserDelayedWithdrawalsReturn = FunctionReturn<typeof functions.getClaimableUserDelayedWithdrawals>

export type GetUserDelayedWithdrawalsParams = FunctionArguments<typeof functions.getUserDelayedWithdrawals>
export type GetUserDelayedWithdrawalsReturn = FunctionReturn<typeof functions.getUserDelayedWithdrawals>

export type InitializeParams = FunctionArguments<typeof functions.initialize>
export type InitializeReturn = FunctionReturn<typeof functions.initialize>

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

export type RenounceOwnershipParams = FunctionArguments<typeof functions.renounceOwnership>
export type RenounceOwnershipReturn = FunctionReturn<typeof functions.renounceOwnership>

export type SetPauserRegistryParams = FunctionArguments<typeof functions.setPauserRegistry>
export type SetPauserRegistryReturn = FunctionReturn<typeof functions.setPauserRegistry>

export type SetWithdrawalDelayBlocksParams = FunctionArguments<typeof functions.setWithdrawalDelayBlocks>
export type SetWithdrawalDelayBlocksReturn = FunctionReturn<typeof functions.setWithdrawalDelayBlocks>

export type TransferOwnershipParams = FunctionArguments<typeof functions.transferOwnership>
export type TransferOwnershipReturn = FunctionReturn<typeof functions.transferOwnership>

export type UnpauseParams = FunctionArguments<typeof functions.unpause>
export type UnpauseReturn = FunctionReturn<typeof functions.unpause>

export type UserDelayedWithdrawalByIndexParams = FunctionArguments<typeof functions.userDelayedWithdrawalByIndex>
export type UserDelayedWithdrawalByIndexReturn = FunctionReturn<typeof functions.userDelayedWithdrawalByIndex>

export type UserWithdrawalsParams = FunctionArguments<typeof functions.userWithdrawals>
export type UserWithdrawalsReturn = FunctionReturn<typeof functions.userWithdrawals>

export type UserWithdrawalsLengthParams = FunctionArguments<typeof functions.userWithdrawalsLength>
export type UserWithdrawalsLengthReturn = FunctionReturn<typeof functions.userWithdrawalsLength>

export type WithdrawalDelayBlocksParams = FunctionArguments<typeof functions.withdrawalDelayBlocks>
export type WithdrawalDelayBlocksReturn = FunctionReturn<typeof functions.withdrawalDelayBlocks>

