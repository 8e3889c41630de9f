import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    ExchangeRateEmitted: event("0xd2494f3479e5da49d386657c292c610b5b01df313d07c62eb0cfa49924a31be8", "ExchangeRateEmitted(uint256)", {"rate": p.uint256}),
    Initialized: event("0x7f26b83ff96e1f2b6a682f133852f6798a09c465da95921460cefb3847402498", "Initialized(uint8)", {"version": p.uint8}),
    MaxPerDepositUpdated: event("0xf97ed4e083acac67830025ecbc756d8fe847cdbdca4cee3fe1e128e98b54ecb5", "MaxPerDepositUpdated(uint256,uint256)", {"previousValue": p.uint256, "newValue": p.uint256}),
    MaxTotalDepositsUpdated: event("0x6ab181e0440bfbf4bacdf2e99674735ce6638005490688c5f994f5399353e452", "MaxTotalDepositsUpdated(uint256,uint256)", {"previousValue": p.uint256, "newValue": p.uint256}),
    Paused: event("0xab40a374bc51de372200a8bc981af8c9ecdc08dfdaef0bb6e09f88f3c616ef3d", "Paused(address,uint256)", {"account": indexed(p.address), "newPausedStatus": p.uint256}),
    StrategyTokenSet: event("0x1c540707b00eb5427b6b774fc799d756516a54aee108b64b327acc55af557507", "StrategyTokenSet(address,uint8)", {"token": p.address, "decimals": p.uint8}),
    Unpaused: event("0x3582d1828e26bf56bd801502bc021ac0bc8afb57c826e4986b45593c8fad389c", "Unpaused(address,uint256)", {"account": indexed(p.address), "newPausedStatus": p.uint256}),
}

export const functions = {
    beforeAddShares: fun("0x73e3c280", "beforeAddShares(address,uint256)", {"_0": p.address, "_1": p.uint256}, ),
    beforeRemoveShares: fun("0x03e3e6eb", "beforeRemoveShares(address,uint256)", {"_0": p.address, "_1": p.uint256}, ),
    deposit: fun("0x47e7ef24", "deposit(address,uint256)", {"token": p.address, "amount": p.uint256}, p.uint256),
    explanation: viewFun("0xab5921e1", "explanation()", {}, p.string),
    getTVLLimits: viewFun("0xdf6fadc1", "getTVLLimits()", {}, {"_0": p.uint256, "_1": p.uint256}),
    'initialize(uint256,uint256,address)': fun("0xa6ab36f2", "initialize(uint256,uint256,address)", {"_maxPerDeposit": p.uint256, "_maxTotalDeposits": p.uint256, "_underlyingToken": p.address}, ),
    'initialize(address)': fun("0xc4d66de8", "initialize(address)", {"_underlyingToken": p.address}, ),
    maxPerDeposit: viewFun("0x43fe08b0", "maxPerDeposit()", {}, p.uint256),
    maxTotalDeposits: viewFun("0x61b01b5d", "maxTotalDeposits()", {}, p.uint256),
    pause: fun("0x136439dd", "pause(uint256)", {"newPausedStatus": p.uint256}, ),
    pauseAll: fun("0x595c6a67", "pauseAll()", {}, ),
    'paused(uint8)': viewFun("0x5ac86ab7", "paused(uint8)", {"index": p.uint8}, p.bool),
    'paused()': viewFun("0x5c975abb", "paused()", {}, p.uint256),
    pauserRegistry: viewFun("0x886f1195", "pauserRegistry()", {}, p.address),
    setTVLLimits: fun("0x11c70c9d", "setTVLLimits(uint256,uint256)", {"newMaxPerDeposit": p.uint256, "newMaxTotalDeposits": p.uint256}, ),
    shares: viewFun("0xce7c2ac2", "shares(address)", {"user": p.address}, p.uint256),
    sharesToUnderlying: viewFun("0xf3e73875", "sharesToUnderlying(uint256)", {"amountShares": p.uint256}, p.uint256),
    sharesToUnderlyingView: viewFun("0x7a8b2637", "sharesToUnderlyingView(uint256)", {"amountShares": p.uint256}, p.uint256),
    strategyManager: viewFun("0x39b70e38", "strategyManager()", {}, p.address),
    totalShares: viewFun("0x3a98ef39", "totalShares()", {}, p.uint256),
    underlyingToShares: viewFun("0x8c871019", "underlyingToShares(uint256)", {"amountUnderlying": p.uint256}, p.uint256),
    underlyingToSharesView: viewFun("0xe3dae51c", "underlyingToSharesView(uint256)", {"amountUnderlying": p.uint256}, p.uint256),
    underlyingToken: viewFun("0x2495a599", "underlyingToken()", {}, p.address),
    unpause: fun("0xfabc1cbc", "unpause(uint256)", {"newPausedStatus": p.uint256}, ),
    userUnderlying: fun("0x8f6a6240", "userUnderlying(address)", {"user": p.address}, p.uint256),
    userUnderlyingView: viewFun("0x553ca5f8", "userUnderlyingView(address)", {"user": p.address}, p.uint256),
    withdraw: fun("0xd9caed12", "withdraw(address,address,uint256)", {"recipient": p.address, "token": p.address, "amountShares": p.uint256}, p.uint256),
}

