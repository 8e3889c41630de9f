import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    MegapoolBondReduced: event("0x1bee82a0a43d4962b443e3025410bea9d902cd174c7347bce0e9aab7069d347a", "MegapoolBondReduced(uint256,uint256)", {"amount": p.uint256, "time": p.uint256}),
    MegapoolDebtIncreased: event("0x3ad88db561c10d71049c6c0cf839070c4bb2187a7a0b988fdfbf51b170fe6a21", "MegapoolDebtIncreased(uint256,uint256)", {"amount": p.uint256, "time": p.uint256}),
    MegapoolDebtReduced: event("0xc10045b78b6e6e9c98cfbae96361428c57abf1659755c7308234d8bba48bbfea", "MegapoolDebtReduced(uint256,uint256)", {"amount": p.uint256, "time": p.uint256}),
    MegapoolPenaltyApplied: event("0x7c2820e4291f03279f1e20dd15e1a40dae472fd64a910ae142ee11c0910f2fa5", "MegapoolPenaltyApplied(uint256,uint256)", {"amount": p.uint256, "time": p.uint256}),
    MegapoolValidatorAssigned: event("0x03d2c6a900a8c2cfa1ac2b53629ccb3eac74f62cbae1ecc55a573c8ede337efe", "MegapoolValidatorAssigned(uint256,uint256)", {"validatorId": indexed(p.uint256), "time": p.uint256}),
    MegapoolValidatorDequeued: event("0x91ade294eb3539e6fd4619324d40554e9db58857d06c1146ec0ac65645c64de5", "MegapoolValidatorDequeued(uint256,uint256)", {"validatorId": indexed(p.uint256), "time": p.uint256}),
    MegapoolValidatorDissolved: event("0x7ff16245f17c8a4c78f1d07ba7ed00f74de75e5e0ace04861782de20b84e88ef", "MegapoolValidatorDissolved(uint256,uint256)", {"validatorId": indexed(p.uint256), "time": p.uint256}),
    MegapoolValidatorEnqueued: event("0x84b1b88115e84a1fe7f6aaad47a1d81d157c1ffc935548b21938ef3fbe696742", "MegapoolValidatorEnqueued(uint256,uint256)", {"validatorId": indexed(p.uint256), "time": p.uint256}),
    MegapoolValidatorExited: event("0xbf4adfbfea0b3f07507ca1f6443b2cdfe688395253382abaaabc98e4323de6a6", "MegapoolValidatorExited(uint32,uint256)", {"validatorId": indexed(p.uint32), "time": p.uint256}),
    MegapoolValidatorExiting: event("0x6e88e4e99452a51de0713c7389a6560ef4add87eb8c1f10ac142f2a09968b2a7", "MegapoolValidatorExiting(uint256,uint256)", {"validatorId": indexed(p.uint256), "time": p.uint256}),
    MegapoolValidatorLocked: event("0x981470e3cfb4e4f090303837354bf5cb659a78f7aca03cc5914fbaa6f6272f37", "MegapoolValidatorLocked(uint256,uint256)", {"validatorId": indexed(p.uint256), "time": p.uint256}),
    MegapoolValidatorStaked: event("0x56ca8e01180cf71ca803ec95e3031a2c073dd627584a2987c00764ee33786300", "MegapoolValidatorStaked(uint256,uint256)", {"validatorId": indexed(p.uint256), "time": p.uint256}),
    MegapoolValidatorUnlocked: event("0x65592ea0c3784f0d107857fd0ff2ba0f9f6f5e66a7b1b15ba50f29b6746998e3", "MegapoolValidatorUnlocked(uint256,uint256)", {"validatorId": indexed(p.uint256), "time": p.uint256}),
    RewardsClaimed: event("0x38be9b012e428704c0fb2b81dfd53444b76ac4cd45c46cfd2d661f73d97cf47b", "RewardsClaimed(uint256,uint256)", {"amount": p.uint256, "time": p.uint256}),
    RewardsDistributed: event("0xdfc66b0192dcfa0b3073892ad434e2714583b8afbf55182f82177b18d735a746", "RewardsDistributed(uint256,uint256,uint256,uint256,uint256)", {"nodeAmount": p.uint256, "voterAmount": p.uint256, "rethAmount": p.uint256, "protocolDaoAmount": p.uint256, "time": p.uint256}),
}

