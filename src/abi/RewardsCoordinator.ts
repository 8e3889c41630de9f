import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    AVSRewardsSubmissionCreated: event("0x450a367a380c4e339e5ae7340c8464ef27af7781ad9945cfe8abd828f89e6281", "AVSRewardsSubmissionCreated(address,uint256,bytes32,((address,uint96)[],address,uint256,uint32,uint32))", {"avs": indexed(p.address), "submissionNonce": indexed(p.uint256), "rewardsSubmissionHash": indexed(p.bytes32), "rewardsSubmission": p.struct({"strategiesAndMultipliers": p.array(p.struct({"strategy": p.address, "multiplier": p.uint96})), "token": p.address, "amount": p.uint256, "startTimestamp": p.uint32, "duration": p.uint32})}),
    ActivationDelaySet: event("0xaf557c6c02c208794817a705609cfa935f827312a1adfdd26494b6b95dd2b4b3", "ActivationDelaySet(uint32,uint32)", {"oldActivationDelay": p.uint32, "newActivationDelay": p.uint32}),
    ClaimerForSet: event("0xbab947934d42e0ad206f25c9cab18b5bb6ae144acfb00f40b4e3aa59590ca312", "ClaimerForSet(address,address,address)", {"earner": indexed(p.address), "oldClaimer": indexed(p.address), "claimer": indexed(p.address)}),
    DefaultOperatorSplitBipsSet: event("0xe6cd4edfdcc1f6d130ab35f73d72378f3a642944fb4ee5bd84b7807a81ea1c4e", "DefaultOperatorSplitBipsSet(uint16,uint16)", {"oldDefaultOperatorSplitBips": p.uint16, "newDefaultOperatorSplitBips": p.uint16}),
    DistributionRootDisabled: event("0xd850e6e5dfa497b72661fa73df2923464eaed9dc2ff1d3cb82bccbfeabe5c41e", "DistributionRootDisabled(uint32)", {"rootIndex": indexed(p.uint32)}),
    DistributionRootSubmitted: event("0xecd866c3c158fa00bf34d803d5f6023000b57080bcb48af004c2b4b46b3afd08", "DistributionRootSubmitted(uint32,bytes32,uint32,uint32)", {"rootIndex": indexed(p.uint32), "root": indexed(p.bytes32), "rewardsCalculationEndTimestamp": indexed(p.uint32), "activatedAt": p.uint32}),
    FeeRecipientSet: event("0x15d80a013f22151bc7246e3bc132e12828cde19de98870475e3fa70840152721", "FeeRecipientSet(address,address)", {"oldFeeRecipient": indexed(p.address), "newFeeRecipient": indexed(p.address)}),
    Initialized: event("0x7f26b83ff96e1f2b6a682f133852f6798a09c465da95921460cefb3847402498", "Initialized(uint8)", {"version": p.uint8}),
    OperatorAVSSplitBipsSet: event("0x48e198b6ae357e529204ee53a8e514c470ff77d9cc8e4f7207f8b5d490ae6934", "OperatorAVSSplitBipsSet(address,address,address,uint32,uint16,uint16)", {"caller": indexed(p.address), "operator": indexed(p.address), "avs": indexed(p.address), "activatedAt": p.uint32, "oldOperatorAVSSplitBips": p.uint16, "newOperatorAVSSplitBips": p.uint16}),
    OperatorDirectedAVSRewardsSubmissionCreated: event("0xfc8888bffd711da60bc5092b33f677d81896fe80ecc677b84cfab8184462b6e0", "OperatorDirectedAVSRewardsSubmissionCreated(address,address,bytes32,uint256,((address,uint96)[],address,(address,uint256)[],uint32,uint32,string))", {"caller": indexed(p.address), "avs": indexed(p.address), "operatorDirectedRewardsSubmissionHash": indexed(p.bytes32), "submissionNonce": p.uint256, "operatorDirectedRewardsSubmission": p.struct({"strategiesAndMultipliers": p.array(p.struct({"strategy": p.address, "multiplier": p.uint96})), "token": p.address, "operatorRewards": p.array(p.struct({"operator": p.address, "amount": p.uint256})), "startTimestamp": p.uint32, "duration": p.uint32, "description": p.string})}),
    OperatorDirectedOperatorSetRewardsSubmissionCreated: event("0xfff0759ccb371dfb5691798724e70b4fa61cb3bfe730a33ac19fb86a48efc756", "OperatorDirectedOperatorSetRewardsSubmissionCreated(address,bytes32,(address,uint32),uint256,((address,uint96)[],address,(address,uint256)[],uint32,uint32,string))", {"caller": indexed(p.address), "operatorDirectedRewardsSubmissionHash": indexed(p.bytes32), "operatorSet": p.struct({"avs": p.address, "id": p.uint32}), "submissionNonce": p.uint256, "operatorDirectedRewardsSubmission": p.struct({"strategiesAndMultipliers": p.array(p.struct({"strategy": p.address, "multiplier": p.uint96})), "token": p.address, "operatorRewards": p.array(p.struct({"operator": p.address, "amount": p.uint256})), "startTimestamp": p.uint32, "duration": p.uint32, "description": p.string})}),
    OperatorPISplitBipsSet: event("0xd1e028bd664486a46ad26040e999cd2d22e1e9a094ee6afe19fcf64678f16f74", "OperatorPISplitBipsSet(address,address,uint32,uint16,uint16)", {"caller": indexed(p.address), "operator": indexed(p.address), "activatedAt": p.uint32, "oldOperatorPISplitBips": p.uint16, "newOperatorPISplitBips": p.uint16}),
    OperatorSetSplitBipsSet: event("0x14918b3834ab6752eb2e1b489b6663a67810efb5f56f3944a97ede8ecf1fd9f1", "OperatorSetSplitBipsSet(address,address,(address,uint32),uint32,uint16,uint16)", {"caller": indexed(p.address), "operator": indexed(p.address), "operatorSet": p.struct({"avs": p.address, "id": p.uint32}), "activatedAt": p.uint32, "oldOperatorSetSplitBips": p.uint16, "newOperatorSetSplitBips": p.uint16}),
    OptInForProtocolFeeSet: event("0xbb020e17dc9a72ff25958029a3ddf0c05cebaac105769b31b6238aaca3910cd2", "OptInForProtocolFeeSet(address,bool,bool)", {"submitter": indexed(p.address), "oldValue": indexed(p.bool), "newValue": indexed(p.bool)}),
    OwnershipTransferred: event("0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0", "OwnershipTransferred(address,address)", {"previousOwner": indexed(p.address), "newOwner": indexed(p.address)}),
    Paused: event("0xab40a374bc51de372200a8bc981af8c9ecdc08dfdaef0bb6e09f88f3c616ef3d", "Paused(address,uint256)", {"account": indexed(p.address), "newPausedStatus": p.uint256}),
    RewardsClaimed: event("0x9543dbd55580842586a951f0386e24d68a5df99ae29e3b216588b45fd684ce31", "RewardsClaimed(bytes32,address,address,address,address,uint256)", {"root": p.bytes32, "earner": indexed(p.address), "claimer": indexed(p.address), "recipient": indexed(p.address), "token": p.address, "claimedAmount": p.uint256}),
    RewardsForAllSubmitterSet: event("0x4de6293e668df1398422e1def12118052c1539a03cbfedc145895d48d7685f1c", "RewardsForAllSubmitterSet(address,bool,bool)", {"rewardsForAllSubmitter": indexed(p.address), "oldValue": indexed(p.bool), "newValue": indexed(p.bool)}),
    RewardsSubmissionForAllCreated: event("0x51088b8c89628df3a8174002c2a034d0152fce6af8415d651b2a4734bf270482", "RewardsSubmissionForAllCreated(address,uint256,bytes32,((address,uint96)[],address,uint256,uint32,uint32))", {"submitter": indexed(p.address), "submissionNonce": indexed(p.uint256), "rewardsSubmissionHash": indexed(p.bytes32), "rewardsSubmission": p.struct({"strategiesAndMultipliers": p.array(p.struct({"strategy": p.address, "multiplier": p.uint96})), "token": p.address, "amount": p.uint256, "startTimestamp": p.uint32, "duration": p.uint32})}),
    RewardsSubmissionForAllEarnersCreated: event("0x5251b6fdefcb5d81144e735f69ea4c695fd43b0289ca53dc075033f5fc80068b", "RewardsSubmissionForAllEarnersCreated(address,uint256,bytes32,((address,uint96)[],address,uint256,uint32,uint32))", {"tokenHopper": indexed(p.address), "submissionNonce": indexed(p.uint256), "rewardsSubmissionHash": indexed(p.bytes32), "rewardsSubmission": p.struct({"strategiesAndMultipliers": p.array(p.struct({"strategy": p.address, "multiplier": p.uint96})), "token": p.address, "amount": p.uint256, "startTimestamp": p.uint32, "duration": p.uint32})}),
    RewardsUpdaterSet: event("0x237b82f438d75fc568ebab484b75b01d9287b9e98b490b7c23221623b6705dbb", "RewardsUpdaterSet(address,address)", {"oldRewardsUpdater": indexed(p.address), "newRewardsUpdater": indexed(p.address)}),
    TotalStakeRewardsSubmissionCreated: event("0x71836f06ac5c96075d4c5b5699a92b18e9c6d91579a382e9e55a1adf097f64df", "TotalStakeRewardsSubmissionCreated(address,bytes32,(address,uint32),uint256,((address,uint96)[],address,uint256,uint32,uint32))", {"caller": indexed(p.address), "rewardsSubmissionHash": indexed(p.bytes32), "operatorSet": p.struct({"avs": p.address, "id": p.uint32}), "submissionNonce": p.uint256, "rewardsSubmission": p.struct({"strategiesAndMultipliers": p.array(p.struct({"strategy": p.address, "multiplier": p.uint96})), "token": p.address, "amount": p.uint256, "startTimestamp": p.uint32, "duration": p.uint32})}),
    UniqueStakeRewardsSubmissionCreated: event("0xb3337dc034abe0f5e3694e1f115f3d6ec9fcee74e7835ea68f6e2d29bbc1b0aa", "UniqueStakeRewardsSubmissionCreated(address,bytes32,(address,uint32),uint256,((address,uint96)[],address,uint256,uint32,uint32))", {"caller": indexed(p.address), "rewardsSubmissionHash": indexed(p.bytes32), "operatorSet": p.struct({"avs": p.address, "id": p.uint32}), "submissionNonce": p.uint256, "rewardsSubmission": p.struct({"strategiesAndMultipliers": p.array(p.struct({"strategy": p.address, "multiplier": p.uint96})), "token": p.address, "amount": p.uint256, "startTimestamp": p.uint32, "duration": p.uint32})}),
    Unpaused: event("0x3582d1828e26bf56bd801502bc021ac0bc8afb57c826e4986b45593c8fad389c", "Unpaused(address,uint256)", {"account": indexed(p.address), "newPausedStatus": p.uint256}),
}

