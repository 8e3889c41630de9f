import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    BeaconChainETHDeposited: event("0x35a85cabc603f48abb2b71d9fbd8adea7c449d7f0be900ae7a2986ea369c3d0d", "BeaconChainETHDeposited(address,uint256)", {"podOwner": indexed(p.address), "amount": p.uint256}),
    BeaconChainETHWithdrawalCompleted: event("0xa6bab1d55a361fcea2eee2bc9491e4f01e6cf333df03c9c4f2c144466429f7d6", "BeaconChainETHWithdrawalCompleted(address,uint256,uint96,address,address,bytes32)", {"podOwner": indexed(p.address), "shares": p.uint256, "nonce": p.uint96, "delegatedAddress": p.address, "withdrawer": p.address, "withdrawalRoot": p.bytes32}),
    BeaconOracleUpdated: event("0x08f0470754946ccfbb446ff7fd2d6ae6af1bbdae19f85794c0cc5ed5e8ceb4f6", "BeaconOracleUpdated(address)", {"newOracleAddress": indexed(p.address)}),
    DenebForkTimestampUpdated: event("0x19200b6fdad58f91b2f496b0c444fc4be3eff74a7e24b07770e04a7137bfd9db", "DenebForkTimestampUpdated(uint64)", {"newValue": p.uint64}),
    Initialized: event("0x7f26b83ff96e1f2b6a682f133852f6798a09c465da95921460cefb3847402498", "Initialized(uint8)", {"version": p.uint8}),
    OwnershipTransferred: event("0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0", "OwnershipTransferred(address,address)", {"previousOwner": indexed(p.address), "newOwner": indexed(p.address)}),
    Paused: event("0xab40a374bc51de372200a8bc981af8c9ecdc08dfdaef0bb6e09f88f3c616ef3d", "Paused(address,uint256)", {"account": indexed(p.address), "newPausedStatus": p.uint256}),
    PauserRegistrySet: event("0x6e9fcd539896fca60e8b0f01dd580233e48a6b0f7df013b89ba7f565869acdb6", "PauserRegistrySet(address,address)", {"pauserRegistry": p.address, "newPauserRegistry": p.address}),
    PodDeployed: event("0x21c99d0db02213c32fff5b05cf0a718ab5f858802b91498f80d82270289d856a", "PodDeployed(address,address)", {"eigenPod": indexed(p.address), "podOwner": indexed(p.address)}),
    PodSharesUpdated: event("0x4e2b791dedccd9fb30141b088cabf5c14a8912b52f59375c95c010700b8c6193", "PodSharesUpdated(address,int256)", {"podOwner": indexed(p.address), "sharesDelta": p.int256}),
    Unpaused: event("0x3582d1828e26bf56bd801502bc021ac0bc8afb57c826e4986b45593c8fad389c", "Unpaused(address,uint256)", {"account": indexed(p.address), "newPausedStatus": p.uint256}),
}

