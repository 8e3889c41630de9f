import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    BeginBondReduction: event("0xebae778aeca850cfad423220d7978598785ef5905b868c482e03011b53808678", "BeginBondReduction(address,uint256)", {"minipool": indexed(p.address), "time": p.uint256}),
    CancelReductionVoted: event("0x7cfaf8cd5e8153c2679a1100841445ab9926ef98867f41bd6e6afa9e3f09068e", "CancelReductionVoted(address,address,uint256)", {"minipool": indexed(p.address), "member": indexed(p.address), "time": p.uint256}),
    MinipoolCreated: event("0x08b4b91bafaf992145c5dd7e098dfcdb32f879714c154c651c2758a44c7aeae4", "MinipoolCreated(address,address,uint256)", {"minipool": indexed(p.address), "node": indexed(p.address), "time": p.uint256}),
    MinipoolDestroyed: event("0x3097cb0f536cd88115b814915d7030d2fe958943357cd2b1a9e1dba8a673ec69", "MinipoolDestroyed(address,address,uint256)", {"minipool": indexed(p.address), "node": indexed(p.address), "time": p.uint256}),
    ReductionCancelled: event("0xf5248f3aef129e8fd5ee9f0bd6dc051e7a9f3ad64e171a0acfb396298683bc24", "ReductionCancelled(address,uint256)", {"minipool": indexed(p.address), "time": p.uint256}),
}

