import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    DurationVaultDeployed: event("0x6c9e2cbc6fcd0f5b21ee2edb38f3421d7538cd98b8ff00803f81879345568504", "DurationVaultDeployed(address,address,address,uint32,uint256,uint256,string,address,uint32)", {"vault": indexed(p.address), "underlyingToken": indexed(p.address), "vaultAdmin": indexed(p.address), "duration": p.uint32, "maxPerDeposit": p.uint256, "stakeCap": p.uint256, "metadataURI": p.string, "operatorSetAVS": p.address, "operatorSetId": p.uint32}),
    Initialized: event("0x7f26b83ff96e1f2b6a682f133852f6798a09c465da95921460cefb3847402498", "Initialized(uint8)", {"version": p.uint8}),
    OwnershipTransferred: event("0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0", "OwnershipTransferred(address,address)", {"previousOwner": indexed(p.address), "newOwner": indexed(p.address)}),
    Paused: event("0xab40a374bc51de372200a8bc981af8c9ecdc08dfdaef0bb6e09f88f3c616ef3d", "Paused(address,uint256)", {"account": indexed(p.address), "newPausedStatus": p.uint256}),
    StrategySetForToken: event("0x6852a55230ef089d785bce7ffbf757985de34026df90a87d7b4a6e56f95d251f", "StrategySetForToken(address,address)", {"token": p.address, "strategy": p.address}),
    TokenBlacklisted: event("0x75519c51f39873ec0e27dd3bbc09549e4865a113f505393fb9eab5898f6418b3", "TokenBlacklisted(address)", {"token": p.address}),
    Unpaused: event("0x3582d1828e26bf56bd801502bc021ac0bc8afb57c826e4986b45593c8fad389c", "Unpaused(address,uint256)", {"account": indexed(p.address), "newPausedStatus": p.uint256}),
}

export const functions = {
    blacklistTokens: fun("0x23103c41", "blacklistTokens(address[])", {"tokens": p.array(p.address)}, ),
    deployDurationVaultStrategy: fun("0xfb515303", "deployDurationVaultStrategy((address,address,address,uint32,uint256,uint256,string,(address,uint32),bytes,address,string))", {"config": p.struct({"underlyingToken": p.address, "vaultAdmin": p.address, "arbitrator": p.address, "duration": p.uint32, "maxPerDeposit": p.uint256, "stakeCap": p.uint256, "metadataURI": p.string, "operatorSet": p.struct({"avs": p.address, "id": p.uint32}), "operatorSetRegistrationData": p.bytes, "delegationApprover": p.address, "operatorMetadataURI": p.string})}, p.address),
    deployNewStrategy: fun("0x6b9b6229", "deployNewStrategy(address)", {"token": p.address}, p.address),
    deployedStrategies: viewFun("0x581dfd65", "deployedStrategies(address)", {"_0": p.address}, p.address),
    durationVaultBeacon: viewFun("0x9e4f2dcd", "durationVaultBeacon()", {}, p.address),
    durationVaultsByToken: viewFun("0x3101d531", "durationVaultsByToken(address,uint256)", {"_0": p.address, "_1": p.uint256}, p.address),
    getDurationVaults: viewFun("0xa5dae840", "getDurationVaults(address)", {"token": p.address}, p.array(p.address)),
    initialize: fun("0xcd6dc687", "initialize(address,uint256)", {"_initialOwner": p.address, "_initialPausedStatus": p.uint256}, ),
    isBlacklisted: viewFun("0xfe575a87", "isBlacklisted(address)", {"_0": p.address}, p.bool),
    owner: viewFun("0x8da5cb5b", "owner()", {}, p.address),
    pause: fun("0x136439dd", "pause(uint256)", {"newPausedStatus": p.uint256}, ),
    pauseAll: fun("0x595c6a67", "pauseAll()", {}, ),
    'paused(uint8)': viewFun("0x5ac86ab7", "paused(uint8)", {"index": p.uint8}, p.bool),
    'paused()': viewFun("0x5c975abb", "paused()", {}, p.uint256),
    pauserRegistry: viewFun("0x886f1195", "pauserRegistry()", {}, p.address),
    removeStrategiesFromWhitelist: fun("0xfe38b32d", "removeStrategiesFromWhitelist(address[])", {"strategiesToRemoveFromWhitelist": p.array(p.address)}, ),
    renounceOwnership: fun("0x715018a6", "renounceOwnership()", {}, ),
    strategyBeacon: viewFun("0xf0062d9a", "strategyBeacon()", {}, p.address),
    strategyManager: viewFun("0x39b70e38", "strategyManager()", {}, p.address),
    transferOwnership: fun("0xf2fde38b", "transferOwnership(address)", {"newOwner": p.address}, ),
    unpause: fun("0xfabc1cbc", "unpause(uint256)", {"newPausedStatus": p.uint256}, ),
    whitelistStrategies: fun("0xb768ebc9", "whitelistStrategies(address[])", {"strategiesToWhitelist": p.array(p.address)}, ),
}

