import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    BondReduced: event("0x90e131460b9acb17565f1719b9ebc49998aec6b07a4743a09b1b700545769eb6", "BondReduced(uint256,uint256,uint256)", {"previousBondAmount": p.uint256, "newBondAmount": p.uint256, "time": p.uint256}),
    EtherDeposited: event("0xef51b4c870b8b0100eae2072e91db01222a303072af3728e58c9d4d2da33127f", "EtherDeposited(address,uint256,uint256)", {"from": indexed(p.address), "amount": p.uint256, "time": p.uint256}),
    EtherWithdrawalProcessed: event("0x3422b68c7062367a3ae581f8bf64158ddb63f02294a0abe7f32491787076f1b7", "EtherWithdrawalProcessed(address,uint256,uint256,uint256,uint256)", {"executed": indexed(p.address), "nodeAmount": p.uint256, "userAmount": p.uint256, "totalBalance": p.uint256, "time": p.uint256}),
    EtherWithdrawn: event("0xd5ca65e1ec4f4864fea7b9c5cb1ec3087a0dbf9c74641db3f6458edf445c4051", "EtherWithdrawn(address,uint256,uint256)", {"to": indexed(p.address), "amount": p.uint256, "time": p.uint256}),
    MinipoolPrestaked: event("0x889f738426ec48d04c92bdcce1bc71c7aab6ba5296a4e92cc28a58c680b0a4ae", "MinipoolPrestaked(bytes,bytes,bytes32,uint256,bytes,uint256)", {"validatorPubkey": p.bytes, "validatorSignature": p.bytes, "depositDataRoot": p.bytes32, "amount": p.uint256, "withdrawalCredentials": p.bytes, "time": p.uint256}),
    MinipoolPromoted: event("0xa5c869f853c40dbf5557240b202402a69e253565e0eb171fa239d8e95b1b1c2e", "MinipoolPromoted(uint256)", {"time": p.uint256}),
    MinipoolScrubbed: event("0xac58888447082d81defc760f4bd30b6196d9309777e161bce72c280a12a6ea68", "MinipoolScrubbed(uint256)", {"time": p.uint256}),
    MinipoolVacancyPrepared: event("0xf7cb92de8d4b074aafcfa9bdb83842b1ef40f49087a9eb04996d68a012de105c", "MinipoolVacancyPrepared(uint256,uint256,uint256)", {"bondAmount": p.uint256, "currentBalance": p.uint256, "time": p.uint256}),
    ScrubVoted: event("0xc038496c9b2fce7ae180c60886062197d0411e3c5d249053f188423280778a83", "ScrubVoted(address,uint256)", {"member": indexed(p.address), "time": p.uint256}),
    StatusUpdated: event("0x26725881c2a4290b02cd153d6599fd484f0d4e6062c361e740fbbe39e7ad6142", "StatusUpdated(uint8,uint256)", {"status": indexed(p.uint8), "time": p.uint256}),
}

