import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    EtherDeposited: event("0xbf25d6cb74c97a403cfab1c4c0abc9ffe3edd964de9924de0565f5ffe3d6ca79", "EtherDeposited(string,uint256,uint256)", {"by": indexed(p.string), "amount": p.uint256, "time": p.uint256}),
    EtherWithdrawn: event("0xfc06bd2dc22238bad571c0432cfc04aee3d074be8cd974c9a9151e99df57e72b", "EtherWithdrawn(string,uint256,uint256)", {"by": indexed(p.string), "amount": p.uint256, "time": p.uint256}),
    TokenDeposited: event("0x14c4e7cf1c77c463baf4198cf43a79854a178a5641b6e59a109d7ed539f410aa", "TokenDeposited(bytes32,address,uint256,uint256)", {"by": indexed(p.bytes32), "tokenAddress": indexed(p.address), "amount": p.uint256, "time": p.uint256}),
    TokenWithdrawn: event("0xacd47105acf174819374e9d73c4c60bdaee9d4c7939b88a4cebb4dfe0500fbd8", "TokenWithdrawn(bytes32,address,uint256,uint256)", {"by": indexed(p.bytes32), "tokenAddress": indexed(p.address), "amount": p.uint256, "time": p.uint256}),
    TokenBurned: event("0x85ed341c0b07bd4923f06588bb1b1c46a4637853245129a55ebaf4a0e30bbd4b", "TokenBurned(bytes32,address,uint256,uint256)", {"by": indexed(p.bytes32), "tokenAddress": indexed(p.address), "amount": p.uint256, "time": p.uint256}),
    TokenTransfer: event("0x11e32afbaec5786fc0b9e69b002583dedb32cae9499deeade686c878871b8ec0", "TokenTransfer(bytes32,bytes32,address,uint256,uint256)", {"by": indexed(p.bytes32), "to": indexed(p.bytes32), "tokenAddress": indexed(p.address), "amount": p.uint256, "time": p.uint256}),
}

export class Contract extends ContractBase {
}

/// Event types
export type EtherDepositedEventArgs = EParams<typeof events.EtherDeposited>
export type EtherWithdrawnEventArgs = EParams<typeof events.EtherWithdrawn>
export type TokenDepositedEventArgs = EParams<typeof events.TokenDeposited>
export type TokenWithdrawnEventArgs = EParams<typeof events.TokenWithdrawn>
export type TokenBurnedEventArgs = EParams<typeof events.TokenBurned>
export type TokenTransferEventArgs = EParams<typeof events.TokenTransfer>
