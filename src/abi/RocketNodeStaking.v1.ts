import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const functions = {
    getNodeRPLStake: viewFun("0x9961cee4", "getNodeRPLStake(address)", {"_nodeAddress": p.address}, p.uint256),
}

export class Contract extends ContractBase {

    getNodeRPLStake(_nodeAddress: GetNodeRPLStakeParams["_nodeAddress"]) {
        return this.eth_call(functions.getNodeRPLStake, {_nodeAddress})
    }
}

/// Function types
export type GetNodeRPLStakeParams = FunctionArguments<typeof functions.getNodeRPLStake>
export type GetNodeRPLStakeReturn = FunctionReturn<typeof functions.getNodeRPLStake>