export const functions = {
    beginUserDistribute: fun("0xf09fa332", "beginUserDistribute()", {}, ),
    calculateNodeShare: viewFun("0x1a69d18f", "calculateNodeShare(uint256)", {"_balance": p.uint256}, p.uint256),
    calculateUserShare: viewFun("0x19f18b1f", "calculateUserShare(uint256)", {"_balance": p.uint256}, p.uint256),
    canPromote: viewFun("0xc9c36b27", "canPromote()", {}, p.bool),
    canStake: viewFun("0x9ed27809", "canStake()", {}, p.bool),
    close: fun("0x43d726d6", "close()", {}, ),
    deposit: fun("0xd0e30db0", "deposit()", {}, ),
    dissolve: fun("0x3bef8a3a", "dissolve()", {}, ),
    distributeBalance: fun("0x54efc6e5", "distributeBalance(bool)", {"_rewardsOnly": p.bool}, ),
    finalise: fun("0xa4399263", "finalise()", {}, ),
    getDepositType: viewFun("0x5abd37e4", "getDepositType()", {}, p.uint8),
    getFinalised: viewFun("0xa129a5ee", "getFinalised()", {}, p.bool),
    getNodeAddress: viewFun("0x70dabc9e", "getNodeAddress()", {}, p.address),
    getNodeDepositAssigned: viewFun("0x69c089ea", "getNodeDepositAssigned()", {}, p.bool),
    getNodeDepositBalance: viewFun("0x74ca6bf2", "getNodeDepositBalance()", {}, p.uint256),
    getNodeFee: viewFun("0xe7150134", "getNodeFee()", {}, p.uint256),
    getNodeRefundBalance: viewFun("0xfbc02c42", "getNodeRefundBalance()", {}, p.uint256),
    getNodeTopUpValue: viewFun("0xd2ceebd1", "getNodeTopUpValue()", {}, p.uint256),
    getPreLaunchValue: viewFun("0xd6047def", "getPreLaunchValue()", {}, p.uint256),
    getPreMigrationBalance: viewFun("0x49b42321", "getPreMigrationBalance()", {}, p.uint256),
    getScrubVoted: viewFun("0xd45dc628", "getScrubVoted(address)", {"_member": p.address}, p.bool),
    getStatus: viewFun("0x4e69d560", "getStatus()", {}, p.uint8),
    getStatusBlock: viewFun("0xe67cd5b0", "getStatusBlock()", {}, p.uint256),
    getStatusTime: viewFun("0x3e0a56b0", "getStatusTime()", {}, p.uint256),
    getTotalScrubVotes: viewFun("0x68f449b2", "getTotalScrubVotes()", {}, p.uint256),
    getUserDepositAssigned: viewFun("0xd91eda62", "getUserDepositAssigned()", {}, p.bool),
    getUserDepositAssignedTime: viewFun("0xa2940a90", "getUserDepositAssignedTime()", {}, p.uint256),
    getUserDepositBalance: viewFun("0xe7e04aba", "getUserDepositBalance()", {}, p.uint256),
    getUserDistributed: viewFun("0x7bfaef7d", "getUserDistributed()", {}, p.bool),
    getVacant: viewFun("0xbbe38fe1", "getVacant()", {}, p.bool),
    initialise: fun("0x9d6a890f", "initialise(address)", {"_nodeAddress": p.address}, ),
    preDeposit: fun("0x3ca742e9", "preDeposit(uint256,bytes,bytes,bytes32)", {"_bondValue": p.uint256, "_validatorPubkey": p.bytes, "_validatorSignature": p.bytes, "_depositDataRoot": p.bytes32}, ),
    prepareVacancy: fun("0x0871ffef", "prepareVacancy(uint256,uint256)", {"_bondAmount": p.uint256, "_currentBalance": p.uint256}, ),
    promote: fun("0x13dc01dc", "promote()", {}, ),
    reduceBondAmount: fun("0xd191ea9c", "reduceBondAmount()", {}, ),
    refund: fun("0x590e1ae3", "refund()", {}, ),
    slash: fun("0x2da25de3", "slash()", {}, ),
    stake: fun("0xf7ae36d1", "stake(bytes,bytes32)", {"_validatorSignature": p.bytes, "_depositDataRoot": p.bytes32}, ),
    userDeposit: fun("0x48146113", "userDeposit()", {}, ),
    userDistributeAllowed: viewFun("0x23e4e3e4", "userDistributeAllowed()", {}, p.bool),
    version: viewFun("0x54fd4d50", "version()", {}, p.uint8),
    voteScrub: fun("0xe117d192", "voteScrub()", {}, ),
}

export class Contract extends ContractBase {

    calculateNodeShare(_balance: CalculateNodeShareParams["_balance"]) {
        return this.eth_call(functions.calculateNodeShare, {_balance})
    }

    calculateUserShare(_balance: CalculateUserShareParams["_balance"]) {
        return this.eth_call(functions.calculateUserShare, {_balance})
    }

    canPromote() {
        return this.eth_call(functions.canPromote, {})
    }

    canStake() {
        return this.eth_call(functions.canStake, {})
    }

    getDepositType() {
        return this.eth_call(functions.getDepositType, {})
    }

    getFinalised() {
        return this.eth_call(functions.getFinalised, {})
    }

    getNodeAddress() {
        return this.eth_call(functions.getNodeAddress, {})
    }

    getNodeDepositAssigned() {
        return this.eth_call(functions.getNodeDepositAssigned, {})
    }

    getNodeDepositBalance() {
        return this.eth_call(functions.getNodeDepositBalance, {})
    }

    getNodeFee() {
        return this.eth_call(functions.getNodeFee, {})
    }

    getNodeRefundBalance() {
        return this.eth_call(functions.getNodeRefundBalance, {})
    }

    getNodeTopUpValue() {
        return this.eth_call(functions.getNodeTopUpValue, {})
    }

    getPreLaunchValue() {
        return this.eth_call(functions.getPreLaunchValue, {})
    }

    getPreMigrationBalance() {
        return this.eth_call(functions.getPreMigrationBalance, {})
    }

    getScrubVoted(_member: GetScrubVotedParams["_member"]) {
        return this.eth_call(functions.getScrubVoted, {_member})
    }

    getStatus() {
        return this.eth_call(functions.getStatus, {})
    }

