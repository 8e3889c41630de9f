import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    RPLBurned: event("0x7a3b7812b93ab45ed01ea9fc22b37301461966d61ca09bc0859a84ca07298b12", "RPLBurned(address,uint256,uint256)", {"from": indexed(p.address), "amount": p.uint256, "time": p.uint256}),
    RPLLegacyUnstaked: event("0x0178232f2971603b3ffe89ab52d074a471507d935a7fee7477b636f72a645831", "RPLLegacyUnstaked(address,uint256,uint256)", {"to": indexed(p.address), "amount": p.uint256, "time": p.uint256}),
    RPLLocked: event("0xce4a5a05852c75132c79a7a41af76ced563f8391e69eea41a0b38214c4e847cf", "RPLLocked(address,uint256,uint256)", {"from": indexed(p.address), "amount": p.uint256, "time": p.uint256}),
    RPLLockingAllowed: event("0x6b33e987d80ef301261d0265922ffe70da2b332f0e097034ce01dbb998cbd013", "RPLLockingAllowed(address,bool,uint256)", {"node": indexed(p.address), "allowed": p.bool, "time": p.uint256}),
    RPLSlashed: event("0x38a2777b6a84fdb3fc375fe8ade69fdad1afdcdd93c79e7ae2319b806a626c4d", "RPLSlashed(address,uint256,uint256,uint256)", {"node": indexed(p.address), "amount": p.uint256, "ethValue": p.uint256, "time": p.uint256}),
    'RPLStaked(address indexed,address,uint256,uint256)': event("0x27061f46a0d88c20b00223c4cabb9f6d02edcb48e4d61d72de015b4432f97647", "RPLStaked(address,address,uint256,uint256)", {"node": indexed(p.address), "from": p.address, "amount": p.uint256, "time": p.uint256}),
    'RPLStaked(address indexed,uint256,uint256)': event("0x4e3bcb61bb8e63cb9ed2c46d47eeb6ae847c629e909fbb32b9d17874affb4a89", "RPLStaked(address,uint256,uint256)", {"from": indexed(p.address), "amount": p.uint256, "time": p.uint256}),
    RPLTransferred: event("0x3bf4a4ef95ccf3119f6977afa759933d4edd361281f5c3b91203f43104fa3432", "RPLTransferred(address,address,uint256,uint256)", {"from": indexed(p.address), "to": indexed(p.address), "amount": p.uint256, "time": p.uint256}),
    RPLUnlocked: event("0x95f42213e171837caaa6cc7f589ef03a30179b7b85e386dfb146a30c5b10cfa9", "RPLUnlocked(address,uint256,uint256)", {"from": indexed(p.address), "amount": p.uint256, "time": p.uint256}),
    RPLUnstaked: event("0xaa4c88f0b9828cd8487d897217facaaca2a112ead081957e1f7fc52f92149a04", "RPLUnstaked(address,uint256,uint256)", {"from": indexed(p.address), "amount": p.uint256, "time": p.uint256}),
    RPLWithdrawn: event("0x9947063f70b076145616018b82ed1dd5585e15b7ae0a0b17a8b06bec4c4c31e2", "RPLWithdrawn(address,uint256,uint256)", {"to": indexed(p.address), "amount": p.uint256, "time": p.uint256}),
    StakeRPLForAllowed: event("0xb8502fe170368d1312ca3c9feac7aba9cd92406753d7eca9f11df9757081aec5", "StakeRPLForAllowed(address,address,bool,uint256)", {"node": indexed(p.address), "caller": indexed(p.address), "allowed": p.bool, "time": p.uint256}),
}