export const functions = {
    applyPenalty: fun("0x0a5d264a", "applyPenalty(uint256)", {"_amount": p.uint256}, ),
    assignFunds: fun("0x7685e80b", "assignFunds(uint32)", {"_validatorId": p.uint32}, ),
    calculatePendingRewards: viewFun("0x7c777ec9", "calculatePendingRewards()", {}, {"nodeRewards": p.uint256, "voterRewards": p.uint256, "protocolDAORewards": p.uint256, "rethRewards": p.uint256}),
    calculateRewards: viewFun("0xd3ea4350", "calculateRewards(uint256)", {"_amount": p.uint256}, {"nodeRewards": p.uint256, "voterRewards": p.uint256, "protocolDAORewards": p.uint256, "rethRewards": p.uint256}),
    challengeExit: fun("0x3e19d8b3", "challengeExit(uint32)", {"_validatorId": p.uint32}, ),
    claim: fun("0x4e71d92d", "claim()", {}, ),
    deprecate: fun("0x0fcc0c28", "deprecate()", {}, ),
    dequeue: fun("0xc310ee63", "dequeue(uint32)", {"_validatorId": p.uint32}, ),
    dissolveValidator: fun("0x687fe439", "dissolveValidator(uint32)", {"_validatorId": p.uint32}, ),
    distribute: fun("0xe4fc6b6d", "distribute()", {}, ),
    getActiveValidatorCount: viewFun("0x37deea70", "getActiveValidatorCount()", {}, p.uint32),
    getAssignedValue: viewFun("0xb1af06af", "getAssignedValue()", {}, p.uint256),
    getDebt: viewFun("0x14a6bf0f", "getDebt()", {}, p.uint256),
    getExitingValidatorCount: viewFun("0xe8b0fa5e", "getExitingValidatorCount()", {}, p.uint32),
    getExpirationTime: viewFun("0xe23a845a", "getExpirationTime()", {}, p.uint256),
    getLastDistributionTime: viewFun("0x4dc3a390", "getLastDistributionTime()", {}, p.uint256),
    getLockedValidatorCount: viewFun("0xeb5bc65d", "getLockedValidatorCount()", {}, p.uint32),
    getNewValidatorBondRequirement: viewFun("0x07a61f95", "getNewValidatorBondRequirement()", {}, p.uint256),
    getNodeAddress: viewFun("0x70dabc9e", "getNodeAddress()", {}, p.address),
    getNodeBond: viewFun("0x81d3674a", "getNodeBond()", {}, p.uint256),
    getNodeQueuedBond: viewFun("0xf008a99a", "getNodeQueuedBond()", {}, p.uint256),
    getPendingRewards: viewFun("0xd9621f9e", "getPendingRewards()", {}, p.uint256),
    getRefundValue: viewFun("0x59e54095", "getRefundValue()", {}, p.uint256),
    getUserCapital: viewFun("0x71d49120", "getUserCapital()", {}, p.uint256),
    getUserQueuedCapital: viewFun("0x8fc828e4", "getUserQueuedCapital()", {}, p.uint256),
    getValidatorCount: viewFun("0x7071688a", "getValidatorCount()", {}, p.uint32),
    getValidatorInfo: viewFun("0x81c1381b", "getValidatorInfo(uint32)", {"_validatorId": p.uint32}, p.struct({"lastAssignmentTime": p.uint32, "lastRequestedValue": p.uint32, "lastRequestedBond": p.uint32, "depositValue": p.uint32, "staked": p.bool, "exited": p.bool, "inQueue": p.bool, "inPrestake": p.bool, "expressUsed": p.bool, "dissolved": p.bool, "exiting": p.bool, "locked": p.bool, "exitBalance": p.uint64, "lockedTime": p.uint64})),
    getValidatorInfoAndPubkey: viewFun("0xa73f23b6", "getValidatorInfoAndPubkey(uint32)", {"_validatorId": p.uint32}, {"info": p.struct({"lastAssignmentTime": p.uint32, "lastRequestedValue": p.uint32, "lastRequestedBond": p.uint32, "depositValue": p.uint32, "staked": p.bool, "exited": p.bool, "inQueue": p.bool, "inPrestake": p.bool, "expressUsed": p.bool, "dissolved": p.bool, "exiting": p.bool, "locked": p.bool, "exitBalance": p.uint64, "lockedTime": p.uint64}), "pubkey": p.bytes}),
    getValidatorPubkey: viewFun("0x0e335206", "getValidatorPubkey(uint32)", {"_validatorId": p.uint32}, p.bytes),
    getWithdrawalCredentials: viewFun("0x56396715", "getWithdrawalCredentials()", {}, p.bytes32),
    newValidator: fun("0x94a67ef9", "newValidator(uint256,bool,bytes,bytes,bytes32)", {"_bondAmount": p.uint256, "_useExpressTicket": p.bool, "_validatorPubkey": p.bytes, "_validatorSignature": p.bytes, "_depositDataRoot": p.bytes32}, ),
    notifyExit: fun("0x9b6a77e8", "notifyExit(uint32,uint64,uint64)", {"_validatorId": p.uint32, "_withdrawableEpoch": p.uint64, "_recentEpoch": p.uint64}, ),
    notifyFinalBalance: fun("0xe5858f27", "notifyFinalBalance(uint32,uint64,address,uint64,uint64)", {"_validatorId": p.uint32, "_amountInGwei": p.uint64, "_caller": p.address, "_withdrawalEpoch": p.uint64, "_recentEpoch": p.uint64}, ),
    notifyNotExit: fun("0xcf6b8d07", "notifyNotExit(uint32,uint64)", {"_validatorId": p.uint32, "_slotTimestamp": p.uint64}, ),
    reduceBond: fun("0x96c212e8", "reduceBond(uint256)", {"_amount": p.uint256}, ),
    repayDebt: fun("0x1b99d9d6", "repayDebt()", {}, ),
    stake: fun("0x7fcfb7c2", "stake(uint32)", {"_validatorId": p.uint32}, ),
    version: viewFun("0x54fd4d50", "version()", {}, p.uint256),
}

