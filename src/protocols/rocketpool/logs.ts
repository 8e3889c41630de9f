import * as depositPoolAbi from '../../abi/RocketDepositPool'
import * as megapoolAbi from '../../abi/RocketMegapoolDelegate'
import * as megapoolPenaltiesAbi from '../../abi/RocketMegapoolPenalties'
import * as minipoolAbi from '../../abi/RocketMinipoolDelegate'
import * as minipoolManagerAbi from '../../abi/RocketMinipoolManager'
import * as balancesAbi from '../../abi/RocketNetworkBalances'
import * as balancesV1Abi from '../../abi/RocketNetworkBalances.v1'
import * as penaltiesAbi from '../../abi/RocketNetworkPenalties'
import * as penaltiesV1Abi from '../../abi/RocketNetworkPenalties.v1'
import * as stakingAbi from '../../abi/RocketNodeStaking'
import * as rethAbi from '../../abi/RocketTokenRETH'
import * as vaultAbi from '../../abi/RocketVault'
import {encodeEvent, RawLog} from '../../core/encode'
import {ZERO_ADDRESS} from '../../core/ids'
import {versionAtLeast} from './contracts'
import {vaultKey} from './normalize'

/**
 * Log builders for the demo and the tests: each returns the logs one Rocket Pool call emits, in the order the
 * contract emits them (function named in each comment), encoded with the real ABIs. Logs of contracts the squid
 * does not read (the RPL token, RocketNodeDeposit, the beacon deposit contract) are left out.
 */

const RETH = rethAbi.events
const STAKING = stakingAbi.events
const MINIPOOL = minipoolAbi.events
/** RPL token on mainnet (docs.rocketpool.net contracts list): the vault keys node-staking RPL by it */
export const RPL_TOKEN = '0xd33526068d116ce69f19a9ee46f0bd304f21a51f'

/**
 * RocketDepositPool.deposit (every release): rETH mint (Transfer from 0x0, TokensMinted), DepositReceived; then
 * v1.4 processDeposit first tops rETH up to its target collateral (`depositExcess`: rETH EtherDeposited from the
 * pool), which `toReth` gives.
 */
export function depositLogs(reth: string, pool: string, user: string, ethIn: bigint, rethOut: bigint, ethCredited: bigint, toReth = 0n): RawLog[] {
    let logs = [
        encodeEvent(reth, RETH.Transfer, {from: ZERO_ADDRESS, to: user, value: rethOut}),
        encodeEvent(reth, RETH.TokensMinted, {to: user, amount: rethOut, ethAmount: ethCredited, time: 0n}),
        encodeEvent(pool, depositPoolAbi.events.DepositReceived, {from: user, amount: ethIn, time: 0n}),
    ]
    if (toReth > 0n) logs.push(encodeEvent(reth, RETH.EtherDeposited, {from: pool, amount: toReth, time: 0n}))
    return logs
}

/**
 * RocketTokenRETH.burn: the burn Transfer; when rETH's own balance is short, `withdrawDepositCollateral` takes
 * the rest from the deposit pool (`withdrawExcessBalance`: rETH EtherDeposited from the pool, then the pool's
 * ExcessWithdrawn); then TokensBurned.
 */
export function burnLogs(reth: string, user: string, rethIn: bigint, ethOut: bigint, fromPool?: {pool: string; amount: bigint}): RawLog[] {
    let logs = [encodeEvent(reth, RETH.Transfer, {from: user, to: ZERO_ADDRESS, value: rethIn})]
    if (fromPool != null) {
        logs.push(encodeEvent(reth, RETH.EtherDeposited, {from: fromPool.pool, amount: fromPool.amount, time: 0n}))
        logs.push(encodeEvent(fromPool.pool, depositPoolAbi.events.ExcessWithdrawn, {to: reth, amount: fromPool.amount, time: 0n}))
    }
    logs.push(encodeEvent(reth, RETH.TokensBurned, {from: user, amount: rethIn, ethAmount: ethOut, time: 0n}))
    return logs
}

export interface BalancesReport {
    totalEth: bigint
    stakingEth: bigint
    rethSupply: bigint
    /** the block the balances are for */
    block?: bigint
    /** v1.3+: time of the beacon slot the balances are for (seconds) */
    slotTimestamp?: bigint
    /** block time of the report's own transaction (seconds) */
    time?: bigint
    /** the oDAO member whose submission reached consensus */
    member?: string
}

/**
 * RocketNetworkBalances.submitBalances reaching consensus: the member's BalancesSubmitted, then BalancesUpdated,
 * with the signature of `version` (5 fields before v1.3, 6 with `block` indexed and slotTimestamp after).
 */