export const functions = {
    burnRPL: fun("0xa39e96c3", "burnRPL(address,uint256)", {"_from": p.address, "_amount": p.uint256}, ),
    getNodeETHBonded: viewFun("0xecac6936", "getNodeETHBonded(address)", {"_nodeAddress": p.address}, p.uint256),
    getNodeETHBorrowed: viewFun("0x60043fb8", "getNodeETHBorrowed(address)", {"_nodeAddress": p.address}, p.uint256),
    getNodeETHCollateralisationRatio: viewFun("0x97be2143", "getNodeETHCollateralisationRatio(address)", {"_nodeAddress": p.address}, p.uint256),
    getNodeLastUnstakeTime: viewFun("0x8236f813", "getNodeLastUnstakeTime(address)", {"_nodeAddress": p.address}, p.uint256),
    getNodeLegacyStakedRPL: viewFun("0xe75942f9", "getNodeLegacyStakedRPL(address)", {"_nodeAddress": p.address}, p.uint256),
    getNodeLockedRPL: viewFun("0x6cbcf962", "getNodeLockedRPL(address)", {"_nodeAddress": p.address}, p.uint256),
    getNodeMegapoolETHBonded: viewFun("0x45c2e448", "getNodeMegapoolETHBonded(address)", {"_nodeAddress": p.address}, p.uint256),
    getNodeMegapoolETHBorrowed: viewFun("0xb770f86e", "getNodeMegapoolETHBorrowed(address)", {"_nodeAddress": p.address}, p.uint256),
    getNodeMegapoolStakedRPL: viewFun("0x0dd56dfb", "getNodeMegapoolStakedRPL(address)", {"_nodeAddress": p.address}, p.uint256),
    getNodeMinimumLegacyRPLStake: viewFun("0xe9e70769", "getNodeMinimumLegacyRPLStake(address)", {"_nodeAddress": p.address}, p.uint256),
    getNodeMinipoolETHBonded: viewFun("0xa4be67df", "getNodeMinipoolETHBonded(address)", {"_nodeAddress": p.address}, p.uint256),
    getNodeMinipoolETHBorrowed: viewFun("0x479c5047", "getNodeMinipoolETHBorrowed(address)", {"_nodeAddress": p.address}, p.uint256),
    getNodeRPLStakedTime: viewFun("0xc0d05dd8", "getNodeRPLStakedTime(address)", {"_nodeAddress": p.address}, p.uint256),
    getNodeStakedRPL: viewFun("0x73897be8", "getNodeStakedRPL(address)", {"_nodeAddress": p.address}, p.uint256),
    getNodeUnstakingRPL: viewFun("0xb51c62ae", "getNodeUnstakingRPL(address)", {"_nodeAddress": p.address}, p.uint256),
    getRPLLockingAllowed: viewFun("0x641a24d2", "getRPLLockingAllowed(address)", {"_nodeAddress": p.address}, p.bool),
    getTotalLegacyStakedRPL: viewFun("0x68325022", "getTotalLegacyStakedRPL()", {}, p.uint256),
    getTotalMegapoolStakedRPL: viewFun("0x978fe3ed", "getTotalMegapoolStakedRPL()", {}, p.uint256),
    getTotalStakedRPL: viewFun("0xb018c7d3", "getTotalStakedRPL()", {}, p.uint256),
    lockRPL: fun("0xc601bf78", "lockRPL(address,uint256)", {"_nodeAddress": p.address, "_amount": p.uint256}, ),
    setRPLLockingAllowed: fun("0x194c63d8", "setRPLLockingAllowed(address,bool)", {"_nodeAddress": p.address, "_allowed": p.bool}, ),
    'setStakeRPLForAllowed(address,bool)': fun("0x088903a4", "setStakeRPLForAllowed(address,bool)", {"_caller": p.address, "_allowed": p.bool}, ),
    'setStakeRPLForAllowed(address,address,bool)': fun("0x3d65c1fa", "setStakeRPLForAllowed(address,address,bool)", {"_nodeAddress": p.address, "_caller": p.address, "_allowed": p.bool}, ),
    slashRPL: fun("0x245395a6", "slashRPL(address,uint256)", {"_nodeAddress": p.address, "_ethSlashAmount": p.uint256}, ),
    stakeRPL: fun("0x3e200d4b", "stakeRPL(uint256)", {"_amount": p.uint256}, ),
    stakeRPLFor: fun("0xcb1c8321", "stakeRPLFor(address,uint256)", {"_nodeAddress": p.address, "_amount": p.uint256}, ),
    transferRPL: fun("0x10b63749", "transferRPL(address,address,uint256)", {"_from": p.address, "_to": p.address, "_amount": p.uint256}, ),
    unlockRPL: fun("0x2c177a53", "unlockRPL(address,uint256)", {"_nodeAddress": p.address, "_amount": p.uint256}, ),
    unstakeLegacyRPL: fun("0xa06286bf", "unstakeLegacyRPL(uint256)", {"_amount": p.uint256}, ),
    unstakeLegacyRPLFor: fun("0xd35e8c83", "unstakeLegacyRPLFor(address,uint256)", {"_nodeAddress": p.address, "_amount": p.uint256}, ),
    unstakeRPL: fun("0xed2fde70", "unstakeRPL(uint256)", {"_amount": p.uint256}, ),
    unstakeRPLFor: fun("0xf4410be4", "unstakeRPLFor(address,uint256)", {"_nodeAddress": p.address, "_amount": p.uint256}, ),
    version: viewFun("0x54fd4d50", "version()", {}, p.uint8),
    withdrawRPL: fun("0x33621a76", "withdrawRPL()", {}, ),
    withdrawRPLFor: fun("0x54e8ca0a", "withdrawRPLFor(address)", {"_nodeAddress": p.address}, ),
}