export const functions = {
    createMinipool: fun("0xc64372bb", "createMinipool(address,uint256)", {"_nodeAddress": p.address, "_salt": p.uint256}, p.address),
    createVacantMinipool: fun("0xa179778b", "createVacantMinipool(address,uint256,bytes,uint256,uint256)", {"_nodeAddress": p.address, "_salt": p.uint256, "_validatorPubkey": p.bytes, "_bondAmount": p.uint256, "_currentBalance": p.uint256}, p.address),
    decrementNodeStakingMinipoolCount: fun("0x75b59c7f", "decrementNodeStakingMinipoolCount(address)", {"_nodeAddress": p.address}, ),
    destroyMinipool: fun("0x7bb40aaf", "destroyMinipool()", {}, ),
    getActiveMinipoolCount: viewFun("0xce9b79ad", "getActiveMinipoolCount()", {}, p.uint256),
    getFinalisedMinipoolCount: viewFun("0xd1ea6ce0", "getFinalisedMinipoolCount()", {}, p.uint256),
    getMinipoolAt: viewFun("0xeff7319f", "getMinipoolAt(uint256)", {"_index": p.uint256}, p.address),
    getMinipoolByPubkey: viewFun("0xcf6a4763", "getMinipoolByPubkey(bytes)", {"_pubkey": p.bytes}, p.address),
    getMinipoolCount: viewFun("0xae4d0bed", "getMinipoolCount()", {}, p.uint256),
    getMinipoolCountPerStatus: viewFun("0x3b5ecefa", "getMinipoolCountPerStatus(uint256,uint256)", {"_offset": p.uint256, "_limit": p.uint256}, {"initialisedCount": p.uint256, "prelaunchCount": p.uint256, "stakingCount": p.uint256, "withdrawableCount": p.uint256, "dissolvedCount": p.uint256}),
    getMinipoolDepositType: viewFun("0x5ea1a6e2", "getMinipoolDepositType(address)", {"_minipoolAddress": p.address}, p.uint8),
    getMinipoolDestroyed: viewFun("0xa757987a", "getMinipoolDestroyed(address)", {"_minipoolAddress": p.address}, p.bool),
    getMinipoolExists: viewFun("0x606bb62e", "getMinipoolExists(address)", {"_minipoolAddress": p.address}, p.bool),
    getMinipoolPubkey: viewFun("0x3eb535e9", "getMinipoolPubkey(address)", {"_minipoolAddress": p.address}, p.bytes),
    getMinipoolRPLSlashed: viewFun("0x0c21b8a7", "getMinipoolRPLSlashed(address)", {"_minipoolAddress": p.address}, p.bool),
    getMinipoolWithdrawalCredentials: viewFun("0x2cb76c37", "getMinipoolWithdrawalCredentials(address)", {"_minipoolAddress": p.address}, p.bytes),
    getNodeActiveMinipoolCount: viewFun("0x1844ec01", "getNodeActiveMinipoolCount(address)", {"_nodeAddress": p.address}, p.uint256),
    getNodeFinalisedMinipoolCount: viewFun("0xb88a89f7", "getNodeFinalisedMinipoolCount(address)", {"_nodeAddress": p.address}, p.uint256),
    getNodeMinipoolAt: viewFun("0x8b300029", "getNodeMinipoolAt(address,uint256)", {"_nodeAddress": p.address, "_index": p.uint256}, p.address),
    getNodeMinipoolCount: viewFun("0x1ce9ec33", "getNodeMinipoolCount(address)", {"_nodeAddress": p.address}, p.uint256),
    getNodeStakingMinipoolCount: viewFun("0x57b4ef6b", "getNodeStakingMinipoolCount(address)", {"_nodeAddress": p.address}, p.uint256),
    getNodeStakingMinipoolCountBySize: viewFun("0x240eb330", "getNodeStakingMinipoolCountBySize(address,uint256)", {"_nodeAddress": p.address, "_depositSize": p.uint256}, p.uint256),
    getNodeValidatingMinipoolAt: viewFun("0x9da0700f", "getNodeValidatingMinipoolAt(address,uint256)", {"_nodeAddress": p.address, "_index": p.uint256}, p.address),
    getNodeValidatingMinipoolCount: viewFun("0xf90267c4", "getNodeValidatingMinipoolCount(address)", {"_nodeAddress": p.address}, p.uint256),
    getPrelaunchMinipools: viewFun("0x5dfef965", "getPrelaunchMinipools(uint256,uint256)", {"_offset": p.uint256, "_limit": p.uint256}, p.array(p.address)),
    getStakingMinipoolCount: viewFun("0x67bca235", "getStakingMinipoolCount()", {}, p.uint256),
    getVacantMinipoolAt: viewFun("0xd1401991", "getVacantMinipoolAt(uint256)", {"_index": p.uint256}, p.address),
    getVacantMinipoolCount: viewFun("0x1286377e", "getVacantMinipoolCount()", {}, p.uint256),
    incrementNodeFinalisedMinipoolCount: fun("0xb04e8868", "incrementNodeFinalisedMinipoolCount(address)", {"_nodeAddress": p.address}, ),
    incrementNodeStakingMinipoolCount: fun("0x9907288c", "incrementNodeStakingMinipoolCount(address)", {"_nodeAddress": p.address}, ),
    removeVacantMinipool: fun("0x44e51a03", "removeVacantMinipool()", {}, ),
    setMinipoolPubkey: fun("0x2c7f64d4", "setMinipoolPubkey(bytes)", {"_pubkey": p.bytes}, ),
    tryDistribute: fun("0xd1afe958", "tryDistribute(address)", {"_nodeAddress": p.address}, ),
    updateNodeStakingMinipoolCount: fun("0x0fcc8178", "updateNodeStakingMinipoolCount(uint256,uint256,uint256,uint256)", {"_previousBond": p.uint256, "_newBond": p.uint256, "_previousFee": p.uint256, "_newFee": p.uint256}, ),
    version: viewFun("0x54fd4d50", "version()", {}, p.uint8),
}

export class Contract extends ContractBase {

    getActiveMinipoolCount() {
        return this.eth_call(functions.getActiveMinipoolCount, {})
    }

    getFinalisedMinipoolCount() {
        return this.eth_call(functions.getFinalisedMinipoolCount, {})
    }

    getMinipoolAt(_index: GetMinipoolAtParams["_index"]) {
        return this.eth_call(functions.getMinipoolAt, {_index})
    }

    getMinipoolByPubkey(_pubkey: GetMinipoolByPubkeyParams["_pubkey"]) {
        return this.eth_call(functions.getMinipoolByPubkey, {_pubkey})
    }

    getMinipoolCount() {
        return this.eth_call(functions.getMinipoolCount, {})
    }

    getMinipoolCountPerStatus(_offset: GetMinipoolCountPerStatusParams["_offset"], _limit: GetMinipoolCountPerStatusParams["_limit"]) {
        return this.eth_call(functions.getMinipoolCountPerStatus, {_offset, _limit})
    }