export function balancesLogs(address: string, version: string, r: BalancesReport): RawLog[] {
    let block = r.block ?? 1n
    let time = r.time ?? 0n
    let member = r.member ?? '0x00000000000000000000000000000000000d0da0'
    let {totalEth, stakingEth, rethSupply} = r
    if (versionAtLeast(version, 'v1.3')) {
        let slotTimestamp = r.slotTimestamp ?? time
        let e = balancesAbi.events
        return [
            encodeEvent(address, e.BalancesSubmitted, {from: member, block, slotTimestamp, totalEth, stakingEth, rethSupply, blockTimestamp: time}),
            encodeEvent(address, e.BalancesUpdated, {block, slotTimestamp, totalEth, stakingEth, rethSupply, blockTimestamp: time}),
        ]
    }
    let e = balancesV1Abi.events
    return [
        encodeEvent(address, e.BalancesSubmitted, {from: member, block, totalEth, stakingEth, rethSupply, time}),
        encodeEvent(address, e.BalancesUpdated, {block, totalEth, stakingEth, rethSupply, time}),
    ]
}

/**
 * RocketMegapoolPenalties.penalise reaching consensus: `_applyPenalty` makes the megapool log MegapoolDebtIncreased
 * and MegapoolPenaltyApplied, then PenaltyApplied, then the member's PenaltySubmitted.
 */
export function megapoolPenaltyLogs(penalties: string, megapool: string, amount: bigint, block = 1n, member = '0x00000000000000000000000000000000000d0da0'): RawLog[] {
    return [
        encodeEvent(megapool, megapoolAbi.events.MegapoolDebtIncreased, {amount, time: 0n}),
        encodeEvent(megapool, megapoolAbi.events.MegapoolPenaltyApplied, {amount, time: 0n}),
        encodeEvent(penalties, megapoolPenaltiesAbi.events.PenaltyApplied, {megapool, block, amount, time: 0n}),
        encodeEvent(penalties, megapoolPenaltiesAbi.events.PenaltySubmitted, {from: member, megapool, block, amount, time: 0n}),
    ]
}

/** RocketVault.withdrawToken by rocketNodeStaking (the RPL token's own Transfer before it is left out). */
export function stakingVaultWithdrawal(vault: string, amount: bigint): RawLog {
    return encodeEvent(vault, vaultAbi.events.TokenWithdrawn, {by: vaultKey('rocketNodeStaking', RPL_TOKEN), tokenAddress: RPL_TOKEN, amount, time: 0n})
}

/** withdrawRPL: before v1.4 out of the stake, from v1.4 the whole unstaking amount; the vault pays, then RPLWithdrawn. */
export function rplWithdrawLogs(vault: string, staking: string, node: string, amount: bigint): RawLog[] {
    return [stakingVaultWithdrawal(vault, amount), encodeEvent(staking, STAKING.RPLWithdrawn, {to: node, amount, time: 0n})]
}

/**
 * v1.4 unstakeRPL / unstakeLegacyRPL: `_withdrawUnstakingRPL` first pays out the node's matured unstaking RPL
 * (`paidOut`, only the vault logs it), then RPLUnstaked / RPLLegacyUnstaked.
 */
export function rplUnstakeLogs(vault: string, staking: string, node: string, amount: bigint, paidOut = 0n, legacy = false): RawLog[] {
    let logs = paidOut > 0n ? [stakingVaultWithdrawal(vault, paidOut)] : []
    logs.push(
        legacy
            ? encodeEvent(staking, STAKING.RPLLegacyUnstaked, {to: node, amount, time: 0n})
            : encodeEvent(staking, STAKING.RPLUnstaked, {from: node, amount, time: 0n})
    )
    return logs
}

/** RocketNodeStaking.burnRPL (v1.3.1+): the vault pays the RPL to staking, which burns it, then RPLBurned. */
export function rplBurnLogs(vault: string, staking: string, node: string, amount: bigint): RawLog[] {
    return [stakingVaultWithdrawal(vault, amount), encodeEvent(staking, STAKING.RPLBurned, {from: node, amount, time: 0n})]
}

/** RocketDAOProtocolVerifier.burnProposalBond (a vetoed proposal, v1.3.1+): unlockRPL then burnRPL. */
export function vetoBondBurnLogs(vault: string, staking: string, proposer: string, bond: bigint): RawLog[] {
    return [encodeEvent(staking, STAKING.RPLUnlocked, {from: proposer, amount: bond, time: 0n}), ...rplBurnLogs(vault, staking, proposer, bond)]
}

