import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    BeaconChainETHDeposited: event("0x35a85cabc603f48abb2b71d9fbd8adea7c449d7f0be900ae7a2986ea369c3d0d", "BeaconChainETHDeposited(address,uint256)", {"podOwner": indexed(p.address), "amount": p.uint256}),
    BeaconChainETHWithdrawalCompleted: event("0xa6bab1d55a361fcea2eee2bc9491e4f01e6cf333df03c9c4f2c144466429f7d6", "BeaconChainETHWithdrawalCompleted(address,uint256,uint96,address,address,bytes32)", {"podOwner": indexed(p.address), "shares": p.uint256, "nonce": p.uint96, "delegatedAddress": p.address, "withdrawer": p.address, "withdrawalRoot": p.bytes32}),
    BeaconChainSlashingFactorDecreased: event("0xb160ab8589bf47dc04ea11b50d46678d21590cea2ed3e454e7bd3e41510f98cf", "BeaconChainSlashingFactorDecreased(address,uint64,uint64)", {"staker": p.address, "prevBeaconChainSlashingFactor": p.uint64, "newBeaconChainSlashingFactor": p.uint64}),
    BurnableETHSharesIncreased: event("0x1ed04b7fd262c0d9e50fa02957f32a81a151f03baaa367faeedc7521b001c4a4", "BurnableETHSharesIncreased(uint256)", {"shares": p.uint256}),
    Initialized: event("0x7f26b83ff96e1f2b6a682f133852f6798a09c465da95921460cefb3847402498", "Initialized(uint8)", {"version": p.uint8}),
    NewTotalShares: event("0xd4def76d6d2bed6f14d5cd9af73cc2913d618d00edde42432e81c09bfe077098", "NewTotalShares(address,int256)", {"podOwner": indexed(p.address), "newTotalShares": p.int256}),
    OwnershipTransferred: event("0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0", "OwnershipTransferred(address,address)", {"previousOwner": indexed(p.address), "newOwner": indexed(p.address)}),
    Paused: event("0xab40a374bc51de372200a8bc981af8c9ecdc08dfdaef0bb6e09f88f3c616ef3d", "Paused(address,uint256)", {"account": indexed(p.address), "newPausedStatus": p.uint256}),
    PectraForkTimestampSet: event("0x1bc8f042a52db3a437620dea4548f2031fb2a16dd8d3b0b854295528dd2cdd33", "PectraForkTimestampSet(uint64)", {"newPectraForkTimestamp": p.uint64}),
    PodDeployed: event("0x21c99d0db02213c32fff5b05cf0a718ab5f858802b91498f80d82270289d856a", "PodDeployed(address,address)", {"eigenPod": indexed(p.address), "podOwner": indexed(p.address)}),
    PodSharesUpdated: event("0x4e2b791dedccd9fb30141b088cabf5c14a8912b52f59375c95c010700b8c6193", "PodSharesUpdated(address,int256)", {"podOwner": indexed(p.address), "sharesDelta": p.int256}),
    ProofTimestampSetterSet: event("0x7025c71a9fe60d709e71b377dc5f7c72c3e1d8539f8022574254e736ceca01e5", "ProofTimestampSetterSet(address)", {"newProofTimestampSetter": p.address}),
    Unpaused: event("0x3582d1828e26bf56bd801502bc021ac0bc8afb57c826e4986b45593c8fad389c", "Unpaused(address,uint256)", {"account": indexed(p.address), "newPausedStatus": p.uint256}),
}

