import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    BurnableSharesDecreased: event("0xd9d082c3ec4f3a3ffa55c324939a06407f5fbcb87d5e0ce3b9508c92c84ed839", "BurnableSharesDecreased(address,uint256)", {"strategy": p.address, "shares": p.uint256}),
    BurnableSharesIncreased: event("0xca3e02a4ab7ad3c47a8e36e5a624c30170791726ab720f1babfef21046d953ff", "BurnableSharesIncreased(address,uint256)", {"strategy": p.address, "shares": p.uint256}),
    Deposit: event("0x5548c837ab068cf56a2c2479df0882a4922fd203edb7517321831d95078c5f62", "Deposit(address,address,uint256)", {"staker": p.address, "strategy": p.address, "shares": p.uint256}),
    Initialized: event("0x7f26b83ff96e1f2b6a682f133852f6798a09c465da95921460cefb3847402498", "Initialized(uint8)", {"version": p.uint8}),
    OwnershipTransferred: event("0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0", "OwnershipTransferred(address,address)", {"previousOwner": indexed(p.address), "newOwner": indexed(p.address)}),
    Paused: event("0xab40a374bc51de372200a8bc981af8c9ecdc08dfdaef0bb6e09f88f3c616ef3d", "Paused(address,uint256)", {"account": indexed(p.address), "newPausedStatus": p.uint256}),
    StrategyAddedToDepositWhitelist: event("0x0c35b17d91c96eb2751cd456e1252f42a386e524ef9ff26ecc9950859fdc04fe", "StrategyAddedToDepositWhitelist(address)", {"strategy": p.address}),
    StrategyRemovedFromDepositWhitelist: event("0x4074413b4b443e4e58019f2855a8765113358c7c72e39509c6af45fc0f5ba030", "StrategyRemovedFromDepositWhitelist(address)", {"strategy": p.address}),
    StrategyWhitelisterChanged: event("0x4264275e593955ff9d6146a51a4525f6ddace2e81db9391abcc9d1ca48047d29", "StrategyWhitelisterChanged(address,address)", {"previousAddress": p.address, "newAddress": p.address}),
    Unpaused: event("0x3582d1828e26bf56bd801502bc021ac0bc8afb57c826e4986b45593c8fad389c", "Unpaused(address,uint256)", {"account": indexed(p.address), "newPausedStatus": p.uint256}),
}