/**
 * RocketDAOProtocolVerifier.claimBondProposer (v1.3.1+) for the root (index 1: the proposal bond back) and one
 * responded challenge: unlock the bond; unlock the challenger's bond, transfer it less the burn to the
 * proposer, burn the rest.
 */
export function proposerClaimLogs(vault: string, staking: string, proposer: string, proposalBond: bigint, challenger: string, challengeBond: bigint, burn: bigint): RawLog[] {
    return [
        encodeEvent(staking, STAKING.RPLUnlocked, {from: proposer, amount: proposalBond, time: 0n}),
        encodeEvent(staking, STAKING.RPLUnlocked, {from: challenger, amount: challengeBond, time: 0n}),
        encodeEvent(staking, STAKING.RPLTransferred, {from: challenger, to: proposer, amount: challengeBond - burn, time: 0n}),
        ...rplBurnLogs(vault, staking, challenger, burn),
    ]
}

// ---- minipools (RocketMinipoolDelegate; v1.2+ unless said) ----

const status = (minipool: string, value: number) => encodeEvent(minipool, MINIPOOL.StatusUpdated, {status: value, time: 0n})

/**
 * RocketNodeDeposit.deposit (v1.2+): the manager's MinipoolCreated, then `preDeposit` (EtherDeposited of the
 * pre-launch ETH, MinipoolPrestaked).
 */
export function minipoolCreationLogs(manager: string, minipool: string, node: string, from: string, preLaunch: bigint): RawLog[] {
    return [
        encodeEvent(manager, minipoolManagerAbi.events.MinipoolCreated, {minipool, node, time: 0n}),
        encodeEvent(minipool, MINIPOOL.EtherDeposited, {from, amount: preLaunch, time: 0n}),
        encodeEvent(minipool, MINIPOOL.MinipoolPrestaked, {
            validatorPubkey: '0x' + '11'.repeat(48),
            validatorSignature: '0x' + '22'.repeat(96),
            depositDataRoot: '0x' + '33'.repeat(32),
            amount: preLaunch,
            withdrawalCredentials: '0x01' + '00'.repeat(11) + minipool.slice(2),
            time: 0n,
        }),
    ]
}

/** The deposit pool assigning user ETH (`deposit()` v1.2+, `userDeposit()` v1.0): Prelaunch, EtherDeposited. */
export function minipoolAssignedLogs(pool: string, minipool: string, amount: bigint): RawLog[] {
    return [
        encodeEvent(pool, depositPoolAbi.events.DepositAssigned, {minipool, amount, time: 0n}),
        status(minipool, 1),
        encodeEvent(minipool, MINIPOOL.EtherDeposited, {from: pool, amount, time: 0n}),
    ]
}

/** stake(): Staking (the beacon deposit's own log is left out). */
export function minipoolStakeLogs(minipool: string): RawLog[] {
    return [status(minipool, 2)]
}

/**
 * distributeBalance under 8 ETH (a skim): `distributeSkimmedRewards` sends the user share to rETH (rETH
 * EtherDeposited, even of 0), then, by the owner, `_refund` pays the node's refund balance (EtherWithdrawn).
 */
export function minipoolSkimLogs(reth: string, minipool: string, userShare: bigint, refundTo?: {to: string; amount: bigint}): RawLog[] {
    let logs = [encodeEvent(reth, RETH.EtherDeposited, {from: minipool, amount: userShare, time: 0n})]
    if (refundTo != null) logs.push(encodeEvent(minipool, MINIPOOL.EtherWithdrawn, {to: refundTo.to, amount: refundTo.amount, time: 0n}))
    return logs
}

export interface ExitDistribution {
    executed: string
    nodeAmount: bigint
    userAmount: bigint
    totalBalance: bigint
    /** owner call (v1.2+ finalises at once): `_finalise` pays `refund` (when > 0) to the withdrawal address */
    finalise?: {withdrawalAddress: string; refund: bigint; slash?: {staking: string; node: string; rpl: bigint; eth: bigint}}
}

/**
 * distributeBalance(false) of the exit balance: `_distributeBalance` sends the user amount to rETH (rETH
 * EtherDeposited) and logs EtherWithdrawalProcessed; by the owner `_finalise` follows: `_slash` (RPLSlashed at
 * node staking) when the balance did not cover the user capital, `_refund` (EtherWithdrawn) when there is one.
 */
