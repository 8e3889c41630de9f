import {encodeEvent} from '../../core/encode'
import {RawLog} from '../../core/encode'
import {ZERO_ADDRESS} from '../../core/ids'
import {
    balancesUpdatedOf,
    DEPOSIT_POOL,
    MEGAPOOL,
    MEGAPOOL_PENALTIES,
    RETH,
} from './contracts'

/**
 * Log builders for the demo and the tests: each returns the logs one Rocket Pool action emits on mainnet, in
 * mainnet order, encoded with the real ABIs.
 */

/** A rETH deposit: mint Transfer, TokensMinted, then DepositReceived on the deposit pool (as block 17375953). */
export function depositLogs(reth: string, pool: string, user: string, ethIn: bigint, rethOut: bigint, ethCredited: bigint, time = 0n): RawLog[] {
    return [
        encodeEvent(reth, RETH.Transfer, {from: ZERO_ADDRESS, to: user, value: rethOut}),
        encodeEvent(reth, RETH.TokensMinted, {to: user, amount: rethOut, ethAmount: ethCredited, time}),
        encodeEvent(pool, DEPOSIT_POOL.DepositReceived, {from: user, amount: ethIn, time}),
    ]
}

/** A rETH burn: the ERC-20 burn Transfer, then TokensBurned. */
export function burnLogs(reth: string, user: string, rethIn: bigint, ethOut: bigint, time = 0n): RawLog[] {
    return [
        encodeEvent(reth, RETH.Transfer, {from: user, to: ZERO_ADDRESS, value: rethIn}),
        encodeEvent(reth, RETH.TokensBurned, {from: user, amount: rethIn, ethAmount: ethOut, time}),
    ]
}

/** BalancesUpdated with the signature of `version` (5 fields before v1.3, 6 with `block` indexed after). */
export function balancesLog(address: string, version: string, totalEth: bigint, stakingEth: bigint, rethSupply: bigint, block = 1n, time = 0n): RawLog {
    let event = balancesUpdatedOf(version)
    let args =
        'slotTimestamp' in event.params
            ? {block, slotTimestamp: time, totalEth, stakingEth, rethSupply, blockTimestamp: time}
            : {block, totalEth, stakingEth, rethSupply, time}
    return encodeEvent(address, event, args as any)
}

/** A megapool penalty as RocketMegapoolPenalties applies it: the megapool's debt and penalty logs, then its own. */
export function megapoolPenaltyLogs(penalties: string, megapool: string, amount: bigint, block = 1n, time = 0n): RawLog[] {
    return [
        encodeEvent(megapool, MEGAPOOL.MegapoolDebtIncreased, {amount, time}),
        encodeEvent(megapool, MEGAPOOL.MegapoolPenaltyApplied, {amount, time}),
        encodeEvent(penalties, MEGAPOOL_PENALTIES.PenaltyApplied, {megapool, block, amount, time}),
    ]
}
