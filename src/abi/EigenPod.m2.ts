import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    EigenPodStaked: event("0x606865b7934a25d4aed43f6cdb426403353fa4b3009c4d228407474581b01e23", "EigenPodStaked(bytes)", {"pubkey": p.bytes}),
    FullWithdrawalRedeemed: event("0xb76a93bb649ece524688f1a01d184e0bbebcda58eae80c28a898bec3fb5a0963", "FullWithdrawalRedeemed(uint40,uint64,address,uint64)", {"validatorIndex": p.uint40, "withdrawalTimestamp": p.uint64, "recipient": indexed(p.address), "withdrawalAmountGwei": p.uint64}),
    Initialized: event("0x7f26b83ff96e1f2b6a682f133852f6798a09c465da95921460cefb3847402498", "Initialized(uint8)", {"version": p.uint8}),
    NonBeaconChainETHReceived: event("0x6fdd3dbdb173299608c0aa9f368735857c8842b581f8389238bf05bd04b3bf49", "NonBeaconChainETHReceived(uint256)", {"amountReceived": p.uint256}),
    NonBeaconChainETHWithdrawn: event("0x30420aacd028abb3c1fd03aba253ae725d6ddd52d16c9ac4cb5742cd43f53096", "NonBeaconChainETHWithdrawn(address,uint256)", {"recipient": indexed(p.address), "amountWithdrawn": p.uint256}),
    PartialWithdrawalRedeemed: event("0x8a7335714231dbd551aaba6314f4a97a14c201e53a3e25e1140325cdf67d7a4e", "PartialWithdrawalRedeemed(uint40,uint64,address,uint64)", {"validatorIndex": p.uint40, "withdrawalTimestamp": p.uint64, "recipient": indexed(p.address), "partialWithdrawalAmountGwei": p.uint64}),
    RestakedBeaconChainETHWithdrawn: event("0x8947fd2ce07ef9cc302c4e8f0461015615d91ce851564839e91cc804c2f49d8e", "RestakedBeaconChainETHWithdrawn(address,uint256)", {"recipient": indexed(p.address), "amount": p.uint256}),
    RestakingActivated: event("0xca8dfc8c5e0a67a74501c072a3325f685259bebbae7cfd230ab85198a78b70cd", "RestakingActivated(address)", {"podOwner": indexed(p.address)}),
    ValidatorBalanceUpdated: event("0x0e5fac175b83177cc047381e030d8fb3b42b37bd1c025e22c280facad62c32df", "ValidatorBalanceUpdated(uint40,uint64,uint64)", {"validatorIndex": p.uint40, "balanceTimestamp": p.uint64, "newValidatorBalanceGwei": p.uint64}),
    ValidatorRestaked: event("0x2d0800bbc377ea54a08c5db6a87aafff5e3e9c8fead0eda110e40e0c10441449", "ValidatorRestaked(uint40)", {"validatorIndex": p.uint40}),
}

