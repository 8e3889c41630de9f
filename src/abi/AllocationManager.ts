import * as p from '@subsquid/evm-codec'
import { event, fun, viewFun, indexed, ContractBase } from '@subsquid/evm-abi'
import type { EventParams as EParams, FunctionArguments, FunctionReturn } from '@subsquid/evm-abi'

export const events = {
    AVSMetadataURIUpdated: event("0xa89c1dc243d8908a96dd84944bcc97d6bc6ac00dd78e20621576be6a3c943713", "AVSMetadataURIUpdated(address,string)", {"avs": indexed(p.address), "metadataURI": p.string}),
    AVSRegistrarSet: event("0x2ae945c40c44dc0ec263f95609c3fdc6952e0aefa22d6374e44f2c997acedf85", "AVSRegistrarSet(address,address)", {"avs": p.address, "registrar": p.address}),
    AllocationDelaySet: event("0x4e85751d6331506c6c62335f207eb31f12a61e570f34f5c17640308785c6d4db", "AllocationDelaySet(address,uint32,uint32)", {"operator": p.address, "delay": p.uint32, "effectBlock": p.uint32}),
    AllocationUpdated: event("0x1487af5418c47ee5ea45ef4a93398668120890774a9e13487e61e9dc3baf76dd", "AllocationUpdated(address,(address,uint32),address,uint64,uint32)", {"operator": p.address, "operatorSet": p.struct({"avs": p.address, "id": p.uint32}), "strategy": p.address, "magnitude": p.uint64, "effectBlock": p.uint32}),
    EncumberedMagnitudeUpdated: event("0xacf9095feb3a370c9cf692421c69ef320d4db5c66e6a7d29c7694eb02364fc55", "EncumberedMagnitudeUpdated(address,address,uint64)", {"operator": p.address, "strategy": p.address, "encumberedMagnitude": p.uint64}),
    Initialized: event("0x7f26b83ff96e1f2b6a682f133852f6798a09c465da95921460cefb3847402498", "Initialized(uint8)", {"version": p.uint8}),
    MaxMagnitudeUpdated: event("0x1c6458079a41077d003c11faf9bf097e693bd67979e4e6500bac7b29db779b5c", "MaxMagnitudeUpdated(address,address,uint64)", {"operator": p.address, "strategy": p.address, "maxMagnitude": p.uint64}),
    OperatorAddedToOperatorSet: event("0x43232edf9071753d2321e5fa7e018363ee248e5f2142e6c08edd3265bfb4895e", "OperatorAddedToOperatorSet(address,(address,uint32))", {"operator": indexed(p.address), "operatorSet": p.struct({"avs": p.address, "id": p.uint32})}),
    OperatorRemovedFromOperatorSet: event("0xad34c3070be1dffbcaa499d000ba2b8d9848aefcac3059df245dd95c4ece14fe", "OperatorRemovedFromOperatorSet(address,(address,uint32))", {"operator": indexed(p.address), "operatorSet": p.struct({"avs": p.address, "id": p.uint32})}),
    OperatorSetCreated: event("0x31629285ead2335ae0933f86ed2ae63321f7af77b4e6eaabc42c057880977e6c", "OperatorSetCreated((address,uint32))", {"operatorSet": p.struct({"avs": p.address, "id": p.uint32})}),
    OperatorSlashed: event("0x80969ad29428d6797ee7aad084f9e4a42a82fc506dcd2ca3b6fb431f85ccebe5", "OperatorSlashed(address,(address,uint32),address[],uint256[],string)", {"operator": p.address, "operatorSet": p.struct({"avs": p.address, "id": p.uint32}), "strategies": p.array(p.address), "wadSlashed": p.array(p.uint256), "description": p.string}),
    Paused: event("0xab40a374bc51de372200a8bc981af8c9ecdc08dfdaef0bb6e09f88f3c616ef3d", "Paused(address,uint256)", {"account": indexed(p.address), "newPausedStatus": p.uint256}),
    RedistributionAddressSet: event("0x90a6fa2a9b79b910872ebca540cf3bd8be827f586e6420c30d8836e30012907e", "RedistributionAddressSet((address,uint32),address)", {"operatorSet": p.struct({"avs": p.address, "id": p.uint32}), "redistributionRecipient": p.address}),
    SlasherMigrated: event("0xf0c8fc7d71f647bd3a88ac369112517f6a4b8038e71913f2d20f71f877dfc725", "SlasherMigrated((address,uint32),address)", {"operatorSet": p.struct({"avs": p.address, "id": p.uint32}), "slasher": p.address}),
    SlasherUpdated: event("0x3873f29d7a65a4d75f5ba28909172f486216a1420e77c3c2720815951a6b4f57", "SlasherUpdated((address,uint32),address,uint32)", {"operatorSet": p.struct({"avs": p.address, "id": p.uint32}), "slasher": p.address, "effectBlock": p.uint32}),
    StrategyAddedToOperatorSet: event("0x7ab260fe0af193db5f4986770d831bda4ea46099dc817e8b6716dcae8af8e88b", "StrategyAddedToOperatorSet((address,uint32),address)", {"operatorSet": p.struct({"avs": p.address, "id": p.uint32}), "strategy": p.address}),
    StrategyRemovedFromOperatorSet: event("0x7b4b073d80dcac55a11177d8459ad9f664ceeb91f71f27167bb14f8152a7eeee", "StrategyRemovedFromOperatorSet((address,uint32),address)", {"operatorSet": p.struct({"avs": p.address, "id": p.uint32}), "strategy": p.address}),
    Unpaused: event("0x3582d1828e26bf56bd801502bc021ac0bc8afb57c826e4986b45593c8fad389c", "Unpaused(address,uint256)", {"account": indexed(p.address), "newPausedStatus": p.uint256}),
}