export class Contract extends ContractBase {

    explanation() {
        return this.eth_call(functions.explanation, {})
    }

    getTVLLimits() {
        return this.eth_call(functions.getTVLLimits, {})
    }

    maxPerDeposit() {
        return this.eth_call(functions.maxPerDeposit, {})
    }

    maxTotalDeposits() {
        return this.eth_call(functions.maxTotalDeposits, {})
    }

    'paused(uint8)'(index: PausedParams_0["index"]) {
        return this.eth_call(functions['paused(uint8)'], {index})
    }

    'paused()'() {
        return this.eth_call(functions['paused()'], {})
    }

    pauserRegistry() {
        return this.eth_call(functions.pauserRegistry, {})
    }

    shares(user: SharesParams["user"]) {
        return this.eth_call(functions.shares, {user})
    }

    sharesToUnderlying(amountShares: SharesToUnderlyingParams["amountShares"]) {
        return this.eth_call(functions.sharesToUnderlying, {amountShares})
    }

    sharesToUnderlyingView(amountShares: SharesToUnderlyingViewParams["amountShares"]) {
        return this.eth_call(functions.sharesToUnderlyingView, {amountShares})
    }

    strategyManager() {
        return this.eth_call(functions.strategyManager, {})
    }

    totalShares() {
        return this.eth_call(functions.totalShares, {})
    }

    underlyingToShares(amountUnderlying: UnderlyingToSharesParams["amountUnderlying"]) {
        return this.eth_call(functions.underlyingToShares, {amountUnderlying})
    }

    underlyingToSharesView(amountUnderlying: UnderlyingToSharesViewParams["amountUnderlying"]) {
        return this.eth_call(functions.underlyingToSharesView, {amountUnderlying})
    }

    underlyingToken() {
        return this.eth_call(functions.underlyingToken, {})
    }

    userUnderlyingView(user: UserUnderlyingViewParams["user"]) {
        return this.eth_call(functions.userUnderlyingView, {user})
    }
}

/// Event types
export type ExchangeRateEmittedEventArgs = EParams<typeof events.ExchangeRateEmitted>
export type InitializedEventArgs = EParams<typeof events.Initialized>
export type MaxPerDepositUpdatedEventArgs = EParams<typeof events.MaxPerDepositUpdated>
export type MaxTotalDepositsUpdatedEventArgs = EParams<typeof events.MaxTotalDepositsUpdated>
export type PausedEventArgs = EParams<typeof events.Paused>
export type StrategyTokenSetEventArgs = EParams<typeof events.StrategyTokenSet>
export type UnpausedEventArgs = EParams<typeof events.Unpaused>

/// Function types
export type BeforeAddSharesParams = FunctionArguments<typeof functions.beforeAddShares>
export type BeforeAddSharesReturn = FunctionReturn<typeof functions.beforeAddShares>

export type BeforeRemoveSharesParams = FunctionArguments<typeof functions.beforeRemoveShares>
export type BeforeRemoveSharesReturn = FunctionReturn<typeof functions.beforeRemoveShares>

export type DepositParams = FunctionArguments<typeof functions.deposit>
export type DepositReturn = FunctionReturn<typeof functions.deposit>

