import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    AVSRewardsSubmissionCreated: event("0x450a367a380c4e339e5ae7340c8464ef27af7781ad9945cfe8abd828f89e6281", "AVSRewardsSubmissionCreated(address,uint256,bytes32,((address,uint96)[],address,uint256,uint32,uint32))", {"avs": indexed(p.address), "submissionNonce": indexed(p.uint256), "rewardsSubmissionHash": indexed(p.bytes32), "rewardsSubmission": p.struct({"strategiesAndMultipliers": p.array(p.struct({"strategy": p.address, "multiplier": p.uint96})), "token": p.address, "amount": p.uint256, "startTimestamp": p.uint32, "duration": p.uint32})}),
    ActivationDelaySet: event("0xaf557c6c02c208794817a705609cfa935f827312a1adfdd26494b6b95dd2b4b3", "ActivationDelaySet(uint32,uint32)", {"oldActivationDelay": p.uint32, "newActivationDelay": p.uint32}),
    ClaimerForSet: event("0xbab947934d42e0ad206f25c9cab18b5bb6ae144acfb00f40b4e3aa59590ca312", "ClaimerForSet(address,address,address)", {"earner": indexed(p.address), "oldClaimer": indexed(p.address), "claimer": indexed(p.address)}),
    DistributionRootDisabled: event("0xd850e6e5dfa497b72661fa73df2923464eaed9dc2ff1d3cb82bccbfeabe5c41e", "DistributionRootDisabled(uint32)", {"rootIndex": indexed(p.uint32)}),
    DistributionRootSubmitted: event("0xecd866c3c158fa00bf34d803d5f6023000b57080bcb48af004c2b4b46b3afd08", "DistributionRootSubmitted(uint32,bytes32,uint32,uint32)", {"rootIndex": indexed(p.uint32), "root": indexed(p.bytes32), "rewardsCalculationEndTimestamp": indexed(p.uint32), "activatedAt": p.uint32}),
    GlobalCommissionBipsSet: event("0x8cdc428b0431b82d1619763f443a48197db344ba96905f3949643acd1c863a06", "GlobalCommissionBipsSet(uint16,uint16)", {"oldGlobalCommissionBips": p.uint16, "newGlobalCommissionBips": p.uint16}),
    Initialized: event("0x7f26b83ff96e1f2b6a682f133852f6798a09c465da95921460cefb3847402498", "Initialized(uint8)", {"version": p.uint8}),
    OwnershipTransferred: event("0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0", "OwnershipTransferred(address,address)", {"previousOwner": indexed(p.address), "newOwner": indexed(p.address)}),
    Paused: event("0xab40a374bc51de372200a8bc981af8c9ecdc08dfdaef0bb6e09f88f3c616ef3d", "Paused(address,uint256)", {"account": indexed(p.address), "newPausedStatus": p.uint256}),
    PauserRegistrySet: event("0x6e9fcd539896fca60e8b0f01dd580233e48a6b0f7df013b89ba7f565869acdb6", "PauserRegistrySet(address,address)", {"pauserRegistry": p.address, "newPauserRegistry": p.address}),
    RewardsClaimed: event("0x9543dbd55580842586a951f0386e24d68a5df99ae29e3b216588b45fd684ce31", "RewardsClaimed(bytes32,address,address,address,address,uint256)", {"root": p.bytes32, "earner": indexed(p.address), "claimer": indexed(p.address), "recipient": indexed(p.address), "token": p.address, "claimedAmount": p.uint256}),
    RewardsForAllSubmitterSet: event("0x4de6293e668df1398422e1def12118052c1539a03cbfedc145895d48d7685f1c", "RewardsForAllSubmitterSet(address,bool,bool)", {"rewardsForAllSubmitter": indexed(p.address), "oldValue": indexed(p.bool), "newValue": indexed(p.bool)}),
    RewardsSubmissionForAllCreated: event("0x51088b8c89628df3a8174002c2a034d0152fce6af8415d651b2a4734bf270482", "RewardsSubmissionForAllCreated(address,uint256,bytes32,((address,uint96)[],address,uint256,uint32,uint32))", {"submitter": indexed(p.address), "submissionNonce": indexed(p.uint256), "rewardsSubmissionHash": indexed(p.bytes32), "rewardsSubmission": p.struct({"strategiesAndMultipliers": p.array(p.struct({"strategy": p.address, "multiplier": p.uint96})), "token": p.address, "amount": p.uint256, "startTimestamp": p.uint32, "duration": p.uint32})}),
    RewardsUpdaterSet: event("0x237b82f438d75fc568ebab484b75b01d9287b9e98b490b7c23221623b6705dbb", "RewardsUpdaterSet(address,address)", {"oldRewardsUpdater": indexed(p.address), "newRewardsUpdater": indexed(p.address)}),
    Unpaused: event("0x3582d1828e26bf56bd801502bc021ac0bc8afb57c826e4986b45593c8fad389c", "Unpaused(address,uint256)", {"account": indexed(p.address), "newPausedStatus": p.uint256}),
}