export const functions = {
    ALLOCATION_CONFIGURATION_DELAY: viewFun("0x7bc1ef61", "ALLOCATION_CONFIGURATION_DELAY()", {}, p.uint32),
    DEALLOCATION_DELAY: viewFun("0x2981eb77", "DEALLOCATION_DELAY()", {}, p.uint32),
    addStrategiesToOperatorSet: fun("0x50feea20", "addStrategiesToOperatorSet(address,uint32,address[])", {"avs": p.address, "operatorSetId": p.uint32, "strategies": p.array(p.address)}, ),
    clearDeallocationQueue: fun("0x4b5046ef", "clearDeallocationQueue(address,address[],uint16[])", {"operator": p.address, "strategies": p.array(p.address), "numToClear": p.array(p.uint16)}, ),
    'createOperatorSets(address,(uint32,address[])[])': fun("0x261f84e0", "createOperatorSets(address,(uint32,address[])[])", {"avs": p.address, "params": p.array(p.struct({"operatorSetId": p.uint32, "strategies": p.array(p.address)}))}, ),
    'createOperatorSets(address,(uint32,address[],address)[])': fun("0x3dff8e7d", "createOperatorSets(address,(uint32,address[],address)[])", {"avs": p.address, "params": p.array(p.struct({"operatorSetId": p.uint32, "strategies": p.array(p.address), "slasher": p.address}))}, ),
    'createRedistributingOperatorSets(address,(uint32,address[])[],address[])': fun("0x32a879e4", "createRedistributingOperatorSets(address,(uint32,address[])[],address[])", {"avs": p.address, "params": p.array(p.struct({"operatorSetId": p.uint32, "strategies": p.array(p.address)})), "redistributionRecipients": p.array(p.address)}, ),
    'createRedistributingOperatorSets(address,(uint32,address[],address)[],address[])': fun("0xd1a83f54", "createRedistributingOperatorSets(address,(uint32,address[],address)[],address[])", {"avs": p.address, "params": p.array(p.struct({"operatorSetId": p.uint32, "strategies": p.array(p.address), "slasher": p.address})), "redistributionRecipients": p.array(p.address)}, ),
    delegation: viewFun("0xdf5cf723", "delegation()", {}, p.address),
    deregisterFromOperatorSets: fun("0x6e3492b5", "deregisterFromOperatorSets((address,address,uint32[]))", {"params": p.struct({"operator": p.address, "avs": p.address, "operatorSetIds": p.array(p.uint32)})}, ),
    eigenStrategy: viewFun("0xdb4df761", "eigenStrategy()", {}, p.address),
    getAVSRegistrar: viewFun("0x304c10cd", "getAVSRegistrar(address)", {"avs": p.address}, p.address),
    getAllocatableMagnitude: viewFun("0x6cfb4481", "getAllocatableMagnitude(address,address)", {"_0": p.address, "_1": p.address}, p.uint64),
    getAllocatedSets: viewFun("0x15fe5028", "getAllocatedSets(address)", {"_0": p.address}, p.array(p.struct({"avs": p.address, "id": p.uint32}))),
    getAllocatedStake: viewFun("0x2b453a9a", "getAllocatedStake((address,uint32),address[],address[])", {"_0": p.struct({"avs": p.address, "id": p.uint32}), "_1": p.array(p.address), "_2": p.array(p.address)}, p.array(p.array(p.uint256))),
    getAllocatedStrategies: viewFun("0xc221d8ae", "getAllocatedStrategies(address,(address,uint32))", {"_0": p.address, "_1": p.struct({"avs": p.address, "id": p.uint32})}, p.array(p.address)),
    getAllocation: viewFun("0x10e1b9b8", "getAllocation(address,(address,uint32),address)", {"_0": p.address, "_1": p.struct({"avs": p.address, "id": p.uint32}), "_2": p.address}, p.struct({"currentMagnitude": p.uint64, "pendingDiff": p.int128, "effectBlock": p.uint32})),
    getAllocationDelay: viewFun("0xb9fbaed1", "getAllocationDelay(address)", {"operator": p.address}, {"_0": p.bool, "_1": p.uint32}),
    getAllocations: viewFun("0x8ce64854", "getAllocations(address[],(address,uint32),address)", {"_0": p.array(p.address), "_1": p.struct({"avs": p.address, "id": p.uint32}), "_2": p.address}, p.array(p.struct({"currentMagnitude": p.uint64, "pendingDiff": p.int128, "effectBlock": p.uint32}))),
    getEncumberedMagnitude: viewFun("0xf605ce08", "getEncumberedMagnitude(address,address)", {"_0": p.address, "_1": p.address}, p.uint64),
    getMaxMagnitude: viewFun("0xa9333ec8", "getMaxMagnitude(address,address)", {"_0": p.address, "_1": p.address}, p.uint64),
    'getMaxMagnitudes(address[],address)': viewFun("0x4a10ffe5", "getMaxMagnitudes(address[],address)", {"_0": p.array(p.address), "_1": p.address}, p.array(p.uint64)),
    'getMaxMagnitudes(address,address[])': viewFun("0x547afb87", "getMaxMagnitudes(address,address[])", {"_0": p.address, "_1": p.array(p.address)}, p.array(p.uint64)),
    getMaxMagnitudesAtBlock: viewFun("0x94d7d00c", "getMaxMagnitudesAtBlock(address,address[],uint32)", {"_0": p.address, "_1": p.array(p.address), "_2": p.uint32}, p.array(p.uint64)),
    getMemberCount: viewFun("0xb2447af7", "getMemberCount((address,uint32))", {"_0": p.struct({"avs": p.address, "id": p.uint32})}, p.uint256),
    getMembers: viewFun("0x6e875dba", "getMembers((address,uint32))", {"_0": p.struct({"avs": p.address, "id": p.uint32})}, p.array(p.address)),
    getMinimumSlashableStake: viewFun("0x2bab2c4a", "getMinimumSlashableStake((address,uint32),address[],address[],uint32)", {"_0": p.struct({"avs": p.address, "id": p.uint32}), "_1": p.array(p.address), "_2": p.array(p.address), "_3": p.uint32}, p.array(p.array(p.uint256))),
    getOperatorSetCount: viewFun("0xba1a84e5", "getOperatorSetCount(address)", {"_0": p.address}, p.uint256),
    getPendingSlasher: viewFun("0xd7794857", "getPendingSlasher((address,uint32))", {"_0": p.struct({"avs": p.address, "id": p.uint32})}, {"pendingSlasher": p.address, "effectBlock": p.uint32}),
    getRedistributionRecipient: viewFun("0x0f3df50e", "getRedistributionRecipient((address,uint32))", {"operatorSet": p.struct({"avs": p.address, "id": p.uint32})}, p.address),
    getRegisteredSets: viewFun("0x79ae50cd", "getRegisteredSets(address)", {"_0": p.address}, p.array(p.struct({"avs": p.address, "id": p.uint32}))),
    getSlashCount: viewFun("0x4cfd2939", "getSlashCount((address,uint32))", {"_0": p.struct({"avs": p.address, "id": p.uint32})}, p.uint256),
    getSlasher: viewFun("0xd4a3fcce", "getSlasher((address,uint32))", {"operatorSet": p.struct({"avs": p.address, "id": p.uint32})}, p.address),
    getStrategiesInOperatorSet: viewFun("0x4177a87c", "getStrategiesInOperatorSet((address,uint32))", {"_0": p.struct({"avs": p.address, "id": p.uint32})}, p.array(p.address)),
    getStrategyAllocations: viewFun("0x40120dab", "getStrategyAllocations(address,address)", {"_0": p.address, "_1": p.address}, {"operatorSets": p.array(p.struct({"avs": p.address, "id": p.uint32})), "allocations": p.array(p.struct({"currentMagnitude": p.uint64, "pendingDiff": p.int128, "effectBlock": p.uint32}))}),
    initialize: fun("0xfe4b84df", "initialize(uint256)", {"initialPausedStatus": p.uint256}, ),
    isMemberOfOperatorSet: viewFun("0x670d3ba2", "isMemberOfOperatorSet(address,(address,uint32))", {"_0": p.address, "_1": p.struct({"avs": p.address, "id": p.uint32})}, p.bool),
    isOperatorRedistributable: viewFun("0xdc2af692", "isOperatorRedistributable(address)", {"_0": p.address}, p.bool),
    isOperatorSet: viewFun("0x260dc758", "isOperatorSet((address,uint32))", {"_0": p.struct({"avs": p.address, "id": p.uint32})}, p.bool),
    isOperatorSlashable: viewFun("0x1352c3e6", "isOperatorSlashable(address,(address,uint32))", {"operator": p.address, "operatorSet": p.struct({"avs": p.address, "id": p.uint32})}, p.bool),
    isRedistributingOperatorSet: viewFun("0xf231bd08", "isRedistributingOperatorSet((address,uint32))", {"operatorSet": p.struct({"avs": p.address, "id": p.uint32})}, p.bool),
    migrateSlashers: fun("0x957dc50b", "migrateSlashers((address,uint32)[])", {"operatorSets": p.array(p.struct({"avs": p.address, "id": p.uint32}))}, ),
    modifyAllocations: fun("0x952899ee", "modifyAllocations(address,((address,uint32),address[],uint64[])[])", {"operator": p.address, "params": p.array(p.struct({"operatorSet": p.struct({"avs": p.address, "id": p.uint32}), "strategies": p.array(p.address), "newMagnitudes": p.array(p.uint64)}))}, ),
    pause: fun("0x136439dd", "pause(uint256)", {"newPausedStatus": p.uint256}, ),
    pauseAll: fun("0x595c6a67", "pauseAll()", {}, ),
    'paused(uint8)': viewFun("0x5ac86ab7", "paused(uint8)", {"index": p.uint8}, p.bool),
    'paused()': viewFun("0x5c975abb", "paused()", {}, p.uint256),
    pauserRegistry: viewFun("0x886f1195", "pauserRegistry()", {}, p.address),
    permissionController: viewFun("0x4657e26a", "permissionController()", {}, p.address),
    registerForOperatorSets: fun("0xadc2e3d9", "registerForOperatorSets(address,(address,uint32[],bytes))", {"operator": p.address, "params": p.struct({"avs": p.address, "operatorSetIds": p.array(p.uint32), "data": p.bytes})}, ),
    removeStrategiesFromOperatorSet: fun("0xb66bd989", "removeStrategiesFromOperatorSet(address,uint32,address[])", {"avs": p.address, "operatorSetId": p.uint32, "strategies": p.array(p.address)}, ),
    setAVSRegistrar: fun("0xd3d96ff4", "setAVSRegistrar(address,address)", {"avs": p.address, "registrar": p.address}, ),
    setAllocationDelay: fun("0x56c483e6", "setAllocationDelay(address,uint32)", {"operator": p.address, "delay": p.uint32}, ),
    slashOperator: fun("0x36352057", "slashOperator(address,(address,uint32,address[],uint256[],string))", {"avs": p.address, "params": p.struct({"operator": p.address, "operatorSetId": p.uint32, "strategies": p.array(p.address), "wadsToSlash": p.array(p.uint256), "description": p.string})}, {"_0": p.uint256, "_1": p.array(p.uint256)}),
    unpause: fun("0xfabc1cbc", "unpause(uint256)", {"newPausedStatus": p.uint256}, ),
    updateAVSMetadataURI: fun("0xa9821821", "updateAVSMetadataURI(address,string)", {"avs": p.address, "metadataURI": p.string}, ),
    updateSlasher: fun("0x6c9d7c58", "updateSlasher((address,uint32),address)", {"operatorSet": p.struct({"avs": p.address, "id": p.uint32}), "slasher": p.address}, ),
    viewImplementation: viewFun("0x0b156bb6", "viewImplementation()", {}, p.address),
}

