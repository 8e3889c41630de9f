import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    Approval: event("0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925", "Approval(address,address,uint256)", {"owner": indexed(p.address), "spender": indexed(p.address), "value": p.uint256}),
    Transfer: event("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef", "Transfer(address,address,uint256)", {"from": indexed(p.address), "to": indexed(p.address), "value": p.uint256}),
}

export const functions = {
    DOMAIN_SEPARATOR: viewFun("0x3644e515", "DOMAIN_SEPARATOR()", {}, p.bytes32),
    allowance: viewFun("0xdd62ed3e", "allowance(address,address)", {"owner": p.address, "spender": p.address}, p.uint256),
    approve: fun("0x095ea7b3", "approve(address,uint256)", {"spender": p.address, "amount": p.uint256}, p.bool),
    balanceOf: viewFun("0x70a08231", "balanceOf(address)", {"account": p.address}, p.uint256),
    decimals: viewFun("0x313ce567", "decimals()", {}, p.uint8),
    decreaseAllowance: fun("0xa457c2d7", "decreaseAllowance(address,uint256)", {"spender": p.address, "subtractedValue": p.uint256}, p.bool),
    getStETHByWstETH: viewFun("0xbb2952fc", "getStETHByWstETH(uint256)", {"_wstETHAmount": p.uint256}, p.uint256),
    getWstETHByStETH: viewFun("0xb0e38900", "getWstETHByStETH(uint256)", {"_stETHAmount": p.uint256}, p.uint256),
    increaseAllowance: fun("0x39509351", "increaseAllowance(address,uint256)", {"spender": p.address, "addedValue": p.uint256}, p.bool),
    name: viewFun("0x06fdde03", "name()", {}, p.string),
    nonces: viewFun("0x7ecebe00", "nonces(address)", {"owner": p.address}, p.uint256),
    permit: fun("0xd505accf", "permit(address,address,uint256,uint256,uint8,bytes32,bytes32)", {"owner": p.address, "spender": p.address, "value": p.uint256, "deadline": p.uint256, "v": p.uint8, "r": p.bytes32, "s": p.bytes32}, ),
    stETH: viewFun("0xc1fe3e48", "stETH()", {}, p.address),
    stEthPerToken: viewFun("0x035faf82", "stEthPerToken()", {}, p.uint256),
    symbol: viewFun("0x95d89b41", "symbol()", {}, p.string),
    tokensPerStEth: viewFun("0x9576a0c8", "tokensPerStEth()", {}, p.uint256),
    totalSupply: viewFun("0x18160ddd", "totalSupply()", {}, p.uint256),
    transfer: fun("0xa9059cbb", "transfer(address,uint256)", {"recipient": p.address, "amount": p.uint256}, p.bool),
    transferFrom: fun("0x23b872dd", "transferFrom(address,address,uint256)", {"sender": p.address, "recipient": p.address, "amount": p.uint256}, p.bool),
    unwrap: fun("0xde0e9a3e", "unwrap(uint256)", {"_wstETHAmount": p.uint256}, p.uint256),
    wrap: fun("0xea598cb0", "wrap(uint256)", {"_stETHAmount": p.uint256}, p.uint256),
}

export class Contract extends ContractBase {

    DOMAIN_SEPARATOR() {
        return this.eth_call(functions.DOMAIN_SEPARATOR, {})
    }

    allowance(owner: AllowanceParams["owner"], spender: AllowanceParams["spender"]) {
        return this.eth_call(functions.allowance, {owner, spender})
    }

    balanceOf(account: BalanceOfParams["account"]) {
        return this.eth_call(functions.balanceOf, {account})
    }

    decimals() {
        return this.eth_call(functions.decimals, {})
    }

    getStETHByWstETH(_wstETHAmount: GetStETHByWstETHParams["_wstETHAmount"]) {
        return this.eth_call(functions.getStETHByWstETH, {_wstETHAmount})
    }

    getWstETHByStETH(_stETHAmount: GetWstETHByStETHParams["_stETHAmount"]) {
        return this.eth_call(functions.getWstETHByStETH, {_stETHAmount})
    }

    name() {
        return this.eth_call(functions.name, {})
    }