export type ExplanationParams = FunctionArguments<typeof functions.explanation>
export type ExplanationReturn = FunctionReturn<typeof functions.explanation>

export type GetTVLLimitsParams = FunctionArguments<typeof functions.getTVLLimits>
export type GetTVLLimitsReturn = FunctionReturn<typeof functions.getTVLLimits>

export type InitializeParams_0 = FunctionArguments<typeof functions['initialize(uint256,uint256,address)']>
export type InitializeReturn_0 = FunctionReturn<typeof functions['initialize(uint256,uint256,address)']>

export type InitializeParams_1 = FunctionArguments<typeof functions['initialize(address)']>
export type InitializeReturn_1 = FunctionReturn<typeof functions['initialize(address)']>

export type MaxPerDepositParams = FunctionArguments<typeof functions.maxPerDeposit>
export type MaxPerDepositReturn = FunctionReturn<typeof functions.maxPerDeposit>

export type MaxTotalDepositsParams = FunctionArguments<typeof functions.maxTotalDeposits>
export type MaxTotalDepositsReturn = FunctionReturn<typeof functions.maxTotalDeposits>

export type PauseParams = FunctionArguments<typeof functions.pause>
export type PauseReturn = FunctionReturn<typeof functions.pause>

export type PauseAllParams = FunctionArguments<typeof functions.pauseAll>
export type PauseAllReturn = FunctionReturn<typeof functions.pauseAll>

export type PausedParams_0 = FunctionArguments<typeof functions['paused(uint8)']>
export type PausedReturn_0 = FunctionReturn<typeof functions['paused(uint8)']>

export type PausedParams_1 = FunctionArguments<typeof functions['paused()']>
export type PausedReturn_1 = FunctionReturn<typeof functions['paused()']>

export type PauserRegistryParams = FunctionArguments<typeof functions.pauserRegistry>
export type PauserRegistryReturn = FunctionReturn<typeof functions.pauserRegistry>

export type SetTVLLimitsParams = FunctionArguments<typeof functions.setTVLLimits>
export type SetTVLLimitsReturn = FunctionReturn<typeof functions.setTVLLimits>

export type SharesParams = FunctionArguments<typeof functions.shares>
export type SharesReturn = FunctionReturn<typeof functions.shares>

export type SharesToUnderlyingParams = FunctionArguments<typeof functions.sharesToUnderlying>
export type SharesToUnderlyingReturn = FunctionReturn<typeof functions.sharesToUnderlying>

export type SharesToUnderlyingViewParams = FunctionArguments<typeof functions.sharesToUnderlyingView>
export type SharesToUnderlyingViewReturn = FunctionReturn<typeof functions.sharesToUnderlyingView>

export type StrategyManagerParams = FunctionArguments<typeof functions.strategyManager>
export type StrategyManagerReturn = FunctionReturn<typeof functions.strategyManager>

export type TotalSharesParams = FunctionArguments<typeof functions.totalShares>
export type TotalSharesReturn = FunctionReturn<typeof functions.totalShares>

export type UnderlyingToSharesParams = FunctionArguments<typeof functions.underlyingToShares>
export type UnderlyingToSharesReturn = FunctionReturn<typeof functions.underlyingToShares>

export type UnderlyingToSharesViewParams = FunctionArguments<typeof functions.underlyingToSharesView>
export type UnderlyingToSharesViewReturn = FunctionReturn<typeof functions.underlyingToSharesView>

export type UnderlyingTokenParams = FunctionArguments<typeof functions.underlyingToken>
export type UnderlyingTokenReturn = FunctionReturn<typeof functions.underlyingToken>

export type UnpauseParams = FunctionArguments<typeof functions.unpause>
export type UnpauseReturn = FunctionReturn<typeof functions.unpause>

export type UserUnderlyingParams = FunctionArguments<typeof functions.userUnderlying>
export type UserUnderlyingReturn = FunctionReturn<typeof functions.userUnderlying>

export type UserUnderlyingViewParams = FunctionArguments<typeof functions.userUnderlyingView>
export type UserUnderlyingViewReturn = FunctionReturn<typeof functions.userUnderlyingView>

export type WithdrawParams = FunctionArguments<typeof functions.withdraw>
export type WithdrawReturn = FunctionReturn<typeof functions.withdraw>