export const functions = {
    addShares: fun("0x0e81073c", "addShares(address,uint256)", {"podOwner": p.address, "shares": p.uint256}, p.uint256),
    beaconChainETHStrategy: viewFun("0x9104c319", "beaconChainETHStrategy()", {}, p.address),
    beaconChainOracle: viewFun("0xc052bd61", "beaconChainOracle()", {}, p.address),
    createPod: fun("0x84d81062", "createPod()", {}, p.address),
    delegationManager: viewFun("0xea4d3c9b", "delegationManager()", {}, p.address),
    denebForkTimestamp: viewFun("0x44e71c80", "denebForkTimestamp()", {}, p.uint64),
    eigenPodBeacon: viewFun("0x292b7b2b", "eigenPodBeacon()", {}, p.address),
    ethPOS: viewFun("0x74cdd798", "ethPOS()", {}, p.address),
    getBlockRootAtTimestamp: viewFun("0xd1c64cc9", "getBlockRootAtTimestamp(uint64)", {"timestamp": p.uint64}, p.bytes32),
    getPod: viewFun("0xa38406a3", "getPod(address)", {"podOwner": p.address}, p.address),
    hasPod: viewFun("0xf6848d24", "hasPod(address)", {"podOwner": p.address}, p.bool),
    initialize: fun("0xcf756fdf", "initialize(address,address,address,uint256)", {"_beaconChainOracle": p.address, "initialOwner": p.address, "_pauserRegistry": p.address, "_initPausedStatus": p.uint256}, ),
    numPods: viewFun("0xa6a509be", "numPods()", {}, p.uint256),
    owner: viewFun("0x8da5cb5b", "owner()", {}, p.address),
    ownerToPod: viewFun("0x9ba06275", "ownerToPod(address)", {"_0": p.address}, p.address),
    pause: fun("0x136439dd", "pause(uint256)", {"newPausedStatus": p.uint256}, ),
    pauseAll: fun("0x595c6a67", "pauseAll()", {}, ),
    'paused(uint8)': viewFun("0x5ac86ab7", "paused(uint8)", {"index": p.uint8}, p.bool),
    'paused()': viewFun("0x5c975abb", "paused()", {}, p.uint256),
    pauserRegistry: viewFun("0x886f1195", "pauserRegistry()", {}, p.address),
    podOwnerShares: viewFun("0x60f4062b", "podOwnerShares(address)", {"_0": p.address}, p.int256),
    recordBeaconChainETHBalanceUpdate: fun("0xc2c51c40", "recordBeaconChainETHBalanceUpdate(address,int256)", {"podOwner": p.address, "sharesDelta": p.int256}, ),
    removeShares: fun("0xbeffbb89", "removeShares(address,uint256)", {"podOwner": p.address, "shares": p.uint256}, ),
    renounceOwnership: fun("0x715018a6", "renounceOwnership()", {}, ),
    setDenebForkTimestamp: fun("0x463db038", "setDenebForkTimestamp(uint64)", {"newDenebForkTimestamp": p.uint64}, ),
    setPauserRegistry: fun("0x10d67a2f", "setPauserRegistry(address)", {"newPauserRegistry": p.address}, ),
    slasher: viewFun("0xb1344271", "slasher()", {}, p.address),
    stake: fun("0x9b4e4634", "stake(bytes,bytes,bytes32)", {"pubkey": p.bytes, "signature": p.bytes, "depositDataRoot": p.bytes32}, ),
    strategyManager: viewFun("0x39b70e38", "strategyManager()", {}, p.address),
    transferOwnership: fun("0xf2fde38b", "transferOwnership(address)", {"newOwner": p.address}, ),
    unpause: fun("0xfabc1cbc", "unpause(uint256)", {"newPausedStatus": p.uint256}, ),
    updateBeaconChainOracle: fun("0xc1de3aef", "updateBeaconChainOracle(address)", {"newBeaconChainOracle": p.address}, ),
    withdrawSharesAsTokens: fun("0x387b1300", "withdrawSharesAsTokens(address,address,uint256)", {"podOwner": p.address, "destination": p.address, "shares": p.uint256}, ),
}

export class Contract extends ContractBase {

    beaconChainETHStrategy() {
        return this.eth_call(functions.beaconChainETHStrategy, {})
    }

    beaconChainOracle() {
        return this.eth_call(functions.beaconChainOracle, {})
    }

    delegationManager() {
        return this.eth_call(functions.delegationManager, {})
    }

    denebForkTimestamp() {
        return this.eth_call(functions.denebForkTimestamp, {})
    }

    eigenPodBeacon() {
        return this.eth_call(functions.eigenPodBeacon, {})
    }

    ethPOS() {
        return this.eth_call(functions.ethPOS, {})
    }

    getBlockRootAtTimestamp(timestamp: GetBlockRootAtTimestampParams["timestamp"]) {
        return this.eth_call(functions.getBlockRootAtTimestamp, {timestamp})
    }

    getPod(podOwner: GetPodParams["podOwner"]) {
        return this.eth_call(functions.getPod, {podOwner})
    }

    hasPod(podOwner: HasPodParams["podOwner"]) {
        return this.eth_call(functions.hasPod, {podOwner})
    }

    numPods() {
        return this.eth_call(functions.numPods, {})
    }

    owner() {
        return this.eth_call(functions.owner, {})
    }