export class Contract extends ContractBase {

    calculatePendingRewards() {
        return this.eth_call(functions.calculatePendingRewards, {})
    }

    calculateRewards(_amount: CalculateRewardsParams["_amount"]) {
        return this.eth_call(functions.calculateRewards, {_amount})
    }

    getActiveValidatorCount() {
        return this.eth_call(functions.getActiveValidatorCount, {})
    }

    getAssignedValue() {
        return this.eth_call(functions.getAssignedValue, {})
    }

    getDebt() {
        return this.eth_call(functions.getDebt, {})
    }

    getExitingValidatorCount() {
        return this.eth_call(functions.getExitingValidatorCount, {})
    }

    getExpirationTime() {
        return this.eth_call(functions.getExpirationTime, {})
    }

    getLastDistributionTime() {
        return this.eth_call(functions.getLastDistributionTime, {})
    }

    getLockedValidatorCount() {
        return this.eth_call(functions.getLockedValidatorCount, {})
    }

    getNewValidatorBondRequirement() {
        return this.eth_call(functions.getNewValidatorBondRequirement, {})
    }

    getNodeAddress() {
        return this.eth_call(functions.getNodeAddress, {})
    }

    getNodeBond() {
        return this.eth_call(functions.getNodeBond, {})
    }

    getNodeQueuedBond() {
        return this.eth_call(functions.getNodeQueuedBond, {})
    }

    getPendingRewards() {
        return this.eth_call(functions.getPendingRewards, {})
    }

    getRefundValue() {
        return this.eth_call(functions.getRefundValue, {})
    }

    getUserCapital() {
        return this.eth_call(functions.getUserCapital, {})
    }

    getUserQueuedCapital() {
        return this.eth_call(functions.getUserQueuedCapital, {})
    }

    getValidatorCount() {
        return this.eth_call(functions.getValidatorCount, {})
    }

    getValidatorInfo(_validatorId: GetValidatorInfoParams["_validatorId"]) {
        return this.eth_call(functions.getValidatorInfo, {_validatorId})
    }

    getValidatorInfoAndPubkey(_validatorId: GetValidatorInfoAndPubkeyParams["_validatorId"]) {
        return this.eth_call(functions.getValidatorInfoAndPubkey, {_validatorId})
    }

    getValidatorPubkey(_validatorId: GetValidatorPubkeyParams["_validatorId"]) {
        return this.eth_call(functions.getValidatorPubkey, {_validatorId})
    }

    getWithdrawalCredentials() {
        return this.eth_call(functions.getWithdrawalCredentials, {})
    }

