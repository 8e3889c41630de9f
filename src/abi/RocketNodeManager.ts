import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    NodeRPLWithdrawalAddressSet: event("0x18702dcdad68e2a2d4350dc9f33402b58fd397352dd47a45312fccd5ff1e52a6", "NodeRPLWithdrawalAddressSet(address,address,uint256)", {"node": indexed(p.address), "withdrawalAddress": indexed(p.address), "time": p.uint256}),
    NodeRPLWithdrawalAddressUnset: event("0xb62e03dab231209df2b46d49d4aa960deab93ff886a706653b5fc6b7ab57073f", "NodeRPLWithdrawalAddressUnset(address,uint256)", {"node": indexed(p.address), "time": p.uint256}),
    NodeRegistered: event("0xf773bca07d020a1bc1fdd45ea3db573da547dd27180143afaf075c158a847594", "NodeRegistered(address,uint256)", {"node": indexed(p.address), "time": p.uint256}),
    NodeRewardNetworkChanged: event("0x7c50987deec06761094239e9ff28caa9cfdd305f9c65011c284a0e40cbf4cfdc", "NodeRewardNetworkChanged(address,uint256)", {"node": indexed(p.address), "network": p.uint256}),
    NodeSmoothingPoolStateChanged: event("0xed2d3ca39683fb0f50a70ed75c33a19bfe200e529d99e6f7518453b3fc4e9be4", "NodeSmoothingPoolStateChanged(address,bool)", {"node": indexed(p.address), "state": p.bool}),
    NodeTimezoneLocationSet: event("0xbb0b10d06b6fa081d0905e789877ce0321fafa4702ffeacaaff6e2d38063616a", "NodeTimezoneLocationSet(address,uint256)", {"node": indexed(p.address), "time": p.uint256}),
    NodeUnclaimedRewardsAdded: event("0x9c5fd75ac09188c6d2033333e931eab1904109845a954b3c34e316c1f6a2bdb4", "NodeUnclaimedRewardsAdded(address,uint256,uint256)", {"node": indexed(p.address), "amount": p.uint256, "time": p.uint256}),
    NodeUnclaimedRewardsClaimed: event("0xf0f51ea0476a2f8619da054830fa16ff654d3fe5ab02e59256684c9d256b0874", "NodeUnclaimedRewardsClaimed(address,uint256,uint256)", {"node": indexed(p.address), "amount": p.uint256, "time": p.uint256}),
}

