import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    PenaltySubmitted: event("0x244fc2d7b499246d0fe5c5627751c7ed3c72838fb3ff19c659670bfd5c336665", "PenaltySubmitted(address,address,uint256,uint256)", {"from": indexed(p.address), "minipoolAddress": p.address, "block": p.uint256, "time": p.uint256}),
    PenaltyUpdated: event("0x79d237b584d54d52d77b5d33521745078aac125ddf12fc9f37a81bb1fe561e9b", "PenaltyUpdated(address,uint256,uint256)", {"minipoolAddress": indexed(p.address), "penalty": p.uint256, "time": p.uint256}),
}

export const functions = {
    executeUpdatePenalty: fun("0xb9ab7762", "executeUpdatePenalty(address,uint256)", {"_minipoolAddress": p.address, "_block": p.uint256}, ),
    getPenaltyCount: viewFun("0xf8bfd151", "getPenaltyCount(address)", {"_minipoolAddress": p.address}, p.uint256),
    submitPenalty: fun("0x6e29ce20", "submitPenalty(address,uint256)", {"_minipoolAddress": p.address, "_block": p.uint256}, ),
    version: viewFun("0x54fd4d50", "version()", {}, p.uint8),
}

export class Contract extends ContractBase {

    getPenaltyCount(_minipoolAddress: GetPenaltyCountParams["_minipoolAddress"]) {
        return this.eth_call(functions.getPenaltyCount, {_minipoolAddress})
    }

    version() {
        return this.eth_call(functions.version, {})
    }
}

/// Event types
export type PenaltySubmittedEventArgs = EParams<typeof events.PenaltySubmitted>
export type PenaltyUpdatedEventArgs = EParams<typeof events.PenaltyUpdated>

/// Function types
export type ExecuteUpdatePenaltyParams = FunctionArguments<typeof functions.executeUpdatePenalty>
export type ExecuteUpdatePenaltyReturn = FunctionReturn<typeof functions.executeUpdatePenalty>

export type GetPenaltyCountParams = FunctionArguments<typeof functions.getPenaltyCount>
export type GetPenaltyCountReturn = FunctionReturn<typeof functions.getPenaltyCount>

export type SubmitPenaltyParams = FunctionArguments<typeof functions.submitPenalty>
export type SubmitPenaltyReturn = FunctionReturn<typeof functions.submitPenalty>

export type VersionParams = FunctionArguments<typeof functions.version>
export type VersionReturn = FunctionReturn<typeof functions.version>

