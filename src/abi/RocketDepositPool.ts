import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    CreditWithdrawn: event("0x77982616940619ddbda4afe3675280fff7c605d31503336add3633fbea69d8ba", "CreditWithdrawn(address,uint256,uint256)", {"nodeAddress": indexed(p.address), "amount": p.uint256, "time": p.uint256}),
    DepositAssigned: event("0xa1811054b7d96716259cff0d366c2f6405951e0efe00c8db3e237cbf77fe7be9", "DepositAssigned(address,uint256,uint256)", {"minipool": indexed(p.address), "amount": p.uint256, "time": p.uint256}),
    DepositReceived: event("0x7aa1a8eb998c779420645fc14513bf058edb347d95c2fc2e6845bdc22f888631", "DepositReceived(address,uint256,uint256)", {"from": indexed(p.address), "amount": p.uint256, "time": p.uint256}),
    DepositRecycled: event("0x3a6614e80d02b57255cbb1f8305fbeca53d7e05a4b779d406279196608512925", "DepositRecycled(address,uint256,uint256)", {"from": indexed(p.address), "amount": p.uint256, "time": p.uint256}),
    ExcessWithdrawn: event("0x992f462cfb62e164bd03bf07baf2cffce83fbd9370cae10635842b2020012120", "ExcessWithdrawn(address,uint256,uint256)", {"to": indexed(p.address), "amount": p.uint256, "time": p.uint256}),
    FundsAssigned: event("0x21d4fea1e00248ceff22105d25fec21f17b7134ab4881761ab27ac2d4249fdee", "FundsAssigned(address,uint256,uint256)", {"receiver": indexed(p.address), "amount": p.uint256, "time": p.uint256}),
    FundsRequested: event("0x4040156d881bd2ba289490b90281b228e6c221621274ce90999669f12d74ddfb", "FundsRequested(address,uint256,uint256,bool,uint256)", {"receiver": indexed(p.address), "validatorId": p.uint256, "amount": p.uint256, "expressQueue": p.bool, "time": p.uint256}),
    QueueExited: event("0x795bf47f48111f2d01d87912d6b77fa833a62f0c4e2221ae9ecd474ec50d8b33", "QueueExited(address,uint256)", {"nodeAddress": indexed(p.address), "time": p.uint256}),
}

export const functions = {
    applyCredit: fun("0x60be2e1c", "applyCredit(address,uint256)", {"_nodeAddress": p.address, "_amount": p.uint256}, ),
    assignDeposits: fun("0x1666f5e2", "assignDeposits(uint256)", {"_max": p.uint256}, ),
    deposit: fun("0xd0e30db0", "deposit()", {}, ),
    exitQueue: fun("0x7d9d6074", "exitQueue(address,uint32,bool)", {"_nodeAddress": p.address, "_validatorId": p.uint32, "_expressQueue": p.bool}, ),
    fundsReturned: fun("0xa9a94822", "fundsReturned(address,uint256,uint256)", {"_nodeAddress": p.address, "_nodeAmount": p.uint256, "_userAmount": p.uint256}, ),
    getBalance: viewFun("0x12065fe0", "getBalance()", {}, p.uint256),
    getExcessBalance: viewFun("0x888b042f", "getExcessBalance()", {}, p.uint256),
    getExpressQueueLength: viewFun("0x3350677b", "getExpressQueueLength()", {}, p.uint256),
    getMaximumDepositAmount: viewFun("0x1eddb626", "getMaximumDepositAmount()", {}, p.uint256),
    getMinipoolQueueLength: viewFun("0x27afc6f5", "getMinipoolQueueLength()", {}, p.uint256),
    getNodeBalance: viewFun("0x1e35fed8", "getNodeBalance()", {}, p.uint256),
    getNodeCreditBalance: viewFun("0x25826095", "getNodeCreditBalance(address)", {"_nodeAddress": p.address}, p.uint256),
    getQueueIndex: viewFun("0x791d25b1", "getQueueIndex()", {}, p.uint256),
    getQueueTop: viewFun("0xc6f20e6d", "getQueueTop()", {}, {"receiver": p.address, "assignmentPossible": p.bool, "headMovedBlock": p.uint256}),
    getStandardQueueLength: viewFun("0x9e2c0c19", "getStandardQueueLength()", {}, p.uint256),
    getTotalQueueLength: viewFun("0x42e6dfa2", "getTotalQueueLength()", {}, p.uint256),
    getUserBalance: viewFun("0xb7013dc1", "getUserBalance()", {}, p.int256),
    maybeAssignDeposits: fun("0xa673c8e1", "maybeAssignDeposits(uint256)", {"_max": p.uint256}, ),
    nodeDeposit: fun("0x22b1751d", "nodeDeposit(uint256)", {"_bondAmount": p.uint256}, ),
    receiveVaultWithdrawalETH: fun("0xc095415d", "receiveVaultWithdrawalETH()", {}, ),
    recycleDissolvedDeposit: fun("0x72f5158d", "recycleDissolvedDeposit()", {}, ),
    recycleExcessCollateral: fun("0xdb82047b", "recycleExcessCollateral()", {}, ),
    recycleLiquidatedStake: fun("0x1b7dd4c0", "recycleLiquidatedStake()", {}, ),
    reduceBond: fun("0x7aab9e16", "reduceBond(address,uint256)", {"_nodeAddress": p.address, "_amount": p.uint256}, ),
    requestFunds: fun("0x9a8dd16f", "requestFunds(uint256,uint32,uint256,bool)", {"_bondAmount": p.uint256, "_validatorId": p.uint32, "_amount": p.uint256, "_expressQueue": p.bool}, ),
    version: viewFun("0x54fd4d50", "version()", {}, p.uint8),
    withdrawCredit: fun("0xef6f886a", "withdrawCredit(uint256)", {"_amount": p.uint256}, ),
    withdrawCreditFor: fun("0xa559a645", "withdrawCreditFor(address,uint256)", {"_nodeAddress": p.address, "_amount": p.uint256}, ),
    withdrawExcessBalance: fun("0x63a5db9e", "withdrawExcessBalance(uint256)", {"_amount": p.uint256}, ),
}

