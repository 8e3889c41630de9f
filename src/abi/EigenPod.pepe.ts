import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    CheckpointCreated: event("0x575796133bbed337e5b39aa49a30dc2556a91e0c6c2af4b7b886ae77ebef1076", "CheckpointCreated(uint64,bytes32,uint256)", {"checkpointTimestamp": indexed(p.uint64), "beaconBlockRoot": indexed(p.bytes32), "validatorCount": p.uint256}),
    CheckpointFinalized: event("0x525408c201bc1576eb44116f6478f1c2a54775b19a043bcfdc708364f74f8e44", "CheckpointFinalized(uint64,int256)", {"checkpointTimestamp": indexed(p.uint64), "totalShareDeltaWei": p.int256}),
    EigenPodStaked: event("0x606865b7934a25d4aed43f6cdb426403353fa4b3009c4d228407474581b01e23", "EigenPodStaked(bytes)", {"pubkey": p.bytes}),
    Initialized: event("0x7f26b83ff96e1f2b6a682f133852f6798a09c465da95921460cefb3847402498", "Initialized(uint8)", {"version": p.uint8}),
    NonBeaconChainETHReceived: event("0x6fdd3dbdb173299608c0aa9f368735857c8842b581f8389238bf05bd04b3bf49", "NonBeaconChainETHReceived(uint256)", {"amountReceived": p.uint256}),
    ProofSubmitterUpdated: event("0xfb8129080a19d34dceac04ba253fc50304dc86c729bd63cdca4a969ad19a5eac", "ProofSubmitterUpdated(address,address)", {"prevProofSubmitter": p.address, "newProofSubmitter": p.address}),
    RestakedBeaconChainETHWithdrawn: event("0x8947fd2ce07ef9cc302c4e8f0461015615d91ce851564839e91cc804c2f49d8e", "RestakedBeaconChainETHWithdrawn(address,uint256)", {"recipient": indexed(p.address), "amount": p.uint256}),
    ValidatorBalanceUpdated: event("0x0e5fac175b83177cc047381e030d8fb3b42b37bd1c025e22c280facad62c32df", "ValidatorBalanceUpdated(uint40,uint64,uint64)", {"validatorIndex": p.uint40, "balanceTimestamp": p.uint64, "newValidatorBalanceGwei": p.uint64}),
    ValidatorCheckpointed: event("0xa91c59033c3423e18b54d0acecebb4972f9ea95aedf5f4cae3b677b02eaf3a3f", "ValidatorCheckpointed(uint64,uint40)", {"checkpointTimestamp": indexed(p.uint64), "validatorIndex": indexed(p.uint40)}),
    ValidatorRestaked: event("0x2d0800bbc377ea54a08c5db6a87aafff5e3e9c8fead0eda110e40e0c10441449", "ValidatorRestaked(uint40)", {"validatorIndex": p.uint40}),
    ValidatorWithdrawn: event("0x2a02361ffa66cf2c2da4682c2355a6adcaa9f6c227b6e6563e68480f9587626a", "ValidatorWithdrawn(uint64,uint40)", {"checkpointTimestamp": indexed(p.uint64), "validatorIndex": indexed(p.uint40)}),
}