export const functions = {
    DEFAULT_BURN_ADDRESS: viewFun("0xf3b4a000", "DEFAULT_BURN_ADDRESS()", {}, p.address),
    DEPOSIT_TYPEHASH: viewFun("0x48825e94", "DEPOSIT_TYPEHASH()", {}, p.bytes32),
    addShares: fun("0x50ff7225", "addShares(address,address,uint256)", {"staker": p.address, "strategy": p.address, "shares": p.uint256}, {"_0": p.uint256, "_1": p.uint256}),
    addStrategiesToDepositWhitelist: fun("0x5de08ff2", "addStrategiesToDepositWhitelist(address[])", {"strategiesToWhitelist": p.array(p.address)}, ),
    burnShares: fun("0x4b6d5d6e", "burnShares(address)", {"strategy": p.address}, ),
    calculateStrategyDepositDigestHash: viewFun("0x9ac01d61", "calculateStrategyDepositDigestHash(address,address,address,uint256,uint256,uint256)", {"staker": p.address, "strategy": p.address, "token": p.address, "amount": p.uint256, "nonce": p.uint256, "expiry": p.uint256}, p.bytes32),
    delegation: viewFun("0xdf5cf723", "delegation()", {}, p.address),
    depositIntoStrategy: fun("0xe7a050aa", "depositIntoStrategy(address,address,uint256)", {"strategy": p.address, "token": p.address, "amount": p.uint256}, p.uint256),
    depositIntoStrategyWithSignature: fun("0x32e89ace", "depositIntoStrategyWithSignature(address,address,uint256,address,uint256,bytes)", {"strategy": p.address, "token": p.address, "amount": p.uint256, "staker": p.address, "expiry": p.uint256, "signature": p.bytes}, p.uint256),
    domainSeparator: viewFun("0xf698da25", "domainSeparator()", {}, p.bytes32),
    getBurnableShares: viewFun("0xfd980423", "getBurnableShares(address)", {"strategy": p.address}, p.uint256),
    getDeposits: viewFun("0x94f649dd", "getDeposits(address)", {"staker": p.address}, {"_0": p.array(p.address), "_1": p.array(p.uint256)}),
    getStakerStrategyList: viewFun("0xde44acb6", "getStakerStrategyList(address)", {"staker": p.address}, p.array(p.address)),
    getStrategiesWithBurnableShares: viewFun("0x36a8c500", "getStrategiesWithBurnableShares()", {}, {"_0": p.array(p.address), "_1": p.array(p.uint256)}),
    increaseBurnableShares: fun("0xdebe1eab", "increaseBurnableShares(address,uint256)", {"strategy": p.address, "addedSharesToBurn": p.uint256}, ),
    initialize: fun("0x1794bb3c", "initialize(address,address,uint256)", {"initialOwner": p.address, "initialStrategyWhitelister": p.address, "initialPausedStatus": p.uint256}, ),
    nonces: viewFun("0x7ecebe00", "nonces(address)", {"signer": p.address}, p.uint256),
    owner: viewFun("0x8da5cb5b", "owner()", {}, p.address),
    pause: fun("0x136439dd", "pause(uint256)", {"newPausedStatus": p.uint256}, ),
    pauseAll: fun("0x595c6a67", "pauseAll()", {}, ),
    'paused(uint8)': viewFun("0x5ac86ab7", "paused(uint8)", {"index": p.uint8}, p.bool),
    'paused()': viewFun("0x5c975abb", "paused()", {}, p.uint256),
    pauserRegistry: viewFun("0x886f1195", "pauserRegistry()", {}, p.address),
    removeDepositShares: fun("0x724af423", "removeDepositShares(address,address,uint256)", {"staker": p.address, "strategy": p.address, "depositSharesToRemove": p.uint256}, p.uint256),
    removeStrategiesFromDepositWhitelist: fun("0xb5d8b5b8", "removeStrategiesFromDepositWhitelist(address[])", {"strategiesToRemoveFromWhitelist": p.array(p.address)}, ),
    renounceOwnership: fun("0x715018a6", "renounceOwnership()", {}, ),
    setStrategyWhitelister: fun("0xc6656702", "setStrategyWhitelister(address)", {"newStrategyWhitelister": p.address}, ),
    stakerDepositShares: viewFun("0xfe243a17", "stakerDepositShares(address,address)", {"staker": p.address, "strategy": p.address}, p.uint256),
    stakerStrategyList: viewFun("0xcbc2bd62", "stakerStrategyList(address,uint256)", {"staker": p.address, "_1": p.uint256}, p.address),
    stakerStrategyListLength: viewFun("0x8b8aac3c", "stakerStrategyListLength(address)", {"staker": p.address}, p.uint256),
    strategyIsWhitelistedForDeposit: viewFun("0x663c1de4", "strategyIsWhitelistedForDeposit(address)", {"strategy": p.address}, p.bool),
    strategyWhitelister: viewFun("0x967fc0d2", "strategyWhitelister()", {}, p.address),
    transferOwnership: fun("0xf2fde38b", "transferOwnership(address)", {"newOwner": p.address}, ),
    unpause: fun("0xfabc1cbc", "unpause(uint256)", {"newPausedStatus": p.uint256}, ),
    version: viewFun("0x54fd4d50", "version()", {}, p.string),
    withdrawSharesAsTokens: fun("0x2eae418c", "withdrawSharesAsTokens(address,address,address,uint256)", {"staker": p.address, "strategy": p.address, "token": p.address, "shares": p.uint256}, ),
}

export class Contract extends ContractBase {

    DEFAULT_BURN_ADDRESS() {
        return this.eth_call(functions.DEFAULT_BURN_ADDRESS, {})
    }

    DEPOSIT_TYPEHASH() {
        return this.eth_call(functions.DEPOSIT_TYPEHASH, {})
    }

    calculateStrategyDepositDigestHash(staker: CalculateStrategyDepositDigestHashParams["staker"], strategy: CalculateStrategyDepositDigestHashParams["strategy"], token: CalculateStrategyDepositDigestHashParams["token"], amount: CalculateStrategyDepositDigestHashParams["amount"], nonce: CalculateStrategyDepositDigestHashParams["nonce"], expiry: CalculateStrategyDepositDigestHashParams["expiry"]) {
        return this.eth_call(functions.calculateStrategyDepositDigestHash, {staker, strategy, token, amount, nonce, expiry})
    }