export const functions = {
    addUnclaimedRewards: fun("0xd925e865", "addUnclaimedRewards(address)", {"_nodeAddress": p.address}, ),
    claimUnclaimedRewards: fun("0x6736e8ca", "claimUnclaimedRewards(address)", {"_nodeAddress": p.address}, ),
    confirmRPLWithdrawalAddress: fun("0x3a643648", "confirmRPLWithdrawalAddress(address)", {"_nodeAddress": p.address}, ),
    deployMegapool: fun("0x61bfacc5", "deployMegapool()", {}, p.address),
    getAverageNodeFee: viewFun("0x414dd1d2", "getAverageNodeFee(address)", {"_nodeAddress": p.address}, p.uint256),
    getExpressTicketCount: viewFun("0x38fa0832", "getExpressTicketCount(address)", {"_nodeAddress": p.address}, p.uint256),
    getExpressTicketsProvisioned: viewFun("0x248d0694", "getExpressTicketsProvisioned(address)", {"_nodeAddress": p.address}, p.bool),
    getFeeDistributorInitialised: viewFun("0x927ece4f", "getFeeDistributorInitialised(address)", {"_nodeAddress": p.address}, p.bool),
    getMegapoolAddress: viewFun("0x7defe942", "getMegapoolAddress(address)", {"_nodeAddress": p.address}, p.address),
    getNodeAddresses: viewFun("0x2d7f21d0", "getNodeAddresses(uint256,uint256)", {"_offset": p.uint256, "_limit": p.uint256}, p.array(p.address)),
    getNodeAt: viewFun("0xba75d806", "getNodeAt(uint256)", {"_index": p.uint256}, p.address),
    getNodeCount: viewFun("0x39bf397e", "getNodeCount()", {}, p.uint256),
    getNodeCountPerTimezone: viewFun("0x29554540", "getNodeCountPerTimezone(uint256,uint256)", {"_offset": p.uint256, "_limit": p.uint256}, p.array(p.struct({"timezone": p.string, "count": p.uint256}))),
    getNodeExists: viewFun("0x65d4176f", "getNodeExists(address)", {"_nodeAddress": p.address}, p.bool),
    getNodePendingRPLWithdrawalAddress: viewFun("0x1ac3c0a8", "getNodePendingRPLWithdrawalAddress(address)", {"_nodeAddress": p.address}, p.address),
    getNodePendingWithdrawalAddress: viewFun("0xfd412513", "getNodePendingWithdrawalAddress(address)", {"_nodeAddress": p.address}, p.address),
    getNodeRPLWithdrawalAddress: viewFun("0xb71f0c7c", "getNodeRPLWithdrawalAddress(address)", {"_nodeAddress": p.address}, p.address),
    getNodeRPLWithdrawalAddressIsSet: viewFun("0xe667d828", "getNodeRPLWithdrawalAddressIsSet(address)", {"_nodeAddress": p.address}, p.bool),
    getNodeRegistrationTime: viewFun("0x02d8a732", "getNodeRegistrationTime(address)", {"_nodeAddress": p.address}, p.uint256),
    getNodeTimezoneLocation: viewFun("0xb018f026", "getNodeTimezoneLocation(address)", {"_nodeAddress": p.address}, p.string),
    getNodeWithdrawalAddress: viewFun("0x5b49ff62", "getNodeWithdrawalAddress(address)", {"_nodeAddress": p.address}, p.address),
    getRewardNetwork: viewFun("0x43f88981", "getRewardNetwork(address)", {"_nodeAddress": p.address}, p.uint256),
    getSmoothingPoolRegisteredNodeCount: viewFun("0xb715a1aa", "getSmoothingPoolRegisteredNodeCount(uint256,uint256)", {"_offset": p.uint256, "_limit": p.uint256}, p.uint256),
    getSmoothingPoolRegistrationChanged: viewFun("0x4d99f633", "getSmoothingPoolRegistrationChanged(address)", {"_nodeAddress": p.address}, p.uint256),
    getSmoothingPoolRegistrationState: viewFun("0xa4cef9dd", "getSmoothingPoolRegistrationState(address)", {"_nodeAddress": p.address}, p.bool),
    getUnclaimedRewards: viewFun("0x69a69e29", "getUnclaimedRewards(address)", {"_nodeAddress": p.address}, p.uint256),
    initialiseFeeDistributor: fun("0x64908a86", "initialiseFeeDistributor()", {}, ),
    provisionExpressTickets: fun("0x4395fb74", "provisionExpressTickets(address)", {"_nodeAddress": p.address}, ),
    receiveVaultWithdrawalETH: fun("0xc095415d", "receiveVaultWithdrawalETH()", {}, ),
    refundExpressTicket: fun("0xa90e35a6", "refundExpressTicket(address)", {"_nodeAddress": p.address}, ),
    registerNode: fun("0x27c6f43e", "registerNode(string)", {"_timezoneLocation": p.string}, ),
    setRPLWithdrawalAddress: fun("0xf5b17b42", "setRPLWithdrawalAddress(address,address,bool)", {"_nodeAddress": p.address, "_newRPLWithdrawalAddress": p.address, "_confirm": p.bool}, ),
    setRewardNetwork: fun("0xd565f276", "setRewardNetwork(address,uint256)", {"_nodeAddress": p.address, "_network": p.uint256}, ),
    setSmoothingPoolRegistrationState: fun("0x99283f8b", "setSmoothingPoolRegistrationState(bool)", {"_state": p.bool}, ),
    setTimezoneLocation: fun("0xa7e6e8b3", "setTimezoneLocation(string)", {"_timezoneLocation": p.string}, ),
    unsetRPLWithdrawalAddress: fun("0x2a7968eb", "unsetRPLWithdrawalAddress(address)", {"_nodeAddress": p.address}, ),
    useExpressTicket: fun("0xc220f092", "useExpressTicket(address)", {"_nodeAddress": p.address}, ),
    version: viewFun("0x54fd4d50", "version()", {}, p.uint8),
}

export class Contract extends ContractBase {

    getAverageNodeFee(_nodeAddress: GetAverageNodeFeeParams["_nodeAddress"]) {
        return this.eth_call(functions.getAverageNodeFee, {_nodeAddress})
    }

    getExpressTicketCount(_nodeAddress: GetExpressTicketCountParams["_nodeAddress"]) {
        return this.eth_call(functions.getExpressTicketCount, {_nodeAddress})
    }

    getExpressTicketsProvisioned(_nodeAddress: GetExpressTicketsProvisionedParams["_nodeAddress"]) {
        return this.eth_call(functions.getExpressTicketsProvisioned, {_nodeAddress})
    }

    getFeeDistributorInitialised(_nodeAddress: GetFeeDistributorInitialisedParams["_nodeAddress"]) {
        return this.eth_call(functions.getFeeDistributorInitialised, {_nodeAddress})
    }