export class Contract extends ContractBase {

    getBalance() {
        return this.eth_call(functions.getBalance, {})
    }

    getExcessBalance() {
        return this.eth_call(functions.getExcessBalance, {})
    }

    getExpressQueueLength() {
        return this.eth_call(functions.getExpressQueueLength, {})
    }

    getMaximumDepositAmount() {
        return this.eth_call(functions.getMaximumDepositAmount, {})
    }

    getMinipoolQueueLength() {
        return this.eth_call(functions.getMinipoolQueueLength, {})
    }

    getNodeBalance() {
        return this.eth_call(functions.getNodeBalance, {})
    }

    getNodeCreditBalance(_nodeAddress: GetNodeCreditBalanceParams["_nodeAddress"]) {
        return this.eth_call(functions.getNodeCreditBalance, {_nodeAddress})
    }

    getQueueIndex() {
        return this.eth_call(functions.getQueueIndex, {})
    }

    getQueueTop() {
        return this.eth_call(functions.getQueueTop, {})
    }

    getStandardQueueLength() {
        return this.eth_call(functions.getStandardQueueLength, {})
    }

    getTotalQueueLength() {
        return this.eth_call(functions.getTotalQueueLength, {})
    }

    getUserBalance() {
        return this.eth_call(functions.getUserBalance, {})
    }

    version() {
        return this.eth_call(functions.version, {})
    }
}

/// Event types
export type CreditWithdrawnEventArgs = EParams<typeof events.CreditWithdrawn>
export type DepositAssignedEventArgs = EParams<typeof events.DepositAssigned>
export type DepositReceivedEventArgs = EParams<typeof events.DepositReceived>
export type DepositRecycledEventArgs = EParams<typeof events.DepositRecycled>
export type ExcessWithdrawnEventArgs = EParams<typeof events.ExcessWithdrawn>
export type FundsAssignedEventArgs = EParams<typeof events.FundsAssigned>
export type FundsRequestedEventArgs = EParams<typeof events.FundsRequested>
export type QueueExitedEventArgs = EParams<typeof events.QueueExited>

/// Function types
export type ApplyCreditParams = FunctionArguments<typeof functions.applyCredit>
export type ApplyCreditReturn = FunctionReturn<typeof functions.applyCredit>

export type AssignDepositsParams = FunctionArguments<typeof functions.assignDeposits>
export type AssignDepositsReturn = FunctionReturn<typeof functions.assignDeposits>

export type DepositParams = FunctionArguments<typeof functions.deposit>
export type DepositReturn = FunctionReturn<typeof functions.deposit>

export type ExitQueueParams = FunctionArguments<typeof functions.exitQueue>
export type ExitQueueReturn = FunctionReturn<typeof functions.exitQueue>

export type FundsReturnedParams = FunctionArguments<typeof functions.fundsReturned>
export type FundsReturnedReturn = FunctionReturn<typeof functions.fundsReturned>

export type GetBalanceParams = FunctionArguments<typeof functions.getBalance>
export type GetBalanceReturn = FunctionReturn<typeof functions.getBalance>

