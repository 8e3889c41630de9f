import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    EigenPodStaked: event("0x606865b7934a25d4aed43f6cdb426403353fa4b3009c4d228407474581b01e23", "EigenPodStaked(bytes)", {"pubkey": p.bytes}),
    FullWithdrawalRedeemed: event("0x7341859cc78ba6561939cd5245350631bfaddbc9a16ade2aa7d698c16e8f1d94", "FullWithdrawalRedeemed(uint40,address,uint64)", {"validatorIndex": p.uint40, "recipient": indexed(p.address), "withdrawalAmountGwei": p.uint64}),
    Initialized: event("0x7f26b83ff96e1f2b6a682f133852f6798a09c465da95921460cefb3847402498", "Initialized(uint8)", {"version": p.uint8}),
    PartialWithdrawalRedeemed: event("0x56d746a6c4b72294c7b70b592e8e37d22c732ebd3f9fe9c8539d704b43a950b9", "PartialWithdrawalRedeemed(uint40,address,uint64)", {"validatorIndex": p.uint40, "recipient": indexed(p.address), "partialWithdrawalAmountGwei": p.uint64}),
    RestakedBeaconChainETHWithdrawn: event("0x8947fd2ce07ef9cc302c4e8f0461015615d91ce851564839e91cc804c2f49d8e", "RestakedBeaconChainETHWithdrawn(address,uint256)", {"recipient": indexed(p.address), "amount": p.uint256}),
    ValidatorOvercommitted: event("0x39436dbc3ba65889c15d38b42ce4be0e2da99723fdebaf0e12df341b5e6e5fd5", "ValidatorOvercommitted(uint40)", {"validatorIndex": p.uint40}),
    ValidatorRestaked: event("0x2d0800bbc377ea54a08c5db6a87aafff5e3e9c8fead0eda110e40e0c10441449", "ValidatorRestaked(uint40)", {"validatorIndex": p.uint40}),
}

export const functions = {
    REQUIRED_BALANCE_GWEI: viewFun("0x517355dd", "REQUIRED_BALANCE_GWEI()", {}, p.uint64),
    REQUIRED_BALANCE_WEI: viewFun("0x32b58cd7", "REQUIRED_BALANCE_WEI()", {}, p.uint256),
    delayedWithdrawalRouter: viewFun("0x1a5057be", "delayedWithdrawalRouter()", {}, p.address),
    eigenPodManager: viewFun("0x4665bcda", "eigenPodManager()", {}, p.address),
    ethPOS: viewFun("0x74cdd798", "ethPOS()", {}, p.address),
    hasRestaked: viewFun("0x3106ab53", "hasRestaked()", {}, p.bool),
    initialize: fun("0xc4d66de8", "initialize(address)", {"_podOwner": p.address}, ),
    mostRecentWithdrawalBlockNumber: viewFun("0xef801571", "mostRecentWithdrawalBlockNumber()", {}, p.uint64),
    podOwner: viewFun("0x0b18ff66", "podOwner()", {}, p.address),
    provenPartialWithdrawal: viewFun("0xddf4639a", "provenPartialWithdrawal(uint40,uint64)", {"_0": p.uint40, "_1": p.uint64}, p.bool),
    restakedExecutionLayerGwei: viewFun("0x1e415863", "restakedExecutionLayerGwei()", {}, p.uint64),
    stake: fun("0x9b4e4634", "stake(bytes,bytes,bytes32)", {"pubkey": p.bytes, "signature": p.bytes, "depositDataRoot": p.bytes32}, ),
    validatorStatus: viewFun("0xb18a69f6", "validatorStatus(uint40)", {"_0": p.uint40}, p.uint8),
    verifyAndProcessWithdrawal: fun("0x507fa7f6", "verifyAndProcessWithdrawal((bytes,bytes,bytes,bytes,bytes,uint64,uint64,bytes32,bytes32,bytes32,bytes32,bytes32),bytes,bytes32[],bytes32[],uint256,uint64)", {"withdrawalProofs": p.struct({"blockHeaderProof": p.bytes, "withdrawalProof": p.bytes, "slotProof": p.bytes, "executionPayloadProof": p.bytes, "blockNumberProof": p.bytes, "blockHeaderRootIndex": p.uint64, "withdrawalIndex": p.uint64, "blockHeaderRoot": p.bytes32, "blockBodyRoot": p.bytes32, "slotRoot": p.bytes32, "blockNumberRoot": p.bytes32, "executionPayloadRoot": p.bytes32}), "validatorFieldsProof": p.bytes, "validatorFields": p.array(p.bytes32), "withdrawalFields": p.array(p.bytes32), "beaconChainETHStrategyIndex": p.uint256, "oracleBlockNumber": p.uint64}, ),
    verifyOvercommittedStake: fun("0xb08b4198", "verifyOvercommittedStake(uint40,(bytes,bytes,bytes32),bytes32[],uint256,uint64)", {"validatorIndex": p.uint40, "proofs": p.struct({"validatorFieldsProof": p.bytes, "validatorBalanceProof": p.bytes, "balanceRoot": p.bytes32}), "validatorFields": p.array(p.bytes32), "beaconChainETHStrategyIndex": p.uint256, "oracleBlockNumber": p.uint64}, ),
    verifyWithdrawalCredentialsAndBalance: fun("0x51f07208", "verifyWithdrawalCredentialsAndBalance(uint64,uint40,(bytes,bytes,bytes32),bytes32[])", {"oracleBlockNumber": p.uint64, "validatorIndex": p.uint40, "proofs": p.struct({"validatorFieldsProof": p.bytes, "validatorBalanceProof": p.bytes, "balanceRoot": p.bytes32}), "validatorFields": p.array(p.bytes32)}, ),
    withdrawBeforeRestaking: fun("0xbaa7145a", "withdrawBeforeRestaking()", {}, ),
    withdrawRestakedBeaconChainETH: fun("0xc4907442", "withdrawRestakedBeaconChainETH(address,uint256)", {"recipient": p.address, "amountWei": p.uint256}, ),
}