export class Contract extends ContractBase {

    ALLOCATION_CONFIGURATION_DELAY() {
        return this.eth_call(functions.ALLOCATION_CONFIGURATION_DELAY, {})
    }

    DEALLOCATION_DELAY() {
        return this.eth_call(functions.DEALLOCATION_DELAY, {})
    }

    delegation() {
        return this.eth_call(functions.delegation, {})
    }

    eigenStrategy() {
        return this.eth_call(functions.eigenStrategy, {})
    }

    getAVSRegistrar(avs: GetAVSRegistrarParams["avs"]) {
        return this.eth_call(functions.getAVSRegistrar, {avs})
    }

    getAllocatableMagnitude(_0: GetAllocatableMagnitudeParams["_0"], _1: GetAllocatableMagnitudeParams["_1"]) {
        return this.eth_call(functions.getAllocatableMagnitude, {_0, _1})
    }

    getAllocatedSets(_0: GetAllocatedSetsParams["_0"]) {
        return this.eth_call(functions.getAllocatedSets, {_0})
    }

    getAllocatedStake(_0: GetAllocatedStakeParams["_0"], _1: GetAllocatedStakeParams["_1"], _2: GetAllocatedStakeParams["_2"]) {
        return this.eth_call(functions.getAllocatedStake, {_0, _1, _2})
    }

