import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    BalancesSubmitted: event("0x9b240d5b912ab6df93782930ae851a85b25e5a419c05cbb84d1b9e4b86a3c573", "BalancesSubmitted(address,uint256,uint256,uint256,uint256,uint256,uint256)", {"from": indexed(p.address), "block": p.uint256, "slotTimestamp": p.uint256, "totalEth": p.uint256, "stakingEth": p.uint256, "rethSupply": p.uint256, "blockTimestamp": p.uint256}),
    BalancesUpdated: event("0xdd27295717c4fbd48b1840f846e18be6f0b7bd6b55608e697e53b15848cecdf9", "BalancesUpdated(uint256,uint256,uint256,uint256,uint256,uint256)", {"block": indexed(p.uint256), "slotTimestamp": p.uint256, "totalEth": p.uint256, "stakingEth": p.uint256, "rethSupply": p.uint256, "blockTimestamp": p.uint256}),
}

export const functions = {
    executeUpdateBalances: fun("0x89c51c7c", "executeUpdateBalances(uint256,uint256,uint256,uint256,uint256)", {"_block": p.uint256, "_slotTimestamp": p.uint256, "_totalEth": p.uint256, "_stakingEth": p.uint256, "_rethSupply": p.uint256}, ),
    getBalancesBlock: viewFun("0x9100c13d", "getBalancesBlock()", {}, p.uint256),
    getBalancesTimestamp: viewFun("0x8e0ebd87", "getBalancesTimestamp()", {}, p.uint256),
    getETHUtilizationRate: viewFun("0x9dba66af", "getETHUtilizationRate()", {}, p.uint256),
    getStakingETHBalance: viewFun("0xf1eda634", "getStakingETHBalance()", {}, p.uint256),
    getTotalETHBalance: viewFun("0x964d042c", "getTotalETHBalance()", {}, p.uint256),
    getTotalRETHSupply: viewFun("0xc4c8d0ad", "getTotalRETHSupply()", {}, p.uint256),
    submitBalances: fun("0x979611ea", "submitBalances(uint256,uint256,uint256,uint256,uint256)", {"_block": p.uint256, "_slotTimestamp": p.uint256, "_totalEth": p.uint256, "_stakingEth": p.uint256, "_rethSupply": p.uint256}, ),
    version: viewFun("0x54fd4d50", "version()", {}, p.uint8),
}

export class Contract extends ContractBase {

    getBalancesBlock() {
        return this.eth_call(functions.getBalancesBlock, {})
    }

    getBalancesTimestamp() {
        return this.eth_call(functions.getBalancesTimestamp, {})
    }

    getETHUtilizationRate() {
        return this.eth_call(functions.getETHUtilizationRate, {})
    }

    getStakingETHBalance() {
        return this.eth_call(functions.getStakingETHBalance, {})
    }

    getTotalETHBalance() {
        return this.eth_call(functions.getTotalETHBalance, {})
    }

    getTotalRETHSupply() {
        return this.eth_call(functions.getTotalRETHSupply, {})
    }

    version() {
        return this.eth_call(functions.version, {})
    }
}

/// Event types
export type BalancesSubmittedEventArgs = EParams<typeof events.BalancesSubmitted>
export type BalancesUpdatedEventArgs = EParams<typeof events.BalancesUpdated>

/// Function types
export type ExecuteUpdateBalancesParams = FunctionArguments<typeof functions.executeUpdateBalances>
export type ExecuteUpdateBalancesReturn = FunctionReturn<typeof functions.executeUpdateBalances>

export type GetBalancesBlockParams = FunctionArguments<typeof functions.getBalancesBlock>
export type GetBalancesBlockReturn = FunctionReturn<typeof functions.getBalancesBlock>

export type GetBalancesTimestampParams = FunctionArguments<typeof functions.getBalancesTimestamp>
export type GetBalancesTimestampReturn = FunctionReturn<typeof functions.getBalancesTimestamp>

export type GetETHUtilizationRateParams = FunctionArguments<typeof functions.getETHUtilizationRate>
export type GetETHUtilizationRateReturn = FunctionReturn<typeof functions.getETHUtilizationRate>

export type GetStakingETHBalanceParams = FunctionArguments<typeof functions.getStakingETHBalance>
export type GetStakingETHBalanceReturn = FunctionReturn<typeof functions.getStakingETHBalance>

export type GetTotalETHBalanceParams = FunctionArguments<typeof functions.getTotalETHBalance>
export type GetTotalETHBalanceReturn = FunctionReturn<typeof functions.getTotalETHBalance>

export type GetTotalRETHSupplyParams = FunctionArguments<typeof functions.getTotalRETHSupply>
export type GetTotalRETHSupplyReturn = FunctionReturn<typeof functions.getTotalRETHSupply>

export type SubmitBalancesParams = FunctionArguments<typeof functions.submitBalances>
export type SubmitBalancesReturn = FunctionReturn<typeof functions.submitBalances>

export type VersionParams = FunctionArguments<typeof functions.version>
export type VersionReturn = FunctionReturn<typeof functions.version>