export class Contract extends ContractBase {

    REQUIRED_BALANCE_GWEI() {
        return this.eth_call(functions.REQUIRED_BALANCE_GWEI, {})
    }

    REQUIRED_BALANCE_WEI() {
        return this.eth_call(functions.REQUIRED_BALANCE_WEI, {})
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

    mostRecentWithdrawalBlockNumber() {
        return this.eth_call(functions.mostRecentWithdrawalBlockNumber, {})
    }

    podOwner() {
        return this.eth_call(functions.podOwner, {})
    }

    provenPartialWithdrawal(_0: ProvenPartialWithdrawalParams["_0"], _1: ProvenPartialWithdrawalParams["_1"]) {
        return this.eth_call(functions.provenPartialWithdrawal, {_0, _1})
    }

    restakedExecutionLayerGwei() {
        return this.eth_call(functions.restakedExecutionLayerGwei, {})
    }

    validatorStatus(_0: ValidatorStatusParams["_0"]) {
        return this.eth_call(functions.validatorStatus, {_0})
    }
}

/// Event types
export type EigenPodStakedEventArgs = EParams<typeof events.EigenPodStaked>
export type FullWithdrawalRedeemedEventArgs = EParams<typeof events.FullWithdrawalRedeemed>
export type InitializedEventArgs = EParams<typeof events.Initialized>
export type PartialWithdrawalRedeemedEventArgs = EParams<typeof events.PartialWithdrawalRedeemed>
export type RestakedBeaconChainETHWithdrawnEventArgs = EParams<typeof events.RestakedBeaconChainETHWithdrawn>
export type ValidatorOvercommittedEventArgs = EParams<typeof events.ValidatorOvercommitted>
export type ValidatorRestakedEventArgs = EParams<typeof events.ValidatorRestaked>

/// Function types
export type REQUIRED_BALANCE_GWEIParams = FunctionArguments<typeof functions.REQUIRED_BALANCE_GWEI>
export type REQUIRED_BALANCE_GWEIReturn = FunctionReturn<typeof functions.REQUIRED_BALANCE_GWEI>

export type REQUIRED_BALANCE_WEIParams = FunctionArguments<typeof functions.REQUIRED_BALANCE_WEI>
export type REQUIRED_BALANCE_WEIReturn = FunctionReturn<typeof functions.REQUIRED_BALANCE_WEI>

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

export type MostRecentWithdrawalBlockNumberParams = FunctionArguments<typeof functions.mostRecentWithdrawalBlockNumber>
export type MostRecentWithdrawalBlockNumberReturn = FunctionReturn<typeof functions.mostRecentWithdrawalBlockNumber>

export type PodOwnerParams = FunctionArguments<typeof functions.podOwner>
export type PodOwnerReturn = FunctionReturn<typeof functions.podOwner>

export type ProvenPartialWithdrawalParams = FunctionArguments<typeof functions.provenPartialWithdrawal>
export type ProvenPartialWithdrawalReturn = FunctionReturn<typeof functions.provenPartialWithdrawal>

export type RestakedExecutionLayerGweiParams = FunctionArguments<typeof functions.restakedExecutionLayerGwei>
export type RestakedExecutionLayerGweiReturn = FunctionReturn<typeof functions.restakedExecutionLayerGwei>

export type StakeParams = FunctionArguments<typeof functions.stake>
export type StakeReturn = FunctionReturn<typeof functions.stake>

export type ValidatorStatusParams = FunctionArguments<typeof functions.validatorStatus>
export type ValidatorStatusReturn = FunctionReturn<typeof functions.validatorStatus>

export type VerifyAndProcessWithdrawalParams = FunctionArguments<typeof functions.verifyAndProcessWithdrawal>
export type VerifyAndProcessWithdrawalReturn = FunctionReturn<typeof functions.verifyAndProcessWithdrawal>

export type VerifyOvercommittedStakeParams = FunctionArguments<typeof functions.verifyOvercommittedStake>
export type VerifyOvercommittedStakeReturn = FunctionReturn<typeof functions.verifyOvercommittedStake>

export type VerifyWithdrawalCredentialsAndBalanceParams = FunctionArguments<typeof functions.verifyWithdrawalCredentialsAndBalance>
export type VerifyWithdrawalCredentialsAndBalanceReturn = FunctionReturn<typeof functions.verifyWithdrawalCredentialsAndBalance>

export type WithdrawBeforeRestakingParams = FunctionArguments<typeof functions.withdrawBeforeRestaking>
export type WithdrawBeforeRestakingReturn = FunctionReturn<typeof functions.withdrawBeforeRestaking>

export type WithdrawRestakedBeaconChainETHParams = FunctionArguments<typeof functions.withdrawRestakedBeaconChainETH>
export type WithdrawRestakedBeaconChainETHReturn = FunctionReturn<typeof functions.withdrawRestakedBeaconChainETH>

