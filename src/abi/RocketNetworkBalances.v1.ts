import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    BalancesSubmitted: event("0xe657a6d6957f4fabb37b86d4d6571e82df061bd2d8a3ede5d197b0b98a5a1bdf", "BalancesSubmitted(address,uint256,uint256,uint256,uint256,uint256)", {"from": indexed(p.address), "block": p.uint256, "totalEth": p.uint256, "stakingEth": p.uint256, "rethSupply": p.uint256, "time": p.uint256}),
    BalancesUpdated: event("0x7bbbb137fdad433d6168b1c75c714c72b8abe8d07460f0c0b433063e7bf1f394", "BalancesUpdated(uint256,uint256,uint256,uint256,uint256)", {"block": p.uint256, "totalEth": p.uint256, "stakingEth": p.uint256, "rethSupply": p.uint256, "time": p.uint256}),
}

export const functions = {
    executeUpdateBalances: fun("0x56ff3625", "executeUpdateBalances(uint256,uint256,uint256,uint256)", {"_block": p.uint256, "_totalEth": p.uint256, "_stakingEth": p.uint256, "_rethSupply": p.uint256}, ),
    getBalancesBlock: viewFun("0x9100c13d", "getBalancesBlock()", {}, p.uint256),
    getETHUtilizationRate: viewFun("0x9dba66af", "getETHUtilizationRate()", {}, p.uint256),
    getLatestReportableBlock: viewFun("0xa9bb16ed", "getLatestReportableBlock()", {}, p.uint256),
    getStakingETHBalance: viewFun("0xf1eda634", "getStakingETHBalance()", {}, p.uint256),
    getTotalETHBalance: viewFun("0x964d042c", "getTotalETHBalance()", {}, p.uint256),
    getTotalRETHSupply: viewFun("0xc4c8d0ad", "getTotalRETHSupply()", {}, p.uint256),
    submitBalances: fun("0x32db5470", "submitBalances(uint256,uint256,uint256,uint256)", {"_block": p.uint256, "_totalEth": p.uint256, "_stakingEth": p.uint256, "_rethSupply": p.uint256}, ),
    version: viewFun("0x54fd4d50", "version()", {}, p.uint8),
}

export class Contract extends ContractBase {

    getBalancesBlock() {
        return this.eth_call(functions.getBalancesBlock, {})
    }

    getETHUtilizationRate() {
        return this.eth_call(functions.getETHUtilizationRate, {})
    }

    getLatestReportableBlock() {
        return this.eth_call(functions.getLatestReportableBlock, {})
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

export type GetETHUtilizationRateParams = FunctionArguments<typeof functions.getETHUtilizationRate>
export type GetETHUtilizationRateReturn = FunctionReturn<typeof functions.getETHUtilizationRate>

export type GetLatestReportableBlockParams = FunctionArguments<typeof functions.getLatestReportableBlock>
export type GetLatestReportableBlockReturn = FunctionReturn<typeof functions.getLatestReportableBlock>

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