    getMegapoolAddress(_nodeAddress: GetMegapoolAddressParams["_nodeAddress"]) {
        return this.eth_call(functions.getMegapoolAddress, {_nodeAddress})
    }

    getNodeAddresses(_offset: GetNodeAddressesParams["_offset"], _limit: GetNodeAddressesParams["_limit"]) {
        return this.eth_call(functions.getNodeAddresses, {_offset, _limit})
    }

    getNodeAt(_index: GetNodeAtParams["_index"]) {
        return this.eth_call(functions.getNodeAt, {_index})
    }

    getNodeCount() {
        return this.eth_call(functions.getNodeCount, {})
    }

    getNodeCountPerTimezone(_offset: GetNodeCountPerTimezoneParams["_offset"], _limit: GetNodeCountPerTimezoneParams["_limit"]) {
        return this.eth_call(functions.getNodeCountPerTimezone, {_offset, _limit})
    }

    getNodeExists(_nodeAddress: GetNodeExistsParams["_nodeAddress"]) {
        return this.eth_call(functions.getNodeExists, {_nodeAddress})
    }

    getNodePendingRPLWithdrawalAddress(_nodeAddress: GetNodePendingRPLWithdrawalAddressParams["_nodeAddress"]) {
        return this.eth_call(functions.getNodePendingRPLWithdrawalAddress, {_nodeAddress})
    }

    getNodePendingWithdrawalAddress(_nodeAddress: GetNodePendingWithdrawalAddressParams["_nodeAddress"]) {
        return this.eth_call(functions.getNodePendingWithdrawalAddress, {_nodeAddress})
    }

    getNodeRPLWithdrawalAddress(_nodeAddress: GetNodeRPLWithdrawalAddressParams["_nodeAddress"]) {
        return this.eth_call(functions.getNodeRPLWithdrawalAddress, {_nodeAddress})
    }

    getNodeRPLWithdrawalAddressIsSet(_nodeAddress: GetNodeRPLWithdrawalAddressIsSetParams["_nodeAddress"]) {
        return this.eth_call(functions.getNodeRPLWithdrawalAddressIsSet, {_nodeAddress})
    }

    getNodeRegistrationTime(_nodeAddress: GetNodeRegistrationTimeParams["_nodeAddress"]) {
        return this.eth_call(functions.getNodeRegistrationTime, {_nodeAddress})
    }

    getNodeTimezoneLocation(_nodeAddress: GetNodeTimezoneLocationParams["_nodeAddress"]) {
        return this.eth_call(functions.getNodeTimezoneLocation, {_nodeAddress})
    }

    getNodeWithdrawalAddress(_nodeAddress: GetNodeWithdrawalAddressParams["_nodeAddress"]) {
        return this.eth_call(functions.getNodeWithdrawalAddress, {_nodeAddress})
    }

    getRewardNetwork(_nodeAddress: GetRewardNetworkParams["_nodeAddress"]) {
        return this.eth_call(functions.getRewardNetwork, {_nodeAddress})
    }

    getSmoothingPoolRegisteredNodeCount(_offset: GetSmoothingPoolRegisteredNodeCountParams["_offset"], _limit: GetSmoothingPoolRegisteredNodeCountParams["_limit"]) {
        return this.eth_call(functions.getSmoothingPoolRegisteredNodeCount, {_offset, _limit})
    }

    getSmoothingPoolRegistrationChanged(_nodeAddress: GetSmoothingPoolRegistrationChangedParams["_nodeAddress"]) {
        return this.eth_call(functions.getSmoothingPoolRegistrationChanged, {_nodeAddress})
    }

    getSmoothingPoolRegistrationState(_nodeAddress: GetSmoothingPoolRegistrationStateParams["_nodeAddress"]) {
        return this.eth_call(functions.getSmoothingPoolRegistrationState, {_nodeAddress})
    }

    getUnclaimedRewards(_nodeAddress: GetUnclaimedRewardsParams["_nodeAddress"]) {
        return this.eth_call(functions.getUnclaimedRewards, {_nodeAddress})
    }

    version() {
        return this.eth_call(functions.version, {})
    }
}

