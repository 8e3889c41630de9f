import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    Deposit: event("0x7cfff908a4b583f36430b25d75964c458d8ede8a99bd61be750e97ee1b2f3a96", "Deposit(address,address,address,uint256)", {"staker": p.address, "token": p.address, "strategy": p.address, "shares": p.uint256}),
    Initialized: event("0x7f26b83ff96e1f2b6a682f133852f6798a09c465da95921460cefb3847402498", "Initialized(uint8)", {"version": p.uint8}),
    OwnershipTransferred: event("0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0", "OwnershipTransferred(address,address)", {"previousOwner": indexed(p.address), "newOwner": indexed(p.address)}),
    Paused: event("0xab40a374bc51de372200a8bc981af8c9ecdc08dfdaef0bb6e09f88f3c616ef3d", "Paused(address,uint256)", {"account": indexed(p.address), "newPausedStatus": p.uint256}),
    PauserRegistrySet: event("0x6e9fcd539896fca60e8b0f01dd580233e48a6b0f7df013b89ba7f565869acdb6", "PauserRegistrySet(address,address)", {"pauserRegistry": p.address, "newPauserRegistry": p.address}),
    StrategyAddedToDepositWhitelist: event("0x0c35b17d91c96eb2751cd456e1252f42a386e524ef9ff26ecc9950859fdc04fe", "StrategyAddedToDepositWhitelist(address)", {"strategy": p.address}),
    StrategyRemovedFromDepositWhitelist: event("0x4074413b4b443e4e58019f2855a8765113358c7c72e39509c6af45fc0f5ba030", "StrategyRemovedFromDepositWhitelist(address)", {"strategy": p.address}),
    StrategyWhitelisterChanged: event("0x4264275e593955ff9d6146a51a4525f6ddace2e81db9391abcc9d1ca48047d29", "StrategyWhitelisterChanged(address,address)", {"previousAddress": p.address, "newAddress": p.address}),
    Unpaused: event("0x3582d1828e26bf56bd801502bc021ac0bc8afb57c826e4986b45593c8fad389c", "Unpaused(address,uint256)", {"account": indexed(p.address), "newPausedStatus": p.uint256}),
    UpdatedThirdPartyTransfersForbidden: event("0x77d930df4937793473a95024d87a98fd2ccb9e92d3c2463b3dacd65d3e6a5786", "UpdatedThirdPartyTransfersForbidden(address,bool)", {"strategy": p.address, "value": p.bool}),
}