    version() {
        return this.eth_call(functions.version, {})
    }
}

/// Event types
export type MegapoolBondReducedEventArgs = EParams<typeof events.MegapoolBondReduced>
export type MegapoolDebtIncreasedEventArgs = EParams<typeof events.MegapoolDebtIncreased>
export type MegapoolDebtReducedEventArgs = EParams<typeof events.MegapoolDebtReduced>
export type MegapoolPenaltyAppliedEventArgs = EParams<typeof events.MegapoolPenaltyApplied>
export type MegapoolValidatorAssignedEventArgs = EParams<typeof events.MegapoolValidatorAssigned>
export type MegapoolValidatorDequeuedEventArgs = EParams<typeof events.MegapoolValidatorDequeued>
export type MegapoolValidatorDissolvedEventArgs = EParams<typeof events.MegapoolValidatorDissolved>
export type MegapoolValidatorEnqueuedEventArgs = EParams<typeof events.MegapoolValidatorEnqueued>
export type MegapoolValidatorExitedEventArgs = EParams<typeof events.MegapoolValidatorExited>
export type MegapoolValidatorExitingEventArgs = EParams<typeof events.MegapoolValidatorExiting>
export type MegapoolValidatorLockedEventArgs = EParams<typeof events.MegapoolValidatorLocked>
export type MegapoolValidatorStakedEventArgs = EParams<typeof events.MegapoolValidatorStaked>
export type MegapoolValidatorUnlockedEventArgs = EParams<typeof events.MegapoolValidatorUnlocked>
export type RewardsClaimedEventArgs = EParams<typeof events.RewardsClaimed>
export type RewardsDistributedEventArgs = EParams<typeof events.RewardsDistributed>

/// Function types
export type ApplyPenaltyParams = FunctionArguments<typeof functions.applyPenalty>
export type ApplyPenaltyReturn = FunctionReturn<typeof functions.applyPenalty>

export type AssignFundsParams = FunctionArguments<typeof functions.assignFunds>
export type AssignFundsReturn = FunctionReturn<typeof functions.assignFunds>

export type CalculatePendingRewardsParams = FunctionArguments<typeof functions.calculatePendingRewards>
export type CalculatePendingRewardsReturn = FunctionReturn<typeof functions.calculatePendingRewards>

export type CalculateRewardsParams = FunctionArguments<typeof functions.calculateRewards>
export type CalculateRewardsReturn = FunctionReturn<typeof functions.calculateRewards>

export type ChallengeExitParams = FunctionArguments<typeof functions.challengeExit>
export type ChallengeExitReturn = FunctionReturn<typeof functions.challengeExit>

export type ClaimParams = FunctionArguments<typeof functions.claim>
export type ClaimReturn = FunctionReturn<typeof functions.claim>

export type DeprecateParams = FunctionArguments<typeof functions.deprecate>
export type DeprecateReturn = FunctionReturn<typeof functions.deprecate>

export type DequeueParams = FunctionArguments<typeof functions.dequeue>
export type DequeueReturn = FunctionReturn<typeof functions.dequeue>

export type DissolveValidatorParams = FunctionArguments<typeof functions.dissolveValidator>
export type DissolveValidatorReturn = FunctionReturn<typeof functions.dissolveValidator>

export type DistributeParams = FunctionArguments<typeof functions.distribute>
export type DistributeReturn = FunctionReturn<typeof functions.distribute>

export type GetActiveValidatorCountParams = FunctionArguments<typeof functions.getActiveValidatorCount>
export type GetActiveValidatorCountReturn = FunctionReturn<typeof functions.getActiveValidatorCount>

export type GetAssignedValueParams = FunctionArguments<typeof functions.getAssignedValue>
export type GetAssignedValueReturn = FunctionReturn<typeof functions.getAssignedValue>

export type GetDebtParams = FunctionArguments<typeof functions.getDebt>
export type GetDebtReturn = FunctionReturn<typeof functions.getDebt>

export type GetExitingValidatorCountParams = FunctionArguments<typeof functions.getExitingValidatorCount>
export type GetExitingValidatorCountReturn = FunctionReturn<typeof functions.getExitingValidatorCount>

export type GetExpirationTimeParams = FunctionArguments<typeof functions.getExpirationTime>
export type GetExpirationTimeReturn = FunctionReturn<typeof functions.getExpirationTime>