    getStatusBlock() {
        return this.eth_call(functions.getStatusBlock, {})
    }

    getStatusTime() {
        return this.eth_call(functions.getStatusTime, {})
    }

    getTotalScrubVotes() {
        return this.eth_call(functions.getTotalScrubVotes, {})
    }

    getUserDepositAssigned() {
        return this.eth_call(functions.getUserDepositAssigned, {})
    }

    getUserDepositAssignedTime() {
        return this.eth_call(functions.getUserDepositAssignedTime, {})
    }

    getUserDepositBalance() {
        return this.eth_call(functions.getUserDepositBalance, {})
    }

    getUserDistributed() {
        return this.eth_call(functions.getUserDistributed, {})
    }

    getVacant() {
        return this.eth_call(functions.getVacant, {})
    }

    userDistributeAllowed() {
        return this.eth_call(functions.userDistributeAllowed, {})
    }

    version() {
        return this.eth_call(functions.version, {})
    }
}

/// Event types
export type BondReducedEventArgs = EParams<typeof events.BondReduced>
export type EtherDepositedEventArgs = EParams<typeof events.EtherDeposited>
export type EtherWithdrawalProcessedEventArgs = EParams<typeof events.EtherWithdrawalProcessed>
export type EtherWithdrawnEventArgs = EParams<typeof events.EtherWithdrawn>
export type MinipoolPrestakedEventArgs = EParams<typeof events.MinipoolPrestaked>
export type MinipoolPromotedEventArgs = EParams<typeof events.MinipoolPromoted>
export type MinipoolScrubbedEventArgs = EParams<typeof events.MinipoolScrubbed>
export type MinipoolVacancyPreparedEventArgs = EParams<typeof events.MinipoolVacancyPrepared>
export type ScrubVotedEventArgs = EParams<typeof events.ScrubVoted>
export type StatusUpdatedEventArgs = EParams<typeof events.StatusUpdated>

/// Function types
export type BeginUserDistributeParams = FunctionArguments<typeof functions.beginUserDistribute>
export type BeginUserDistributeReturn = FunctionReturn<typeof functions.beginUserDistribute>

export type CalculateNodeShareParams = FunctionArguments<typeof functions.calculateNodeShare>
export type CalculateNodeShareReturn = FunctionReturn<typeof functions.calculateNodeShare>

export type CalculateUserShareParams = FunctionArguments<typeof functions.calculateUserShare>
export type CalculateUserShareReturn = FunctionReturn<typeof functions.calculateUserShare>

export type CanPromoteParams = FunctionArguments<typeof functions.canPromote>
export type CanPromoteReturn = FunctionReturn<typeof functions.canPromote>

export type CanStakeParams = FunctionArguments<typeof functions.canStake>
export type CanStakeReturn = FunctionReturn<typeof functions.canStake>

export type CloseParams = FunctionArguments<typeof functions.close>
export type CloseReturn = FunctionReturn<typeof functions.close>

export type DepositParams = FunctionArguments<typeof functions.deposit>
export type DepositReturn = FunctionReturn<typeof functions.deposit>

export type DissolveParams = FunctionArguments<typeof functions.dissolve>
export type DissolveReturn = FunctionReturn<typeof functions.dissolve>

export type DistributeBalanceParams = FunctionArguments<typeof functions.distributeBalance>
export type DistributeBalanceReturn = FunctionReturn<typeof functions.distributeBalance>

export type FinaliseParams = FunctionArguments<typeof functions.finalise>
export type FinaliseReturn = FunctionReturn<typeof functions.finalise>

export type GetDepositTypeParams = FunctionArguments<typeof functions.getDepositType>
export type GetDepositTypeReturn = FunctionReturn<typeof functions.getDepositType>

export type GetFinalisedParams = FunctionArguments<typeof functions.getFinalised>
export type GetFinalisedReturn = FunctionReturn<typeof functions.getFinalised>

export type GetNodeAddressParams = FunctionArguments<typeof functions.getNodeAddress>
export type GetNodeAddressReturn = FunctionReturn<typeof functions.getNodeAddress>

export type GetNodeDepositAssignedParams = FunctionArguments<typeof functions.getNodeDepositAssigned>
export type GetNodeDepositAssignedReturn = FunctionReturn<typeof functions.getNodeDepositAssigned>

export type GetNodeDepositBalanceParams = FunctionArguments<typeof functions.getNodeDepositBalance>
export type GetNodeDepositBalanceReturn = FunctionReturn<typeof functions.getNodeDepositBalance>

export type GetNodeFeeParams = FunctionArguments<typeof functions.getNodeFee>
export type GetNodeFeeReturn = FunctionReturn<typeof functions.getNodeFee>