export const functions = {
    GENESIS_TIME: viewFun("0xf2882461", "GENESIS_TIME()", {}, p.uint64),
    MAX_RESTAKED_BALANCE_GWEI_PER_VALIDATOR: viewFun("0x1d905d5c", "MAX_RESTAKED_BALANCE_GWEI_PER_VALIDATOR()", {}, p.uint64),
    activateRestaking: fun("0x0cd4649e", "activateRestaking()", {}, ),
    delayedWithdrawalRouter: viewFun("0x1a5057be", "delayedWithdrawalRouter()", {}, p.address),
    eigenPodManager: viewFun("0x4665bcda", "eigenPodManager()", {}, p.address),
    ethPOS: viewFun("0x74cdd798", "ethPOS()", {}, p.address),
    hasRestaked: viewFun("0x3106ab53", "hasRestaked()", {}, p.bool),
    initialize: fun("0xc4d66de8", "initialize(address)", {"_podOwner": p.address}, ),
    mostRecentWithdrawalTimestamp: viewFun("0x87e0d289", "mostRecentWithdrawalTimestamp()", {}, p.uint64),
    nonBeaconChainETHBalanceWei: viewFun("0xfe80b087", "nonBeaconChainETHBalanceWei()", {}, p.uint256),
    podOwner: viewFun("0x0b18ff66", "podOwner()", {}, p.address),
    provenWithdrawal: viewFun("0x34bea20a", "provenWithdrawal(bytes32,uint64)", {"_0": p.bytes32, "_1": p.uint64}, p.bool),
    recoverTokens: fun("0xdda3346c", "recoverTokens(address[],uint256[],address)", {"tokenList": p.array(p.address), "amountsToWithdraw": p.array(p.uint256), "recipient": p.address}, ),
    stake: fun("0x9b4e4634", "stake(bytes,bytes,bytes32)", {"pubkey": p.bytes, "signature": p.bytes, "depositDataRoot": p.bytes32}, ),
    sumOfPartialWithdrawalsClaimedGwei: viewFun("0x5d3f65b6", "sumOfPartialWithdrawalsClaimedGwei()", {}, p.uint64),
    validatorPubkeyHashToInfo: viewFun("0x6fcd0e53", "validatorPubkeyHashToInfo(bytes32)", {"validatorPubkeyHash": p.bytes32}, p.struct({"validatorIndex": p.uint64, "restakedBalanceGwei": p.uint64, "mostRecentBalanceUpdateTimestamp": p.uint64, "status": p.uint8})),
    validatorPubkeyToInfo: viewFun("0xb522538a", "validatorPubkeyToInfo(bytes)", {"validatorPubkey": p.bytes}, p.struct({"validatorIndex": p.uint64, "restakedBalanceGwei": p.uint64, "mostRecentBalanceUpdateTimestamp": p.uint64, "status": p.uint8})),
    'validatorStatus(bytes)': viewFun("0x58eaee79", "validatorStatus(bytes)", {"validatorPubkey": p.bytes}, p.uint8),
    'validatorStatus(bytes32)': viewFun("0x7439841f", "validatorStatus(bytes32)", {"pubkeyHash": p.bytes32}, p.uint8),
    verifyAndProcessWithdrawals: fun("0xe251ef52", "verifyAndProcessWithdrawals(uint64,(bytes32,bytes),(bytes,bytes,bytes,bytes,bytes,uint64,uint64,uint64,bytes32,bytes32,bytes32,bytes32)[],bytes[],bytes32[][],bytes32[][])", {"oracleTimestamp": p.uint64, "stateRootProof": p.struct({"beaconStateRoot": p.bytes32, "proof": p.bytes}), "withdrawalProofs": p.array(p.struct({"withdrawalProof": p.bytes, "slotProof": p.bytes, "executionPayloadProof": p.bytes, "timestampProof": p.bytes, "historicalSummaryBlockRootProof": p.bytes, "blockRootIndex": p.uint64, "historicalSummaryIndex": p.uint64, "withdrawalIndex": p.uint64, "blockRoot": p.bytes32, "slotRoot": p.bytes32, "timestampRoot": p.bytes32, "executionPayloadRoot": p.bytes32})), "validatorFieldsProofs": p.array(p.bytes), "validatorFields": p.array(p.array(p.bytes32)), "withdrawalFields": p.array(p.array(p.bytes32))}, ),
    verifyBalanceUpdates: fun("0xa50600f4", "verifyBalanceUpdates(uint64,uint40[],(bytes32,bytes),bytes[],bytes32[][])", {"oracleTimestamp": p.uint64, "validatorIndices": p.array(p.uint40), "stateRootProof": p.struct({"beaconStateRoot": p.bytes32, "proof": p.bytes}), "validatorFieldsProofs": p.array(p.bytes), "validatorFields": p.array(p.array(p.bytes32))}, ),
    verifyWithdrawalCredentials: fun("0x3f65cf19", "verifyWithdrawalCredentials(uint64,(bytes32,bytes),uint40[],bytes[],bytes32[][])", {"oracleTimestamp": p.uint64, "stateRootProof": p.struct({"beaconStateRoot": p.bytes32, "proof": p.bytes}), "validatorIndices": p.array(p.uint40), "validatorFieldsProofs": p.array(p.bytes), "validatorFields": p.array(p.array(p.bytes32))}, ),
    withdrawBeforeRestaking: fun("0xbaa7145a", "withdrawBeforeRestaking()", {}, ),
    withdrawNonBeaconChainETHBalanceWei: fun("0xe2c83445", "withdrawNonBeaconChainETHBalanceWei(address,uint256)", {"recipient": p.address, "amountToWithdraw": p.uint256}, ),
    withdrawRestakedBeaconChainETH: fun("0xc4907442", "withdrawRestakedBeaconChainETH(address,uint256)", {"recipient": p.address, "amountWei": p.uint256}, ),
    withdrawableRestakedExecutionLayerGwei: viewFun("0x3474aa16", "withdrawableRestakedExecutionLayerGwei()", {}, p.uint64),
}

