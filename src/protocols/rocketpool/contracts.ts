import * as depositPool from '../../abi/RocketDepositPool'
import * as megapool from '../../abi/RocketMegapoolDelegate'
import * as megapoolPenalties from '../../abi/RocketMegapoolPenalties'
import * as minipool from '../../abi/RocketMinipoolDelegate'
import * as minipoolManager from '../../abi/RocketMinipoolManager'
import * as balances from '../../abi/RocketNetworkBalances'
import * as balancesV1 from '../../abi/RocketNetworkBalances.v1'
import * as penalties from '../../abi/RocketNetworkPenalties'
import * as penaltiesV1 from '../../abi/RocketNetworkPenalties.v1'
import * as nodeManager from '../../abi/RocketNodeManager'
import * as nodeStaking from '../../abi/RocketNodeStaking'
import * as reth from '../../abi/RocketTokenRETH'
import * as vault from '../../abi/RocketVault'
import {CountKey, UNKNOWN} from '../../core/event-counter'
import {AddressBook, VersionedContract} from '../../networks'

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * The Rocket Pool contracts the squid reads. Rocket Pool upgrades by deploying each contract anew at a new
 * address: every historical address is indexed over the whole range and carries the version label of the
 * book. Minipools and megapools are per-node contracts found at run time (see collect.ts).
 */
export type ContractKind =
    | 'reth'
    | 'vault'
    | 'depositPool'
    | 'networkBalances'
    | 'nodeStaking'
    | 'minipoolManager'
    | 'nodeManager'
    | 'networkPenalties'
    | 'megapoolPenalties'
    | 'minipool'
    | 'megapool'

/** A typegen event object (src/abi/*). */
export interface AbiEvent {
    topic: string
    decode(log: {topics: string[]; data: string}): any
}

export interface EraFile {
    events: Record<string, AbiEvent>
    /** whether the contract at an address of this version label is described by this file */
    covers(version: string): boolean
}

export interface ContractSpec {
    /** the ABI files of the contract's releases (abi/), each with the versions it describes */
    eras: Record<string, EraFile>
    /** event names turned into records or state */
    handled: string[]
    /** event names deliberately not indexed, and why (votes, settings, logs of steps with no figure of ours) */
    ignored: string[]
}

const all = (mod: {events: Record<string, AbiEvent>}): EraFile => ({events: mod.events, covers: () => true})
const before = (mod: {events: Record<string, AbiEvent>}, min: string): EraFile => ({events: mod.events, covers: (v) => !versionAtLeast(v, min)})
const from = (mod: {events: Record<string, AbiEvent>}, min: string): EraFile => ({events: mod.events, covers: (v) => versionAtLeast(v, min)})