export class Contract extends ContractBase {

    getNodeETHBonded(_nodeAddress: GetNodeETHBondedParams["_nodeAddress"]) {
        return this.eth_call(functions.getNodeETHBonded, {_nodeAddress})
    }

    getNodeETHBorrowed(_nodeAddress: GetNodeETHBorrowedParams["_nodeAddress"]) {
        return this.eth_call(functions.getNodeETHBorrowed, {_nodeAddress})
    }

    getNodeETHCollateralisationRatio(_nodeAddress: GetNodeETHCollateralisationRatioParams["_nodeAddress"]) {
        return this.eth_call(functions.getNodeETHCollateralisationRatio, {_nodeAddress})
    }

    getNodeLastUnstakeTime(_nodeAddress: GetNodeLastUnstakeTimeParams["_nodeAddress"]) {
        return this.eth_call(functions.getNodeLastUnstakeTime, {_nodeAddress})
    }

    getNodeLegacyStakedRPL(_nodeAddress: GetNodeLegacyStakedRPLParams["_nodeAddress"]) {
        return this.eth_call(functions.getNodeLegacyStakedRPL, {_nodeAddress})
    }

    getNodeLockedRPL(_nodeAddress: GetNodeLockedRPLParams["_nodeAddress"]) {
        return this.eth_call(functions.getNodeLockedRPL, {_nodeAddress})
    }

    getNodeMegapoolETHBonded(_nodeAddress: GetNodeMegapoolETHBondedParams["_nodeAddress"]) {
        return this.eth_call(functions.getNodeMegapoolETHBonded, {_nodeAddress})
    }

    getNodeMegapoolETHBorrowed(_nodeAddress: GetNodeMegapoolETHBorrowedParams["_nodeAddress"]) {
        return this.eth_call(functions.getNodeMegapoolETHBorrowed, {_nodeAddress})
    }

    getNodeMegapoolStakedRPL(_nodeAddress: GetNodeMegapoolStakedRPLParams["_nodeAddress"]) {
        return this.eth_call(functions.getNodeMegapoolStakedRPL, {_nodeAddress})
    }

    getNodeMinimumLegacyRPLStake(_nodeAddress: GetNodeMinimumLegacyRPLStakeParams["_nodeAddress"]) {
        return this.eth_call(functions.getNodeMinimumLegacyRPLStake, {_nodeAddress})
    }

    getNodeMinipoolETHBonded(_nodeAddress: GetNodeMinipoolETHBondedParams["_nodeAddress"]) {
        return this.eth_call(functions.getNodeMinipoolETHBonded, {_nodeAddress})
    }

    getNodeMinipoolETHBorrowed(_nodeAddress: GetNodeMinipoolETHBorrowedParams["_nodeAddress"]) {
        return this.eth_call(functions.getNodeMinipoolETHBorrowed, {_nodeAddress})
    }

    getNodeRPLStakedTime(_nodeAddress: GetNodeRPLStakedTimeParams["_nodeAddress"]) {
        return this.eth_call(functions.getNodeRPLStakedTime, {_nodeAddress})
    }

    getNodeStakedRPL(_nodeAddress: GetNodeStakedRPLParams["_nodeAddress"]) {
        return this.eth_call(functions.getNodeStakedRPL, {_nodeAddress})
    }

    getNodeUnstakingRPL(_nodeAddress: GetNodeUnstakingRPLParams["_nodeAddress"]) {
        return this.eth_call(functions.getNodeUnstakingRPL, {_nodeAddress})
    }

    getRPLLockingAllowed(_nodeAddress: GetRPLLockingAllowedParams["_nodeAddress"]) {
        return this.eth_call(functions.getRPLLockingAllowed, {_nodeAddress})
    }

    getTotalLegacyStakedRPL() {
        return this.eth_call(functions.getTotalLegacyStakedRPL, {})
    }

    getTotalMegapoolStakedRPL() {
        return this.eth_call(functions.getTotalMegapoolStakedRPL, {})
    }

    getTotalStakedRPL() {
        return this.eth_call(functions.getTotalStakedRPL, {})
    }

    version() {
        return this.eth_call(functions.version, {})
    }
}