    getMinipoolDepositType(_minipoolAddress: GetMinipoolDepositTypeParams["_minipoolAddress"]) {
        return this.eth_call(functions.getMinipoolDepositType, {_minipoolAddress})
    }

    getMinipoolDestroyed(_minipoolAddress: GetMinipoolDestroyedParams["_minipoolAddress"]) {
        return this.eth_call(functions.getMinipoolDestroyed, {_minipoolAddress})
    }

    getMinipoolExists(_minipoolAddress: GetMinipoolExistsParams["_minipoolAddress"]) {
        return this.eth_call(functions.getMinipoolExists, {_minipoolAddress})
    }

    getMinipoolPubkey(_minipoolAddress: GetMinipoolPubkeyParams["_minipoolAddress"]) {
        return this.eth_call(functions.getMinipoolPubkey, {_minipoolAddress})
    }

    getMinipoolRPLSlashed(_minipoolAddress: GetMinipoolRPLSlashedParams["_minipoolAddress"]) {
        return this.eth_call(functions.getMinipoolRPLSlashed, {_minipoolAddress})
    }

    getMinipoolWithdrawalCredentials(_minipoolAddress: GetMinipoolWithdrawalCredentialsParams["_minipoolAddress"]) {
        return this.eth_call(functions.getMinipoolWithdrawalCredentials, {_minipoolAddress})
    }

    getNodeActiveMinipoolCount(_nodeAddress: GetNodeActiveMinipoolCountParams["_nodeAddress"]) {
        return this.eth_call(functions.getNodeActiveMinipoolCount, {_nodeAddress})
    }

    getNodeFinalisedMinipoolCount(_nodeAddress: GetNodeFinalisedMinipoolCountParams["_nodeAddress"]) {
        return this.eth_call(functions.getNodeFinalisedMinipoolCount, {_nodeAddress})
    }

    getNodeMinipoolAt(_nodeAddress: GetNodeMinipoolAtParams["_nodeAddress"], _index: GetNodeMinipoolAtParams["_index"]) {
        return this.eth_call(functions.getNodeMinipoolAt, {_nodeAddress, _index})
    }

    getNodeMinipoolCount(_nodeAddress: GetNodeMinipoolCountParams["_nodeAddress"]) {
        return this.eth_call(functions.getNodeMinipoolCount, {_nodeAddress})
    }

    getNodeStakingMinipoolCount(_nodeAddress: GetNodeStakingMinipoolCountParams["_nodeAddress"]) {
        return this.eth_call(functions.getNodeStakingMinipoolCount, {_nodeAddress})
    }

    getNodeStakingMinipoolCountBySize(_nodeAddress: GetNodeStakingMinipoolCountBySizeParams["_nodeAddress"], _depositSize: GetNodeStakingMinipoolCountBySizeParams["_depositSize"]) {
        return this.eth_call(functions.getNodeStakingMinipoolCountBySize, {_nodeAddress, _depositSize})
    }

    getNodeValidatingMinipoolAt(_nodeAddress: GetNodeValidatingMinipoolAtParams["_nodeAddress"], _index: GetNodeValidatingMinipoolAtParams["_index"]) {
        return this.eth_call(functions.getNodeValidatingMinipoolAt, {_nodeAddress, _index})
    }

    getNodeValidatingMinipoolCount(_nodeAddress: GetNodeValidatingMinipoolCountParams["_nodeAddress"]) {
        return this.eth_call(functions.getNodeValidatingMinipoolCount, {_nodeAddress})
    }

    getPrelaunchMinipools(_offset: GetPrelaunchMinipoolsParams["_offset"], _limit: GetPrelaunchMinipoolsParams["_limit"]) {
        return this.eth_call(functions.getPrelaunchMinipools, {_offset, _limit})
    }

    getStakingMinipoolCount() {
        return this.eth_call(functions.getStakingMinipoolCount, {})
    }

    getVacantMinipoolAt(_index: GetVacantMinipoolAtParams["_index"]) {
        return this.eth_call(functions.getVacantMinipoolAt, {_index})
    }

    getVacantMinipoolCount() {
        return this.eth_call(functions.getVacantMinipoolCount, {})
    }

    version() {
        return this.eth_call(functions.version, {})
    }
}