export const functions = {
    CALCULATION_INTERVAL_SECONDS: viewFun("0x9d45c281", "CALCULATION_INTERVAL_SECONDS()", {}, p.uint32),
    GENESIS_REWARDS_TIMESTAMP: viewFun("0x131433b4", "GENESIS_REWARDS_TIMESTAMP()", {}, p.uint32),
    MAX_FUTURE_LENGTH: viewFun("0x04a0c502", "MAX_FUTURE_LENGTH()", {}, p.uint32),
    MAX_RETROACTIVE_LENGTH: viewFun("0x37838ed0", "MAX_RETROACTIVE_LENGTH()", {}, p.uint32),
    MAX_REWARDS_DURATION: viewFun("0xbf21a8aa", "MAX_REWARDS_DURATION()", {}, p.uint32),
    activationDelay: viewFun("0x3a8c0786", "activationDelay()", {}, p.uint32),
    beaconChainETHStrategy: viewFun("0x9104c319", "beaconChainETHStrategy()", {}, p.address),
    calculateEarnerLeafHash: viewFun("0x149bc872", "calculateEarnerLeafHash((address,bytes32))", {"leaf": p.struct({"earner": p.address, "earnerTokenRoot": p.bytes32})}, p.bytes32),
    calculateTokenLeafHash: viewFun("0xf8cd8448", "calculateTokenLeafHash((address,uint256))", {"leaf": p.struct({"token": p.address, "cumulativeEarnings": p.uint256})}, p.bytes32),
    checkClaim: viewFun("0x5e9d8348", "checkClaim((uint32,uint32,bytes,(address,bytes32),uint32[],bytes[],(address,uint256)[]))", {"claim": p.struct({"rootIndex": p.uint32, "earnerIndex": p.uint32, "earnerTreeProof": p.bytes, "earnerLeaf": p.struct({"earner": p.address, "earnerTokenRoot": p.bytes32}), "tokenIndices": p.array(p.uint32), "tokenTreeProofs": p.array(p.bytes), "tokenLeaves": p.array(p.struct({"token": p.address, "cumulativeEarnings": p.uint256}))})}, p.bool),
    claimerFor: viewFun("0x2b9f64a4", "claimerFor(address)", {"_0": p.address}, p.address),
    createAVSRewardsSubmission: fun("0xfce36c7d", "createAVSRewardsSubmission(((address,uint96)[],address,uint256,uint32,uint32)[])", {"rewardsSubmissions": p.array(p.struct({"strategiesAndMultipliers": p.array(p.struct({"strategy": p.address, "multiplier": p.uint96})), "token": p.address, "amount": p.uint256, "startTimestamp": p.uint32, "duration": p.uint32}))}, ),
    createRewardsForAllSubmission: fun("0x36af41fa", "createRewardsForAllSubmission(((address,uint96)[],address,uint256,uint32,uint32)[])", {"rewardsSubmissions": p.array(p.struct({"strategiesAndMultipliers": p.array(p.struct({"strategy": p.address, "multiplier": p.uint96})), "token": p.address, "amount": p.uint256, "startTimestamp": p.uint32, "duration": p.uint32}))}, ),
    cumulativeClaimed: viewFun("0x865c6953", "cumulativeClaimed(address,address)", {"_0": p.address, "_1": p.address}, p.uint256),
    currRewardsCalculationEndTimestamp: viewFun("0x4d18cc35", "currRewardsCalculationEndTimestamp()", {}, p.uint32),
    delegationManager: viewFun("0xea4d3c9b", "delegationManager()", {}, p.address),
    disableRoot: fun("0xf96abf2e", "disableRoot(uint32)", {"rootIndex": p.uint32}, ),
    domainSeparator: viewFun("0xf698da25", "domainSeparator()", {}, p.bytes32),
    getCurrentClaimableDistributionRoot: viewFun("0x0e9a53cf", "getCurrentClaimableDistributionRoot()", {}, p.struct({"root": p.bytes32, "rewardsCalculationEndTimestamp": p.uint32, "activatedAt": p.uint32, "disabled": p.bool})),
    getCurrentDistributionRoot: viewFun("0x9be3d4e4", "getCurrentDistributionRoot()", {}, p.struct({"root": p.bytes32, "rewardsCalculationEndTimestamp": p.uint32, "activatedAt": p.uint32, "disabled": p.bool})),
    getDistributionRootAtIndex: viewFun("0xde02e503", "getDistributionRootAtIndex(uint256)", {"index": p.uint256}, p.struct({"root": p.bytes32, "rewardsCalculationEndTimestamp": p.uint32, "activatedAt": p.uint32, "disabled": p.bool})),
    getDistributionRootsLength: viewFun("0x7b8f8b05", "getDistributionRootsLength()", {}, p.uint256),
    getRootIndexFromHash: viewFun("0xe810ce21", "getRootIndexFromHash(bytes32)", {"rootHash": p.bytes32}, p.uint32),
    globalOperatorCommissionBips: viewFun("0x092db007", "globalOperatorCommissionBips()", {}, p.uint16),
    initialize: fun("0xd4540a55", "initialize(address,address,uint256,address,uint32,uint16)", {"initialOwner": p.address, "_pauserRegistry": p.address, "initialPausedStatus": p.uint256, "_rewardsUpdater": p.address, "_activationDelay": p.uint32, "_globalCommissionBips": p.uint16}, ),
    isAVSRewardsSubmissionHash: viewFun("0x6d21117e", "isAVSRewardsSubmissionHash(address,bytes32)", {"_0": p.address, "_1": p.bytes32}, p.bool),
    isRewardsForAllSubmitter: viewFun("0x0018572c", "isRewardsForAllSubmitter(address)", {"_0": p.address}, p.bool),
    isRewardsSubmissionForAllHash: viewFun("0xc46db606", "isRewardsSubmissionForAllHash(address,bytes32)", {"_0": p.address, "_1": p.bytes32}, p.bool),
    operatorCommissionBips: viewFun("0x22f19a64", "operatorCommissionBips(address,address)", {"operator": p.address, "avs": p.address}, p.uint16),
    owner: viewFun("0x8da5cb5b", "owner()", {}, p.address),
    pause: fun("0x136439dd", "pause(uint256)", {"newPausedStatus": p.uint256}, ),
    pauseAll: fun("0x595c6a67", "pauseAll()", {}, ),
    'paused(uint8)': viewFun("0x5ac86ab7", "paused(uint8)", {"index": p.uint8}, p.bool),
    'paused()': viewFun("0x5c975abb", "paused()", {}, p.uint256),
    pauserRegistry: viewFun("0x886f1195", "pauserRegistry()", {}, p.address),
    processClaim: fun("0x3ccc861d", "processClaim((uint32,uint32,bytes,(address,bytes32),uint32[],bytes[],(address,uint256)[]),address)", {"claim": p.struct({"rootIndex": p.uint32, "earnerIndex": p.uint32, "earnerTreeProof": p.bytes, "earnerLeaf": p.struct({"earner": p.address, "earnerTokenRoot": p.bytes32}), "tokenIndices": p.array(p.uint32), "tokenTreeProofs": p.array(p.bytes), "tokenLeaves": p.array(p.struct({"token": p.address, "cumulativeEarnings": p.uint256}))}), "recipient": p.address}, ),
    renounceOwnership: fun("0x715018a6", "renounceOwnership()", {}, ),
    rewardsUpdater: viewFun("0xfbf1e2c1", "rewardsUpdater()", {}, p.address),
    setActivationDelay: fun("0x58baaa3e", "setActivationDelay(uint32)", {"_activationDelay": p.uint32}, ),
    setClaimerFor: fun("0xa0169ddd", "setClaimerFor(address)", {"claimer": p.address}, ),
    setGlobalOperatorCommission: fun("0xe221b245", "setGlobalOperatorCommission(uint16)", {"_globalCommissionBips": p.uint16}, ),
    setPauserRegistry: fun("0x10d67a2f", "setPauserRegistry(address)", {"newPauserRegistry": p.address}, ),
    setRewardsForAllSubmitter: fun("0x0eb38345", "setRewardsForAllSubmitter(address,bool)", {"_submitter": p.address, "_newValue": p.bool}, ),
    setRewardsUpdater: fun("0x863cb9a9", "setRewardsUpdater(address)", {"_rewardsUpdater": p.address}, ),
    strategyManager: viewFun("0x39b70e38", "strategyManager()", {}, p.address),
    submissionNonce: viewFun("0xbb7e451f", "submissionNonce(address)", {"_0": p.address}, p.uint256),
    submitRoot: fun("0x3efe1db6", "submitRoot(bytes32,uint32)", {"root": p.bytes32, "rewardsCalculationEndTimestamp": p.uint32}, ),
    transferOwnership: fun("0xf2fde38b", "transferOwnership(address)", {"newOwner": p.address}, ),
    unpause: fun("0xfabc1cbc", "unpause(uint256)", {"newPausedStatus": p.uint256}, ),
}