export const CONTRACTS: Record<ContractKind, ContractSpec> = {
    reth: {
        eras: {'RocketTokenRETH.json': all(reth)},
        handled: ['TokensMinted', 'TokensBurned', 'Transfer', 'EtherDeposited'],
        ignored: ['Approval'],
    },
    vault: {
        eras: {'RocketVault.json': all(vault)},
        // only TokenWithdrawn by rocketNodeStaking: the v1.4 unstake pays matured unstaking RPL this way, silently
        handled: ['TokenWithdrawn'],
        ignored: ['EtherDeposited', 'EtherWithdrawn', 'TokenDeposited', 'TokenBurned', 'TokenTransfer'],
    },
    depositPool: {
        // one file: DepositReceived & co keep their signature v1.0-v1.4; FundsRequested exists from v1.4 only
        eras: {'RocketDepositPool.json': all(depositPool)},
        handled: ['DepositReceived', 'FundsRequested'],
        ignored: ['DepositAssigned', 'DepositRecycled', 'ExcessWithdrawn', 'FundsAssigned', 'CreditWithdrawn', 'QueueExited'],
    },
    networkBalances: {
        // BalancesUpdated changed signature (and topic0) in v1.3 Houston
        eras: {'RocketNetworkBalances.v1.json': before(balancesV1, 'v1.3'), 'RocketNetworkBalances.json': from(balances, 'v1.3')},
        handled: ['BalancesUpdated'],
        ignored: ['BalancesSubmitted'],
    },
    nodeStaking: {
        // the v1.4 file declares every earlier signature (both RPLStaked overloads)
        eras: {'RocketNodeStaking.json': all(nodeStaking)},
        handled: ['RPLStaked', 'RPLWithdrawn', 'RPLUnstaked', 'RPLLegacyUnstaked', 'RPLLocked', 'RPLUnlocked', 'RPLBurned', 'RPLTransferred', 'RPLSlashed'],
        ignored: ['RPLLockingAllowed', 'StakeRPLForAllowed'],
    },
    minipoolManager: {
        eras: {'RocketMinipoolManager.json': all(minipoolManager)},
        handled: ['MinipoolCreated', 'MinipoolDestroyed'],
        // bond reduction votes; the minipool's own BondReduced is the fact
        ignored: ['BeginBondReduction', 'CancelReductionVoted', 'ReductionCancelled'],
    },
    nodeManager: {
        eras: {'RocketNodeManager.json': all(nodeManager)},
        handled: ['NodeRegistered', 'NodeSmoothingPoolStateChanged', 'NodeRPLWithdrawalAddressSet', 'NodeRPLWithdrawalAddressUnset'],
        ignored: ['NodeRewardNetworkChanged', 'NodeTimezoneLocationSet', 'NodeUnclaimedRewardsAdded', 'NodeUnclaimedRewardsClaimed'],
    },
    networkPenalties: {
        // v1.4 indexes the minipool in PenaltySubmitted (same topic0) and renames minipoolAddress -> minipool
        eras: {'RocketNetworkPenalties.v1.json': before(penaltiesV1, 'v1.4'), 'RocketNetworkPenalties.json': from(penalties, 'v1.4')},
        handled: ['PenaltyUpdated', 'PenaltyApplied'],
        // one oDAO member's vote
        ignored: ['PenaltySubmitted'],
    },
    megapoolPenalties: {
        eras: {'RocketMegapoolPenalties.json': all(megapoolPenalties)},
        handled: ['PenaltyApplied'],
        ignored: ['PenaltySubmitted'],
    },
    minipool: {
        // the delegates of v1.0/v1.1, v1.2/v1.3.0 and v1.3.1/v1.4 declare the same events (v1.2 adds BondReduced,
        // MinipoolPromoted, MinipoolVacancyPrepared); the v1.3.1 file covers them all
        eras: {'RocketMinipoolDelegate.json': all(minipool)},
        handled: ['StatusUpdated', 'EtherWithdrawalProcessed', 'EtherWithdrawn', 'BondReduced'],
        // EtherDeposited shares rETH's topic0 (node / user deposits in); the others change no status: a
        // promotion or a scrub also logs StatusUpdated
        ignored: ['EtherDeposited', 'MinipoolPrestaked', 'MinipoolPromoted', 'MinipoolScrubbed', 'MinipoolVacancyPrepared', 'ScrubVoted'],
    },
    megapool: {
        eras: {'RocketMegapoolDelegate.json': all(megapool)},
        handled: ['MegapoolPenaltyApplied', 'MegapoolDebtIncreased', 'MegapoolDebtReduced'],
        ignored: [
            'MegapoolBondReduced',
            'MegapoolValidatorAssigned',
            'MegapoolValidatorDequeued',
            'MegapoolValidatorDissolved',
            'MegapoolValidatorEnqueued',
            'MegapoolValidatorExited',
            'MegapoolValidatorExiting',
            'MegapoolValidatorLocked',
            'MegapoolValidatorStaked',
            'MegapoolValidatorUnlocked',
            'RewardsClaimed',
            'RewardsDistributed',
        ],
    },
}

/** typegen names overloads `Name(types)`: the handlers only need the name. */
export function baseName(name: string): string {
    let i = name.indexOf('(')
    return i < 0 ? name : name.slice(0, i)
}

/** One decodable event: its name and the typegen decoder. */
export interface TableEntry {
    name: string
    event: AbiEvent
}

/** topic0 -> handled event, per era file of each contract. */
export const TABLES: Record<ContractKind, Record<string, Map<string, TableEntry>>> = Object.fromEntries(
    Object.entries(CONTRACTS).map(([kind, spec]) => [
        kind,
        Object.fromEntries(
            Object.entries(spec.eras).map(([file, era]) => {
                let table = new Map<string, TableEntry>()
                for (let [name, event] of Object.entries(era.events)) {
                    if (spec.handled.includes(baseName(name))) table.set(event.topic, {name: baseName(name), event})
                }
                return [file, table]
            })
        ),
    ])
) as any