export type GetExcessBalanceParams = FunctionArguments<typeof functions.getExcessBalance>
export type GetExcessBalanceReturn = FunctionReturn<typeof functions.getExcessBalance>

export type GetExpressQueueLengthParams = FunctionArguments<typeof functions.getExpressQueueLength>
export type GetExpressQueueLengthReturn = FunctionReturn<typeof functions.getExpressQueueLength>

export type GetMaximumDepositAmountParams = FunctionArguments<typeof functions.getMaximumDepositAmount>
export type GetMaximumDepositAmountReturn = FunctionReturn<typeof functions.getMaximumDepositAmount>

export type GetMinipoolQueueLengthParams = FunctionArguments<typeof functions.getMinipoolQueueLength>
export type GetMinipoolQueueLengthReturn = FunctionReturn<typeof functions.getMinipoolQueueLength>

export type GetNodeBalanceParams = FunctionArguments<typeof functions.getNodeBalance>
export type GetNodeBalanceReturn = FunctionReturn<typeof functions.getNodeBalance>

export type GetNodeCreditBalanceParams = FunctionArguments<typeof functions.getNodeCreditBalance>
export type GetNodeCreditBalanceReturn = FunctionReturn<typeof functions.getNodeCreditBalance>

export type GetQueueIndexParams = FunctionArguments<typeof functions.getQueueIndex>
export type GetQueueIndexReturn = FunctionReturn<typeof functions.getQueueIndex>

export type GetQueueTopParams = FunctionArguments<typeof functions.getQueueTop>
export type GetQueueTopReturn = FunctionReturn<typeof functions.getQueueTop>

export type GetStandardQueueLengthParams = FunctionArguments<typeof functions.getStandardQueueLength>
export type GetStandardQueueLengthReturn = FunctionReturn<typeof functions.getStandardQueueLength>

export type GetTotalQueueLengthParams = FunctionArguments<typeof functions.getTotalQueueLength>
export type GetTotalQueueLengthReturn = FunctionReturn<typeof functions.getTotalQueueLength>

export type GetUserBalanceParams = FunctionArguments<typeof functions.getUserBalance>
export type GetUserBalanceReturn = FunctionReturn<typeof functions.getUserBalance>

export type MaybeAssignDepositsParams = FunctionArguments<typeof functions.maybeAssignDeposits>
export type MaybeAssignDepositsReturn = FunctionReturn<typeof functions.maybeAssignDeposits>

export type NodeDepositParams = FunctionArguments<typeof functions.nodeDeposit>
export type NodeDepositReturn = FunctionReturn<typeof functions.nodeDeposit>

export type ReceiveVaultWithdrawalETHParams = FunctionArguments<typeof functions.receiveVaultWithdrawalETH>
export type ReceiveVaultWithdrawalETHReturn = FunctionReturn<typeof functions.receiveVaultWithdrawalETH>

export type RecycleDissolvedDepositParams = FunctionArguments<typeof functions.recycleDissolvedDeposit>
export type RecycleDissolvedDepositReturn = FunctionReturn<typeof functions.recycleDissolvedDeposit>

export type RecycleExcessCollateralParams = FunctionArguments<typeof functions.recycleExcessCollateral>
export type RecycleExcessCollateralReturn = FunctionReturn<typeof functions.recycleExcessCollateral>

export type RecycleLiquidatedStakeParams = FunctionArguments<typeof functions.recycleLiquidatedStake>
export type RecycleLiquidatedStakeReturn = FunctionReturn<typeof functions.recycleLiquidatedStake>

export type ReduceBondParams = FunctionArguments<typeof functions.reduceBond>
export type ReduceBondReturn = FunctionReturn<typeof functions.reduceBond>

export type RequestFundsParams = FunctionArguments<typeof functions.requestFunds>
export type RequestFundsReturn = FunctionReturn<typeof functions.requestFunds>

export type VersionParams = FunctionArguments<typeof functions.version>
export type VersionReturn = FunctionReturn<typeof functions.version>

export type WithdrawCreditParams = FunctionArguments<typeof functions.withdrawCredit>
export type WithdrawCreditReturn = FunctionReturn<typeof functions.withdrawCredit>

export type WithdrawCreditForParams = FunctionArguments<typeof functions.withdrawCreditFor>
export type WithdrawCreditForReturn = FunctionReturn<typeof functions.withdrawCreditFor>

export type WithdrawExcessBalanceParams = FunctionArguments<typeof functions.withdrawExcessBalance>
export type WithdrawExcessBalanceReturn = FunctionReturn<typeof functions.withdrawExcessBalance>