export const functions = {
    CALCULATION_INTERVAL_SECONDS: viewFun("0x9d45c281", "CALCULATION_INTERVAL_SECONDS()", {}, p.uint32),
    GENESIS_REWARDS_TIMESTAMP: viewFun("0x131433b4", "GENESIS_REWARDS_TIMESTAMP()", {}, p.uint32),
    MAX_FUTURE_LENGTH: viewFun("0x04a0c502", "MAX_FUTURE_LENGTH()", {}, p.uint32),
    MAX_RETROACTIVE_LENGTH: viewFun("0x37838ed0", "MAX_RETROACTIVE_LENGTH()", {}, p.uint32),
    MAX_REWARDS_DURATION: viewFun("0xbf21a8aa", "MAX_REWARDS_DURATION()", {}, p.uint32),
    activationDelay: viewFun("0x3a8c0786", "activationDelay()", {}, p.uint32),
    allocationManager: viewFun("0xca8aa7c7", "allocationManager()", {}, p.address),
    beaconChainETHStrategy: viewFun("0x9104c319", "beaconChainETHStrategy()", {}, p.address),
    calculateEarnerLeafHash: viewFun("0x149bc872", "calculateEarnerLeafHash((address,bytes32))", {"leaf": p.struct({"earner": p.address, "earnerTokenRoot": p.bytes32})}, p.bytes32),
    calculateTokenLeafHash: viewFun("0xf8cd8448", "calculateTokenLeafHash((address,uint256))", {"leaf": p.struct({"token": p.address, "cumulativeEarnings": p.uint256})}, p.bytes32),
    checkClaim: viewFun("0x5e9d8348", "checkClaim((uint32,uint32,bytes,(address,bytes32),uint32[],bytes[],(address,uint256)[]))", {"claim": p.struct({"rootIndex": p.uint32, "earnerIndex": p.uint32, "earnerTreeProof": p.bytes, "earnerLeaf": p.struct({"earner": p.address, "earnerTokenRoot": p.bytes32}), "tokenIndices": p.array(p.uint32), "tokenTreeProofs": p.array(p.bytes), "tokenLeaves": p.array(p.struct({"token": p.address, "cumulativeEarnings": p.uint256}))})}, p.bool),
    claimerFor: viewFun("0x2b9f64a4", "claimerFor(address)", {"earner": p.address}, p.address),
    createAVSRewardsSubmission: fun("0xfce36c7d", "createAVSRewardsSubmission(((address,uint96)[],address,uint256,uint32,uint32)[])", {"rewardsSubmissions": p.array(p.struct({"strategiesAndMultipliers": p.array(p.struct({"strategy": p.address, "multiplier": p.uint96})), "token": p.address, "amount": p.uint256, "startTimestamp": p.uint32, "duration": p.uint32}))}, ),
    createEigenDARewardsSubmission: fun("0x7282a352", "createEigenDARewardsSubmission(address,((address,uint96)[],address,uint256,uint32,uint32)[])", {"avs": p.address, "rewardsSubmissions": p.array(p.struct({"strategiesAndMultipliers": p.array(p.struct({"strategy": p.address, "multiplier": p.uint96})), "token": p.address, "amount": p.uint256, "startTimestamp": p.uint32, "duration": p.uint32}))}, ),
    createOperatorDirectedAVSRewardsSubmission: fun("0x9cb9a5fa", "createOperatorDirectedAVSRewardsSubmission(address,((address,uint96)[],address,(address,uint256)[],uint32,uint32,string)[])", {"avs": p.address, "operatorDirectedRewardsSubmissions": p.array(p.struct({"strategiesAndMultipliers": p.array(p.struct({"strategy": p.address, "multiplier": p.uint96})), "token": p.address, "operatorRewards": p.array(p.struct({"operator": p.address, "amount": p.uint256})), "startTimestamp": p.uint32, "duration": p.uint32, "description": p.string}))}, ),
    createOperatorDirectedOperatorSetRewardsSubmission: fun("0x0ca29899", "createOperatorDirectedOperatorSetRewardsSubmission((address,uint32),((address,uint96)[],address,(address,uint256)[],uint32,uint32,string)[])", {"operatorSet": p.struct({"avs": p.address, "id": p.uint32}), "operatorDirectedRewardsSubmissions": p.array(p.struct({"strategiesAndMultipliers": p.array(p.struct({"strategy": p.address, "multiplier": p.uint96})), "token": p.address, "operatorRewards": p.array(p.struct({"operator": p.address, "amount": p.uint256})), "startTimestamp": p.uint32, "duration": p.uint32, "description": p.string}))}, ),
    createRewardsForAllEarners: fun("0xff9f6cce", "createRewardsForAllEarners(((address,uint96)[],address,uint256,uint32,uint32)[])", {"rewardsSubmissions": p.array(p.struct({"strategiesAndMultipliers": p.array(p.struct({"strategy": p.address, "multiplier": p.uint96})), "token": p.address, "amount": p.uint256, "startTimestamp": p.uint32, "duration": p.uint32}))}, ),
    createRewardsForAllSubmission: fun("0x36af41fa", "createRewardsForAllSubmission(((address,uint96)[],address,uint256,uint32,uint32)[])", {"rewardsSubmissions": p.array(p.struct({"strategiesAndMultipliers": p.array(p.struct({"strategy": p.address, "multiplier": p.uint96})), "token": p.address, "amount": p.uint256, "startTimestamp": p.uint32, "duration": p.uint32}))}, ),
    createTotalStakeRewardsSubmission: fun("0x8cb0ae1b", "createTotalStakeRewardsSubmission((address,uint32),((address,uint96)[],address,uint256,uint32,uint32)[])", {"operatorSet": p.struct({"avs": p.address, "id": p.uint32}), "rewardsSubmissions": p.array(p.struct({"strategiesAndMultipliers": p.array(p.struct({"strategy": p.address, "multiplier": p.uint96})), "token": p.address, "amount": p.uint256, "startTimestamp": p.uint32, "duration": p.uint32}))}, ),
    createUniqueStakeRewardsSubmission: fun("0x7ae30583", "createUniqueStakeRewardsSubmission((address,uint32),((address,uint96)[],address,uint256,uint32,uint32)[])", {"operatorSet": p.struct({"avs": p.address, "id": p.uint32}), "rewardsSubmissions": p.array(p.struct({"strategiesAndMultipliers": p.array(p.struct({"strategy": p.address, "multiplier": p.uint96})), "token": p.address, "amount": p.uint256, "startTimestamp": p.uint32, "duration": p.uint32}))}, ),
    cumulativeClaimed: viewFun("0x865c6953", "cumulativeClaimed(address,address)", {"earner": p.address, "token": p.address}, p.uint256),
    currRewardsCalculationEndTimestamp: viewFun("0x4d18cc35", "currRewardsCalculationEndTimestamp()", {}, p.uint32),
    defaultOperatorSplitBips: viewFun("0x63f6a798", "defaultOperatorSplitBips()", {}, p.uint16),
    delegationManager: viewFun("0xea4d3c9b", "delegationManager()", {}, p.address),
    disableRoot: fun("0xf96abf2e", "disableRoot(uint32)", {"rootIndex": p.uint32}, ),
    emissionsController: viewFun("0x67eab2be", "emissionsController()", {}, p.address),
    feeRecipient: viewFun("0x46904840", "feeRecipient()", {}, p.address),
    getCurrentClaimableDistributionRoot: viewFun("0x0e9a53cf", "getCurrentClaimableDistributionRoot()", {}, p.struct({"root": p.bytes32, "rewardsCalculationEndTimestamp": p.uint32, "activatedAt": p.uint32, "disabled": p.bool})),
    getCurrentDistributionRoot: viewFun("0x9be3d4e4", "getCurrentDistributionRoot()", {}, p.struct({"root": p.bytes32, "rewardsCalculationEndTimestamp": p.uint32, "activatedAt": p.uint32, "disabled": p.bool})),
    getDistributionRootAtIndex: viewFun("0xde02e503", "getDistributionRootAtIndex(uint256)", {"index": p.uint256}, p.struct({"root": p.bytes32, "rewardsCalculationEndTimestamp": p.uint32, "activatedAt": p.uint32, "disabled": p.bool})),
    getDistributionRootsLength: viewFun("0x7b8f8b05", "getDistributionRootsLength()", {}, p.uint256),
    getOperatorAVSSplit: viewFun("0xe063f81f", "getOperatorAVSSplit(address,address)", {"operator": p.address, "avs": p.address}, p.uint16),
    getOperatorPISplit: viewFun("0x4b943960", "getOperatorPISplit(address)", {"operator": p.address}, p.uint16),
    getOperatorSetSplit: viewFun("0x9de4b35f", "getOperatorSetSplit(address,(address,uint32))", {"operator": p.address, "operatorSet": p.struct({"avs": p.address, "id": p.uint32})}, p.uint16),
    getRootIndexFromHash: viewFun("0xe810ce21", "getRootIndexFromHash(bytes32)", {"rootHash": p.bytes32}, p.uint32),
    initialize: fun("0xacad7299", "initialize(address,uint256,address,uint32,uint16,address)", {"initialOwner": p.address, "initialPausedStatus": p.uint256, "_rewardsUpdater": p.address, "_activationDelay": p.uint32, "_defaultSplitBips": p.uint16, "_feeRecipient": p.address}, ),
    isAVSRewardsSubmissionHash: viewFun("0x6d21117e", "isAVSRewardsSubmissionHash(address,bytes32)", {"avs": p.address, "hash": p.bytes32}, p.bool),
    isOperatorDirectedAVSRewardsSubmissionHash: viewFun("0xed71e6a2", "isOperatorDirectedAVSRewardsSubmissionHash(address,bytes32)", {"avs": p.address, "hash": p.bytes32}, p.bool),
    isOperatorDirectedOperatorSetRewardsSubmissionHash: viewFun("0xf2f07ab4", "isOperatorDirectedOperatorSetRewardsSubmissionHash(address,bytes32)", {"avs": p.address, "hash": p.bytes32}, p.bool),
    isOptedInForProtocolFee: viewFun("0xa89c2930", "isOptedInForProtocolFee(address)", {"submitter": p.address}, p.bool),
    isRewardsForAllSubmitter: viewFun("0x0018572c", "isRewardsForAllSubmitter(address)", {"submitter": p.address}, p.bool),
    isRewardsSubmissionForAllEarnersHash: viewFun("0xaebd8bae", "isRewardsSubmissionForAllEarnersHash(address,bytes32)", {"avs": p.address, "hash": p.bytes32}, p.bool),
    isRewardsSubmissionForAllHash: viewFun("0xc46db606", "isRewardsSubmissionForAllHash(address,bytes32)", {"avs": p.address, "hash": p.bytes32}, p.bool),
    isTotalStakeRewardsSubmissionHash: viewFun("0xb73c1b92", "isTotalStakeRewardsSubmissionHash(address,bytes32)", {"avs": p.address, "hash": p.bytes32}, p.bool),
    isUniqueStakeRewardsSubmissionHash: viewFun("0x2943e3ff", "isUniqueStakeRewardsSubmissionHash(address,bytes32)", {"avs": p.address, "hash": p.bytes32}, p.bool),
    owner: viewFun("0x8da5cb5b", "owner()", {}, p.address),
    pause: fun("0x136439dd", "pause(uint256)", {"newPausedStatus": p.uint256}, ),
    pauseAll: fun("0x595c6a67", "pauseAll()", {}, ),
    'paused(uint8)': viewFun("0x5ac86ab7", "paused(uint8)", {"index": p.uint8}, p.bool),
    'paused()': viewFun("0x5c975abb", "paused()", {}, p.uint256),
    pauserRegistry: viewFun("0x886f1195", "pauserRegistry()", {}, p.address),
    permissionController: viewFun("0x4657e26a", "permissionController()", {}, p.address),
    processClaim: fun("0x3ccc861d", "processClaim((uint32,uint32,bytes,(address,bytes32),uint32[],bytes[],(address,uint256)[]),address)", {"claim": p.struct({"rootIndex": p.uint32, "earnerIndex": p.uint32, "earnerTreeProof": p.bytes, "earnerLeaf": p.struct({"earner": p.address, "earnerTokenRoot": p.bytes32}), "tokenIndices": p.array(p.uint32), "tokenTreeProofs": p.array(p.bytes), "tokenLeaves": p.array(p.struct({"token": p.address, "cumulativeEarnings": p.uint256}))}), "recipient": p.address}, ),
    processClaims: fun("0x4596021c", "processClaims((uint32,uint32,bytes,(address,bytes32),uint32[],bytes[],(address,uint256)[])[],address)", {"claims": p.array(p.struct({"rootIndex": p.uint32, "earnerIndex": p.uint32, "earnerTreeProof": p.bytes, "earnerLeaf": p.struct({"earner": p.address, "earnerTokenRoot": p.bytes32}), "tokenIndices": p.array(p.uint32), "tokenTreeProofs": p.array(p.bytes), "tokenLeaves": p.array(p.struct({"token": p.address, "cumulativeEarnings": p.uint256}))})), "recipient": p.address}, ),
    renounceOwnership: fun("0x715018a6", "renounceOwnership()", {}, ),
    rewardsUpdater: viewFun("0xfbf1e2c1", "rewardsUpdater()", {}, p.address),
    setActivationDelay: fun("0x58baaa3e", "setActivationDelay(uint32)", {"_activationDelay": p.uint32}, ),
    'setClaimerFor(address)': fun("0xa0169ddd", "setClaimerFor(address)", {"claimer": p.address}, ),
    'setClaimerFor(address,address)': fun("0xf22cef85", "setClaimerFor(address,address)", {"earner": p.address, "claimer": p.address}, ),
    setDefaultOperatorSplit: fun("0xa50a1d9c", "setDefaultOperatorSplit(uint16)", {"split": p.uint16}, ),
    setFeeRecipient: fun("0xe74b981b", "setFeeRecipient(address)", {"_feeRecipient": p.address}, ),
    setOperatorAVSSplit: fun("0xdcbb03b3", "setOperatorAVSSplit(address,address,uint16)", {"operator": p.address, "avs": p.address, "split": p.uint16}, ),
    setOperatorPISplit: fun("0xb3dbb0e0", "setOperatorPISplit(address,uint16)", {"operator": p.address, "split": p.uint16}, ),
    setOperatorSetSplit: fun("0xf74e8eac", "setOperatorSetSplit(address,(address,uint32),uint16)", {"operator": p.address, "operatorSet": p.struct({"avs": p.address, "id": p.uint32}), "split": p.uint16}, ),
    setOptInForProtocolFee: fun("0x8d424f49", "setOptInForProtocolFee(address,bool)", {"submitter": p.address, "optInForProtocolFee": p.bool}, ),
    setRewardsForAllSubmitter: fun("0x0eb38345", "setRewardsForAllSubmitter(address,bool)", {"_submitter": p.address, "_newValue": p.bool}, ),
    setRewardsUpdater: fun("0x863cb9a9", "setRewardsUpdater(address)", {"_rewardsUpdater": p.address}, ),
    strategyManager: viewFun("0x39b70e38", "strategyManager()", {}, p.address),
    submissionNonce: viewFun("0xbb7e451f", "submissionNonce(address)", {"avs": p.address}, p.uint256),
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

    allocationManager() {
        return this.eth_call(functions.allocationManager, {})
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

    claimerFor(earner: ClaimerForParams["earner"]) {
        return this.eth_call(functions.claimerFor, {earner})
    }

    cumulativeClaimed(earner: CumulativeClaimedParams["earner"], token: CumulativeClaimedParams["token"]) {
        return this.eth_call(functions.cumulativeClaimed, {earner, token})
    }

    currRewardsCalculationEndTimestamp() {
        return this.eth_call(functions.currRewardsCalculationEndTimestamp, {})
    }

    defaultOperatorSplitBips() {
        return this.eth_call(functions.defaultOperatorSplitBips, {})
    }

    delegationManager() {
        return this.eth_call(functions.delegationManager, {})
    }

    emissionsController() {
        return this.eth_call(functions.emissionsController, {})
    }

    feeRecipient() {
        return this.eth_call(functions.feeRecipient, {})
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

    getOperatorAVSSplit(operator: GetOperatorAVSSplitParams["operator"], avs: GetOperatorAVSSplitParams["avs"]) {
        return this.eth_call(functions.getOperatorAVSSplit, {operator, avs})
    }

    getOperatorPISplit(operator: GetOperatorPISplitParams["operator"]) {
        return this.eth_call(functions.getOperatorPISplit, {operator})
    }

    getOperatorSetSplit(operator: GetOperatorSetSplitParams["operator"], operatorSet: GetOperatorSetSplitParams["operatorSet"]) {
        return this.eth_call(functions.getOperatorSetSplit, {operator, operatorSet})
    }

    getRootIndexFromHash(rootHash: GetRootIndexFromHashParams["rootHash"]) {
        return this.eth_call(functions.getRootIndexFromHash, {rootHash})
    }

    isAVSRewardsSubmissionHash(avs: IsAVSRewardsSubmissionHashParams["avs"], hash: IsAVSRewardsSubmissionHashParams["hash"]) {
        return this.eth_call(functions.isAVSRewardsSubmissionHash, {avs, hash})
    }

    isOperatorDirectedAVSRewardsSubmissionHash(avs: IsOperatorDirectedAVSRewardsSubmissionHashParams["avs"], hash: IsOperatorDirectedAVSRewardsSubmissionHashParams["hash"]) {
        return this.eth_call(functions.isOperatorDirectedAVSRewardsSubmissionHash, {avs, hash})
    }

    isOperatorDirectedOperatorSetRewardsSubmissionHash(avs: IsOperatorDirectedOperatorSetRewardsSubmissionHashParams["avs"], hash: IsOperatorDirectedOperatorSetRewardsSubmissionHashParams["hash"]) {
        return this.eth_call(functions.isOperatorDirectedOperatorSetRewardsSubmissionHash, {avs, hash})
    }

    isOptedInForProtocolFee(submitter: IsOptedInForProtocolFeeParams["submitter"]) {
        return this.eth_call(functions.isOptedInForProtocolFee, {submitter})
    }

    isRewardsForAllSubmitter(submitter: IsRewardsForAllSubmitterParams["submitter"]) {
        return this.eth_call(functions.isRewardsForAllSubmitter, {submitter})
    }

    isRewardsSubmissionForAllEarnersHash(avs: IsRewardsSubmissionForAllEarnersHashParams["avs"], hash: IsRewardsSubmissionForAllEarnersHashParams["hash"]) {
        return this.eth_call(functions.isRewardsSubmissionForAllEarnersHash, {avs, hash})
    }

    isRewardsSubmissionForAllHash(avs: IsRewardsSubmissionForAllHashParams["avs"], hash: IsRewardsSubmissionForAllHashParams["hash"]) {
        return this.eth_call(functions.isRewardsSubmissionForAllHash, {avs, hash})
    }

    isTotalStakeRewardsSubmissionHash(avs: IsTotalStakeRewardsSubmissionHashParams["avs"], hash: IsTotalStakeRewardsSubmissionHashParams["hash"]) {
        return this.eth_call(functions.isTotalStakeRewardsSubmissionHash, {avs, hash})
    }

    isUniqueStakeRewardsSubmissionHash(avs: IsUniqueStakeRewardsSubmissionHashParams["avs"], hash: IsUniqueStakeRewardsSubmissionHashParams["hash"]) {
        return this.eth_call(functions.isUniqueStakeRewardsSubmissionHash, {avs, hash})
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

    permissionController() {
        return this.eth_call(functions.permissionController, {})
    }

    rewardsUpdater() {
        return this.eth_call(functions.rewardsUpdater, {})
    }

    strategyManager() {
        return this.eth_call(functions.strategyManager, {})
    }

    submissionNonce(avs: SubmissionNonceParams["avs"]) {
        return this.eth_call(functions.submissionNonce, {avs})
    }
}

/// Event types
export type AVSRewardsSubmissionCreatedEventArgs = EParams<typeof events.AVSRewardsSubmissionCreated>
export type ActivationDelaySetEventArgs = EParams<typeof events.ActivationDelaySet>
export type ClaimerForSetEventArgs = EParams<typeof events.ClaimerForSet>
export type DefaultOperatorSplitBipsSetEventArgs = EParams<typeof events.DefaultOperatorSplitBipsSet>
export type DistributionRootDisabledEventArgs = EParams<typeof events.DistributionRootDisabled>
export type DistributionRootSubmittedEventArgs = EParams<typeof events.DistributionRootSubmitted>
export type FeeRecipientSetEventArgs = EParams<typeof events.FeeRecipientSet>
export type InitializedEventArgs = EParams<typeof events.Initialized>
export type OperatorAVSSplitBipsSetEventArgs = EParams<typeof events.OperatorAVSSplitBipsSet>
export type OperatorDirectedAVSRewardsSubmissionCreatedEventArgs = EParams<typeof events.OperatorDirectedAVSRewardsSubmissionCreated>
export type OperatorDirectedOperatorSetRewardsSubmissionCreatedEventArgs = EParams<typeof events.OperatorDirectedOperatorSetRewardsSubmissionCreated>
export type OperatorPISplitBipsSetEventArgs = EParams<typeof events.OperatorPISplitBipsSet>
export type OperatorSetSplitBipsSetEventArgs = EParams<typeof events.OperatorSetSplitBipsSet>
export type OptInForProtocolFeeSetEventArgs = EParams<typeof events.OptInForProtocolFeeSet>
export type OwnershipTransferredEventArgs = EParams<typeof events.OwnershipTransferred>
export type PausedEventArgs = EParams<typeof events.Paused>
export type RewardsClaimedEventArgs = EParams<typeof events.RewardsClaimed>
export type RewardsForAllSubmitterSetEventArgs = EParams<typeof events.RewardsForAllSubmitterSet>
export type RewardsSubmissionForAllCreatedEventArgs = EParams<typeof events.RewardsSubmissionForAllCreated>
export type RewardsSubmissionForAllEarnersCreatedEventArgs = EParams<typeof events.RewardsSubmissionForAllEarnersCreated>
export type RewardsUpdaterSetEventArgs = EParams<typeof events.RewardsUpdaterSet>
export type TotalStakeRewardsSubmissionCreatedEventArgs = EParams<typeof events.TotalStakeRewardsSubmissionCreated>
export type UniqueStakeRewardsSubmissionCreatedEventArgs = EParams<typeof events.UniqueStakeRewardsSubmissionCreated>
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

export type AllocationManagerParams = FunctionArguments<typeof functions.allocationManager>
export type AllocationManagerReturn = FunctionReturn<typeof functions.allocationManager>

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

export type CreateEigenDARewardsSubmissionParams = FunctionArguments<typeof functions.createEigenDARewardsSubmission>
export type CreateEigenDARewardsSubmissionReturn = FunctionReturn<typeof functions.createEigenDARewardsSubmission>

export type CreateOperatorDirectedAVSRewardsSubmissionParams = FunctionArguments<typeof functions.createOperatorDirectedAVSRewardsSubmission>
export type CreateOperatorDirectedAVSRewardsSubmissionReturn = FunctionReturn<typeof functions.createOperatorDirectedAVSRewardsSubmission>

export type CreateOperatorDirectedOperatorSetRewardsSubmissionParams = FunctionArguments<typeof functions.createOperatorDirectedOperatorSetRewardsSubmission>
export type CreateOperatorDirectedOperatorSetRewardsSubmissionReturn = FunctionReturn<typeof functions.createOperatorDirectedOperatorSetRewardsSubmission>

export type CreateRewardsForAllEarnersParams = FunctionArguments<typeof functions.createRewardsForAllEarners>
export type CreateRewardsForAllEarnersReturn = FunctionReturn<typeof functions.createRewardsForAllEarners>

export type CreateRewardsForAllSubmissionParams = FunctionArguments<typeof functions.createRewardsForAllSubmission>
export type CreateRewardsForAllSubmissionReturn = FunctionReturn<typeof functions.createRewardsForAllSubmission>

export type CreateTotalStakeRewardsSubmissionParams = FunctionArguments<typeof functions.createTotalStakeRewardsSubmission>
export type CreateTotalStakeRewardsSubmissionReturn = FunctionReturn<typeof functions.createTotalStakeRewardsSubmission>

export type CreateUniqueStakeRewardsSubmissionParams = FunctionArguments<typeof functions.createUniqueStakeRewardsSubmission>
export type CreateUniqueStakeRewardsSubmissionReturn = FunctionReturn<typeof functions.createUniqueStakeRewardsSubmission>

export type CumulativeClaimedParams = FunctionArguments<typeof functions.cumulativeClaimed>
export type CumulativeClaimedReturn = FunctionReturn<typeof functions.cumulativeClaimed>

export type CurrRewardsCalculationEndTimestampParams = FunctionArguments<typeof functions.currRewardsCalculationEndTimestamp>
export type CurrRewardsCalculationEndTimestampReturn = FunctionReturn<typeof functions.currRewardsCalculationEndTimestamp>

export type DefaultOperatorSplitBipsParams = FunctionArguments<typeof functions.defaultOperatorSplitBips>
export type DefaultOperatorSplitBipsReturn = FunctionReturn<typeof functions.defaultOperatorSplitBips>

export type DelegationManagerParams = FunctionArguments<typeof functions.delegationManager>
export type DelegationManagerReturn = FunctionReturn<typeof functions.delegationManager>

export type DisableRootParams = FunctionArguments<typeof functions.disableRoot>
export type DisableRootReturn = FunctionReturn<typeof functions.disableRoot>

export type EmissionsControllerParams = FunctionArguments<typeof functions.emissionsController>
export type EmissionsControllerReturn = FunctionReturn<typeof functions.emissionsController>

export type FeeRecipientParams = FunctionArguments<typeof functions.feeRecipient>
export type FeeRecipientReturn = FunctionReturn<typeof functions.feeRecipient>

export type GetCurrentClaimableDistributionRootParams = FunctionArguments<typeof functions.getCurrentClaimableDistributionRoot>
export type GetCurrentClaimableDistributionRootReturn = FunctionReturn<typeof functions.getCurrentClaimableDistributionRoot>

export type GetCurrentDistributionRootParams = FunctionArguments<typeof functions.getCurrentDistributionRoot>
export type GetCurrentDistributionRootReturn = FunctionReturn<typeof functions.getCurrentDistributionRoot>

export type GetDistributionRootAtIndexParams = FunctionArguments<typeof functions.getDistributionRootAtIndex>
export type GetDistributionRootAtIndexReturn = FunctionReturn<typeof functions.getDistributionRootAtIndex>

export type GetDistributionRootsLengthParams = FunctionArguments<typeof functions.getDistributionRootsLength>
export type GetDistributionRootsLengthReturn = FunctionReturn<typeof functions.getDistributionRootsLength>

export type GetOperatorAVSSplitParams = FunctionArguments<typeof functions.getOperatorAVSSplit>
export type GetOperatorAVSSplitReturn = FunctionReturn<typeof functions.getOperatorAVSSplit>

export type GetOperatorPISplitParams = FunctionArguments<typeof functions.getOperatorPISplit>
export type GetOperatorPISplitReturn = FunctionReturn<typeof functions.getOperatorPISplit>

export type GetOperatorSetSplitParams = FunctionArguments<typeof functions.getOperatorSetSplit>
export type GetOperatorSetSplitReturn = FunctionReturn<typeof functions.getOperatorSetSplit>

export type GetRootIndexFromHashParams = FunctionArguments<typeof functions.getRootIndexFromHash>
export type GetRootIndexFromHashReturn = FunctionReturn<typeof functions.getRootIndexFromHash>

export type InitializeParams = FunctionArguments<typeof functions.initialize>
export type InitializeReturn = FunctionReturn<typeof functions.initialize>

export type IsAVSRewardsSubmissionHashParams = FunctionArguments<typeof functions.isAVSRewardsSubmissionHash>
export type IsAVSRewardsSubmissionHashReturn = FunctionReturn<typeof functions.isAVSRewardsSubmissionHash>

export type IsOperatorDirectedAVSRewardsSubmissionHashParams = FunctionArguments<typeof functions.isOperatorDirectedAVSRewardsSubmissionHash>
export type IsOperatorDirectedAVSRewardsSubmissionHashReturn = FunctionReturn<typeof functions.isOperatorDirectedAVSRewardsSubmissionHash>

export type IsOperatorDirectedOperatorSetRewardsSubmissionHashParams = FunctionArguments<typeof functions.isOperatorDirectedOperatorSetRewardsSubmissionHash>
export type IsOperatorDirectedOperatorSetRewardsSubmissionHashReturn = FunctionReturn<typeof functions.isOperatorDirectedOperatorSetRewardsSubmissionHash>

export type IsOptedInForProtocolFeeParams = FunctionArguments<typeof functions.isOptedInForProtocolFee>
export type IsOptedInForProtocolFeeReturn = FunctionReturn<typeof functions.isOptedInForProtocolFee>

export type IsRewardsForAllSubmitterParams = FunctionArguments<typeof functions.isRewardsForAllSubmitter>
export type IsRewardsForAllSubmitterReturn = FunctionReturn<typeof functions.isRewardsForAllSubmitter>

export type IsRewardsSubmissionForAllEarnersHashParams = FunctionArguments<typeof functions.isRewardsSubmissionForAllEarnersHash>
export type IsRewardsSubmissionForAllEarnersHashReturn = FunctionReturn<typeof functions.isRewardsSubmissionForAllEarnersHash>

export type IsRewardsSubmissionForAllHashParams = FunctionArguments<typeof functions.isRewardsSubmissionForAllHash>
export type IsRewardsSubmissionForAllHashReturn = FunctionReturn<typeof functions.isRewardsSubmissionForAllHash>

export type IsTotalStakeRewardsSubmissionHashParams = FunctionArguments<typeof functions.isTotalStakeRewardsSubmissionHash>
export type IsTotalStakeRewardsSubmissionHashReturn = FunctionReturn<typeof functions.isTotalStakeRewardsSubmissionHash>

export type IsUniqueStakeRewardsSubmissionHashParams = FunctionArguments<typeof functions.isUniqueStakeRewardsSubmissionHash>
export type IsUniqueStakeRewardsSubmissionHashReturn = FunctionReturn<typeof functions.isUniqueStakeRewardsSubmissionHash>

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

export type PermissionControllerParams = FunctionArguments<typeof functions.permissionController>
export type PermissionControllerReturn = FunctionReturn<typeof functions.permissionController>

export type ProcessClaimParams = FunctionArguments<typeof functions.processClaim>
export type ProcessClaimReturn = FunctionReturn<typeof functions.processClaim>

export type ProcessClaimsParams = FunctionArguments<typeof functions.processClaims>
export type ProcessClaimsReturn = FunctionReturn<typeof functions.processClaims>

export type RenounceOwnershipParams = FunctionArguments<typeof functions.renounceOwnership>
export type RenounceOwnershipReturn = FunctionReturn<typeof functions.renounceOwnership>

export type RewardsUpdaterParams = FunctionArguments<typeof functions.rewardsUpdater>
export type RewardsUpdaterReturn = FunctionReturn<typeof functions.rewardsUpdater>

export type SetActivationDelayParams = FunctionArguments<typeof functions.setActivationDelay>
export type SetActivationDelayReturn = FunctionReturn<typeof functions.setActivationDelay>

export type SetClaimerForParams_0 = FunctionArguments<typeof functions['setClaimerFor(address)']>
export type SetClaimerForReturn_0 = FunctionReturn<typeof functions['setClaimerFor(address)']>

export type SetClaimerForParams_1 = FunctionArguments<typeof functions['setClaimerFor(address,address)']>
export type SetClaimerForReturn_1 = FunctionReturn<typeof functions['setClaimerFor(address,address)']>

export type SetDefaultOperatorSplitParams = FunctionArguments<typeof functions.setDefaultOperatorSplit>
export type SetDefaultOperatorSplitReturn = FunctionReturn<typeof functions.setDefaultOperatorSplit>

export type SetFeeRecipientParams = FunctionArguments<typeof functions.setFeeRecipient>
export type SetFeeRecipientReturn = FunctionReturn<typeof functions.setFeeRecipient>

export type SetOperatorAVSSplitParams = FunctionArguments<typeof functions.setOperatorAVSSplit>
export type SetOperatorAVSSplitReturn = FunctionReturn<typeof functions.setOperatorAVSSplit>

export type SetOperatorPISplitParams = FunctionArguments<typeof functions.setOperatorPISplit>
export type SetOperatorPISplitReturn = FunctionReturn<typeof functions.setOperatorPISplit>

export type SetOperatorSetSplitParams = FunctionArguments<typeof functions.setOperatorSetSplit>
export type SetOperatorSetSplitReturn = FunctionReturn<typeof functions.setOperatorSetSplit>

export type SetOptInForProtocolFeeParams = FunctionArguments<typeof functions.setOptInForProtocolFee>
export type SetOptInForProtocolFeeReturn = FunctionReturn<typeof functions.setOptInForProtocolFee>

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

