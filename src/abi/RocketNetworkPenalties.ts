import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    PenaltyApplied: event("0xcf40cadcd86c14cb7e696a86578255719f67bc54bf991d45d267ee6e01467c19", "PenaltyApplied(address,uint256,uint256)", {"minipool": indexed(p.address), "block": p.uint256, "time": p.uint256}),
    PenaltySubmitted: event("0x244fc2d7b499246d0fe5c5627751c7ed3c72838fb3ff19c659670bfd5c336665", "PenaltySubmitted(address,address,uint256,uint256)", {"from": indexed(p.address), "minipool": indexed(p.address), "block": p.uint256, "time": p.uint256}),
    PenaltyUpdated: event("0x79d237b584d54d52d77b5d33521745078aac125ddf12fc9f37a81bb1fe561e9b", "PenaltyUpdated(address,uint256,uint256)", {"minipool": indexed(p.address), "penalty": p.uint256, "time": p.uint256}),
}

export const functions = {
    executeUpdatePenalty: fun("0xb9ab7762", "executeUpdatePenalty(address,uint256)", {"_minipool": p.address, "_block": p.uint256}, ),
    getCurrentMaxPenalty: viewFun("0x8100eb0e", "getCurrentMaxPenalty()", {}, p.uint256),
    getCurrentPenaltyRunningTotal: viewFun("0x51ba4c6a", "getCurrentPenaltyRunningTotal()", {}, p.uint256),
    getPenaltyCount: viewFun("0xf8bfd151", "getPenaltyCount(address)", {"_minipool": p.address}, p.uint256),
    getPenaltyRunningTotalAtTime: viewFun("0xcb1f589d", "getPenaltyRunningTotalAtTime(uint64)", {"_time": p.uint64}, p.uint256),
    getVoteCount: viewFun("0x25b6bec7", "getVoteCount(address,uint256)", {"_minipool": p.address, "_block": p.uint256}, p.uint256),
    submitPenalty: fun("0x6e29ce20", "submitPenalty(address,uint256)", {"_minipool": p.address, "_block": p.uint256}, ),
    version: viewFun("0x54fd4d50", "version()", {}, p.uint8),
}

export class Contract extends ContractBase {

    getCurrentMaxPenalty() {
        return this.eth_call(functions.getCurrentMaxPenalty, {})
    }

    getCurrentPenaltyRunningTotal() {
        return this.eth_call(functions.getCurrentPenaltyRunningTotal, {})
    }

    getPenaltyCount(_minipool: GetPenaltyCountParams["_minipool"]) {
        return this.eth_call(functions.getPenaltyCount, {_minipool})
    }

    getPenaltyRunningTotalAtTime(_time: GetPenaltyRunningTotalAtTimeParams["_time"]) {
        return this.eth_call(functions.getPenaltyRunningTotalAtTime, {_time})
    }

    getVoteCount(_minipool: GetVoteCountParams["_minipool"], _block: GetVoteCountParams["_block"]) {
        return this.eth_call(functions.getVoteCount, {_minipool, _block})
    }

    version() {
        return this.eth_call(functions.version, {})
    }
}

/// Event types
export type PenaltyAppliedEventArgs = EParams<typeof events.PenaltyApplied>
export type PenaltySubmittedEventArgs = EParams<typeof events.PenaltySubmitted>
export type PenaltyUpdatedEventArgs = EParams<typeof events.PenaltyUpdated>

/// Function types
export type ExecuteUpdatePenaltyParams = FunctionArguments<typeof functions.executeUpdatePenalty>
export type ExecuteUpdatePenaltyReturn = FunctionReturn<typeof functions.executeUpdatePenalty>

export type GetCurrentMaxPenaltyParams = FunctionArguments<typeof functions.getCurrentMaxPenalty>
export type GetCurrentMaxPenaltyReturn = FunctionReturn<typeof functions.getCurrentMaxPenalty>

export type GetCurrentPenaltyRunningTotalParams = FunctionArguments<typeof functions.getCurrentPenaltyRunningTotal>
export type GetCurrentPenaltyRunningTotalReturn = FunctionReturn<typeof functions.getCurrentPenaltyRunningTotal>

export type GetPenaltyCountParams = FunctionArguments<typeof functions.getPenaltyCount>
export type GetPenaltyCountReturn = FunctionReturn<typeof functions.getPenaltyCount>

export type GetPenaltyRunningTotalAtTimeParams = FunctionArguments<typeof functions.getPenaltyRunningTotalAtTime>
export type GetPenaltyRunningTotalAtTimeReturn = FunctionReturn<typeof functions.getPenaltyRunningTotalAtTime>

export type GetVoteCountParams = FunctionArguments<typeof functions.getVoteCount>
export type GetVoteCountReturn = FunctionReturn<typeof functions.getVoteCount>

export type SubmitPenaltyParams = FunctionArguments<typeof functions.submitPenalty>
export type SubmitPenaltyReturn = FunctionReturn<typeof functions.submitPenalty>

export type VersionParams = FunctionArguments<typeof functions.version>
export type VersionReturn = FunctionReturn<typeof functions.version>

