import {EventDef, SkippedLogs, tryDecode} from '../../core/skipped-logs'
import {Log} from '../../core/types'
import {
    balancesUpdatedOf,
    DEPOSIT_POOL,
    hasUnstakingStep,
    MEGAPOOL,
    MEGAPOOL_PENALTIES,
    MINIPOOL_MANAGER,
    NETWORK_PENALTIES_V14,
    NODE_MANAGER,
    NODE_STAKING,
    penaltyUpdatedOf,
    RETH,
    Route,
    RPL_STAKED_3,
    RPL_STAKED_4,
    versionAtLeast,
} from './contracts'

/** How an RPL event moves a node's stake; see applyRpl. */
export type RplOp = 'stake' | 'withdraw' | 'unstake' | 'withdrawUnstaked' | 'lock' | 'unlock' | 'burn'

/** A decoded Rocket Pool log, in protocol terms (addresses lowercase). */
export type RpEvent =
    | {kind: 'mint'; log: Log; to: string; reth: bigint; eth: bigint}
    | {kind: 'depositReceived'; log: Log; from: string; amount: bigint}
    | {kind: 'burn'; log: Log; from: string; reth: bigint; eth: bigint}
    | {kind: 'transfer'; log: Log; from: string; to: string; value: bigint}
    | {kind: 'etherDeposited'; log: Log; from: string; amount: bigint}
    | {kind: 'balances'; log: Log; totalEth: bigint; stakingEth: bigint; rethSupply: bigint}
    | {kind: 'nodeRegistered'; log: Log; node: string}
    | {kind: 'smoothingPool'; log: Log; node: string; state: boolean}
    | {kind: 'rplWithdrawalAddress'; log: Log; node: string; address: string | null}
    | {kind: 'rpl'; log: Log; node: string; op: RplOp; amount: bigint}
    | {kind: 'rplTransfer'; log: Log; from: string; to: string; amount: bigint}
    | {kind: 'rplSlashed'; log: Log; node: string; amount: bigint; ethValue: bigint}
    | {kind: 'minipoolCreated' | 'minipoolDestroyed'; log: Log; minipool: string; node: string}
    | {kind: 'minipoolPenalty'; log: Log; minipool: string; rate: bigint | null}
    | {kind: 'megapoolFound'; log: Log; megapool: string}
    | {kind: 'megapoolPenalty'; log: Log; megapool: string; amount: bigint; fromMegapool: boolean}
    | {kind: 'megapoolDebt'; log: Log; megapool: string; delta: bigint}

const low = (a: string) => a.toLowerCase()

interface BalancesArgs {
    totalEth: bigint
    stakingEth: bigint
    rethSupply: bigint
}

/**
 * Decodes one log of a fixed Rocket Pool address with the ABI of the version that lives there. Topics the
 * module does not handle return undefined; undecodable logs are recorded as skipped by tryDecode.
 */
export function decodeFixed(route: Route, log: Log, skipped: SkippedLogs): RpEvent | undefined {
    switch (route.kind) {
        case 'reth':
            return decodeReth(log, skipped)
        case 'depositPool':
            return decodeDepositPool(route.version, log, skipped)
        case 'networkBalances':
            return decodeBalances(route.version, log, skipped)
        case 'nodeStaking':
            return decodeNodeStaking(route.version, log, skipped)
        case 'minipoolManager':
            return decodeMinipoolManager(log, skipped)
        case 'nodeManager':
            return decodeNodeManager(log, skipped)
        case 'networkPenalties':
            return decodeNetworkPenalties(route.version, log, skipped)
        case 'megapoolPenalties':
            return decodeMegapoolPenalties(log, skipped)
    }
}

function decodeReth(log: Log, skipped: SkippedLogs): RpEvent | undefined {
    switch (log.topics[0]) {
        case RETH.TokensMinted.topic: {
            let e = tryDecode(RETH.TokensMinted, log, skipped)
            return e && {kind: 'mint', log, to: low(e.to), reth: e.amount, eth: e.ethAmount}
        }
        case RETH.TokensBurned.topic: {
            let e = tryDecode(RETH.TokensBurned, log, skipped)
            return e && {kind: 'burn', log, from: low(e.from), reth: e.amount, eth: e.ethAmount}
        }
        case RETH.Transfer.topic: {
            let e = tryDecode(RETH.Transfer, log, skipped)
            return e && {kind: 'transfer', log, from: low(e.from), to: low(e.to), value: e.value}
        }
        case RETH.EtherDeposited.topic: {
            let e = tryDecode(RETH.EtherDeposited, log, skipped)
            return e && {kind: 'etherDeposited', log, from: low(e.from), amount: e.amount}
        }
    }
}