/// Event types
export type RPLBurnedEventArgs = EParams<typeof events.RPLBurned>
export type RPLLegacyUnstakedEventArgs = EParams<typeof events.RPLLegacyUnstaked>
export type RPLLockedEventArgs = EParams<typeof events.RPLLocked>
export type RPLLockingAllowedEventArgs = EParams<typeof events.RPLLockingAllowed>
export type RPLSlashedEventArgs = EParams<typeof events.RPLSlashed>
export type RPLStakedEventArgs_0 = EParams<typeof events['RPLStaked(address indexed,address,uint256,uint256)']>
export type RPLStakedEventArgs_1 = EParams<typeof events['RPLStaked(address indexed,uint256,uint256)']>
export type RPLTransferredEventArgs = EParams<typeof events.RPLTransferred>
export type RPLUnlockedEventArgs = EParams<typeof events.RPLUnlocked>
export type RPLUnstakedEventArgs = EParams<typeof events.RPLUnstaked>
export type RPLWithdrawnEventArgs = EParams<typeof events.RPLWithdrawn>
export type StakeRPLForAllowedEventArgs = EParams<typeof events.StakeRPLForAllowed>

/// Function types
export type BurnRPLParams = FunctionArguments<typeof functions.burnRPL>
export type BurnRPLReturn = FunctionReturn<typeof functions.burnRPL>

export type GetNodeETHBondedParams = FunctionArguments<typeof functions.getNodeETHBonded>
export type GetNodeETHBondedReturn = FunctionReturn<typeof functions.getNodeETHBonded>

export type GetNodeETHBorrowedParams = FunctionArguments<typeof functions.getNodeETHBorrowed>
export type GetNodeETHBorrowedReturn = FunctionReturn<typeof functions.getNodeETHBorrowed>

export type GetNodeETHCollateralisationRatioParams = FunctionArguments<typeof functions.getNodeETHCollateralisationRatio>
export type GetNodeETHCollateralisationRatioReturn = FunctionReturn<typeof functions.getNodeETHCollateralisationRatio>

export type GetNodeLastUnstakeTimeParams = FunctionArguments<typeof functions.getNodeLastUnstakeTime>
export type GetNodeLastUnstakeTimeReturn = FunctionReturn<typeof functions.getNodeLastUnstakeTime>

export type GetNodeLegacyStakedRPLParams = FunctionArguments<typeof functions.getNodeLegacyStakedRPL>
export type GetNodeLegacyStakedRPLReturn = FunctionReturn<typeof functions.getNodeLegacyStakedRPL>

export type GetNodeLockedRPLParams = FunctionArguments<typeof functions.getNodeLockedRPL>
export type GetNodeLockedRPLReturn = FunctionReturn<typeof functions.getNodeLockedRPL>

export type GetNodeMegapoolETHBondedParams = FunctionArguments<typeof functions.getNodeMegapoolETHBonded>
export type GetNodeMegapoolETHBondedReturn = FunctionReturn<typeof functions.getNodeMegapoolETHBonded>

export type GetNodeMegapoolETHBorrowedParams = FunctionArguments<typeof functions.getNodeMegapoolETHBorrowed>
export type GetNodeMegapoolETHBorrowedReturn = FunctionReturn<typeof functions.getNodeMegapoolETHBorrowed>

export type GetNodeMegapoolStakedRPLParams = FunctionArguments<typeof functions.getNodeMegapoolStakedRPL>
export type GetNodeMegapoolStakedRPLReturn = FunctionReturn<typeof functions.getNodeMegapoolStakedRPL>

export type GetNodeMinimumLegacyRPLStakeParams = FunctionArguments<typeof functions.getNodeMinimumLegacyRPLStake>
export type GetNodeMinimumLegacyRPLStakeReturn = FunctionReturn<typeof functions.getNodeMinimumLegacyRPLStake>

export type GetNodeMinipoolETHBondedParams = FunctionArguments<typeof functions.getNodeMinipoolETHBonded>
export type GetNodeMinipoolETHBondedReturn = FunctionReturn<typeof functions.getNodeMinipoolETHBonded>

export type GetNodeMinipoolETHBorrowedParams = FunctionArguments<typeof functions.getNodeMinipoolETHBorrowed>
export type GetNodeMinipoolETHBorrowedReturn = FunctionReturn<typeof functions.getNodeMinipoolETHBorrowed>

export type GetNodeRPLStakedTimeParams = FunctionArguments<typeof functions.getNodeRPLStakedTime>
export type GetNodeRPLStakedTimeReturn = FunctionReturn<typeof functions.getNodeRPLStakedTime>