/** The table of the era file describing `version` of contract `kind`. */
export function tableFor(kind: ContractKind, version: string): Map<string, TableEntry> {
    for (let [file, era] of Object.entries(CONTRACTS[kind].eras)) if (era.covers(version)) return TABLES[kind][file]
    throw new Error(`no ABI file of ${kind} covers ${version}`)
}

/** The topic0s of the handled events of `kind` at an address of `version` (what the processor is asked for). */
export function handledTopics(kind: ContractKind, version = 'v1.4'): string[] {
    return [...tableFor(kind, version).keys()]
}

/** How the logs of one address are read: its contract kind and release, the ABI table of that release. */
export interface Route {
    kind: ContractKind
    version: string
    /** handled events by topic0, from the era file describing `version` */
    table: Map<string, TableEntry>
    /**
     * counter rows by topic0: era = the release label of the address (the log cannot tell the release, its address
     * can); `all` for minipools and megapools, whose one delegate ABI declares every release's events alike
     */
    counts: Map<string, CountKey>
}

/** Contracts deployed per node at run time: not in the address book, so no release label of their own. */
const PER_NODE: ContractKind[] = ['minipool', 'megapool']

const ROUTES = new Map<string, Route>()

/** The route of an address of contract `kind` at release `version` (one object per pair). */
export function routeOf(kind: ContractKind, version: string): Route {
    let id = `${kind}@${version}`
    let route = ROUTES.get(id)
    if (route == null) {
        let table = tableFor(kind, version)
        let era = PER_NODE.includes(kind) ? 'all' : version
        let counts = new Map([...table].map(([topic, entry]) => [topic, CountKey.of('rocketpool', kind, entry.name, era)]))
        ROUTES.set(id, (route = {kind, version, table, counts}))
    }
    return route
}

/** Minipool and megapool logs are read with the newest delegate ABI, which declares every release's events. */
export const MINIPOOL_ROUTE = routeOf('minipool', 'v1.4')
export const MEGAPOOL_ROUTE = routeOf('megapool', 'v1.4')

/**
 * The counter rows of decoys: a log with a minipool or megapool topic0 (asked for from any address) from an
 * address that is no minipool or megapool the squid knows, e.g. another protocol's contract logging the same
 * signature. Contract kind and era `unknown`, the event named by the topic0.
 */
export const DECOY_COUNTS = new Map(
    [...MINIPOOL_ROUTE.table, ...MEGAPOOL_ROUTE.table].map(([topic, entry]) => [topic, CountKey.of('rocketpool', UNKNOWN, entry.name, UNKNOWN)])
)

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

/**
 * v1.4 Saturn moved RPL withdrawal to two steps: RPLUnstaked (stake -> unstaking) then RPLWithdrawn (unstaking ->
 * node). Before v1.4, RPLWithdrawn itself took RPL out of the stake.
 */
export function hasUnstakingStep(version: string): boolean {
    return versionAtLeast(version, 'v1.4')
}

/** The label of contracts never redeployed (rETH, the vault): their one ABI file describes them. */
const UNVERSIONED = 'v1.0'

/** address -> contract kind and version, for every fixed Rocket Pool address of the book. */
export function routes(book: AddressBook): Map<string, Route> {
    let rp = book.rocketPool
    let out = new Map<string, Route>()
    let add = (kind: ContractKind, list: VersionedContract[]) => {
        for (let c of list) out.set(c.address, routeOf(kind, c.version))
    }
    out.set(rp.reth.address, routeOf('reth', UNVERSIONED))
    out.set(rp.vault.address, routeOf('vault', UNVERSIONED))
    add('depositPool', rp.depositPools)
    add('networkBalances', rp.networkBalances)
    add('nodeStaking', rp.nodeStakings)
    add('minipoolManager', rp.minipoolManagers)
    add('nodeManager', rp.nodeManagers)
    add('networkPenalties', rp.networkPenalties)
    out.set(rp.megapoolPenalties.address, routeOf('megapoolPenalties', 'v1.4'))
    return out
}