/// Event types
export type BeginBondReductionEventArgs = EParams<typeof events.BeginBondReduction>
export type CancelReductionVotedEventArgs = EParams<typeof events.CancelReductionVoted>
export type MinipoolCreatedEventArgs = EParams<typeof events.MinipoolCreated>
export type MinipoolDestroyedEventArgs = EParams<typeof events.MinipoolDestroyed>
export type ReductionCancelledEventArgs = EParams<typeof events.ReductionCancelled>

/// Function types
export type CreateMinipoolParams = FunctionArguments<typeof functions.createMinipool>
export type CreateMinipoolReturn = FunctionReturn<typeof functions.createMinipool>

export type CreateVacantMinipoolParams = FunctionArguments<typeof functions.createVacantMinipool>
export type CreateVacantMinipoolReturn = FunctionReturn<typeof functions.createVacantMinipool>

export type DecrementNodeStakingMinipoolCountParams = FunctionArguments<typeof functions.decrementNodeStakingMinipoolCount>
export type DecrementNodeStakingMinipoolCountReturn = FunctionReturn<typeof functions.decrementNodeStakingMinipoolCount>

export type DestroyMinipoolParams = FunctionArguments<typeof functions.destroyMinipool>
export type DestroyMinipoolReturn = FunctionReturn<typeof functions.destroyMinipool>

export type GetActiveMinipoolCountParams = FunctionArguments<typeof functions.getActiveMinipoolCount>
export type GetActiveMinipoolCountReturn = FunctionReturn<typeof functions.getActiveMinipoolCount>

export type GetFinalisedMinipoolCountParams = FunctionArguments<typeof functions.getFinalisedMinipoolCount>
export type GetFinalisedMinipoolCountReturn = FunctionReturn<typeof functions.getFinalisedMinipoolCount>

export type GetMinipoolAtParams = FunctionArguments<typeof functions.getMinipoolAt>
export type GetMinipoolAtReturn = FunctionReturn<typeof functions.getMinipoolAt>

export type GetMinipoolByPubkeyParams = FunctionArguments<typeof functions.getMinipoolByPubkey>
export type GetMinipoolByPubkeyReturn = FunctionReturn<typeof functions.getMinipoolByPubkey>

export type GetMinipoolCountParams = FunctionArguments<typeof functions.getMinipoolCount>
export type GetMinipoolCountReturn = FunctionReturn<typeof functions.getMinipoolCount>

export type GetMinipoolCountPerStatusParams = FunctionArguments<typeof functions.getMinipoolCountPerStatus>
export type GetMinipoolCountPerStatusReturn = FunctionReturn<typeof functions.getMinipoolCountPerStatus>

export type GetMinipoolDepositTypeParams = FunctionArguments<typeof functions.getMinipoolDepositType>
export type GetMinipoolDepositTypeReturn = FunctionReturn<typeof functions.getMinipoolDepositType>

export type GetMinipoolDestroyedParams = FunctionArguments<typeof functions.getMinipoolDestroyed>
export type GetMinipoolDestroyedReturn = FunctionReturn<typeof functions.getMinipoolDestroyed>

export type GetMinipoolExistsParams = FunctionArguments<typeof functions.getMinipoolExists>
export type GetMinipoolExistsReturn = FunctionReturn<typeof functions.getMinipoolExists>

export type GetMinipoolPubkeyParams = FunctionArguments<typeof functions.getMinipoolPubkey>
export type GetMinipoolPubkeyReturn = FunctionReturn<typeof functions.getMinipoolPubkey>

export type GetMinipoolRPLSlashedParams = FunctionArguments<typeof functions.getMinipoolRPLSlashed>
export type GetMinipoolRPLSlashedReturn = FunctionReturn<typeof functions.getMinipoolRPLSlashed>

export type GetMinipoolWithdrawalCredentialsParams = FunctionArguments<typeof functions.getMinipoolWithdrawalCredentials>
export type GetMinipoolWithdrawalCredentialsReturn = FunctionReturn<typeof functions.getMinipoolWithdrawalCredentials>

export type GetNodeActiveMinipoolCountParams = FunctionArguments<typeof functions.getNodeActiveMinipoolCount>
export type GetNodeActiveMinipoolCountReturn = FunctionReturn<typeof functions.getNodeActiveMinipoolCount>