export type GetNodeStakedRPLParams = FunctionArguments<typeof functions.getNodeStakedRPL>
export type GetNodeStakedRPLReturn = FunctionReturn<typeof functions.getNodeStakedRPL>

export type GetNodeUnstakingRPLParams = FunctionArguments<typeof functions.getNodeUnstakingRPL>
export type GetNodeUnstakingRPLReturn = FunctionReturn<typeof functions.getNodeUnstakingRPL>

export type GetRPLLockingAllowedParams = FunctionArguments<typeof functions.getRPLLockingAllowed>
export type GetRPLLockingAllowedReturn = FunctionReturn<typeof functions.getRPLLockingAllowed>

export type GetTotalLegacyStakedRPLParams = FunctionArguments<typeof functions.getTotalLegacyStakedRPL>
export type GetTotalLegacyStakedRPLReturn = FunctionReturn<typeof functions.getTotalLegacyStakedRPL>

export type GetTotalMegapoolStakedRPLParams = FunctionArguments<typeof functions.getTotalMegapoolStakedRPL>
export type GetTotalMegapoolStakedRPLReturn = FunctionReturn<typeof functions.getTotalMegapoolStakedRPL>

export type GetTotalStakedRPLParams = FunctionArguments<typeof functions.getTotalStakedRPL>
export type GetTotalStakedRPLReturn = FunctionReturn<typeof functions.getTotalStakedRPL>

export type LockRPLParams = FunctionArguments<typeof functions.lockRPL>
export type LockRPLReturn = FunctionReturn<typeof functions.lockRPL>

export type SetRPLLockingAllowedParams = FunctionArguments<typeof functions.setRPLLockingAllowed>
export type SetRPLLockingAllowedReturn = FunctionReturn<typeof functions.setRPLLockingAllowed>

export type SetStakeRPLForAllowedParams_0 = FunctionArguments<typeof functions['setStakeRPLForAllowed(address,bool)']>
export type SetStakeRPLForAllowedReturn_0 = FunctionReturn<typeof functions['setStakeRPLForAllowed(address,bool)']>

export type SetStakeRPLForAllowedParams_1 = FunctionArguments<typeof functions['setStakeRPLForAllowed(address,address,bool)']>
export type SetStakeRPLForAllowedReturn_1 = FunctionReturn<typeof functions['setStakeRPLForAllowed(address,address,bool)']>

export type SlashRPLParams = FunctionArguments<typeof functions.slashRPL>
export type SlashRPLReturn = FunctionReturn<typeof functions.slashRPL>

export type StakeRPLParams = FunctionArguments<typeof functions.stakeRPL>
export type StakeRPLReturn = FunctionReturn<typeof functions.stakeRPL>

export type StakeRPLForParams = FunctionArguments<typeof functions.stakeRPLFor>
export type StakeRPLForReturn = FunctionReturn<typeof functions.stakeRPLFor>

export type TransferRPLParams = FunctionArguments<typeof functions.transferRPL>
export type TransferRPLReturn = FunctionReturn<typeof functions.transferRPL>

export type UnlockRPLParams = FunctionArguments<typeof functions.unlockRPL>
export type UnlockRPLReturn = FunctionReturn<typeof functions.unlockRPL>

export type UnstakeLegacyRPLParams = FunctionArguments<typeof functions.unstakeLegacyRPL>
export type UnstakeLegacyRPLReturn = FunctionReturn<typeof functions.unstakeLegacyRPL>

export type UnstakeLegacyRPLForParams = FunctionArguments<typeof functions.unstakeLegacyRPLFor>
export type UnstakeLegacyRPLForReturn = FunctionReturn<typeof functions.unstakeLegacyRPLFor>

export type UnstakeRPLParams = FunctionArguments<typeof functions.unstakeRPL>
export type UnstakeRPLReturn = FunctionReturn<typeof functions.unstakeRPL>

export type UnstakeRPLForParams = FunctionArguments<typeof functions.unstakeRPLFor>
export type UnstakeRPLForReturn = FunctionReturn<typeof functions.unstakeRPLFor>

export type VersionParams = FunctionArguments<typeof functions.version>
export type VersionReturn = FunctionReturn<typeof functions.version>

export type WithdrawRPLParams = FunctionArguments<typeof functions.withdrawRPL>
export type WithdrawRPLReturn = FunctionReturn<typeof functions.withdrawRPL>

export type WithdrawRPLForParams = FunctionArguments<typeof functions.withdrawRPLFor>
export type WithdrawRPLForReturn = FunctionReturn<typeof functions.withdrawRPLFor>