export type GetNodeRefundBalanceParams = FunctionArguments<typeof functions.getNodeRefundBalance>
export type GetNodeRefundBalanceReturn = FunctionReturn<typeof functions.getNodeRefundBalance>

export type GetNodeTopUpValueParams = FunctionArguments<typeof functions.getNodeTopUpValue>
export type GetNodeTopUpValueReturn = FunctionReturn<typeof functions.getNodeTopUpValue>

export type GetPreLaunchValueParams = FunctionArguments<typeof functions.getPreLaunchValue>
export type GetPreLaunchValueReturn = FunctionReturn<typeof functions.getPreLaunchValue>

export type GetPreMigrationBalanceParams = FunctionArguments<typeof functions.getPreMigrationBalance>
export type GetPreMigrationBalanceReturn = FunctionReturn<typeof functions.getPreMigrationBalance>

export type GetScrubVotedParams = FunctionArguments<typeof functions.getScrubVoted>
export type GetScrubVotedReturn = FunctionReturn<typeof functions.getScrubVoted>

export type GetStatusParams = FunctionArguments<typeof functions.getStatus>
export type GetStatusReturn = FunctionReturn<typeof functions.getStatus>

export type GetStatusBlockParams = FunctionArguments<typeof functions.getStatusBlock>
export type GetStatusBlockReturn = FunctionReturn<typeof functions.getStatusBlock>

export type GetStatusTimeParams = FunctionArguments<typeof functions.getStatusTime>
export type GetStatusTimeReturn = FunctionReturn<typeof functions.getStatusTime>

export type GetTotalScrubVotesParams = FunctionArguments<typeof functions.getTotalScrubVotes>
export type GetTotalScrubVotesReturn = FunctionReturn<typeof functions.getTotalScrubVotes>

export type GetUserDepositAssignedParams = FunctionArguments<typeof functions.getUserDepositAssigned>
export type GetUserDepositAssignedReturn = FunctionReturn<typeof functions.getUserDepositAssigned>

export type GetUserDepositAssignedTimeParams = FunctionArguments<typeof functions.getUserDepositAssignedTime>
export type GetUserDepositAssignedTimeReturn = FunctionReturn<typeof functions.getUserDepositAssignedTime>

export type GetUserDepositBalanceParams = FunctionArguments<typeof functions.getUserDepositBalance>
export type GetUserDepositBalanceReturn = FunctionReturn<typeof functions.getUserDepositBalance>

export type GetUserDistributedParams = FunctionArguments<typeof functions.getUserDistributed>
export type GetUserDistributedReturn = FunctionReturn<typeof functions.getUserDistributed>

export type GetVacantParams = FunctionArguments<typeof functions.getVacant>
export type GetVacantReturn = FunctionReturn<typeof functions.getVacant>

export type InitialiseParams = FunctionArguments<typeof functions.initialise>
export type InitialiseReturn = FunctionReturn<typeof functions.initialise>

export type PreDepositParams = FunctionArguments<typeof functions.preDeposit>
export type PreDepositReturn = FunctionReturn<typeof functions.preDeposit>

export type PrepareVacancyParams = FunctionArguments<typeof functions.prepareVacancy>
export type PrepareVacancyReturn = FunctionReturn<typeof functions.prepareVacancy>

export type PromoteParams = FunctionArguments<typeof functions.promote>
export type PromoteReturn = FunctionReturn<typeof functions.promote>

export type ReduceBondAmountParams = FunctionArguments<typeof functions.reduceBondAmount>
export type ReduceBondAmountReturn = FunctionReturn<typeof functions.reduceBondAmount>

export type RefundParams = FunctionArguments<typeof functions.refund>
export type RefundReturn = FunctionReturn<typeof functions.refund>

export type SlashParams = FunctionArguments<typeof functions.slash>
export type SlashReturn = FunctionReturn<typeof functions.slash>

export type StakeParams = FunctionArguments<typeof functions.stake>
export type StakeReturn = FunctionReturn<typeof functions.stake>

export type UserDepositParams = FunctionArguments<typeof functions.userDeposit>
export type UserDepositReturn = FunctionReturn<typeof functions.userDeposit>

export type UserDistributeAllowedParams = FunctionArguments<typeof functions.userDistributeAllowed>
export type UserDistributeAllowedReturn = FunctionReturn<typeof functions.userDistributeAllowed>

export type VersionParams = FunctionArguments<typeof functions.version>
export type VersionReturn = FunctionReturn<typeof functions.version>

export type VoteScrubParams = FunctionArguments<typeof functions.voteScrub>
export type VoteScrubReturn = FunctionReturn<typeof functions.voteScrub>

