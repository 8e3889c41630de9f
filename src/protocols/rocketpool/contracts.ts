import * as depositPool from '../../abi/RocketDepositPool'
import * as megapool from '../../abi/RocketMegapoolDelegate'
import * as megapoolPenalties from '../../abi/RocketMegapoolPenalties'
import * as minipoolManager from '../../abi/RocketMinipoolManager'
import * as balances from '../../abi/RocketNetworkBalances'
import * as balancesV1 from '../../abi/RocketNetworkBalances.v1'
import * as penalties from '../../abi/RocketNetworkPenalties'
import * as penaltiesV1 from '../../abi/RocketNetworkPenalties.v1'
import * as nodeManager from '../../abi/RocketNodeManager'
import * as nodeStaking from '../../abi/RocketNodeStaking'
import * as reth from '../../abi/RocketTokenRETH'
import {AddressBook, VersionedContract} from '../../networks'

/**
 * Rocket Pool upgrades by deploying each contract anew at a new address. Every historical address is indexed
 * over the whole range, and each is routed to the ABI of the version that emitted it (its label in the book).
 */
export type ContractKind =
    | 'reth'
    | 'depositPool'
    | 'networkBalances'
    | 'nodeStaking'
    | 'minipoolManager'
    | 'nodeManager'
    | 'networkPenalties'
    | 'megapoolPenalties'

export interface Route {
    kind: ContractKind
    version: string
}

/** `v1.3.1` -> [1, 3, 1]; a suffix such as `v1.0b` (second v1.0 deployment) is ignored. */
function versionParts(version: string): number[] {
    let m = /^v(\d+)\.(\d+)(?:\.(\d+))?/.exec(version)
    if (m == null) throw new Error(`unparseable Rocket Pool version label ${version}`)
    return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)]
}

export function versionAtLeast(version: string, min: string): boolean {
    let a = versionParts(version)
    let b = versionParts(min)
    for (let i = 0; i < 3; i++) if (a[i] != b[i]) return a[i] > b[i]
    return true
}

/** BalancesUpdated changed its signature (and topic0) in v1.3 Houston. */
export function balancesUpdatedOf(version: string) {
    return versionAtLeast(version, 'v1.3') ? balances.events.BalancesUpdated : balancesV1.events.BalancesUpdated
}

/**
 * v1.4 RocketNetworkPenalties indexes the minipool in PenaltySubmitted (same topic0 as v1.1-v1.3): its ABI file is
 * chosen by address. PenaltyUpdated keeps its layout; PenaltyApplied exists from v1.4.
 */
export function penaltyUpdatedOf(version: string) {
    return versionAtLeast(version, 'v1.4') ? penalties.events.PenaltyUpdated : penaltiesV1.events.PenaltyUpdated
}

/**
 * v1.4 Saturn moved RPL withdrawal to two steps: RPLUnstaked (stake -> unstaking) then RPLWithdrawn (unstaking ->
 * node). Before v1.4, RPLWithdrawn itself took RPL out of the stake.
 */
export function hasUnstakingStep(version: string): boolean {
    return versionAtLeast(version, 'v1.4')
}

export const RETH = reth.events
export const DEPOSIT_POOL = depositPool.events
export const NODE_STAKING = nodeStaking.events
export const RPL_STAKED_3 = nodeStaking.events['RPLStaked(address indexed,uint256,uint256)']
export const RPL_STAKED_4 = nodeStaking.events['RPLStaked(address indexed,address,uint256,uint256)']
export const MINIPOOL_MANAGER = minipoolManager.events
export const NODE_MANAGER = nodeManager.events
export const NETWORK_PENALTIES_V14 = penalties.events
export const MEGAPOOL_PENALTIES = megapoolPenalties.events
export const MEGAPOOL = megapool.events

export const NODE_STAKING_TOPICS = [
    RPL_STAKED_3.topic,
    RPL_STAKED_4.topic,
    NODE_STAKING.RPLWithdrawn.topic,
    NODE_STAKING.RPLUnstaked.topic,
    NODE_STAKING.RPLLegacyUnstaked.topic,
    NODE_STAKING.RPLLocked.topic,
    NODE_STAKING.RPLUnlocked.topic,
    NODE_STAKING.RPLBurned.topic,
    NODE_STAKING.RPLTransferred.topic,
    NODE_STAKING.RPLSlashed.topic,
]

export const NODE_MANAGER_TOPICS = [
    NODE_MANAGER.NodeRegistered.topic,
    NODE_MANAGER.NodeSmoothingPoolStateChanged.topic,
    NODE_MANAGER.NodeRPLWithdrawalAddressSet.topic,
    NODE_MANAGER.NodeRPLWithdrawalAddressUnset.topic,
]

/** Events of per-node megapool contracts, requested from any address and accepted only from known megapools. */
export const MEGAPOOL_TOPICS = [
    MEGAPOOL.MegapoolPenaltyApplied.topic,
    MEGAPOOL.MegapoolDebtIncreased.topic,
    MEGAPOOL.MegapoolDebtReduced.topic,
]

/** address -> contract kind and version, for every fixed Rocket Pool address of the book. */
export function routes(book: AddressBook): Map<string, Route> {
    let rp = book.rocketPool
    let out = new Map<string, Route>()
    let add = (kind: ContractKind, list: VersionedContract[]) => {
        for (let c of list) out.set(c.address, {kind, version: c.version})
    }
    out.set(rp.reth.address, {kind: 'reth', version: 'v1.0'})
    add('depositPool', rp.depositPools)
    add('networkBalances', rp.networkBalances)
    add('nodeStaking', rp.nodeStakings)
    add('minipoolManager', rp.minipoolManagers)
    add('nodeManager', rp.nodeManagers)
    add('networkPenalties', rp.networkPenalties)
    out.set(rp.megapoolPenalties.address, {kind: 'megapoolPenalties', version: 'v1.4'})
    return out
}