export const functions = {
    DEPOSIT_TYPEHASH: viewFun("0x48825e94", "DEPOSIT_TYPEHASH()", {}, p.bytes32),
    DOMAIN_TYPEHASH: viewFun("0x20606b70", "DOMAIN_TYPEHASH()", {}, p.bytes32),
    addShares: fun("0xc4623ea1", "addShares(address,address,address,uint256)", {"staker": p.address, "token": p.address, "strategy": p.address, "shares": p.uint256}, ),
    addStrategiesToDepositWhitelist: fun("0xdf5b3547", "addStrategiesToDepositWhitelist(address[],bool[])", {"strategiesToWhitelist": p.array(p.address), "thirdPartyTransfersForbiddenValues": p.array(p.bool)}, ),
    calculateWithdrawalRoot: viewFun("0xb43b514b", "calculateWithdrawalRoot((address[],uint256[],address,(address,uint96),uint32,address))", {"queuedWithdrawal": p.struct({"strategies": p.array(p.address), "shares": p.array(p.uint256), "staker": p.address, "withdrawerAndNonce": p.struct({"withdrawer": p.address, "nonce": p.uint96}), "withdrawalStartBlock": p.uint32, "delegatedAddress": p.address})}, p.bytes32),
    delegation: viewFun("0xdf5cf723", "delegation()", {}, p.address),
    depositIntoStrategy: fun("0xe7a050aa", "depositIntoStrategy(address,address,uint256)", {"strategy": p.address, "token": p.address, "amount": p.uint256}, p.uint256),
    depositIntoStrategyWithSignature: fun("0x32e89ace", "depositIntoStrategyWithSignature(address,address,uint256,address,uint256,bytes)", {"strategy": p.address, "token": p.address, "amount": p.uint256, "staker": p.address, "expiry": p.uint256, "signature": p.bytes}, p.uint256),
    domainSeparator: viewFun("0xf698da25", "domainSeparator()", {}, p.bytes32),
    eigenPodManager: viewFun("0x4665bcda", "eigenPodManager()", {}, p.address),
    getDeposits: viewFun("0x94f649dd", "getDeposits(address)", {"staker": p.address}, {"_0": p.array(p.address), "_1": p.array(p.uint256)}),
    initialize: fun("0xcf756fdf", "initialize(address,address,address,uint256)", {"initialOwner": p.address, "initialStrategyWhitelister": p.address, "_pauserRegistry": p.address, "initialPausedStatus": p.uint256}, ),
    migrateQueuedWithdrawal: fun("0xcd293f6f", "migrateQueuedWithdrawal((address[],uint256[],address,(address,uint96),uint32,address))", {"queuedWithdrawal": p.struct({"strategies": p.array(p.address), "shares": p.array(p.uint256), "staker": p.address, "withdrawerAndNonce": p.struct({"withdrawer": p.address, "nonce": p.uint96}), "withdrawalStartBlock": p.uint32, "delegatedAddress": p.address})}, {"_0": p.bool, "_1": p.bytes32}),
    nonces: viewFun("0x7ecebe00", "nonces(address)", {"_0": p.address}, p.uint256),
    owner: viewFun("0x8da5cb5b", "owner()", {}, p.address),
    pause: fun("0x136439dd", "pause(uint256)", {"newPausedStatus": p.uint256}, ),
    pauseAll: fun("0x595c6a67", "pauseAll()", {}, ),
    'paused(uint8)': viewFun("0x5ac86ab7", "paused(uint8)", {"index": p.uint8}, p.bool),
    'paused()': viewFun("0x5c975abb", "paused()", {}, p.uint256),
    pauserRegistry: viewFun("0x886f1195", "pauserRegistry()", {}, p.address),
    removeShares: fun("0x8c80d4e5", "removeShares(address,address,uint256)", {"staker": p.address, "strategy": p.address, "shares": p.uint256}, ),
    removeStrategiesFromDepositWhitelist: fun("0xb5d8b5b8", "removeStrategiesFromDepositWhitelist(address[])", {"strategiesToRemoveFromWhitelist": p.array(p.address)}, ),
    renounceOwnership: fun("0x715018a6", "renounceOwnership()", {}, ),
    setPauserRegistry: fun("0x10d67a2f", "setPauserRegistry(address)", {"newPauserRegistry": p.address}, ),
    setStrategyWhitelister: fun("0xc6656702", "setStrategyWhitelister(address)", {"newStrategyWhitelister": p.address}, ),
    setThirdPartyTransfersForbidden: fun("0x4e5a4263", "setThirdPartyTransfersForbidden(address,bool)", {"strategy": p.address, "value": p.bool}, ),
    slasher: viewFun("0xb1344271", "slasher()", {}, p.address),
    stakerStrategyList: viewFun("0xcbc2bd62", "stakerStrategyList(address,uint256)", {"_0": p.address, "_1": p.uint256}, p.address),
    stakerStrategyListLength: viewFun("0x8b8aac3c", "stakerStrategyListLength(address)", {"staker": p.address}, p.uint256),
    stakerStrategyShares: viewFun("0x7a7e0d92", "stakerStrategyShares(address,address)", {"_0": p.address, "_1": p.address}, p.uint256),
    strategyIsWhitelistedForDeposit: viewFun("0x663c1de4", "strategyIsWhitelistedForDeposit(address)", {"_0": p.address}, p.bool),
    strategyWhitelister: viewFun("0x967fc0d2", "strategyWhitelister()", {}, p.address),
    thirdPartyTransfersForbidden: viewFun("0x9b4da03d", "thirdPartyTransfersForbidden(address)", {"_0": p.address}, p.bool),
    transferOwnership: fun("0xf2fde38b", "transferOwnership(address)", {"newOwner": p.address}, ),
    unpause: fun("0xfabc1cbc", "unpause(uint256)", {"newPausedStatus": p.uint256}, ),
    withdrawSharesAsTokens: fun("0xc608c7f3", "withdrawSharesAsTokens(address,address,uint256,address)", {"recipient": p.address, "strategy": p.address, "shares": p.uint256, "token": p.address}, ),
    withdrawalRootPending: viewFun("0xc3c6b3a9", "withdrawalRootPending(bytes32)", {"_0": p.bytes32}, p.bool),
}

export class Contract extends ContractBase {

    DEPOSIT_TYPEHASH() {
        return this.eth_call(functions.DEPOSIT_TYPEHASH, {})
    }

    DOMAIN_TYPEHASH() {
        return this.eth_call(functions.DOMAIN_TYPEHASH, {})
    }

    calculateWithdrawalRoot(queuedWithdrawal: CalculateWithdrawalRootParams["queuedWithdrawal"]) {
        return this.eth_call(functions.calculateWithdrawalRoot, {queuedWithdrawal})
    }

