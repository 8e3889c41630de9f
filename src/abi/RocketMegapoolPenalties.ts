import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    PenaltyApplied: event("0x4515dd4239fbbcde39ac2bd5b1d60b7ccae104945f1429d0fa69eea334478858", "PenaltyApplied(address,uint256,uint256,uint256)", {"megapool": indexed(p.address), "block": p.uint256, "amount": p.uint256, "time": p.uint256}),
    PenaltySubmitted: event("0x60e79ec9820fdb2ab3b64c9e234bb7d7cd148cb6240c0b36cc5d35c60b0c5e45", "PenaltySubmitted(address,address,uint256,uint256,uint256)", {"from": indexed(p.address), "megapool": p.address, "block": p.uint256, "amount": p.uint256, "time": p.uint256}),
}

export const functions = {
    executePenalty: fun("0xb22ba717", "executePenalty(address,uint256,uint256)", {"_megapool": p.address, "_block": p.uint256, "_amount": p.uint256}, ),
    getCurrentMaxPenalty: viewFun("0x8100eb0e", "getCurrentMaxPenalty()", {}, p.uint256),
    getCurrentPenaltyRunningTotal: viewFun("0x51ba4c6a", "getCurrentPenaltyRunningTotal()", {}, p.uint256),
    getPenaltyRunningTotalAtTime: viewFun("0xcb1f589d", "getPenaltyRunningTotalAtTime(uint64)", {"_time": p.uint64}, p.uint256),
    getVoteCount: viewFun("0xaa9ebdf3", "getVoteCount(address,uint256,uint256)", {"_megapool": p.address, "_block": p.uint256, "_amount": p.uint256}, p.uint256),
    penalise: fun("0x1c635e40", "penalise(address,uint256,uint256)", {"_megapool": p.address, "_block": p.uint256, "_amount": p.uint256}, ),
    version: viewFun("0x54fd4d50", "version()", {}, p.uint8),
}

export class Contract extends ContractBase {

    getCurrentMaxPenalty() {
        return this.eth_call(functions.getCurrentMaxPenalty, {})
    }

    getCurrentPenaltyRunningTotal() {
        return this.eth_call(functions.getCurrentPenaltyRunningTotal, {})
    }

    getPenaltyRunningTotalAtTime(_time: GetPenaltyRunningTotalAtTimeParams["_time"]) {
        return this.eth_call(functions.getPenaltyRunningTotalAtTime, {_time})
    }

    getVoteCount(_megapool: GetVoteCountParams["_megapool"], _block: GetVoteCountParams["_block"], _amount: GetVoteCountParams["_amount"]) {
        return this.eth_call(functions.getVoteCount, {_megapool, _block, _amount})
    }

    version() {
        return this.eth_call(functions.version, {})
    }
}

/// Event types
export type PenaltyAppliedEventArgs = EParams<typeof events.PenaltyApplied>
export type PenaltySubmittedEventArgs = EParams<typeof events.PenaltySubmitted>

/// Function types
export type ExecutePenaltyParams = FunctionArguments<typeof functions.executePenalty>
export type ExecutePenaltyReturn = FunctionReturn<typeof functions.executePenalty>

export type GetCurrentMaxPenaltyParams = FunctionArguments<typeof functions.getCurrentMaxPenalty>
export type GetCurrentMaxPenaltyReturn = FunctionReturn<typeof functions.getCurrentMaxPenalty>

export type GetCurrentPenaltyRunningTotalParams = FunctionArguments<typeof functions.getCurrentPenaltyRunningTotal>
export type GetCurrentPenaltyRunningTotalReturn = FunctionReturn<typeof functions.getCurrentPenaltyRunningTotal>

export type GetPenaltyRunningTotalAtTimeParams = FunctionArguments<typeof functions.getPenaltyRunningTotalAtTime>
export type GetPenaltyRunningTotalAtTimeReturn = FunctionReturn<typeof functions.getPenaltyRunningTotalAtTime>

export type GetVoteCountParams = FunctionArguments<typeof functions.getVoteCount>
export type GetVoteCountReturn = FunctionReturn<typeof functions.getVoteCount>

export type PenaliseParams = FunctionArguments<typeof functions.penalise>
export type PenaliseReturn = FunctionReturn<typeof functions.penalise>

export type VersionParams = FunctionArguments<typeof functions.version>
export type VersionReturn = FunctionReturn<typeof functions.version>