export const functions = {
    GENESIS_TIME: viewFun("0xf2882461", "GENESIS_TIME()", {}, p.uint64),
    activeValidatorCount: viewFun("0x2340e8d3", "activeValidatorCount()", {}, p.uint256),
    checkpointBalanceExitedGwei: viewFun("0x52396a59", "checkpointBalanceExitedGwei(uint64)", {"_0": p.uint64}, p.uint64),
    currentCheckpoint: viewFun("0x47d28372", "currentCheckpoint()", {}, p.struct({"beaconBlockRoot": p.bytes32, "proofsRemaining": p.uint24, "podBalanceGwei": p.uint64, "balanceDeltasGwei": p.int128})),
    currentCheckpointTimestamp: viewFun("0x42ecff2a", "currentCheckpointTimestamp()", {}, p.uint64),
    eigenPodManager: viewFun("0x4665bcda", "eigenPodManager()", {}, p.address),
    ethPOS: viewFun("0x74cdd798", "ethPOS()", {}, p.address),
    getParentBlockRoot: viewFun("0x6c0d2d5a", "getParentBlockRoot(uint64)", {"timestamp": p.uint64}, p.bytes32),
    initialize: fun("0xc4d66de8", "initialize(address)", {"_podOwner": p.address}, ),
    lastCheckpointTimestamp: viewFun("0xee94d67c", "lastCheckpointTimestamp()", {}, p.uint64),
    podOwner: viewFun("0x0b18ff66", "podOwner()", {}, p.address),
    proofSubmitter: viewFun("0x58753357", "proofSubmitter()", {}, p.address),
    recoverTokens: fun("0xdda3346c", "recoverTokens(address[],uint256[],address)", {"tokenList": p.array(p.address), "amountsToWithdraw": p.array(p.uint256), "recipient": p.address}, ),
    setProofSubmitter: fun("0xd06d5587", "setProofSubmitter(address)", {"newProofSubmitter": p.address}, ),
    stake: fun("0x9b4e4634", "stake(bytes,bytes,bytes32)", {"pubkey": p.bytes, "signature": p.bytes, "depositDataRoot": p.bytes32}, ),
    startCheckpoint: fun("0x88676cad", "startCheckpoint(bool)", {"revertIfNoBalance": p.bool}, ),
    validatorPubkeyHashToInfo: viewFun("0x6fcd0e53", "validatorPubkeyHashToInfo(bytes32)", {"validatorPubkeyHash": p.bytes32}, p.struct({"validatorIndex": p.uint64, "restakedBalanceGwei": p.uint64, "lastCheckpointedAt": p.uint64, "status": p.uint8})),
    validatorPubkeyToInfo: viewFun("0xb522538a", "validatorPubkeyToInfo(bytes)", {"validatorPubkey": p.bytes}, p.struct({"validatorIndex": p.uint64, "restakedBalanceGwei": p.uint64, "lastCheckpointedAt": p.uint64, "status": p.uint8})),
    'validatorStatus(bytes)': viewFun("0x58eaee79", "validatorStatus(bytes)", {"validatorPubkey": p.bytes}, p.uint8),
    'validatorStatus(bytes32)': viewFun("0x7439841f", "validatorStatus(bytes32)", {"pubkeyHash": p.bytes32}, p.uint8),
    verifyCheckpointProofs: fun("0xf074ba62", "verifyCheckpointProofs((bytes32,bytes),(bytes32,bytes32,bytes)[])", {"balanceContainerProof": p.struct({"balanceContainerRoot": p.bytes32, "proof": p.bytes}), "proofs": p.array(p.struct({"pubkeyHash": p.bytes32, "balanceRoot": p.bytes32, "proof": p.bytes}))}, ),
    verifyStaleBalance: fun("0x039157d2", "verifyStaleBalance(uint64,(bytes32,bytes),(bytes32[],bytes))", {"beaconTimestamp": p.uint64, "stateRootProof": p.struct({"beaconStateRoot": p.bytes32, "proof": p.bytes}), "proof": p.struct({"validatorFields": p.array(p.bytes32), "proof": p.bytes})}, ),
    verifyWithdrawalCredentials: fun("0x3f65cf19", "verifyWithdrawalCredentials(uint64,(bytes32,bytes),uint40[],bytes[],bytes32[][])", {"beaconTimestamp": p.uint64, "stateRootProof": p.struct({"beaconStateRoot": p.bytes32, "proof": p.bytes}), "validatorIndices": p.array(p.uint40), "validatorFieldsProofs": p.array(p.bytes), "validatorFields": p.array(p.array(p.bytes32))}, ),
    withdrawRestakedBeaconChainETH: fun("0xc4907442", "withdrawRestakedBeaconChainETH(address,uint256)", {"recipient": p.address, "amountWei": p.uint256}, ),
    withdrawableRestakedExecutionLayerGwei: viewFun("0x3474aa16", "withdrawableRestakedExecutionLayerGwei()", {}, p.uint64),
}

export class Contract extends ContractBase {

    GENESIS_TIME() {
        return this.eth_call(functions.GENESIS_TIME, {})
    }

    activeValidatorCount() {
        return this.eth_call(functions.activeValidatorCount, {})
    }

