import {keccak256} from '@subsquid/evm-abi'
import {BatchContext, Log} from '../../core/types'
import {ContractKind, hasUnstakingStep, Route, versionAtLeast} from './contracts'
import {RpEvent, RplOp} from './events'

/* eslint-disable @typescript-eslint/no-explicit-any */

const a = (x: string) => x.toLowerCase()

/**
 * Decodes a log at an address of `route` (its contract kind and release) through the ABI table of that release
 * and turns it into its typed event, counting it: handled, skipped (undecodable, kept as a SkippedLog) or
 * ignored (decoded, nothing of ours: a vault withdrawal not by node staking). undefined: a topic the squid does
 * not handle there (not counted: another request delivered it), or not applied.
 */
export function decodeLog(route: Route, log: Log, batch: Pick<BatchContext, 'skipped' | 'counter'>): RpEvent | undefined {
    let entry = route.table.get(log.topics[0])
    if (entry == null) return undefined
    let count = route.counts.get(log.topics[0])!
    let x: any
    try {
        x = entry.event.decode(log)
    } catch (e) {
        batch.skipped.add(log, `${entry.name}: ${(e as Error).message ?? e}`, count)
        return undefined
    }
    let event = normalize(route.kind, route.version, entry.name, log, x)
    if (event == null) batch.counter.ignored(log, count)
    else batch.counter.handled(log, count)
    return event
}

function normalize(kind: ContractKind, version: string, name: string, log: Log, x: any): RpEvent | undefined {
    switch (kind) {
        case 'reth':
            return reth(name, log, x)
        case 'vault':
            // TokenWithdrawn(by, token, amount): `by` is keccak256(contract name ++ token); only node staking's counts
            return x.by.toLowerCase() == vaultKey('rocketNodeStaking', x.tokenAddress) ? {kind: 'stakingRplOut', log, amount: x.amount} : undefined
        case 'depositPool':
            if (name == 'DepositReceived') return {kind: 'depositReceived', log, from: a(x.from), amount: x.amount}
            // only registered megapools may ask a v1.4 deposit pool for ETH: how megapools are found
            return {kind: 'megapoolFound', log, megapool: a(x.receiver)}
        case 'networkBalances':
            return {
                kind: 'balances',
                log,
                totalEth: x.totalEth,
                stakingEth: x.stakingEth,
                rethSupply: x.rethSupply,
                referenceBlock: x.block,
                referenceTime: x.slotTimestamp ?? null,
            }
        case 'nodeStaking':
            return nodeStaking(version, name, log, x)
        case 'minipoolManager':
            if (name == 'MinipoolCreated') return {kind: 'minipoolCreated', log, minipool: a(x.minipool), node: a(x.node)}
            return {kind: 'minipoolDestroyed', log, minipool: a(x.minipool), node: a(x.node)}
        case 'nodeManager':
            switch (name) {
                case 'NodeRegistered':
                    return {kind: 'nodeRegistered', log, node: a(x.node)}
                case 'NodeSmoothingPoolStateChanged':
                    return {kind: 'smoothingPool', log, node: a(x.node), state: x.state}
                case 'NodeRPLWithdrawalAddressSet':
                    return {kind: 'rplWithdrawalAddress', log, node: a(x.node), address: a(x.withdrawalAddress)}
                default:
                    return {kind: 'rplWithdrawalAddress', log, node: a(x.node), address: null}
            }
        case 'networkPenalties': {
            // v1.1-v1.3 name the field minipoolAddress, v1.4 minipool (same layout)
            let minipool = a(x.minipool ?? x.minipoolAddress)
            if (name == 'PenaltyApplied') return {kind: 'penaltyApplied', log, minipool, rate: null}
            // v1.1-v1.3 log PenaltyUpdated only when a penalty raises the rate: it is the penalty itself
            if (versionAtLeast(version, 'v1.4')) return {kind: 'penaltyRate', log, minipool, rate: x.penalty}
            return {kind: 'penaltyApplied', log, minipool, rate: x.penalty}
        }
        case 'megapoolPenalties':
            return {kind: 'megapoolPenalty', log, megapool: a(x.megapool), amount: x.amount, fromMegapool: false}
        case 'minipool':
            return minipool(name, log, x)
        case 'megapool': {
            let megapool = a(log.address)
            if (name == 'MegapoolPenaltyApplied') return {kind: 'megapoolPenalty', log, megapool, amount: x.amount, fromMegapool: true}
            return {kind: 'megapoolDebt', log, megapool, delta: name == 'MegapoolDebtIncreased' ? x.amount : -x.amount}
        }
    }
}

function reth(name: string, log: Log, x: any): RpEvent {
    switch (name) {
        case 'TokensMinted':
            return {kind: 'mint', log, to: a(x.to), reth: x.amount, eth: x.ethAmount}
        case 'TokensBurned':
            return {kind: 'burn', log, from: a(x.from), reth: x.amount, eth: x.ethAmount}
        case 'Transfer':
            return {kind: 'transfer', log, from: a(x.from), to: a(x.to), value: x.value}
        default:
            return {kind: 'etherDeposited', log, from: a(x.from), amount: x.amount}
    }
}

function nodeStaking(version: string, name: string, log: Log, x: any): RpEvent {
    let rpl = (node: string, op: RplOp): RpEvent => ({kind: 'rpl', log, node: a(node), op, amount: x.amount})
    switch (name) {
        case 'RPLStaked':
            // the 4-argument form (v1.4) names the node and the payer: the node is credited
            return rpl(x.node ?? x.from, 'stake')
        case 'RPLWithdrawn':
            return rpl(x.to, hasUnstakingStep(version) ? 'withdrawUnstaked' : 'withdraw')
        case 'RPLUnstaked':
            return rpl(x.from, 'unstake')
        case 'RPLLegacyUnstaked':
            return rpl(x.to, 'unstake')
        case 'RPLLocked':
            return rpl(x.from, 'lock')
        case 'RPLUnlocked':
            return rpl(x.from, 'unlock')
        case 'RPLBurned':
            return rpl(x.from, 'burn')
        case 'RPLTransferred':
            return {kind: 'rplTransfer', log, from: a(x.from), to: a(x.to), amount: x.amount}
        default:
            return {kind: 'rplSlashed', log, node: a(x.node), amount: x.amount, ethValue: x.ethValue}
    }
}

function minipool(name: string, log: Log, x: any): RpEvent {
    let m = a(log.address)
    switch (name) {
        case 'StatusUpdated':
            return {kind: 'minipoolStatus', log, minipool: m, status: Number(x.status)}
        case 'EtherWithdrawalProcessed':
            return {
                kind: 'minipoolDistributed',
                log,
                minipool: m,
                executed: a(x.executed),
                nodeAmount: x.nodeAmount,
                userAmount: x.userAmount,
                totalBalance: x.totalBalance,
            }
        case 'EtherWithdrawn':
            return {kind: 'minipoolEtherWithdrawn', log, minipool: m, to: a(x.to), amount: x.amount}
        default:
            return {kind: 'minipoolBondReduced', log, minipool: m, previousBond: x.previousBondAmount, newBond: x.newBondAmount}
    }
}

/** RocketVault's balance key: keccak256(abi.encodePacked(contractName, tokenAddress)). */
export function vaultKey(contractName: string, token: string): string {
    let packed = Buffer.concat([Buffer.from(contractName, 'utf8'), Buffer.from(token.slice(2), 'hex')])
    return '0x' + Buffer.from(keccak256(packed)).toString('hex')
}