export class Contract extends ContractBase {

    GENESIS_TIME() {
        return this.eth_call(functions.GENESIS_TIME, {})
    }

    MAX_RESTAKED_BALANCE_GWEI_PER_VALIDATOR() {
        return this.eth_call(functions.MAX_RESTAKED_BALANCE_GWEI_PER_VALIDATOR, {})
    }

    delayedWithdrawalRouter() {
        return this.eth_call(functions.delayedWithdrawalRouter, {})
    }

    eigenPodManager() {
        return this.eth_call(functions.eigenPodManager, {})
    }

    ethPOS() {
        return this.eth_call(functions.ethPOS, {})
    }

    hasRestaked() {
        return this.eth_call(functions.hasRestaked, {})
    }

    mostRecentWithdrawalTimestamp() {
        return this.eth_call(functions.mostRecentWithdrawalTimestamp, {})
    }

    nonBeaconChainETHBalanceWei() {
        return this.eth_call(functions.nonBeaconChainETHBalanceWei, {})
    }

    podOwner() {
        return this.eth_call(functions.podOwner, {})
    }

    provenWithdrawal(_0: ProvenWithdrawalParams["_0"], _1: ProvenWithdrawalParams["_1"]) {
        return this.eth_call(functions.provenWithdrawal, {_0, _1})
    }