export type GetLastDistributionTimeParams = FunctionArguments<typeof functions.getLastDistributionTime>
export type GetLastDistributionTimeReturn = FunctionReturn<typeof functions.getLastDistributionTime>

export type GetLockedValidatorCountParams = FunctionArguments<typeof functions.getLockedValidatorCount>
export type GetLockedValidatorCountReturn = FunctionReturn<typeof functions.getLockedValidatorCount>

export type GetNewValidatorBondRequirementParams = FunctionArguments<typeof functions.getNewValidatorBondRequirement>
export type GetNewValidatorBondRequirementReturn = FunctionReturn<typeof functions.getNewValidatorBondRequirement>

export type GetNodeAddressParams = FunctionArguments<typeof functions.getNodeAddress>
export type GetNodeAddressReturn = FunctionReturn<typeof functions.getNodeAddress>

export type GetNodeBondParams = FunctionArguments<typeof functions.getNodeBond>
export type GetNodeBondReturn = FunctionReturn<typeof functions.getNodeBond>

export type GetNodeQueuedBondParams = FunctionArguments<typeof functions.getNodeQueuedBond>
export type GetNodeQueuedBondReturn = FunctionReturn<typeof functions.getNodeQueuedBond>

export type GetPendingRewardsParams = FunctionArguments<typeof functions.getPendingRewards>
export type GetPendingRewardsReturn = FunctionReturn<typeof functions.getPendingRewards>

export type GetRefundValueParams = FunctionArguments<typeof functions.getRefundValue>
export type GetRefundValueReturn = FunctionReturn<typeof functions.getRefundValue>

export type GetUserCapitalParams = FunctionArguments<typeof functions.getUserCapital>
export type GetUserCapitalReturn = FunctionReturn<typeof functions.getUserCapital>

export type GetUserQueuedCapitalParams = FunctionArguments<typeof functions.getUserQueuedCapital>
export type GetUserQueuedCapitalReturn = FunctionReturn<typeof functions.getUserQueuedCapital>

export type GetValidatorCountParams = FunctionArguments<typeof functions.getValidatorCount>
export type GetValidatorCountReturn = FunctionReturn<typeof functions.getValidatorCount>

export type GetValidatorInfoParams = FunctionArguments<typeof functions.getValidatorInfo>
export type GetValidatorInfoReturn = FunctionReturn<typeof functions.getValidatorInfo>

export type GetValidatorInfoAndPubkeyParams = FunctionArguments<typeof functions.getValidatorInfoAndPubkey>
export type GetValidatorInfoAndPubkeyReturn = FunctionReturn<typeof functions.getValidatorInfoAndPubkey>

export type GetValidatorPubkeyParams = FunctionArguments<typeof functions.getValidatorPubkey>
export type GetValidatorPubkeyReturn = FunctionReturn<typeof functions.getValidatorPubkey>

export type GetWithdrawalCredentialsParams = FunctionArguments<typeof functions.getWithdrawalCredentials>
export type GetWithdrawalCredentialsReturn = FunctionReturn<typeof functions.getWithdrawalCredentials>

export type NewValidatorParams = FunctionArguments<typeof functions.newValidator>
export type NewValidatorReturn = FunctionReturn<typeof functions.newValidator>

export type NotifyExitParams = FunctionArguments<typeof functions.notifyExit>
export type NotifyExitReturn = FunctionReturn<typeof functions.notifyExit>

export type NotifyFinalBalanceParams = FunctionArguments<typeof functions.notifyFinalBalance>
export type NotifyFinalBalanceReturn = FunctionReturn<typeof functions.notifyFinalBalance>

export type NotifyNotExitParams = FunctionArguments<typeof functions.notifyNotExit>
export type NotifyNotExitReturn = FunctionReturn<typeof functions.notifyNotExit>

export type ReduceBondParams = FunctionArguments<typeof functions.reduceBond>
export type ReduceBondReturn = FunctionReturn<typeof functions.reduceBond>

export type RepayDebtParams = FunctionArguments<typeof functions.repayDebt>
export type RepayDebtReturn = FunctionReturn<typeof functions.repayDebt>

export type StakeParams = FunctionArguments<typeof functions.stake>
export type StakeReturn = FunctionReturn<typeof functions.stake>

export type VersionParams = FunctionArguments<typeof functions.version>
export type VersionReturn = FunctionReturn<typeof functions.version>