    delegation() {
        return this.eth_call(functions.delegation, {})
    }

    domainSeparator() {
        return this.eth_call(functions.domainSeparator, {})
    }

    eigenPodManager() {
        return this.eth_call(functions.eigenPodManager, {})
    }

    getDeposits(staker: GetDepositsParams["staker"]) {
        return this.eth_call(functions.getDeposits, {staker})
    }

    nonces(_0: NoncesParams["_0"]) {
        return this.eth_call(functions.nonces, {_0})
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

    slasher() {
        return this.eth_call(functions.slasher, {})
    }

    stakerStrategyList(_0: StakerStrategyListParams["_0"], _1: StakerStrategyListParams["_1"]) {
        return this.eth_call(functions.stakerStrategyList, {_0, _1})
    }

    stakerStrategyListLength(staker: StakerStrategyListLengthParams["staker"]) {
        return this.eth_call(functions.stakerStrategyListLength, {staker})
    }

    stakerStrategyShares(_0: StakerStrategySharesParams["_0"], _1: StakerStrategySharesParams["_1"]) {
        return this.eth_call(functions.stakerStrategyShares, {_0, _1})
    }

    strategyIsWhitelistedForDeposit(_0: StrategyIsWhitelistedForDepositParams["_0"]) {
        return this.eth_call(functions.strategyIsWhitelistedForDeposit, {_0})
    }

    strategyWhitelister() {
        return this.eth_call(functions.strategyWhitelister, {})
    }

    thirdPartyTransfersForbidden(_0: ThirdPartyTransfersForbiddenParams["_0"]) {
        return this.eth_call(functions.thirdPartyTransfersForbidden, {_0})
    }

    withdrawalRootPending(_0: WithdrawalRootPendingParams["_0"]) {
        return this.eth_call(functions.withdrawalRootPending, {_0})
    }
}

/// Event types
export type DepositEventArgs = EParams<typeof events.Deposit>
export type InitializedEventArgs = EParams<typeof events.Initialized>
export type OwnershipTransferredEventArgs = EParams<typeof events.OwnershipTransferred>
export type PausedEventArgs = EParams<typeof events.Paused>
export type PauserRegistrySetEventArgs = EParams<typeof events.PauserRegistrySet>
export type StrategyAddedToDepositWhitelistEventArgs = EParams<typeof events.StrategyAddedToDepositWhitelist>
export type StrategyRemovedFromDepositWhitelistEventArgs = EParams<typeof events.StrategyRemovedFromDepositWhitelist>
export type StrategyWhitelisterChangedEventArgs = EParams<typeof events.StrategyWhitelisterChanged>
export type UnpausedEventArgs = EParams<typeof events.Unpaused>
export type UpdatedThirdPartyTransfersForbiddenEventArgs = EParams<typeof events.UpdatedThirdPartyTransfersForbidden>

/// Function types
export type DEPOSIT_TYPEHASHParams = FunctionArguments<typeof functions.DEPOSIT_TYPEHASH>
export type DEPOSIT_TYPEHASHReturn = FunctionReturn<typeof functions.DEPOSIT_TYPEHASH>

export type DOMAIN_TYPEHASHParams = FunctionArguments<typeof functions.DOMAIN_TYPEHASH>
export type DOMAIN_TYPEHASHReturn = FunctionReturn<typeof functions.DOMAIN_TYPEHASH>

export type AddSharesParams = FunctionArguments<typeof functions.addShares>
export type AddSharesReturn = FunctionReturn<typeof functions.addShares>

export type AddStrategiesToDepositWhitelistParams = FunctionArguments<typeof functions.addStrategiesToDepositWhitelist>
export type AddStrategiesToDepositWhitelistReturn = FunctionReturn<typeof functions.addStrategiesToDepositWhitelist>

export type CalculateWithdrawalRootParams = FunctionArguments<typeof functions.calculateWithdrawalRoot>
export type CalculateWithdrawalRootReturn = FunctionReturn<typeof functions.calculateWithdrawalRoot>

export type DelegationParams = FunctionArguments<typeof functions.delegation>
export type DelegationReturn = FunctionReturn<typeof functions.delegation>

export type DepositIntoStrategyParams = FunctionArguments<typeof functions.depositIntoStrategy>
export type DepositIntoStrategyReturn = FunctionReturn<typeof functions.depositIntoStrategy>

export type DepositIntoStrategyWithSignatureParams = FunctionArguments<typeof functions.depositIntoStrategyWithSignature>
export type DepositIntoStrategyWithSignatureReturn = FunctionReturn<typeof functions.depositIntoStrategyWithSignature>

export type DomainSeparatorParams = FunctionArguments<typeof functions.domainSeparator>
export type DomainSeparatorReturn = FunctionReturn<typeof functions.domainSeparator>

export type EigenPodManagerParams = FunctionArguments<typeof functions.eigenPodManager>
export type EigenPodManagerReturn = FunctionReturn<typeof functions.eigenPodManager>

export type GetDepositsParams = FunctionArguments<typeof functions.getDeposits>
export type GetDepositsReturn = FunctionReturn<typeof functions.getDeposits>

export type InitializeParams = FunctionArguments<typeof functions.initialize>
export type InitializeReturn = FunctionReturn<typeof functions.initialize>

export type MigrateQueuedWithdrawalParams = FunctionArguments<typeof functions.migrateQueuedWithdrawal>
export type MigrateQueuedWithdrawalReturn = FunctionReturn<typeof functions.migrateQueuedWithdrawal>

export type NoncesParams = FunctionArguments<typeof functions.nonces>
export type NoncesReturn = FunctionReturn<typeof functions.nonces>

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

export type RemoveSharesParams = FunctionArguments<typeof functions.removeShares>
export type RemoveSharesReturn = FunctionReturn<typeof functions.removeShares>

export type RemoveStrategiesFromDepositWhitelistParams = FunctionArguments<typeof functions.removeStrategiesFromDepositWhitelist>
export type RemoveStrategiesFromDepositWhitelistReturn = FunctionReturn<typeof functions.removeStrategiesFromDepositWhitelist>

export type RenounceOwnershipParams = FunctionArguments<typeof functions.renounceOwnership>
export type RenounceOwnershipReturn = FunctionReturn<typeof functions.renounceOwnership>

export type SetPauserRegistryParams = FunctionArguments<typeof functions.setPauserRegistry>
export type SetPauserRegistryReturn = FunctionReturn<typeof functions.setPauserRegistry>

export type SetStrategyWhitelisterParams = FunctionArguments<typeof functions.setStrategyWhitelister>
export type SetStrategyWhitelisterReturn = FunctionReturn<typeof functions.setStrategyWhitelister>

export type SetThirdPartyTransfersForbiddenParams = FunctionArguments<typeof functions.setThirdPartyTransfersForbidden>
export type SetThirdPartyTransfersForbiddenReturn = FunctionReturn<typeof functions.setThirdPartyTransfersForbidden>

export type SlasherParams = FunctionArguments<typeof functions.slasher>
export type SlasherReturn = FunctionReturn<typeof functions.slasher>

export type StakerStrategyListParams = FunctionArguments<typeof functions.stakerStrategyList>
export type StakerStrategyListReturn = FunctionReturn<typeof functions.stakerStrategyList>

export type StakerStrategyListLengthParams = FunctionArguments<typeof functions.stakerStrategyListLength>
export type StakerStrategyListLengthReturn = FunctionReturn<typeof functions.stakerStrategyListLength>

export type StakerStrategySharesParams = FunctionArguments<typeof functions.stakerStrategyShares>
export type StakerStrategySharesReturn = FunctionReturn<typeof functions.stakerStrategyShares>

export type StrategyIsWhitelistedForDepositParams = FunctionArguments<typeof functions.strategyIsWhitelistedForDeposit>
export type StrategyIsWhitelistedForDepositReturn = FunctionReturn<typeof functions.strategyIsWhitelistedForDeposit>

export type StrategyWhitelisterParams = FunctionArguments<typeof functions.strategyWhitelister>
export type StrategyWhitelisterReturn = FunctionReturn<typeof functions.strategyWhitelister>

export type ThirdPartyTransfersForbiddenParams = FunctionArguments<typeof functions.thirdPartyTransfersForbidden>
export type ThirdPartyTransfersForbiddenReturn = FunctionReturn<typeof functions.thirdPartyTransfersForbidden>

export type TransferOwnershipParams = FunctionArguments<typeof functions.transferOwnership>
export type TransferOwnershipReturn = FunctionReturn<typeof functions.transferOwnership>

export type UnpauseParams = FunctionArguments<typeof functions.unpause>
export type UnpauseReturn = FunctionReturn<typeof functions.unpause>

export type WithdrawSharesAsTokensParams = FunctionArguments<typeof functions.withdrawSharesAsTokens>
export type WithdrawSharesAsTokensReturn = FunctionReturn<typeof functions.withdrawSharesAsTokens>

export type WithdrawalRootPendingParams = FunctionArguments<typeof functions.withdrawalRootPending>
export type WithdrawalRootPendingReturn = FunctionReturn<typeof functions.withdrawalRootPending>