    getAllocatedStrategies(_0: GetAllocatedStrategiesParams["_0"], _1: GetAllocatedStrategiesParams["_1"]) {
        return this.eth_call(functions.getAllocatedStrategies, {_0, _1})
    }

    getAllocation(_0: GetAllocationParams["_0"], _1: GetAllocationParams["_1"], _2: GetAllocationParams["_2"]) {
        return this.eth_call(functions.getAllocation, {_0, _1, _2})
    }

    getAllocationDelay(operator: GetAllocationDelayParams["operator"]) {
        return this.eth_call(functions.getAllocationDelay, {operator})
    }

    getAllocations(_0: GetAllocationsParams["_0"], _1: GetAllocationsParams["_1"], _2: GetAllocationsParams["_2"]) {
        return this.eth_call(functions.getAllocations, {_0, _1, _2})
    }

    getEncumberedMagnitude(_0: GetEncumberedMagnitudeParams["_0"], _1: GetEncumberedMagnitudeParams["_1"]) {
        return this.eth_call(functions.getEncumberedMagnitude, {_0, _1})
    }

    getMaxMagnitude(_0: GetMaxMagnitudeParams["_0"], _1: GetMaxMagnitudeParams["_1"]) {
        return this.eth_call(functions.getMaxMagnitude, {_0, _1})
    }