    delegation() {
        return this.eth_call(functions.delegation, {})
    }

    domainSeparator() {
        return this.eth_call(functions.domainSeparator, {})
    }

    getBurnableShares(strategy: GetBurnableSharesParams["strategy"]) {
        return this.eth_call(functions.getBurnableShares, {strategy})
    }

    getDeposits(staker: GetDepositsParams["staker"]) {
        return this.eth_call(functions.getDeposits, {staker})
    }

    getStakerStrategyList(staker: GetStakerStrategyListParams["staker"]) {
        return this.eth_call(functions.getStakerStrategyList, {staker})
    }

    getStrategiesWithBurnableShares() {
        return this.eth_call(functions.getStrategiesWithBurnableShares, {})
    }

    nonces(signer: NoncesParams["signer"]) {
        return this.eth_call(functions.nonces, {signer})
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

    stakerDepositShares(staker: StakerDepositSharesParams["staker"], strategy: StakerDepositSharesParams["strategy"]) {
        return this.eth_call(functions.stakerDepositShares, {staker, strategy})
    }

    stakerStrategyList(staker: StakerStrategyListParams["staker"], _1: StakerStrategyListParams["_1"]) {
        return this.eth_call(functions.stakerStrategyList, {staker, _1})
    }

    stakerStrategyListLength(staker: StakerStrategyListLengthParams["staker"]) {
        return this.eth_call(functions.stakerStrategyListLength, {staker})
    }

    strategyIsWhitelistedForDeposit(strategy: StrategyIsWhitelistedForDepositParams["strategy"]) {
        return this.eth_call(functions.strategyIsWhitelistedForDeposit, {strategy})
    }

    strategyWhitelister() {
        return this.eth_call(functions.strategyWhitelister, {})
    }

    version() {
        return this.eth_call(functions.version, {})
    }
}

/// Event types
export type BurnableSharesDecreasedEventArgs = EParams<typeof events.BurnableSharesDecreased>
export type BurnableSharesIncreasedEventArgs = EParams<typeof events.BurnableSharesIncreased>
export type DepositEventArgs = EParams<typeof events.Deposit>
export type InitializedEventArgs = EParams<typeof events.Initialized>
export type OwnershipTransferredEventArgs = EParams<typeof events.OwnershipTransferred>
export type PausedEventArgs = EParams<typeof events.Paused>
export type StrategyAddedToDepositWhitelistEventArgs = EParams<typeof events.StrategyAddedToDepositWhitelist>
export type StrategyRemovedFromDepositWhitelistEventArgs = EParams<typeof events.StrategyRemovedFromDepositWhitelist>
export type StrategyWhitelisterChangedEventArgs = EParams<typeof events.StrategyWhitelisterChanged>
export type UnpausedEventArgs = EParams<typeof events.Unpaused>

/// Function types
export type DEFAULT_BURN_ADDRESSParams = FunctionArguments<typeof functions.DEFAULT_BURN_ADDRESS>
export type DEFAULT_BURN_ADDRESSReturn = FunctionReturn<typeof functions.DEFAULT_BURN_ADDRESS>

export type DEPOSIT_TYPEHASHParams = FunctionArguments<typeof functions.DEPOSIT_TYPEHASH>
export type DEPOSIT_TYPEHASHReturn = FunctionReturn<typeof functions.DEPOSIT_TYPEHASH>

export type AddSharesParams = FunctionArguments<typeof functions.addShares>
export type AddSharesReturn = FunctionReturn<typeof functions.addShares>

export type AddStrategiesToDepositWhitelistParams = FunctionArguments<typeof functions.addStrategiesToDepositWhitelist>
export type AddStrategiesToDepositWhitelistReturn = FunctionReturn<typeof functions.addStrategiesToDepositWhitelist>

export type BurnSharesParams = FunctionArguments<typeof functions.burnShares>
export type BurnSharesReturn = FunctionReturn<typeof functions.burnShares>

export type CalculateStrategyDepositDigestHashParams = FunctionArguments<typeof functions.calculateStrategyDepositDigestHash>
export type CalculateStrategyDepositDigestHashReturn = FunctionReturn<typeof functions.calculateStrategyDepositDigestHash>

export type DelegationParams = FunctionArguments<typeof functions.delegation>
export type DelegationReturn = FunctionReturn<typeof functions.delegation>

export type DepositIntoStrategyParams = FunctionArguments<typeof functions.depositIntoStrategy>
export type DepositIntoStrategyReturn = FunctionReturn<typeof functions.depositIntoStrategy>

export type DepositIntoStrategyWithSignatureParams = FunctionArguments<typeof functions.depositIntoStrategyWithSignature>
export type DepositIntoStrategyWithSignatureReturn = FunctionReturn<typeof functions.depositIntoStrategyWithSignature>

export type DomainSeparatorParams = FunctionArguments<typeof functions.domainSeparator>
export type DomainSeparatorReturn = FunctionReturn<typeof functions.domainSeparator>

export type GetBurnableSharesParams = FunctionArguments<typeof functions.getBurnableShares>
export type GetBurnableSharesReturn = FunctionReturn<typeof functions.getBurnableShares>

export type GetDepositsParams = FunctionArguments<typeof functions.getDeposits>
export type GetDepositsReturn = FunctionReturn<typeof functions.getDeposits>

export type GetStakerStrategyListParams = FunctionArguments<typeof functions.getStakerStrategyList>
export type GetStakerStrategyListReturn = FunctionReturn<typeof functions.getStakerStrategyList>

export type GetStrategiesWithBurnableSharesParams = FunctionArguments<typeof functions.getStrategiesWithBurnableShares>
export type GetStrategiesWithBurnableSharesReturn = FunctionReturn<typeof functions.getStrategiesWithBurnableShares>

export type IncreaseBurnableSharesParams = FunctionArguments<typeof functions.increaseBurnableShares>
export type IncreaseBurnableSharesReturn = FunctionReturn<typeof functions.increaseBurnableShares>

export type InitializeParams = FunctionArguments<typeof functions.initialize>
export type InitializeReturn = FunctionReturn<typeof functions.initialize>

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

export type RemoveDepositSharesParams = FunctionArguments<typeof functions.removeDepositShares>
export type RemoveDepositSharesReturn = FunctionReturn<typeof functions.removeDepositShares>

export type RemoveStrategiesFromDepositWhitelistParams = FunctionArguments<typeof functions.removeStrategiesFromDepositWhitelist>
export type RemoveStrategiesFromDepositWhitelistReturn = FunctionReturn<typeof functions.removeStrategiesFromDepositWhitelist>

export type RenounceOwnershipParams = FunctionArguments<typeof functions.renounceOwnership>
export type RenounceOwnershipReturn = FunctionReturn<typeof functions.renounceOwnership>

export type SetStrategyWhitelisterParams = FunctionArguments<typeof functions.setStrategyWhitelister>
export type SetStrategyWhitelisterReturn = FunctionReturn<typeof functions.setStrategyWhitelister>

export type StakerDepositSharesParams = FunctionArguments<typeof functions.stakerDepositShares>
export type StakerDepositSharesReturn = FunctionReturn<typeof functions.stakerDepositShares>

export type StakerStrategyListParams = FunctionArguments<typeof functions.stakerStrategyList>
export type StakerStrategyListReturn = FunctionReturn<typeof functions.stakerStrategyList>

export type StakerStrategyListLengthParams = FunctionArguments<typeof functions.stakerStrategyListLength>
export type StakerStrategyListLengthReturn = FunctionReturn<typeof functions.stakerStrategyListLength>

export type StrategyIsWhitelistedForDepositParams = FunctionArguments<typeof functions.strategyIsWhitelistedForDeposit>
export type StrategyIsWhitelistedForDepositReturn = FunctionReturn<typeof functions.strategyIsWhitelistedForDeposit>

export type StrategyWhitelisterParams = FunctionArguments<typeof functions.strategyWhitelister>
export type StrategyWhitelisterReturn = FunctionReturn<typeof functions.strategyWhitelister>

export type TransferOwnershipParams = FunctionArguments<typeof functions.transferOwnership>
export type TransferOwnershipReturn = FunctionReturn<typeof functions.transferOwnership>

export type UnpauseParams = FunctionArguments<typeof functions.unpause>
export type UnpauseReturn = FunctionReturn<typeof functions.unpause>

export type VersionParams = FunctionArguments<typeof functions.version>
export type VersionReturn = FunctionReturn<typeof functions.version>

export type WithdrawSharesAsTokensParams = FunctionArguments<typeof functions.withdrawSharesAsTokens>
export type WithdrawSharesAsTokensReturn = FunctionReturn<typeof functions.withdrawSharesAsTokens>