/// Event types
export type NodeRPLWithdrawalAddressSetEventArgs = EParams<typeof events.NodeRPLWithdrawalAddressSet>
export type NodeRPLWithdrawalAddressUnsetEventArgs = EParams<typeof events.NodeRPLWithdrawalAddressUnset>
export type NodeRegisteredEventArgs = EParams<typeof events.NodeRegistered>
export type NodeRewardNetworkChangedEventArgs = EParams<typeof events.NodeRewardNetworkChanged>
export type NodeSmoothingPoolStateChangedEventArgs = EParams<typeof events.NodeSmoothingPoolStateChanged>
export type NodeTimezoneLocationSetEventArgs = EParams<typeof events.NodeTimezoneLocationSet>
export type NodeUnclaimedRewardsAddedEventArgs = EParams<typeof events.NodeUnclaimedRewardsAdded>
export type NodeUnclaimedRewardsClaimedEventArgs = EParams<typeof events.NodeUnclaimedRewardsClaimed>

/// Function types
export type AddUnclaimedRewardsParams = FunctionArguments<typeof functions.addUnclaimedRewards>
export type AddUnclaimedRewardsReturn = FunctionReturn<typeof functions.addUnclaimedRewards>

export type ClaimUnclaimedRewardsParams = FunctionArguments<typeof functions.claimUnclaimedRewards>
export type ClaimUnclaimedRewardsReturn = FunctionReturn<typeof functions.claimUnclaimedRewards>

export type ConfirmRPLWithdrawalAddressParams = FunctionArguments<typeof functions.confirmRPLWithdrawalAddress>
export type ConfirmRPLWithdrawalAddressReturn = FunctionReturn<typeof functions.confirmRPLWithdrawalAddress>

export type DeployMegapoolParams = FunctionArguments<typeof functions.deployMegapool>
export type DeployMegapoolReturn = FunctionReturn<typeof functions.deployMegapool>

export type GetAverageNodeFeeParams = FunctionArguments<typeof functions.getAverageNodeFee>
export type GetAverageNodeFeeReturn = FunctionReturn<typeof functions.getAverageNodeFee>

export type GetExpressTicketCountParams = FunctionArguments<typeof functions.getExpressTicketCount>
export type GetExpressTicketCountReturn = FunctionReturn<typeof functions.getExpressTicketCount>

export type GetExpressTicketsProvisionedParams = FunctionArguments<typeof functions.getExpressTicketsProvisioned>
export type GetExpressTicketsProvisionedReturn = FunctionReturn<typeof functions.getExpressTicketsProvisioned>

export type GetFeeDistributorInitialisedParams = FunctionArguments<typeof functions.getFeeDistributorInitialised>
export type GetFeeDistributorInitialisedReturn = FunctionReturn<typeof functions.getFeeDistributorInitialised>

export type GetMegapoolAddressParams = FunctionArguments<typeof functions.getMegapoolAddress>
export type GetMegapoolAddressReturn = FunctionReturn<typeof functions.getMegapoolAddress>

export type GetNodeAddressesParams = FunctionArguments<typeof functions.getNodeAddresses>
export type GetNodeAddressesReturn = FunctionReturn<typeof functions.getNodeAddresses>

export type GetNodeAtParams = FunctionArguments<typeof functions.getNodeAt>
export type GetNodeAtReturn = FunctionReturn<typeof functions.getNodeAt>

export type GetNodeCountParams = FunctionArguments<typeof functions.getNodeCount>
export type GetNodeCountReturn = FunctionReturn<typeof functions.getNodeCount>

export type GetNodeCountPerTimezoneParams = FunctionArguments<typeof functions.getNodeCountPerTimezone>
export type GetNodeCountPerTimezoneReturn = FunctionReturn<typeof functions.getNodeCountPerTimezone>

export type GetNodeExistsParams = FunctionArguments<typeof functions.getNodeExists>
export type GetNodeExistsReturn = FunctionReturn<typeof functions.getNodeExists>

export type GetNodePendingRPLWithdrawalAddressParams = FunctionArguments<typeof functions.getNodePendingRPLWithdrawalAddress>
export type GetNodePendingRPLWithdrawalAddressReturn = FunctionReturn<typeof functions.getNodePendingRPLWithdrawalAddress>

export type GetNodePendingWithdrawalAddressParams = FunctionArguments<typeof functions.getNodePendingWithdrawalAddress>
export type GetNodePendingWithdrawalAddressReturn = FunctionReturn<typeof functions.getNodePendingWithdrawalAddress>

export type GetNodeRPLWithdrawalAddressParams = FunctionArguments<typeof functions.getNodeRPLWithdrawalAddress>
export type GetNodeRPLWithdrawalAddressReturn = FunctionReturn<typeof functions.getNodeRPLWithdrawalAddress>

export type GetNodeRPLWithdrawalAddressIsSetParams = FunctionArguments<typeof functions.getNodeRPLWithdrawalAddressIsSet>
export type GetNodeRPLWithdrawalAddressIsSetReturn = FunctionReturn<typeof functions.getNodeRPLWithdrawalAddressIsSet>