    'getMaxMagnitudes(address[],address)'(_0: GetMaxMagnitudesParams_0["_0"], _1: GetMaxMagnitudesParams_0["_1"]) {
        return this.eth_call(functions['getMaxMagnitudes(address[],address)'], {_0, _1})
    }

    'getMaxMagnitudes(address,address[])'(_0: GetMaxMagnitudesParams_1["_0"], _1: GetMaxMagnitudesParams_1["_1"]) {
        return this.eth_call(functions['getMaxMagnitudes(address,address[])'], {_0, _1})
    }

    getMaxMagnitudesAtBlock(_0: GetMaxMagnitudesAtBlockParams["_0"], _1: GetMaxMagnitudesAtBlockParams["_1"], _2: GetMaxMagnitudesAtBlockParams["_2"]) {
        return this.eth_call(functions.getMaxMagnitudesAtBlock, {_0, _1, _2})
    }

    getMemberCount(_0: GetMemberCountParams["_0"]) {
        return this.eth_call(functions.getMemberCount, {_0})
    }

    getMembers(_0: GetMembersParams["_0"]) {
        return this.eth_call(functions.getMembers, {_0})
    }

    getMinimumSlashableStake(_0: GetMinimumSlashableStakeParams["_0"], _1: GetMinimumSlashableStakeParams["_1"], _2: GetMinimumSlashableStakeParams["_2"], _3: GetMinimumSlashableStakeParams["_3"]) {
        return this.eth_call(functions.getMinimumSlashableStake, {_0, _1, _2, _3})
    }

    getOperatorSetCount(_0: GetOperatorSetCountParams["_0"]) {
        return this.eth_call(functions.getOperatorSetCount, {_0})
    }

    getPendingSlasher(_0: GetPendingSlasherParams["_0"]) {
        return this.eth_call(functions.getPendingSlasher, {_0})
    }

    getRedistributionRecipient(operatorSet: GetRedistributionRecipientParams["operatorSet"]) {
        return this.eth_call(functions.getRedistributionRecipient, {operatorSet})
    }

    getRegisteredSets(_0: GetRegisteredSetsParams["_0"]) {
        return this.eth_call(functions.getRegisteredSets, {_0})
    }

    getSlashCount(_0: GetSlashCountParams["_0"]) {
        return this.eth_call(functions.getSlashCount, {_0})
    }

    getSlasher(operatorSet: GetSlasherParams["operatorSet"]) {
        return this.eth_call(functions.getSlasher, {operatorSet})
    }

    getStrategiesInOperatorSet(_0: GetStrategiesInOperatorSetParams["_0"]) {
        return this.eth_call(functions.getStrategiesInOperatorSet, {_0})
    }

    getStrategyAllocations(_0: GetStrategyAllocationsParams["_0"], _1: GetStrategyAllocationsParams["_1"]) {
        return this.eth_call(functions.getStrategyAllocations, {_0, _1})
    }

