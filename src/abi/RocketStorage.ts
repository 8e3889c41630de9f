import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const functions = {
    getAddress: viewFun("0x21f8a721", "getAddress(bytes32)", {"_key": p.bytes32}, p.address),
}

export class Contract extends ContractBase {

    getAddress(_key: GetAddressParams["_key"]) {
        return this.eth_call(functions.getAddress, {_key})
    }
}

/// Function types
export type GetAddressParams = FunctionArguments<typeof functions.getAddress>
export type GetAddressReturn = FunctionReturn<typeof functions.getAddress>