export const functions = {
    addShares: fun("0x50ff7225", "addShares(address,address,uint256)", {"staker": p.address, "strategy": p.address, "shares": p.uint256}, {"_0": p.uint256, "_1": p.uint256}),
    beaconChainETHStrategy: viewFun("0x9104c319", "beaconChainETHStrategy()", {}, p.address),
    beaconChainSlashingFactor: viewFun("0xa3d75e09", "beaconChainSlashingFactor(address)", {"podOwner": p.address}, p.uint64),
    burnableETHShares: viewFun("0xf5d4fed3", "burnableETHShares()", {}, p.uint256),
    createPod: fun("0x84d81062", "createPod()", {}, p.address),
    delegationManager: viewFun("0xea4d3c9b", "delegationManager()", {}, p.address),
    eigenPodBeacon: viewFun("0x292b7b2b", "eigenPodBeacon()", {}, p.address),
    ethPOS: viewFun("0x74cdd798", "ethPOS()", {}, p.address),
    getPod: viewFun("0xa38406a3", "getPod(address)", {"podOwner": p.address}, p.address),
    hasPod: viewFun("0xf6848d24", "hasPod(address)", {"podOwner": p.address}, p.bool),
    increaseBurnOrRedistributableShares: fun("0x3fb99ca5", "increaseBurnOrRedistributableShares((address,uint32),uint256,address,uint256)", {"_0": p.struct({"avs": p.address, "id": p.uint32}), "_1": p.uint256, "_2": p.address, "addedSharesToBurn": p.uint256}, ),
    initialize: fun("0xcd6dc687", "initialize(address,uint256)", {"initialOwner": p.address, "_initPausedStatus": p.uint256}, ),
    numPods: viewFun("0xa6a509be", "numPods()", {}, p.uint256),
    owner: viewFun("0x8da5cb5b", "owner()", {}, p.address),
    ownerToPod: viewFun("0x9ba06275", "ownerToPod(address)", {"podOwner": p.address}, p.address),
    pause: fun("0x136439dd", "pause(uint256)", {"newPausedStatus": p.uint256}, ),
    pauseAll: fun("0x595c6a67", "pauseAll()", {}, ),
    'paused(uint8)': viewFun("0x5ac86ab7", "paused(uint8)", {"index": p.uint8}, p.bool),
    'paused()': viewFun("0x5c975abb", "paused()", {}, p.uint256),
    pauserRegistry: viewFun("0x886f1195", "pauserRegistry()", {}, p.address),
    pectraForkTimestamp: viewFun("0x2704351a", "pectraForkTimestamp()", {}, p.uint64),
    podOwnerDepositShares: viewFun("0xd48e8894", "podOwnerDepositShares(address)", {"podOwner": p.address}, p.int256),
    proofTimestampSetter: viewFun("0x595edbcb", "proofTimestampSetter()", {}, p.address),
    recordBeaconChainETHBalanceUpdate: fun("0xa1ca780b", "recordBeaconChainETHBalanceUpdate(address,uint256,int256)", {"podOwner": p.address, "prevRestakedBalanceWei": p.uint256, "balanceDeltaWei": p.int256}, ),
    removeDepositShares: fun("0x724af423", "removeDepositShares(address,address,uint256)", {"staker": p.address, "strategy": p.address, "depositSharesToRemove": p.uint256}, p.uint256),
    renounceOwnership: fun("0x715018a6", "renounceOwnership()", {}, ),
    setPectraForkTimestamp: fun("0x5a26fbf4", "setPectraForkTimestamp(uint64)", {"timestamp": p.uint64}, ),
    setProofTimestampSetter: fun("0x0d1e9de1", "setProofTimestampSetter(address)", {"newProofTimestampSetter": p.address}, ),
    stake: fun("0x9b4e4634", "stake(bytes,bytes,bytes32)", {"pubkey": p.bytes, "signature": p.bytes, "depositDataRoot": p.bytes32}, ),
    stakerDepositShares: viewFun("0xfe243a17", "stakerDepositShares(address,address)", {"user": p.address, "strategy": p.address}, p.uint256),
    transferOwnership: fun("0xf2fde38b", "transferOwnership(address)", {"newOwner": p.address}, ),
    unpause: fun("0xfabc1cbc", "unpause(uint256)", {"newPausedStatus": p.uint256}, ),
    version: viewFun("0x54fd4d50", "version()", {}, p.string),
    withdrawSharesAsTokens: fun("0x2eae418c", "withdrawSharesAsTokens(address,address,address,uint256)", {"staker": p.address, "strategy": p.address, "_2": p.address, "shares": p.uint256}, ),
}