export function minipoolExitLogs(reth: string, minipool: string, d: ExitDistribution): RawLog[] {
    let logs: RawLog[] = []
    if (d.userAmount > 0n) logs.push(encodeEvent(reth, RETH.EtherDeposited, {from: minipool, amount: d.userAmount, time: 0n}))
    logs.push(
        encodeEvent(minipool, MINIPOOL.EtherWithdrawalProcessed, {
            executed: d.executed,
            nodeAmount: d.nodeAmount,
            userAmount: d.userAmount,
            totalBalance: d.totalBalance,
            time: 0n,
        })
    )
    let f = d.finalise
    if (f?.slash) logs.push(encodeEvent(f.slash.staking, STAKING.RPLSlashed, {node: f.slash.node, amount: f.slash.rpl, ethValue: f.slash.eth, time: 0n}))
    if (f && f.refund > 0n) logs.push(encodeEvent(minipool, MINIPOOL.EtherWithdrawn, {to: f.withdrawalAddress, amount: f.refund, time: 0n}))
    return logs
}

/** refund() / finalise() after a user distribution: `_finalise` pays the refund balance (EtherWithdrawn). */
export function minipoolFinaliseLogs(minipool: string, withdrawalAddress: string, refund: bigint): RawLog[] {
    return [encodeEvent(minipool, MINIPOOL.EtherWithdrawn, {to: withdrawalAddress, amount: refund, time: 0n})]
}

/** reduceBondAmount(): `distributeSkimmedRewards` (rETH EtherDeposited of the user share), then BondReduced. */
export function minipoolBondReductionLogs(reth: string, minipool: string, userShare: bigint, previousBond: bigint, newBond: bigint): RawLog[] {
    return [
        encodeEvent(reth, RETH.EtherDeposited, {from: minipool, amount: userShare, time: 0n}),
        encodeEvent(minipool, MINIPOOL.BondReduced, {previousBondAmount: previousBond, newBondAmount: newBond, time: 0n}),
    ]
}

/** dissolve() of a timed-out prelaunch minipool: Dissolved, the user capital back to the deposit pool. */
export function minipoolDissolveLogs(pool: string, minipool: string, userCapital: bigint): RawLog[] {
    return [
        status(minipool, 4),
        encodeEvent(pool, depositPoolAbi.events.DepositRecycled, {from: minipool, amount: userCapital, time: 0n}),
        encodeEvent(minipool, MINIPOOL.EtherWithdrawn, {to: pool, amount: userCapital, time: 0n}),
    ]
}

/** close() of a dissolved minipool: its balance to the owner, then the manager's MinipoolDestroyed. */
export function minipoolCloseLogs(manager: string, minipool: string, node: string, withdrawalAddress: string, balance: bigint): RawLog[] {
    return [
        encodeEvent(minipool, MINIPOOL.EtherWithdrawn, {to: withdrawalAddress, amount: balance, time: 0n}),
        encodeEvent(manager, minipoolManagerAbi.events.MinipoolDestroyed, {minipool, node, time: 0n}),
    ]
}

// ---- RocketNetworkPenalties ----

const MEMBER = '0x00000000000000000000000000000000000d0da0'

/**
 * v1.1-v1.3 submitPenalty reaching consensus: PenaltySubmitted, then `incrementMinipoolPenaltyCount`, which logs
 * PenaltyUpdated(minipool, (count - 2) x perPenaltyRate) from the third penalty only (`rate`; null before).
 */
export function penaltyLogsV1(address: string, minipool: string, block: bigint, rate: bigint | null): RawLog[] {
    let e = penaltiesV1Abi.events
    let logs = [encodeEvent(address, e.PenaltySubmitted, {from: MEMBER, minipoolAddress: minipool, block, time: 0n})]
    if (rate != null) logs.push(encodeEvent(address, e.PenaltyUpdated, {minipoolAddress: minipool, penalty: rate, time: 0n}))
    return logs
}

/** v1.4 submitPenalty reaching consensus: [PenaltyUpdated from the third penalty], PenaltyApplied, PenaltySubmitted. */
export function penaltyLogsV14(address: string, minipool: string, block: bigint, rate: bigint | null): RawLog[] {
    let e = penaltiesAbi.events
    let logs = rate != null ? [encodeEvent(address, e.PenaltyUpdated, {minipool, penalty: rate, time: 0n})] : []
    logs.push(encodeEvent(address, e.PenaltyApplied, {minipool, block, time: 0n}))
    logs.push(encodeEvent(address, e.PenaltySubmitted, {from: MEMBER, minipool, block, time: 0n}))
    return logs
}