    isMemberOfOperatorSet(_0: IsMemberOfOperatorSetParams["_0"], _1: IsMemberOfOperatorSetParams["_1"]) {
        return this.eth_call(functions.isMemberOfOperatorSet, {_0, _1})
    }

    isOperatorRedistributable(_0: IsOperatorRedistributableParams["_0"]) {
        return this.eth_call(functions.isOperatorRedistributable, {_0})
    }

    isOperatorSet(_0: IsOperatorSetParams["_0"]) {
        return this.eth_call(functions.isOperatorSet, {_0})
    }

    isOperatorSlashable(operator: IsOperatorSlashableParams["operator"], operatorSet: IsOperatorSlashableParams["operatorSet"]) {
        return this.eth_call(functions.isOperatorSlashable, {operator, operatorSet})
    }

    isRedistributingOperatorSet(operatorSet: IsRedistributingOperatorSetParams["operatorSet"]) {
        return this.eth_call(functions.isRedistributingOperatorSet, {operatorSet})
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

    viewImplementation() {
        return this.eth_call(functions.viewImplementation, {})
    }
}

/// Event types
export type AVSMetadataURIUpdatedEventArgs = EParams<typeof events.AVSMetadataURIUpdated>
export type AVSRegistrarSetEventArgs = EParams<typeof events.AVSRegistrarSet>
export type AllocationDelaySetEventArgs = EParams<typeof events.AllocationDelaySet>
export type AllocationUpdatedEventArgs = EParams<typeof events.AllocationUpdated>
export type EncumberedMagnitudeUpdatedEventArgs = EParams<typeof events.EncumberedMagnitudeUpdated>
export type InitializedEventArgs = EParams<typeof events.Initialized>
export type MaxMagnitudeUpdatedEventArgs = EParams<typeof events.MaxMagnitudeUpdated>
export type OperatorAddedToOperatorSetEventArgs = EParams<typeof events.OperatorAddedToOperatorSet>
export type OperatorRemovedFromOperatorSetEventArgs = EParams<typeof events.OperatorRemovedFromOperatorSet>
export type OperatorSetCreatedEventArgs = EParams<typeof events.OperatorSetCreated>
export type OperatorSlashedEventArgs = EParams<typeof events.OperatorSlashed>
export type PausedEventArgs = EParams<typeof events.Paused>
export type RedistributionAddressSetEventArgs = EParams<typeof events.RedistributionAddressSet>
export type SlasherMigratedEventArgs = EParams<typeof events.SlasherMigrated>
export type SlasherUpdatedEventArgs = EParams<typeof events.SlasherUpdated>
export type StrategyAddedToOperatorSetEventArgs = EParams<typeof events.StrategyAddedToOperatorSet>
export type StrategyRemovedFromOperatorSetEventArgs = EParams<typeof events.StrategyRemovedFromOperatorSet>
export type UnpausedEventArgs = EParams<typeof events.Unpaused>

/// Function types
export type ALLOCATION_CONFIGURATION_DELAYParams = FunctionArguments<typeof functions.ALLOCATION_CONFIGURATION_DELAY>
export type ALLOCATION_CONFIGURATION_DELAYReturn = FunctionReturn<typeof functions.ALLOCATION_CONFIGURATION_DELAY>

export type DEALLOCATION_DELAYParams = FunctionArguments<typeof functions.DEALLOCATION_DELAY>
export type DEALLOCATION_DELAYReturn = FunctionReturn<typeof functions.DEALLOCATION_DELAY>

export type AddStrategiesToOperatorSetParams = FunctionArguments<typeof functions.addStrategiesToOperatorSet>
export type AddStrategiesToOperatorSetReturn = FunctionReturn<typeof functions.addStrategiesToOperatorSet>

export type ClearDeallocationQueueParams = FunctionArguments<typeof functions.clearDeallocationQueue>
export type ClearDeallocationQueueReturn = FunctionReturn<typeof functions.clearDeallocationQueue>

export type CreateOperatorSetsParams_0 = FunctionArguments<typeof functions['createOperatorSets(address,(uint32,address[])[])']>
export type CreateOperatorSetsReturn_0 = FunctionReturn<typeof functions['createOperatorSets(address,(uint32,address[])[])']>

export type CreateOperatorSetsParams_1 = FunctionArguments<typeof functions['createOperatorSets(address,(uint32,address[],address)[])']>
export type CreateOperatorSetsReturn_1 = FunctionReturn<typeof functions['createOperatorSets(address,(uint32,address[],address)[])']>

export type CreateRedistributingOperatorSetsParams_0 = FunctionArguments<typeof functions['createRedistributingOperatorSets(address,(uint32,address[])[],address[])']>
export type CreateRedistributingOperatorSetsReturn_0 = FunctionReturn<typeof functions['createRedistributingOperatorSets(address,(uint32,address[])[],address[])']>

export type CreateRedistributingOperatorSetsParams_1 = FunctionArguments<typeof functions['createRedistributingOperatorSets(address,(uint32,address[],address)[],address[])']>
export type CreateRedistributingOperatorSetsReturn_1 = FunctionReturn<typeof functions['createRedistributingOperatorSets(address,(uint32,address[],address)[],address[])']>

export type DelegationParams = FunctionArguments<typeof functions.delegation>
export type DelegationReturn = FunctionReturn<typeof functions.delegation>

export type DeregisterFromOperatorSetsParams = FunctionArguments<typeof functions.deregisterFromOperatorSets>
export type DeregisterFromOperatorSetsReturn = FunctionReturn<typeof functions.deregisterFromOperatorSets>

export type EigenStrategyParams = FunctionArguments<typeof functions.eigenStrategy>
export type EigenStrategyReturn = FunctionReturn<typeof functions.eigenStrategy>

export type GetAVSRegistrarParams = FunctionArguments<typeof functions.getAVSRegistrar>
export type GetAVSRegistrarReturn = FunctionReturn<typeof functions.getAVSRegistrar>

export type GetAllocatableMagnitudeParams = FunctionArguments<typeof functions.getAllocatableMagnitude>
export type GetAllocatableMagnitudeReturn = FunctionReturn<typeof functions.getAllocatableMagnitude>

export type GetAllocatedSetsParams = FunctionArguments<typeof functions.getAllocatedSets>
export type GetAllocatedSetsReturn = FunctionReturn<typeof functions.getAllocatedSets>

export type GetAllocatedStakeParams = FunctionArguments<typeof functions.getAllocatedStake>
export type GetAllocatedStakeReturn = FunctionReturn<typeof functions.getAllocatedStake>

export type GetAllocatedStrategiesParams = FunctionArguments<typeof functions.getAllocatedStrategies>
export type GetAllocatedStrategiesReturn = FunctionReturn<typeof functions.getAllocatedStrategies>

export type GetAllocationParams = FunctionArguments<typeof functions.getAllocation>
export type GetAllocationReturn = FunctionReturn<typeof functions.getAllocation>

export type GetAllocationDelayParams = FunctionArguments<typeof functions.getAllocationDelay>
export type GetAllocationDelayReturn = FunctionReturn<typeof functions.getAllocationDelay>

export type GetAllocationsParams = FunctionArguments<typeof functions.getAllocations>
export type GetAllocationsReturn = FunctionReturn<typeof functions.getAllocations>

export type GetEncumberedMagnitudeParams = FunctionArguments<typeof functions.getEncumberedMagnitude>
export type GetEncumberedMagnitudeReturn = FunctionReturn<typeof functions.getEncumberedMagnitude>

export type GetMaxMagnitudeParams = FunctionArguments<typeof functions.getMaxMagnitude>
export type GetMaxMagnitudeReturn = FunctionReturn<typeof functions.getMaxMagnitude>

export type GetMaxMagnitudesParams_0 = FunctionArguments<typeof functions['getMaxMagnitudes(address[],address)']>
export type GetMaxMagnitudesReturn_0 = FunctionReturn<typeof functions['getMaxMagnitudes(address[],address)']>

export type GetMaxMagnitudesParams_1 = FunctionArguments<typeof functions['getMaxMagnitudes(address,address[])']>
export type GetMaxMagnitudesReturn_1 = FunctionReturn<typeof functions['getMaxMagnitudes(address,address[])']>

export type GetMaxMagnitudesAtBlockParams = FunctionArguments<typeof functions.getMaxMagnitudesAtBlock>
export type GetMaxMagnitudesAtBlockReturn = FunctionReturn<typeof functions.getMaxMagnitudesAtBlock>

export type GetMemberCountParams = FunctionArguments<typeof functions.getMemberCount>
export type GetMemberCountReturn = FunctionReturn<typeof functions.getMemberCount>

export type GetMembersParams = FunctionArguments<typeof functions.getMembers>
export type GetMembersReturn = FunctionReturn<typeof functions.getMembers>

export type GetMinimumSlashableStakeParams = FunctionArguments<typeof functions.getMinimumSlashableStake>
export type GetMinimumSlashableStakeReturn = FunctionReturn<typeof functions.getMinimumSlashableStake>

export type GetOperatorSetCountParams = FunctionArguments<typeof functions.getOperatorSetCount>
export type GetOperatorSetCountReturn = FunctionReturn<typeof functions.getOperatorSetCount>

export type GetPendingSlasherParams = FunctionArguments<typeof functions.getPendingSlasher>
export type GetPendingSlasherReturn = FunctionReturn<typeof functions.getPendingSlasher>

export type GetRedistributionRecipientParams = FunctionArguments<typeof functions.getRedistributionRecipient>
export type GetRedistributionRecipientReturn = FunctionReturn<typeof functions.getRedistributionRecipient>

export type GetRegisteredSetsParams = FunctionArguments<typeof functions.getRegisteredSets>
export type GetRegisteredSetsReturn = FunctionReturn<typeof functions.getRegisteredSets>

export type GetSlashCountParams = FunctionArguments<typeof functions.getSlashCount>
export type GetSlashCountReturn = FunctionReturn<typeof functions.getSlashCount>

export type GetSlasherParams = FunctionArguments<typeof functions.getSlasher>
export type GetSlasherReturn = FunctionReturn<typeof functions.getSlasher>

export type GetStrategiesInOperatorSetParams = FunctionArguments<typeof functions.getStrategiesInOperatorSet>
export type GetStrategiesInOperatorSetReturn = FunctionReturn<typeof functions.getStrategiesInOperatorSet>

export type GetStrategyAllocationsParams = FunctionArguments<typeof functions.getStrategyAllocations>
export type GetStrategyAllocationsReturn = FunctionReturn<typeof functions.getStrategyAllocations>

export type InitializeParams = FunctionArguments<typeof functions.initialize>
export type InitializeReturn = FunctionReturn<typeof functions.initialize>

export type IsMemberOfOperatorSetParams = FunctionArguments<typeof functions.isMemberOfOperatorSet>
export type IsMemberOfOperatorSetReturn = FunctionReturn<typeof functions.isMemberOfOperatorSet>

export type IsOperatorRedistributableParams = FunctionArguments<typeof functions.isOperatorRedistributable>
export type IsOperatorRedistributableReturn = FunctionReturn<typeof functions.isOperatorRedistributable>

export type IsOperatorSetParams = FunctionArguments<typeof functions.isOperatorSet>
export type IsOperatorSetReturn = FunctionReturn<typeof functions.isOperatorSet>

export type IsOperatorSlashableParams = FunctionArguments<typeof functions.isOperatorSlashable>
export type IsOperatorSlashableReturn = FunctionReturn<typeof functions.isOperatorSlashable>

export type IsRedistributingOperatorSetParams = FunctionArguments<typeof functions.isRedistributingOperatorSet>
export type IsRedistributingOperatorSetReturn = FunctionReturn<typeof functions.isRedistributingOperatorSet>

export type MigrateSlashersParams = FunctionArguments<typeof functions.migrateSlashers>
export type MigrateSlashersReturn = FunctionReturn<typeof functions.migrateSlashers>

export type ModifyAllocationsParams = FunctionArguments<typeof functions.modifyAllocations>
export type ModifyAllocationsReturn = FunctionReturn<typeof functions.modifyAllocations>

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

export type RegisterForOperatorSetsParams = FunctionArguments<typeof functions.registerForOperatorSets>
export type RegisterForOperatorSetsReturn = FunctionReturn<typeof functions.registerForOperatorSets>

export type RemoveStrategiesFromOperatorSetParams = FunctionArguments<typeof functions.removeStrategiesFromOperatorSet>
export type RemoveStrategiesFromOperatorSetReturn = FunctionReturn<typeof functions.removeStrategiesFromOperatorSet>

export type SetAVSRegistrarParams = FunctionArguments<typeof functions.setAVSRegistrar>
export type SetAVSRegistrarReturn = FunctionReturn<typeof functions.setAVSRegistrar>

export type SetAllocationDelayParams = FunctionArguments<typeof functions.setAllocationDelay>
export type SetAllocationDelayReturn = FunctionReturn<typeof functions.setAllocationDelay>

export type SlashOperatorParams = FunctionArguments<typeof functions.slashOperator>
export type SlashOperatorReturn = FunctionReturn<typeof functions.slashOperator>

export type UnpauseParams = FunctionArguments<typeof functions.unpause>
export type UnpauseReturn = FunctionReturn<typeof functions.unpause>

export type UpdateAVSMetadataURIParams = FunctionArguments<typeof functions.updateAVSMetadataURI>
export type UpdateAVSMetadataURIReturn = FunctionReturn<typeof functions.updateAVSMetadataURI>

export type UpdateSlasherParams = FunctionArguments<typeof functions.updateSlasher>
export type UpdateSlasherReturn = FunctionReturn<typeof functions.updateSlasher>

export type ViewImplementationParams = FunctionArguments<typeof functions.viewImplementation>
export type ViewImplementationReturn = FunctionReturn<typeof functions.viewImplementation>