export class Contract extends ContractBase {

    deployedStrategies(_0: DeployedStrategiesParams["_0"]) {
        return this.eth_call(functions.deployedStrategies, {_0})
    }

    durationVaultBeacon() {
        return this.eth_call(functions.durationVaultBeacon, {})
    }

    durationVaultsByToken(_0: DurationVaultsByTokenParams["_0"], _1: DurationVaultsByTokenParams["_1"]) {
        return this.eth_call(functions.durationVaultsByToken, {_0, _1})
    }

    getDurationVaults(token: GetDurationVaultsParams["token"]) {
        return this.eth_call(functions.getDurationVaults, {token})
    }

    isBlacklisted(_0: IsBlacklistedParams["_0"]) {
        return this.eth_call(functions.isBlacklisted, {_0})
    }

    owner() {
        return this.eth_call(functions.owner, {})
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

    strategyBeacon() {
        return this.eth_call(functions.strategyBeacon, {})
    }

    strategyManager() {
        return this.eth_call(functions.strategyManager, {})
    }
}

/// Event types
export type DurationVaultDeployedEventArgs = EParams<typeof events.DurationVaultDeployed>
export type InitializedEventArgs = EParams<typeof events.Initialized>
export type OwnershipTransferredEventArgs = EParams<typeof events.OwnershipTransferred>
export type PausedEventArgs = EParams<typeof events.Paused>
export type StrategySetForTokenEventArgs = EParams<typeof events.StrategySetForToken>
export type TokenBlacklistedEventArgs = EParams<typeof events.TokenBlacklisted>
export type UnpausedEventArgs = EParams<typeof events.Unpaused>

/// Function types
export type BlacklistTokensParams = FunctionArguments<typeof functions.blacklistTokens>
export type BlacklistTokensReturn = FunctionReturn<typeof functions.blacklistTokens>

export type DeployDurationVaultStrategyParams = FunctionArguments<typeof functions.deployDurationVaultStrategy>
export type DeployDurationVaultStrategyReturn = FunctionReturn<typeof functions.deployDurationVaultStrategy>

export type DeployNewStrategyParams = FunctionArguments<typeof functions.deployNewStrategy>
export type DeployNewStrategyReturn = FunctionReturn<typeof functions.deployNewStrategy>

export type DeployedStrategiesParams = FunctionArguments<typeof functions.deployedStrategies>
export type DeployedStrategiesReturn = FunctionReturn<typeof functions.deployedStrategies>

export type DurationVaultBeaconParams = FunctionArguments<typeof functions.durationVaultBeacon>
export type DurationVaultBeaconReturn = FunctionReturn<typeof functions.durationVaultBeacon>

export type DurationVaultsByTokenParams = FunctionArguments<typeof functions.durationVaultsByToken>
export type DurationVaultsByTokenReturn = FunctionReturn<typeof functions.durationVaultsByToken>

export type GetDurationVaultsParams = FunctionArguments<typeof functions.getDurationVaults>
export type GetDurationVaultsReturn = FunctionReturn<typeof functions.getDurationVaults>

export type InitializeParams = FunctionArguments<typeof functions.initialize>
export type InitializeReturn = FunctionReturn<typeof functions.initialize>

export type IsBlacklistedParams = FunctionArguments<typeof functions.isBlacklisted>
export type IsBlacklistedReturn = FunctionReturn<typeof functions.isBlacklisted>

export type OwnerParams = FunctionArguments<typeof functions.owner>
export type OwnerReturn = FunctionReturn<typeof functions.owner>

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

export type RemoveStrategiesFromWhitelistParams = FunctionArguments<typeof functions.removeStrategiesFromWhitelist>
export type RemoveStrategiesFromWhitelistReturn = FunctionReturn<typeof functions.removeStrategiesFromWhitelist>

export type RenounceOwnershipParams = FunctionArguments<typeof functions.renounceOwnership>
export type RenounceOwnershipReturn = FunctionReturn<typeof functions.renounceOwnership>

export type StrategyBeaconParams = FunctionArguments<typeof functions.strategyBeacon>
export type StrategyBeaconReturn = FunctionReturn<typeof functions.strategyBeacon>

export type StrategyManagerParams = FunctionArguments<typeof functions.strategyManager>
export type StrategyManagerReturn = FunctionReturn<typeof functions.strategyManager>

export type TransferOwnershipParams = FunctionArguments<typeof functions.transferOwnership>
export type TransferOwnershipReturn = FunctionReturn<typeof functions.transferOwnership>

export type UnpauseParams = FunctionArguments<typeof functions.unpause>
export type UnpauseReturn = FunctionReturn<typeof functions.unpause>

export type WhitelistStrategiesParams = FunctionArguments<typeof functions.whitelistStrategies>
export type WhitelistStrategiesReturn = FunctionReturn<typeof functions.whitelistStrategies>