export class Contract extends ContractBase {

    CALCULATION_INTERVAL_SECONDS() {
        return this.eth_call(functions.CALCULATION_INTERVAL_SECONDS, {})
    }

    GENESIS_REWARDS_TIMESTAMP() {
        return this.eth_call(functions.GENESIS_REWARDS_TIMESTAMP, {})
    }

    MAX_FUTURE_LENGTH() {
        return this.eth_call(functions.MAX_FUTURE_LENGTH, {})
    }

    MAX_RETROACTIVE_LENGTH() {
        return this.eth_call(functions.MAX_RETROACTIVE_LENGTH, {})
    }

    MAX_REWARDS_DURATION() {
        return this.eth_call(functions.MAX_REWARDS_DURATION, {})
    }

    activationDelay() {
        return this.eth_call(functions.activationDelay, {})
    }

    beaconChainETHStrategy() {
        return this.eth_call(functions.beaconChainETHStrategy, {})
    }

    calculateEarnerLeafHash(leaf: CalculateEarnerLeafHashParams["leaf"]) {
        return this.eth_call(functions.calculateEarnerLeafHash, {leaf})
    }

    calculateTokenLeafHash(leaf: CalculateTokenLeafHashParams["leaf"]) {
        return this.eth_call(functions.calculateTokenLeafHash, {leaf})
    }