    checkpointBalanceExitedGwei(_0: CheckpointBalanceExitedGweiParams["_0"]) {
        return this.eth_call(functions.checkpointBalanceExitedGwei, {_0})
    }

    currentCheckpoint() {
        return this.eth_call(functions.currentCheckpoint, {})
    }

    currentCheckpointTimestamp() {
        return this.eth_call(functions.currentCheckpointTimestamp, {})
    }

    eigenPodManager() {
        return this.eth_call(functions.eigenPodManager, {})
    }

    ethPOS() {
        return this.eth_call(functions.ethPOS, {})
    }

    getParentBlockRoot(timestamp: GetParentBlockRootParams["timestamp"]) {
        return this.eth_call(functions.getParentBlockRoot, {timestamp})
    }

    lastCheckpointTimestamp() {
        return this.eth_call(functions.lastCheckpointTimestamp, {})
    }

    podOwner() {
        return this.eth_call(functions.podOwner, {})
    }

    proofSubmitter() {
        return this.eth_call(functions.proofSubmitter, {})
    }

    validatorPubkeyHashToInfo(validatorPubkeyHash: ValidatorPubkeyHashToInfoParams["validatorPubkeyHash"]) {
        return this.eth_call(functions.validatorPubkeyHashToInfo, {validatorPubkeyHash})
    }

    validatorPubkeyToInfo(validatorPubkey: ValidatorPubkeyToInfoParams["validatorPubkey"]) {
        return this.eth_call(functions.validatorPubkeyToInfo, {validatorPubkey})
    }

    'validatorStatus(bytes)'(validatorPubkey: ValidatorStatusParams_0["validatorPubkey"]) {
        return this.eth_call(functions['validatorStatus(bytes)'], {validatorPubkey})
    }

    'validatorStatus(bytes32)'(pubkeyHash: ValidatorStatusParams_1["pubkeyHash"]) {
        return this.eth_call(functions['validatorStatus(bytes32)'], {pubkeyHash})
    }

    withdrawableRestakedExecutionLayerGwei() {
        return this.eth_call(functions.withdrawableRestakedExecutionLayerGwei, {})
    }
}

/// Event types
export type CheckpointCreatedEventArgs = EParams<typeof events.CheckpointCreated>
export type CheckpointFinalizedEventArgs = EParams<typeof events.CheckpointFinalized>
export type EigenPodStakedEventArgs = EParams<typeof events.EigenPodStaked>
export type InitializedEventArgs = EParams<typeof events.Initialized>
export type NonBeaconChainETHReceivedEventArgs = EParams<typeof events.NonBeaconChainETHReceived>
export type ProofSubmitterUpdatedEventArgs = EParams<typeof events.ProofSubmitterUpdated>
export type RestakedBeaconChainETHWithdrawnEventArgs = EParams<typeof events.RestakedBeaconChainETHWithdrawn>
export type ValidatorBalanceUpdatedEventArgs = EParams<typeof events.ValidatorBalanceUpdated>
export type ValidatorCheckpointedEventArgs = EParams<typeof events.ValidatorCheckpointed>
export type ValidatorRestakedEventArgs = EParams<typeof events.ValidatorRestaked>
export type ValidatorWithdrawnEventArgs = EParams<typeof events.ValidatorWithdrawn>

/// Function types
export type GENESIS_TIMEParams = FunctionArguments<typeof functions.GENESIS_TIME>
export type GENESIS_TIMEReturn = FunctionReturn<typeof functions.GENESIS_TIME>

export type ActiveValidatorCountParams = FunctionArguments<typeof functions.activeValidatorCount>
export type ActiveValidatorCountReturn = FunctionReturn<typeof functions.activeValidatorCount>

export type CheckpointBalanceExitedGweiParams = FunctionArguments<typeof functions.checkpointBalanceExitedGwei>
export type CheckpointBalanceExitedGweiReturn = FunctionReturn<typeof functions.checkpointBalanceExitedGwei>

export type CurrentCheckpointParams = FunctionArguments<typeof functions.currentCheckpoint>
export type CurrentCheckpointReturn = FunctionReturn<typeof functions.currentCheckpoint>

export type CurrentCheckpointTimestampParams = FunctionArguments<typeof functions.currentCheckpointTimestamp>
export type CurrentCheckpointTimestampReturn = FunctionReturn<typeof functions.currentCheckpointTimestamp>