    sumOfPartialWithdrawalsClaimedGwei() {
        return this.eth_call(functions.sumOfPartialWithdrawalsClaimedGwei, {})
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
export type EigenPodStakedEventArgs = EParams<typeof events.EigenPodStaked>
export type FullWithdrawalRedeemedEventArgs = EParams<typeof events.FullWithdrawalRedeemed>
export type InitializedEventArgs = EParams<typeof events.Initialized>
export type NonBeaconChainETHReceivedEventArgs = EParams<typeof events.NonBeaconChainETHReceived>
export type NonBeaconChainETHWithdrawnEventArgs = EParams<typeof events.NonBeaconChainETHWithdrawn>
export type PartialWithdrawalRedeemedEventArgs = EParams<typeof events.PartialWithdrawalRedeemed>
export type RestakedBeaconChainETHWithdrawnEventArgs = EParams<typeof events.RestakedBeaconChainETHWithdrawn>
export type RestakingActivatedEventArgs = EParams<typeof events.RestakingActivated>
export type ValidatorBalanceUpdatedEventArgs = EParams<typeof events.ValidatorBalanceUpdated>
export type ValidatorRestakedEventArgs = EParams<typeof events.ValidatorRestaked>

/// Function types
export type GENESIS_TIMEParams = FunctionArguments<typeof functions.GENESIS_TIME>
export type GENESIS_TIMEReturn = FunctionReturn<typeof functions.GENESIS_TIME>

export type MAX_RESTAKED_BALANCE_GWEI_PER_VALIDATORParams = FunctionArguments<typeof functions.MAX_RESTAKED_BALANCE_GWEI_PER_VALIDATOR>
export type MAX_RESTAKED_BALANCE_GWEI_PER_VALIDATORReturn = FunctionReturn<typeof functions.MAX_RESTAKED_BALANCE_GWEI_PER_VALIDATOR>

export type ActivateRestakingParams = FunctionArguments<typeof functions.activateRestaking>
export type ActivateRestakingReturn = FunctionReturn<typeof functions.activateRestaking>

export type DelayedWithdrawalRouterParams = FunctionArguments<typeof functions.delayedWithdrawalRouter>
export type DelayedWithdrawalRouterReturn = FunctionReturn<typeof functions.delayedWithdrawalRouter>

export type EigenPodManagerParams = FunctionArguments<typeof functions.eigenPodManager>
export type EigenPodManagerReturn = FunctionReturn<typeof functions.eigenPodManager>

export type EthPOSParams = FunctionArguments<typeof functions.ethPOS>
export type EthPOSReturn = FunctionReturn<typeof functions.ethPOS>

export type HasRestakedParams = FunctionArguments<typeof functions.hasRestaked>
export type HasRestakedReturn = FunctionReturn<typeof functions.hasRestaked>

export type InitializeParams = FunctionArguments<typeof functions.initialize>
export type InitializeReturn = FunctionReturn<typeof functions.initialize>

export type MostRecentWithdrawalTimestampParams = FunctionArguments<typeof functions.mostRecentWithdrawalTimestamp>
export type MostRecentWithdrawalTimestampReturn = FunctionReturn<typeof functions.mostRecentWithdrawalTimestamp>

export type NonBeaconChainETHBalanceWeiParams = FunctionArguments<typeof functions.nonBeaconChainETHBalanceWei>
export type NonBeaconChainETHBalanceWeiReturn = FunctionReturn<typeof functions.nonBeaconChainETHBalanceWei>

export type PodOwnerParams = FunctionArguments<typeof functions.podOwner>
export type PodOwnerReturn = FunctionReturn<typeof functions.podOwner>

export type ProvenWithdrawalParams = FunctionArguments<typeof functions.provenWithdrawal>
export type ProvenWithdrawalReturn = FunctionReturn<typeof functions.provenWithdrawal>

export type RecoverTokensParams = FunctionArguments<typeof functions.recoverTokens>
export type RecoverTokensReturn = FunctionReturn<typeof functions.recoverTokens>

export type StakeParams = FunctionArguments<typeof functions.stake>
export type StakeReturn = FunctionReturn<typeof functions.stake>

export type SumOfPartialWithdrawalsClaimedGweiParams = FunctionArguments<typeof functions.sumOfPartialWithdrawalsClaimedGwei>
export type SumOfPartialWithdrawalsClaimedGweiReturn = FunctionReturn<typeof functions.sumOfPartialWithdrawalsClaimedGwei>

export type ValidatorPubkeyHashToInfoParams = FunctionArguments<typeof functions.validatorPubkeyHashToInfo>
export type ValidatorPubkeyHashToInfoReturn = FunctionReturn<typeof functions.validatorPubkeyHashToInfo>

export type ValidatorPubkeyToInfoParams = FunctionArguments<typeof functions.validatorPubkeyToInfo>
export type ValidatorPubkeyToInfoReturn = FunctionReturn<typeof functions.validatorPubkeyToInfo>

export type ValidatorStatusParams_0 = FunctionArguments<typeof functions['validatorStatus(bytes)']>
export type ValidatorStatusReturn_0 = FunctionReturn<typeof functions['validatorStatus(bytes)']>

export type ValidatorStatusParams_1 = FunctionArguments<typeof functions['validatorStatus(bytes32)']>
export type ValidatorStatusReturn_1 = FunctionReturn<typeof functions['validatorStatus(bytes32)']>

export type VerifyAndProcessWithdrawalsParams = FunctionArguments<typeof functions.verifyAndProcessWithdrawals>
export type VerifyAndProcessWithdrawalsReturn = FunctionReturn<typeof functions.verifyAndProcessWithdrawals>

export type VerifyBalanceUpdatesParams = FunctionArguments<typeof functions.verifyBalanceUpdates>
export type VerifyBalanceUpdatesReturn = FunctionReturn<typeof functions.verifyBalanceUpdates>

export type VerifyWithdrawalCredentialsParams = FunctionArguments<typeof functions.verifyWithdrawalCredentials>
export type VerifyWithdrawalCredentialsReturn = FunctionReturn<typeof functions.verifyWithdrawalCredentials>

export type WithdrawBeforeRestakingParams = FunctionArguments<typeof functions.withdrawBeforeRestaking>
export type WithdrawBeforeRestakingReturn = FunctionReturn<typeof functions.withdrawBeforeRestaking>

export type WithdrawNonBeaconChainETHBalanceWeiParams = FunctionArguments<typeof functions.withdrawNonBeaconChainETHBalanceWei>
export type WithdrawNonBeaconChainETHBalanceWeiReturn = FunctionReturn<typeof functions.withdrawNonBeaconChainETHBalanceWei>

export type WithdrawRestakedBeaconChainETHParams = FunctionArguments<typeof functions.withdrawRestakedBeaconChainETH>
export type WithdrawRestakedBeaconChainETHReturn = FunctionReturn<typeof functions.withdrawRestakedBeaconChainETH>

export type WithdrawableRestakedExecutionLayerGweiParams = FunctionArguments<typeof functions.withdrawableRestakedExecutionLayerGwei>
export type WithdrawableRestakedExecutionLayerGweiReturn = FunctionReturn<typeof functions.withdrawableRestakedExecutionLayerGwei>