    nonces(owner: NoncesParams["owner"]) {
        return this.eth_call(functions.nonces, {owner})
    }

    stETH() {
        return this.eth_call(functions.stETH, {})
    }

    stEthPerToken() {
        return this.eth_call(functions.stEthPerToken, {})
    }

    symbol() {
        return this.eth_call(functions.symbol, {})
    }

    tokensPerStEth() {
        return this.eth_call(functions.tokensPerStEth, {})
    }

    totalSupply() {
        return this.eth_call(functions.totalSupply, {})
    }
}

/// Event types
export type ApprovalEventArgs = EParams<typeof events.Approval>
export type TransferEventArgs = EParams<typeof events.Transfer>

/// Function types
export type DOMAIN_SEPARATORParams = FunctionArguments<typeof functions.DOMAIN_SEPARATOR>
export type DOMAIN_SEPARATORReturn = FunctionReturn<typeof functions.DOMAIN_SEPARATOR>

export type AllowanceParams = FunctionArguments<typeof functions.allowance>
export type AllowanceReturn = FunctionReturn<typeof functions.allowance>

export type ApproveParams = FunctionArguments<typeof functions.approve>
export type ApproveReturn = FunctionReturn<typeof functions.approve>

export type BalanceOfParams = FunctionArguments<typeof functions.balanceOf>
export type BalanceOfReturn = FunctionReturn<typeof functions.balanceOf>

export type DecimalsParams = FunctionArguments<typeof functions.decimals>
export type DecimalsReturn = FunctionReturn<typeof functions.decimals>

export type DecreaseAllowanceParams = FunctionArguments<typeof functions.decreaseAllowance>
export type DecreaseAllowanceReturn = FunctionReturn<typeof functions.decreaseAllowance>

export type GetStETHByWstETHParams = FunctionArguments<typeof functions.getStETHByWstETH>
export type GetStETHByWstETHReturn = FunctionReturn<typeof functions.getStETHByWstETH>

export type GetWstETHByStETHParams = FunctionArguments<typeof functions.getWstETHByStETH>
export type GetWstETHByStETHReturn = FunctionReturn<typeof functions.getWstETHByStETH>

export type IncreaseAllowanceParams = FunctionArguments<typeof functions.increaseAllowance>
export type IncreaseAllowanceReturn = FunctionReturn<typeof functions.increaseAllowance>

export type NameParams = FunctionArguments<typeof functions.name>
export type NameReturn = FunctionReturn<typeof functions.name>

export type NoncesParams = FunctionArguments<typeof functions.nonces>
export type NoncesReturn = FunctionReturn<typeof functions.nonces>

export type PermitParams = FunctionArguments<typeof functions.permit>
export type PermitReturn = FunctionReturn<typeof functions.permit>

export type StETHParams = FunctionArguments<typeof functions.stETH>
export type StETHReturn = FunctionReturn<typeof functions.stETH>

export type StEthPerTokenParams = FunctionArguments<typeof functions.stEthPerToken>
export type StEthPerTokenReturn = FunctionReturn<typeof functions.stEthPerToken>

export type SymbolParams = FunctionArguments<typeof functions.symbol>
export type SymbolReturn = FunctionReturn<typeof functions.symbol>

export type TokensPerStEthParams = FunctionArguments<typeof functions.tokensPerStEth>
export type TokensPerStEthReturn = FunctionReturn<typeof functions.tokensPerStEth>

export type TotalSupplyParams = FunctionArguments<typeof functions.totalSupply>
export type TotalSupplyReturn = FunctionReturn<typeof functions.totalSupply>

export type TransferParams = FunctionArguments<typeof functions.transfer>
export type TransferReturn = FunctionReturn<typeof functions.transfer>

export type TransferFromParams = FunctionArguments<typeof functions.transferFrom>
export type TransferFromReturn = FunctionReturn<typeof functions.transferFrom>

export type UnwrapParams = FunctionArguments<typeof functions.unwrap>
export type UnwrapReturn = FunctionReturn<typeof functions.unwrap>

export type WrapParams = FunctionArguments<typeof functions.wrap>
export type WrapReturn = FunctionReturn<typeof functions.wrap>