    ownerToPod(_0: OwnerToPodParams["_0"]) {
        return this.eth_call(functions.ownerToPod, {_0})
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

    podOwnerShares(_0: PodOwnerSharesParams["_0"]) {
        return this.eth_call(functions.podOwnerShares, {_0})
    }

    slasher() {
        return this.eth_call(functions.slasher, {})
    }

    strategyManager() {
        return this.eth_call(functions.strategyManager, {})
    }
}

/// Event types
export type BeaconChainETHDepositedEventArgs = EParams<typeof events.BeaconChainETHDeposited>
export type BeaconChainETHWithdrawalCompletedEventArgs = EParams<typeof events.BeaconChainETHWithdrawalCompleted>
export type BeaconOracleUpdatedEventArgs = EParams<typeof events.BeaconOracleUpdated>
export type DenebForkTimestampUpdatedEventArgs = EParams<typeof events.DenebForkTimestampUpdated>
export type InitializedEventArgs = EParams<typeof events.Initialized>
export type OwnershipTransferredEventArgs = EParams<typeof events.OwnershipTransferred>
export type PausedEventArgs = EParams<typeof events.Paused>
export type PauserRegistrySetEventArgs = EParams<typeof events.PauserRegistrySet>
export type PodDeployedEventArgs = EParams<typeof events.PodDeployed>
export type PodSharesUpdatedEventArgs = EParams<typeof events.PodSharesUpdated>
export type UnpausedEventArgs = EParams<typeof events.Unpaused>

/// Function types
export type AddSharesParams = FunctionArguments<typeof functions.addShares>
export type AddSharesReturn = FunctionReturn<typeof functions.addShares>

export type BeaconChainETHStrategyParams = FunctionArguments<typeof functions.beaconChainETHStrategy>
export type BeaconChainETHStrategyReturn = FunctionReturn<typeof functions.beaconChainETHStrategy>

export type BeaconChainOracleParams = FunctionArguments<typeof functions.beaconChainOracle>
export type BeaconChainOracleReturn = FunctionReturn<typeof functions.beaconChainOracle>

export type CreatePodParams = FunctionArguments<typeof functions.createPod>
export type CreatePodReturn = FunctionReturn<typeof functions.createPod>

export type DelegationManagerParams = FunctionArguments<typeof functions.delegationManager>
export type DelegationManagerReturn = FunctionReturn<typeof functions.delegationManager>

export type DenebForkTimestampParams = FunctionArguments<typeof functions.denebForkTimestamp>
export type DenebForkTimestampReturn = FunctionReturn<typeof functions.denebForkTimestamp>

export type EigenPodBeaconParams = FunctionArguments<typeof functions.eigenPodBeacon>
export type EigenPodBeaconReturn = FunctionReturn<typeof functions.eigenPodBeacon>

export type EthPOSParams = FunctionArguments<typeof functions.ethPOS>
export type EthPOSReturn = FunctionReturn<typeof functions.ethPOS>

export type GetBlockRootAtTimestampParams = FunctionArguments<typeof functions.getBlockRootAtTimestamp>
export type GetBlockRootAtTimestampReturn = FunctionReturn<typeof functions.getBlockRootAtTimestamp>

export type GetPodParams = FunctionArguments<typeof functions.getPod>
export type GetPodReturn = FunctionReturn<typeof functions.getPod>

export type HasPodParams = FunctionArguments<typeof functions.hasPod>
export type HasPodReturn = FunctionReturn<typeof functions.hasPod>

export type InitializeParams = FunctionArguments<typeof functions.initialize>
export type InitializeReturn = FunctionReturn<typeof functions.initialize>

export type NumPodsParams = FunctionArguments<typeof functions.numPods>
export type NumPodsReturn = FunctionReturn<typeof functions.numPods>

export type OwnerParams = FunctionArguments<typeof functions.owner>
export type OwnerReturn = FunctionReturn<typeof functions.owner>

export type OwnerToPodParams = FunctionArguments<typeof functions.ownerToPod>
export type OwnerToPodReturn = FunctionReturn<typeof functions.ownerToPod>

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

export type PodOwnerSharesParams = FunctionArguments<typeof functions.podOwnerShares>
export type PodOwnerSharesReturn = FunctionReturn<typeof functions.podOwnerShares>

export type RecordBeaconChainETHBalanceUpdateParams = FunctionArguments<typeof functions.recordBeaconChainETHBalanceUpdate>
export type RecordBeaconChainETHBalanceUpdateReturn = FunctionReturn<typeof functions.recordBeaconChainETHBalanceUpdate>

export type RemoveSharesParams = FunctionArguments<typeof functions.removeShares>
export type RemoveSharesReturn = FunctionReturn<typeof functions.removeShares>

export type RenounceOwnershipParams = FunctionArguments<typeof functions.renounceOwnership>
export type RenounceOwnershipReturn = FunctionReturn<typeof functions.renounceOwnership>

export type SetDenebForkTimestampParams = FunctionArguments<typeof functions.setDenebForkTimestamp>
export type SetDenebForkTimestampReturn = FunctionReturn<typeof functions.setDenebForkTimestamp>

export type SetPauserRegistryParams = FunctionArguments<typeof functions.setPauserRegistry>
export type SetPauserRegistryReturn = FunctionReturn<typeof functions.setPauserRegistry>

export type SlasherParams = FunctionArguments<typeof functions.slasher>
export type SlasherReturn = FunctionReturn<typeof functions.slasher>

export type StakeParams = FunctionArguments<typeof functions.stake>
export type StakeReturn = FunctionReturn<typeof functions.stake>

export type StrategyManagerParams = FunctionArguments<typeof functions.strategyManager>
export type StrategyManagerReturn = FunctionReturn<typeof functions.strategyManager>

export type TransferOwnershipParams = FunctionArguments<typeof functions.transferOwnership>
export type TransferOwnershipReturn = FunctionReturn<typeof functions.transferOwnership>

export type UnpauseParams = FunctionArguments<typeof functions.unpause>
export type UnpauseReturn = FunctionReturn<typeof functions.unpause>

export type UpdateBeaconChainOracleParams = FunctionArguments<typeof functions.updateBeaconChainOracle>
export type UpdateBeaconChainOracleReturn = FunctionReturn<typeof functions.updateBeaconChainOracle>

export type WithdrawSharesAsTokensParams = FunctionArguments<typeof functions.withdrawSharesAsTokens>
export type WithdrawSharesAsTokensReturn = FunctionReturn<typeof functions.withdrawSharesAsTokens>