    checkClaim(claim: CheckClaimParams["claim"]) {
        return this.eth_call(functions.checkClaim, {claim})
    }

    claimerFor(_0: ClaimerForParams["_0"]) {
        return this.eth_call(functions.claimerFor, {_0})
    }

    cumulativeClaimed(_0: CumulativeClaimedParams["_0"], _1: CumulativeClaimedParams["_1"]) {
        return this.eth_call(functions.cumulativeClaimed, {_0, _1})
    }

    currRewardsCalculationEndTimestamp() {
        return this.eth_call(functions.currRewardsCalculationEndTimestamp, {})
    }

    delegationManager() {
        return this.eth_call(functions.delegationManager, {})
    }

    domainSeparator() {
        return this.eth_call(functions.domainSeparator, {})
    }

    getCurrentClaimableDistributionRoot() {
        return this.eth_call(functions.getCurrentClaimableDistributionRoot, {})
    }

    getCurrentDistributionRoot() {
        return this.eth_call(functions.getCurrentDistributionRoot, {})
    }

    getDistributionRootAtIndex(index: GetDistributionRootAtIndexParams["index"]) {
        return this.eth_call(functions.getDistributionRootAtIndex, {index})
    }

    getDistributionRootsLength() {
        return this.eth_call(functions.getDistributionRootsLength, {})
    }