export class Contract extends ContractBase {

    beaconChainETHStrategy() {
        return this.eth_call(functions.beaconChainETHStrategy, {})
    }

    beaconChainSlashingFactor(podOwner: BeaconChainSlashingFactorParams["podOwner"]) {
        return this.eth_call(functions.beaconChainSlashingFactor, {podOwner})
    }

    burnableETHShares() {
        return this.eth_call(functions.burnableETHShares, {})
    }

    delegationManager() {
        return this.eth_call(functions.delegationManager, {})
    }

    eigenPodBeacon() {
        return this.eth_call(functions.eigenPodBeacon, {})
    }

    ethPOS() {
        return this.eth_call(functions.ethPOS, {})
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

    ownerToPod(podOwner: OwnerToPodParams["podOwner"]) {
        return this.eth_call(functions.ownerToPod, {podOwner})
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

    pectraForkTimestamp() {
        return this.eth_call(functions.pectraForkTimestamp, {})
    }

    podOwnerDepositShares(podOwner: PodOwnerDepositSharesParams["podOwner"]) {
        return this.eth_call(functions.podOwnerDepositShares, {podOwner})
    }

    proofTimestampSetter() {
        return this.eth_call(functions.proofTimestampSetter, {})
    }

    stakerDepositShares(user: StakerDepositSharesParams["user"], strategy: StakerDepositSharesParams["strategy"]) {
        return this.eth_call(functions.stakerDepositShares, {user, strategy})
    }

    version() {
        return this.eth_call(functions.version, {})
    }
}

/// Event types
export type BeaconChainETHDepositedEventArgs = EParams<typeof events.BeaconChainETHDeposited>
export type BeaconChainETHWithdrawalCompletedEventArgs = EParams<typeof events.BeaconChainETHWithdrawalCompleted>
export type BeaconChainSlashingFactorDecreasedEventArgs = EParams<typeof events.BeaconChainSlashingFactorDecreased>
export type BurnableETHSharesIncreasedEventArgs = EParams<typeof events.BurnableETHSharesIncreased>
export type InitializedEventArgs = EParams<typeof events.Initialized>
export type NewTotalSharesEventArgs = EParams<typeof events.NewTotalShares>
export type OwnershipTransferredEventArgs = EParams<typeof events.OwnershipTransferred>
export type PausedEventArgs = EParams<typeof events.Paused>
export type PectraForkTimestampSetEventArgs = EParams<typeof events.PectraForkTimestampSet>
export type PodDeployedEventArgs = EParams<typeof events.PodDeployed>
export type PodSharesUpdatedEventArgs = EParams<typeof events.PodSharesUpdated>
export type ProofTimestampSetterSetEventArgs = EParams<typeof events.ProofTimestampSetterSet>
export type UnpausedEventArgs = EParams<typeof events.Unpaused>

/// Function types
export type AddSharesParams = FunctionArguments<typeof functions.addShares>
export type AddSharesReturn = FunctionReturn<typeof functions.addShares>

export type BeaconChainETHStrategyParams = FunctionArguments<typeof functions.beaconChainETHStrategy>
export type BeaconChainETHStrategyReturn = FunctionReturn<typeof functions.beaconChainETHStrategy>

export type BeaconChainSlashingFactorParams = FunctionArguments<typeof functions.beaconChainSlashingFactor>
export type BeaconChainSlashingFactorReturn = FunctionReturn<typeof functions.beaconChainSlashingFactor>

export type BurnableETHSharesParams = FunctionArguments<typeof functions.burnableETHShares>
export type BurnableETHSharesReturn = FunctionReturn<typeof functions.burnableETHShares>

export type CreatePodParams = FunctionArguments<typeof functions.createPod>
export type CreatePodReturn = FunctionReturn<typeof functions.createPod>

export type DelegationManagerParams = FunctionArguments<typeof functions.delegationManager>
export type DelegationManagerReturn = FunctionReturn<typeof functions.delegationManager>

export type EigenPodBeaconParams = FunctionArguments<typeof functions.eigenPodBeacon>
export type EigenPodBeaconReturn = FunctionReturn<typeof functions.eigenPodBeacon>

export type EthPOSParams = FunctionArguments<typeof functions.ethPOS>
export type EthPOSReturn = FunctionReturn<typeof functions.ethPOS>

export type GetPodParams = FunctionArguments<typeof functions.getPod>
export type GetPodReturn = FunctionReturn<typeof functions.getPod>

export type HasPodParams = FunctionArguments<typeof functions.hasPod>
export type HasPodReturn = FunctionReturn<typeof functions.hasPod>

export type IncreaseBurnOrRedistributableSharesParams = FunctionArguments<typeof functions.increaseBurnOrRedistributableShares>
export type IncreaseBurnOrRedistributableSharesReturn = FunctionReturn<typeof functions.increaseBurnOrRedistributableShares>

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

export type PectraForkTimestampParams = FunctionArguments<typeof functions.pectraForkTimestamp>
export type PectraForkTimestampReturn = FunctionReturn<typeof functions.pectraForkTimestamp>

export type PodOwnerDepositSharesParams = FunctionArguments<typeof functions.podOwnerDepositShares>
export type PodOwnerDepositSharesReturn = FunctionReturn<typeof functions.podOwnerDepositShares>

export type ProofTimestampSetterParams = FunctionArguments<typeof functions.proofTimestampSetter>
export type ProofTimestampSetterReturn = FunctionReturn<typeof functions.proofTimestampSetter>

export type RecordBeaconChainETHBalanceUpdateParams = FunctionArguments<typeof functions.recordBeaconChainETHBalanceUpdate>
export type RecordBeaconChainETHBalanceUpdateReturn = FunctionReturn<typeof functions.recordBeaconChainETHBalanceUpdate>

export type RemoveDepositSharesParams = FunctionArguments<typeof functions.removeDepositShares>
export type RemoveDepositSharesReturn = FunctionReturn<typeof functions.removeDepositShares>

export type RenounceOwnershipParams = FunctionArguments<typeof functions.renounceOwnership>
export type RenounceOwnershipReturn = FunctionReturn<typeof functions.renounceOwnership>

export type SetPectraForkTimestampParams = FunctionArguments<typeof functions.setPectraForkTimestamp>
export type SetPectraForkTimestampReturn = FunctionReturn<typeof functions.setPectraForkTimestamp>

export type SetProofTimestampSetterParams = FunctionArguments<typeof functions.setProofTimestampSetter>
export type SetProofTimestampSetterReturn = FunctionReturn<typeof functions.setProofTimestampSetter>

export type StakeParams = FunctionArguments<typeof functions.stake>
export type StakeReturn = FunctionReturn<typeof functions.stake>

export type StakerDepositSharesParams = FunctionArguments<typeof functions.stakerDepositShares>
export type StakerDepositSharesReturn = FunctionReturn<typeof functions.stakerDepositShares>

export type TransferOwnershipParams = FunctionArguments<typeof functions.transferOwnership>
export type TransferOwnershipReturn = FunctionReturn<typeof functions.transferOwnership>

export type UnpauseParams = FunctionArguments<typeof functions.unpause>
export type UnpauseReturn = FunctionReturn<typeof functions.unpause>

export type VersionParams = FunctionArguments<typeof functions.version>
export type VersionReturn = FunctionReturn<typeof functions.version>

export type WithdrawSharesAsTokensParams = FunctionArguments<typeof functions.withdrawSharesAsTokens>
export type WithdrawSharesAsTokensReturn = FunctionReturn<typeof functions.withdrawSharesAsTokens>