export type GetNodeRegistrationTimeParams = FunctionArguments<typeof functions.getNodeRegistrationTime>
export type GetNodeRegistrationTimeReturn = FunctionReturn<typeof functions.getNodeRegistrationTime>

export type GetNodeTimezoneLocationParams = FunctionArguments<typeof functions.getNodeTimezoneLocation>
export type GetNodeTimezoneLocationReturn = FunctionReturn<typeof functions.getNodeTimezoneLocation>

export type GetNodeWithdrawalAddressParams = FunctionArguments<typeof functions.getNodeWithdrawalAddress>
export type GetNodeWithdrawalAddressReturn = FunctionReturn<typeof functions.getNodeWithdrawalAddress>

export type GetRewardNetworkParams = FunctionArguments<typeof functions.getRewardNetwork>
export type GetRewardNetworkReturn = FunctionReturn<typeof functions.getRewardNetwork>

export type GetSmoothingPoolRegisteredNodeCountParams = FunctionArguments<typeof functions.getSmoothingPoolRegisteredNodeCount>
export type GetSmoothingPoolRegisteredNodeCountReturn = FunctionReturn<typeof functions.getSmoothingPoolRegisteredNodeCount>

export type GetSmoothingPoolRegistrationChangedParams = FunctionArguments<typeof functions.getSmoothingPoolRegistrationChanged>
export type GetSmoothingPoolRegistrationChangedReturn = FunctionReturn<typeof functions.getSmoothingPoolRegistrationChanged>

export type GetSmoothingPoolRegistrationStateParams = FunctionArguments<typeof functions.getSmoothingPoolRegistrationState>
export type GetSmoothingPoolRegistrationStateReturn = FunctionReturn<typeof functions.getSmoothingPoolRegistrationState>

export type GetUnclaimedRewardsParams = FunctionArguments<typeof functions.getUnclaimedRewards>
export type GetUnclaimedRewardsReturn = FunctionReturn<typeof functions.getUnclaimedRewards>

export type InitialiseFeeDistributorParams = FunctionArguments<typeof functions.initialiseFeeDistributor>
export type InitialiseFeeDistributorReturn = FunctionReturn<typeof functions.initialiseFeeDistributor>

export type ProvisionExpressTicketsParams = FunctionArguments<typeof functions.provisionExpressTickets>
export type ProvisionExpressTicketsReturn = FunctionReturn<typeof functions.provisionExpressTickets>

export type ReceiveVaultWithdrawalETHParams = FunctionArguments<typeof functions.receiveVaultWithdrawalETH>
export type ReceiveVaultWithdrawalETHReturn = FunctionReturn<typeof functions.receiveVaultWithdrawalETH>

export type RefundExpressTicketParams = FunctionArguments<typeof functions.refundExpressTicket>
export type RefundExpressTicketReturn = FunctionReturn<typeof functions.refundExpressTicket>

export type RegisterNodeParams = FunctionArguments<typeof functions.registerNode>
export type RegisterNodeReturn = FunctionReturn<typeof functions.registerNode>

export type SetRPLWithdrawalAddressParams = FunctionArguments<typeof functions.setRPLWithdrawalAddress>
export type SetRPLWithdrawalAddressReturn = FunctionReturn<typeof functions.setRPLWithdrawalAddress>

export type SetRewardNetworkParams = FunctionArguments<typeof functions.setRewardNetwork>
export type SetRewardNetworkReturn = FunctionReturn<typeof functions.setRewardNetwork>

export type SetSmoothingPoolRegistrationStateParams = FunctionArguments<typeof functions.setSmoothingPoolRegistrationState>
export type SetSmoothingPoolRegistrationStateReturn = FunctionReturn<typeof functions.setSmoothingPoolRegistrationState>

export type SetTimezoneLocationParams = FunctionArguments<typeof functions.setTimezoneLocation>
export type SetTimezoneLocationReturn = FunctionReturn<typeof functions.setTimezoneLocation>

export type UnsetRPLWithdrawalAddressParams = FunctionArguments<typeof functions.unsetRPLWithdrawalAddress>
export type UnsetRPLWithdrawalAddressReturn = FunctionReturn<typeof functions.unsetRPLWithdrawalAddress>

export type UseExpressTicketParams = FunctionArguments<typeof functions.useExpressTicket>
export type UseExpressTicketReturn = FunctionReturn<typeof functions.useExpressTicket>

export type VersionParams = FunctionArguments<typeof functions.version>
export type VersionReturn = FunctionReturn<typeof functions.version>