    getRootIndexFromHash(rootHash: GetRootIndexFromHashParams["rootHash"]) {
        return this.eth_call(functions.getRootIndexFromHash, {rootHash})
    }

    globalOperatorCommissionBips() {
        return this.eth_call(functions.globalOperatorCommissionBips, {})
    }

    isAVSRewardsSubmissionHash(_0: IsAVSRewardsSubmissionHashParams["_0"], _1: IsAVSRewardsSubmissionHashParams["_1"]) {
        return this.eth_call(functions.isAVSRewardsSubmissionHash, {_0, _1})
    }

    isRewardsForAllSubmitter(_0: IsRewardsForAllSubmitterParams["_0"]) {
        return this.eth_call(functions.isRewardsForAllSubmitter, {_0})
    }

    isRewardsSubmissionForAllHash(_0: IsRewardsSubmissionForAllHashParams["_0"], _1: IsRewardsSubmissionForAllHashParams["_1"]) {
        return this.eth_call(functions.isRewardsSubmissionForAllHash, {_0, _1})
    }

    operatorCommissionBips(operator: OperatorCommissionBipsParams["operator"], avs: OperatorCommissionBipsParams["avs"]) {
        return this.eth_call(functions.operatorCommissionBips, {operator, avs})
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

    rewardsUpdater() {
        return this.eth_call(functions.rewardsUpdater, {})
    }

    strategyManager() {
        return this.eth_call(functions.strategyManager, {})
    }

    submissionNonce(_0: SubmissionNonceParams["_0"]) {
        return this.eth_call(functions.submissionNonce, {_0})
    }
}

/// Event types
export type AVSRewardsSubmissionCreatedEventArgs = EParams<typeof events.AVSRewardsSubmissionCreated>
export type ActivationDelaySetEventArgs = EParams<typeof events.ActivationDelaySet>
export type ClaimerForSetEventArgs = EParams<typeof events.ClaimerForSet>
export type DistributionRootDisabledEventArgs = EParams<typeof events.DistributionRootDisabled>
export type DistributionRootSubmittedEventArgs = EParams<typeof events.DistributionRootSubmitted>
export type GlobalCommissionBipsSetEventArgs = EParams<typeof events.GlobalCommissionBipsSet>
export type InitializedEventArgs = EParams<typeof events.Initialized>
export type OwnershipTransferredEventArgs = EParams<typeof events.OwnershipTransferred>
export type PausedEventArgs = EParams<typeof events.Paused>
export type PauserRegistrySetEventArgs = EParams<typeof events.PauserRegistrySet>
export type RewardsClaimedEventArgs = EParams<typeof events.RewardsClaimed>
export type RewardsForAllSubmitterSetEventArgs = EParams<typeof events.RewardsForAllSubmitterSet>
export type RewardsSubmissionForAllCreatedEventArgs = EParams<typeof events.RewardsSubmissionForAllCreated>
export type RewardsUpdaterSetEventArgs = EParams<typeof events.RewardsUpdaterSet>
export type UnpausedEventArgs = EParams<typeof events.Unpaused>

/// Function types
export type CALCULATION_INTERVAL_SECONDSParams = FunctionArguments<typeof functions.CALCULATION_INTERVAL_SECONDS>
export type CALCULATION_INTERVAL_SECONDSReturn = FunctionReturn<typeof functions.CALCULATION_INTERVAL_SECONDS>

export type GENESIS_REWARDS_TIMESTAMPParams = FunctionArguments<typeof functions.GENESIS_REWARDS_TIMESTAMP>
export type GENESIS_REWARDS_TIMESTAMPReturn = FunctionReturn<typeof functions.GENESIS_REWARDS_TIMESTAMP>

export type MAX_FUTURE_LENGTHParams = FunctionArguments<typeof functions.MAX_FUTURE_LENGTH>
export type MAX_FUTURE_LENGTHReturn = FunctionReturn<typeof functions.MAX_FUTURE_LENGTH>

export type MAX_RETROACTIVE_LENGTHParams = FunctionArguments<typeof functions.MAX_RETROACTIVE_LENGTH>
export type MAX_RETROACTIVE_LENGTHReturn = FunctionReturn<typeof functions.MAX_RETROACTIVE_LENGTH>

export type MAX_REWARDS_DURATIONParams = FunctionArguments<typeof functions.MAX_REWARDS_DURATION>
export type MAX_REWARDS_DURATIONReturn = FunctionReturn<typeof functions.MAX_REWARDS_DURATION>

export type ActivationDelayParams = FunctionArguments<typeof functions.activationDelay>
export type ActivationDelayReturn = FunctionReturn<typeof functions.activationDelay>

export type BeaconChainETHStrategyParams = FunctionArguments<typeof functions.beaconChainETHStrategy>
export type BeaconChainETHStrategyReturn = FunctionReturn<typeof functions.beaconChainETHStrategy>

export type CalculateEarnerLeafHashParams = FunctionArguments<typeof functions.calculateEarnerLeafHash>
export type CalculateEarnerLeafHashReturn = FunctionReturn<typeof functions.calculateEarnerLeafHash>

export type CalculateTokenLeafHashParams = FunctionArguments<typeof functions.calculateTokenLeafHash>
export type CalculateTokenLeafHashReturn = FunctionReturn<typeof functions.calculateTokenLeafHash>

export type CheckClaimParams = FunctionArguments<typeof functions.checkClaim>
export type CheckClaimReturn = FunctionReturn<typeof functions.checkClaim>

export type ClaimerForParams = FunctionArguments<typeof functions.claimerFor>
export type ClaimerForReturn = FunctionReturn<typeof functions.claimerFor>

export type CreateAVSRewardsSubmissionParams = FunctionArguments<typeof functions.createAVSRewardsSubmission>
export type CreateAVSRewardsSubmissionReturn = FunctionReturn<typeof functions.createAVSRewardsSubmission>

export type CreateRewardsForAllSubmissionParams = FunctionArguments<typeof functions.createRewardsForAllSubmission>
export type CreateRewardsForAllSubmissionReturn = FunctionReturn<typeof functions.createRewardsForAllSubmission>

export type CumulativeClaimedParams = FunctionArguments<typeof functions.cumulativeClaimed>
export type CumulativeClaimedReturn = FunctionReturn<typeof functions.cumulativeClaimed>

export type CurrRewardsCalculationEndTimestampParams = FunctionArguments<typeof functions.currRewardsCalculationEndTimestamp>
export type CurrRewardsCalculationEndTimestampReturn = FunctionReturn<typeof functions.currRewardsCalculationEndTimestamp>

export type DelegationManagerParams = FunctionArguments<typeof functions.delegationManager>
export type DelegationManagerReturn = FunctionReturn<typeof functions.delegationManager>

export type DisableRootParams = FunctionArguments<typeof functions.disableRoot>
export type DisableRootReturn = FunctionReturn<typeof functions.disableRoot>

export type DomainSeparatorParams = FunctionArguments<typeof functions.domainSeparator>
export type DomainSeparatorReturn = FunctionReturn<typeof functions.domainSeparator>

export type GetCurrentClaimableDistributionRootParams = FunctionArguments<typeof functions.getCurrentClaimableDistributionRoot>
export type GetCurrentClaimableDistributionRootReturn = FunctionReturn<typeof functions.getCurrentClaimableDistributionRoot>

export type GetCurrentDistributionRootParams = FunctionArguments<typeof functions.getCurrentDistributionRoot>
export type GetCurrentDistributionRootReturn = FunctionReturn<typeof functions.getCurrentDistributionRoot>

export type GetDistributionRootAtIndexParams = FunctionArguments<typeof functions.getDistributionRootAtIndex>
export type GetDistributionRootAtIndexReturn = FunctionReturn<typeof functions.getDistributionRootAtIndex>

export type GetDistributionRootsLengthParams = FunctionArguments<typeof functions.getDistributionRootsLength>
export type GetDistributionRootsLengthReturn = FunctionReturn<typeof functions.getDistributionRootsLength>

export type GetRootIndexFromHashParams = FunctionArguments<typeof functions.getRootIndexFromHash>
export type GetRootIndexFromHashReturn = FunctionReturn<typeof functions.getRootIndexFromHash>

export type GlobalOperatorCommissionBipsParams = FunctionArguments<typeof functions.globalOperatorCommissionBips>
export type GlobalOperatorCommissionBipsReturn = FunctionReturn<typeof functions.globalOperatorCommissionBips>

export type InitializeParams = FunctionArguments<typeof functions.initialize>
export type InitializeReturn = FunctionReturn<typeof functions.initialize>

export type IsAVSRewardsSubmissionHashParams = FunctionArguments<typeof functions.isAVSRewardsSubmissionHash>
export type IsAVSRewardsSubmissionHashReturn = FunctionReturn<typeof functions.isAVSRewardsSubmissionHash>

export type IsRewardsForAllSubmitterParams = FunctionArguments<typeof functions.isRewardsForAllSubmitter>
export type IsRewardsForAllSubmitterReturn = FunctionReturn<typeof functions.isRewardsForAllSubmitter>

export type IsRewardsSubmissionForAllHashParams = FunctionArguments<typeof functions.isRewardsSubmissionForAllHash>
export type IsRewardsSubmissionForAllHashReturn = FunctionReturn<typeof functions.isRewardsSubmissionForAllHash>

export type OperatorCommissionBipsParams = FunctionArguments<typeof functions.operatorCommissionBips>
export type OperatorCommissionBipsReturn = FunctionReturn<typeof functions.operatorCommissionBips>

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

export type ProcessClaimParams = FunctionArguments<typeof functions.processClaim>
export type ProcessClaimReturn = FunctionReturn<typeof functions.processClaim>

export type RenounceOwnershipParams = FunctionArguments<typeof functions.renounceOwnership>
export type RenounceOwnershipReturn = FunctionReturn<typeof functions.renounceOwnership>

export type RewardsUpdaterParams = FunctionArguments<typeof functions.rewardsUpdater>
export type RewardsUpdaterReturn = FunctionReturn<typeof functions.rewardsUpdater>

export type SetActivationDelayParams = FunctionArguments<typeof functions.setActivationDelay>
export type SetActivationDelayReturn = FunctionReturn<typeof functions.setActivationDelay>

export type SetClaimerForParams = FunctionArguments<typeof functions.setClaimerFor>
export type SetClaimerForReturn = FunctionReturn<typeof functions.setClaimerFor>

export type SetGlobalOperatorCommissionParams = FunctionArguments<typeof functions.setGlobalOperatorCommission>
export type SetGlobalOperatorCommissionReturn = FunctionReturn<typeof functions.setGlobalOperatorCommission>

export type SetPauserRegistryParams = FunctionArguments<typeof functions.setPauserRegistry>
export type SetPauserRegistryReturn = FunctionReturn<typeof functions.setPauserRegistry>

export type SetRewardsForAllSubmitterParams = FunctionArguments<typeof functions.setRewardsForAllSubmitter>
export type SetRewardsForAllSubmitterReturn = FunctionReturn<typeof functions.setRewardsForAllSubmitter>

export type SetRewardsUpdaterParams = FunctionArguments<typeof functions.setRewardsUpdater>
export type SetRewardsUpdaterReturn = FunctionReturn<typeof functions.setRewardsUpdater>

export type StrategyManagerParams = FunctionArguments<typeof functions.strategyManager>
export type StrategyManagerReturn = FunctionReturn<typeof functions.strategyManager>

export type SubmissionNonceParams = FunctionArguments<typeof functions.submissionNonce>
export type SubmissionNonceReturn = FunctionReturn<typeof functions.submissionNonce>

export type SubmitRootParams = FunctionArguments<typeof functions.submitRoot>
export type SubmitRootReturn = FunctionReturn<typeof functions.submitRoot>

export type TransferOwnershipParams = FunctionArguments<typeof functions.transferOwnership>
export type TransferOwnershipReturn = FunctionReturn<typeof functions.transferOwnership>

export type UnpauseParams = FunctionArguments<typeof functions.unpause>
export type UnpauseReturn = FunctionReturn<typeof functions.unpause>