function decodeDepositPool(version: string, log: Log, skipped: SkippedLogs): RpEvent | undefined {
    switch (log.topics[0]) {
        case DEPOSIT_POOL.DepositReceived.topic: {
            let e = tryDecode(DEPOSIT_POOL.DepositReceived, log, skipped)
            return e && {kind: 'depositReceived', log, from: low(e.from), amount: e.amount}
        }
        case DEPOSIT_POOL.FundsRequested.topic: {
            if (!versionAtLeast(version, 'v1.4')) return undefined
            let e = tryDecode(DEPOSIT_POOL.FundsRequested, log, skipped)
            return e && {kind: 'megapoolFound', log, megapool: low(e.receiver)}
        }
    }
}

function decodeBalances(version: string, log: Log, skipped: SkippedLogs): RpEvent | undefined {
    let event: EventDef<BalancesArgs> = balancesUpdatedOf(version)
    if (log.topics[0] != event.topic) return undefined
    let e = tryDecode(event, log, skipped)
    return e && {kind: 'balances', log, totalEth: e.totalEth, stakingEth: e.stakingEth, rethSupply: e.rethSupply}
}

function decodeNodeStaking(version: string, log: Log, skipped: SkippedLogs): RpEvent | undefined {
    let rpl = (node: string, op: RplOp, amount: bigint): RpEvent => ({kind: 'rpl', log, node: low(node), op, amount})
    switch (log.topics[0]) {
        case RPL_STAKED_3.topic: {
            let e = tryDecode(RPL_STAKED_3, log, skipped)
            return e && rpl(e.from, 'stake', e.amount)
        }
        case RPL_STAKED_4.topic: {
            let e = tryDecode(RPL_STAKED_4, log, skipped)
            return e && rpl(e.node, 'stake', e.amount)
        }
        case NODE_STAKING.RPLWithdrawn.topic: {
            let e = tryDecode(NODE_STAKING.RPLWithdrawn, log, skipped)
            return e && rpl(e.to, hasUnstakingStep(version) ? 'withdrawUnstaked' : 'withdraw', e.amount)
        }
        case NODE_STAKING.RPLUnstaked.topic: {
            let e = tryDecode(NODE_STAKING.RPLUnstaked, log, skipped)
            return e && rpl(e.from, 'unstake', e.amount)
        }
        case NODE_STAKING.RPLLegacyUnstaked.topic: {
            let e = tryDecode(NODE_STAKING.RPLLegacyUnstaked, log, skipped)
            return e && rpl(e.to, 'unstake', e.amount)
        }
        case NODE_STAKING.RPLLocked.topic: {
            let e = tryDecode(NODE_STAKING.RPLLocked, log, skipped)
            return e && rpl(e.from, 'lock', e.amount)
        }
        case NODE_STAKING.RPLUnlocked.topic: {
            let e = tryDecode(NODE_STAKING.RPLUnlocked, log, skipped)
            return e && rpl(e.from, 'unlock', e.amount)
        }
        case NODE_STAKING.RPLBurned.topic: {
            let e = tryDecode(NODE_STAKING.RPLBurned, log, skipped)
            return e && rpl(e.from, 'burn', e.amount)
        }
        case NODE_STAKING.RPLTransferred.topic: {
            let e = tryDecode(NODE_STAKING.RPLTransferred, log, skipped)
            return e && {kind: 'rplTransfer', log, from: low(e.from), to: low(e.to), amount: e.amount}
        }
        case NODE_STAKING.RPLSlashed.topic: {
            let e = tryDecode(NODE_STAKING.RPLSlashed, log, skipped)
            return e && {kind: 'rplSlashed', log, node: low(e.node), amount: e.amount, ethValue: e.ethValue}
        }
    }
}