export type GetNodeFinalisedMinipoolCountParams = FunctionArguments<typeof functions.getNodeFinalisedMinipoolCount>
export type GetNodeFinalisedMinipoolCountReturn = FunctionReturn<typeof functions.getNodeFinalisedMinipoolCount>

export type GetNodeMinipoolAtParams = FunctionArguments<typeof functions.getNodeMinipoolAt>
export type GetNodeMinipoolAtReturn = FunctionReturn<typeof functions.getNodeMinipoolAt>

export type GetNodeMinipoolCountParams = FunctionArguments<typeof functions.getNodeMinipoolCount>
export type GetNodeMinipoolCountReturn = FunctionReturn<typeof functions.getNodeMinipoolCount>

export type GetNodeStakingMinipoolCountParams = FunctionArguments<typeof functions.getNodeStakingMinipoolCount>
export type GetNodeStakingMinipoolCountReturn = FunctionReturn<typeof functions.getNodeStakingMinipoolCount>

export type GetNodeStakingMinipoolCountBySizeParams = FunctionArguments<typeof functions.getNodeStakingMinipoolCountBySize>
export type GetNodeStakingMinipoolCountBySizeReturn = FunctionReturn<typeof functions.getNodeStakingMinipoolCountBySize>

export type GetNodeValidatingMinipoolAtParams = FunctionArguments<typeof functions.getNodeValidatingMinipoolAt>
export type GetNodeValidatingMinipoolAtReturn = FunctionReturn<typeof functions.getNodeValidatingMinipoolAt>

export type GetNodeValidatingMinipoolCountParams = FunctionArguments<typeof functions.getNodeValidatingMinipoolCount>
export type GetNodeValidatingMinipoolCountReturn = FunctionReturn<typeof functions.getNodeValidatingMinipoolCount>

export type GetPrelaunchMinipoolsParams = FunctionArguments<typeof functions.getPrelaunchMinipools>
export type GetPrelaunchMinipoolsReturn = FunctionReturn<typeof functions.getPrelaunchMinipools>

export type GetStakingMinipoolCountParams = FunctionArguments<typeof functions.getStakingMinipoolCount>
export type GetStakingMinipoolCountReturn = FunctionReturn<typeof functions.getStakingMinipoolCount>

export type GetVacantMinipoolAtParams = FunctionArguments<typeof functions.getVacantMinipoolAt>
export type GetVacantMinipoolAtReturn = FunctionReturn<typeof functions.getVacantMinipoolAt>

export type GetVacantMinipoolCountParams = FunctionArguments<typeof functions.getVacantMinipoolCount>
export type GetVacantMinipoolCountReturn = FunctionReturn<typeof functions.getVacantMinipoolCount>

export type IncrementNodeFinalisedMinipoolCountParams = FunctionArguments<typeof functions.incrementNodeFinalisedMinipoolCount>
export type IncrementNodeFinalisedMinipoolCountReturn = FunctionReturn<typeof functions.incrementNodeFinalisedMinipoolCount>

export type IncrementNodeStakingMinipoolCountParams = FunctionArguments<typeof functions.incrementNodeStakingMinipoolCount>
export type IncrementNodeStakingMinipoolCountReturn = FunctionReturn<typeof functions.incrementNodeStakingMinipoolCount>

export type RemoveVacantMinipoolParams = FunctionArguments<typeof functions.removeVacantMinipool>
export type RemoveVacantMinipoolReturn = FunctionReturn<typeof functions.removeVacantMinipool>

export type SetMinipoolPubkeyParams = FunctionArguments<typeof functions.setMinipoolPubkey>
export type SetMinipoolPubkeyReturn = FunctionReturn<typeof functions.setMinipoolPubkey>

export type TryDistributeParams = FunctionArguments<typeof functions.tryDistribute>
export type TryDistributeReturn = FunctionReturn<typeof functions.tryDistribute>

export type UpdateNodeStakingMinipoolCountParams = FunctionArguments<typeof functions.updateNodeStakingMinipoolCount>
export type UpdateNodeStakingMinipoolCountReturn = FunctionReturn<typeof functions.updateNodeStakingMinipoolCount>

export type VersionParams = FunctionArguments<typeof functions.version>
export type VersionReturn = FunctionReturn<typeof functions.version>