export type EigenPodManagerParams = FunctionArguments<typeof functions.eigenPodManager>
export type EigenPodManagerReturn = FunctionReturn<typeof functions.eigenPodManager>

export type EthPOSParams = FunctionArguments<typeof functions.ethPOS>
export type EthPOSReturn = FunctionReturn<typeof functions.ethPOS>

export type GetParentBlockRootParams = FunctionArguments<typeof functions.getParentBlockRoot>
export type GetParentBlockRootReturn = FunctionReturn<typeof functions.getParentBlockRoot>

export type InitializeParams = FunctionArguments<typeof functions.initialize>
export type InitializeReturn = FunctionReturn<typeof functions.initialize>

export type LastCheckpointTimestampParams = FunctionArguments<typeof functions.lastCheckpointTimestamp>
export type LastCheckpointTimestampReturn = FunctionReturn<typeof functions.lastCheckpointTimestamp>

export type PodOwnerParams = FunctionArguments<typeof functions.podOwner>
export type PodOwnerReturn = FunctionReturn<typeof functions.podOwner>

export type ProofSubmitterParams = FunctionArguments<typeof functions.proofSubmitter>
export type ProofSubmitterReturn = FunctionReturn<typeof functions.proofSubmitter>

export type RecoverTokensParams = FunctionArguments<typeof functions.recoverTokens>
export type RecoverTokensReturn = FunctionReturn<typeof functions.recoverTokens>

export type SetProofSubmitterParams = FunctionArguments<typeof functions.setProofSubmitter>
export type SetProofSubmitterReturn = FunctionReturn<typeof functions.setProofSubmitter>

export type StakeParams = FunctionArguments<typeof functions.stake>
export type StakeReturn = FunctionReturn<typeof functions.stake>

export type StartCheckpointParams = FunctionArguments<typeof functions.startCheckpoint>
export type StartCheckpointReturn = FunctionReturn<typeof functions.startCheckpoint>

export type ValidatorPubkeyHashToInfoParams = FunctionArguments<typeof functions.validatorPubkeyHashToInfo>
export type ValidatorPubkeyHashToInfoReturn = FunctionReturn<typeof functions.validatorPubkeyHashToInfo>

export type ValidatorPubkeyToInfoParams = FunctionArguments<typeof functions.validatorPubkeyToInfo>
export type ValidatorPubkeyToInfoReturn = FunctionReturn<typeof functions.validatorPubkeyToInfo>

export type ValidatorStatusParams_0 = FunctionArguments<typeof functions['validatorStatus(bytes)']>
export type ValidatorStatusReturn_0 = FunctionReturn<typeof functions['validatorStatus(bytes)']>

export type ValidatorStatusParams_1 = FunctionArguments<typeof functions['validatorStatus(bytes32)']>
export type ValidatorStatusReturn_1 = FunctionReturn<typeof functions['validatorStatus(bytes32)']>

export type VerifyCheckpointProofsParams = FunctionArguments<typeof functions.verifyCheckpointProofs>
export type VerifyCheckpointProofsReturn = FunctionReturn<typeof functions.verifyCheckpointProofs>

export type VerifyStaleBalanceParams = FunctionArguments<typeof functions.verifyStaleBalance>
export type VerifyStaleBalanceReturn = FunctionReturn<typeof functions.verifyStaleBalance>

export type VerifyWithdrawalCredentialsParams = FunctionArguments<typeof functions.verifyWithdrawalCredentials>
export type VerifyWithdrawalCredentialsReturn = FunctionReturn<typeof functions.verifyWithdrawalCredentials>

export type WithdrawRestakedBeaconChainETHParams = FunctionArguments<typeof functions.withdrawRestakedBeaconChainETH>
export type WithdrawRestakedBeaconChainETHReturn = FunctionReturn<typeof functions.withdrawRestakedBeaconChainETH>

export type WithdrawableRestakedExecutionLayerGweiParams = FunctionArguments<typeof functions.withdrawableRestakedExecutionLayerGwei>
export type WithdrawableRestakedExecutionLayerGweiReturn = FunctionReturn<typeof functions.withdrawableRestakedExecutionLayerGwei>