function decodeMinipoolManager(log: Log, skipped: SkippedLogs): RpEvent | undefined {
    switch (log.topics[0]) {
        case MINIPOOL_MANAGER.MinipoolCreated.topic: {
            let e = tryDecode(MINIPOOL_MANAGER.MinipoolCreated, log, skipped)
            return e && {kind: 'minipoolCreated', log, minipool: low(e.minipool), node: low(e.node)}
        }
        case MINIPOOL_MANAGER.MinipoolDestroyed.topic: {
            let e = tryDecode(MINIPOOL_MANAGER.MinipoolDestroyed, log, skipped)
            return e && {kind: 'minipoolDestroyed', log, minipool: low(e.minipool), node: low(e.node)}
        }
    }
}

function decodeNodeManager(log: Log, skipped: SkippedLogs): RpEvent | undefined {
    switch (log.topics[0]) {
        case NODE_MANAGER.NodeRegistered.topic: {
            let e = tryDecode(NODE_MANAGER.NodeRegistered, log, skipped)
            return e && {kind: 'nodeRegistered', log, node: low(e.node)}
        }
        case NODE_MANAGER.NodeSmoothingPoolStateChanged.topic: {
            let e = tryDecode(NODE_MANAGER.NodeSmoothingPoolStateChanged, log, skipped)
            return e && {kind: 'smoothingPool', log, node: low(e.node), state: e.state}
        }
        case NODE_MANAGER.NodeRPLWithdrawalAddressSet.topic: {
            let e = tryDecode(NODE_MANAGER.NodeRPLWithdrawalAddressSet, log, skipped)
            return e && {kind: 'rplWithdrawalAddress', log, node: low(e.node), address: low(e.withdrawalAddress)}
        }
        case NODE_MANAGER.NodeRPLWithdrawalAddressUnset.topic: {
            let e = tryDecode(NODE_MANAGER.NodeRPLWithdrawalAddressUnset, log, skipped)
            return e && {kind: 'rplWithdrawalAddress', log, node: low(e.node), address: null}
        }
    }
}

function decodeNetworkPenalties(version: string, log: Log, skipped: SkippedLogs): RpEvent | undefined {
    let updated = penaltyUpdatedOf(version)
    if (log.topics[0] == updated.topic) {
        let e = tryDecode<Record<string, unknown>>(updated, log, skipped)
        if (e == null) return undefined
        // v1.4 renamed minipoolAddress -> minipool (same layout)
        let minipool = (e.minipool ?? e.minipoolAddress) as string
        return {kind: 'minipoolPenalty', log, minipool: low(minipool), rate: e.penalty as bigint}
    }
    if (versionAtLeast(version, 'v1.4') && log.topics[0] == NETWORK_PENALTIES_V14.PenaltyApplied.topic) {
        let e = tryDecode(NETWORK_PENALTIES_V14.PenaltyApplied, log, skipped)
        return e && {kind: 'minipoolPenalty', log, minipool: low(e.minipool), rate: null}
    }
}

function decodeMegapoolPenalties(log: Log, skipped: SkippedLogs): RpEvent | undefined {
    if (log.topics[0] != MEGAPOOL_PENALTIES.PenaltyApplied.topic) return undefined
    let e = tryDecode(MEGAPOOL_PENALTIES.PenaltyApplied, log, skipped)
    return e && {kind: 'megapoolPenalty', log, megapool: low(e.megapool), amount: e.amount, fromMegapool: false}
}

/** A log of a (possibly) megapool contract: decoded here, kept only if the address is a known megapool. */
export function decodeMegapool(log: Log, skipped: SkippedLogs): RpEvent | undefined {
    let megapool = log.address
    switch (log.topics[0]) {
        case MEGAPOOL.MegapoolPenaltyApplied.topic: {
            let e = tryDecode(MEGAPOOL.MegapoolPenaltyApplied, log, skipped)
            return e && {kind: 'megapoolPenalty', log, megapool, amount: e.amount, fromMegapool: true}
        }
        case MEGAPOOL.MegapoolDebtIncreased.topic: {
            let e = tryDecode(MEGAPOOL.MegapoolDebtIncreased, log, skipped)
            return e && {kind: 'megapoolDebt', log, megapool, delta: e.amount}
        }
        case MEGAPOOL.MegapoolDebtReduced.topic: {
            let e = tryDecode(MEGAPOOL.MegapoolDebtReduced, log, skipped)
            return e && {kind: 'megapoolDebt', log, megapool, delta: -e.amount}
        }
    }
}
