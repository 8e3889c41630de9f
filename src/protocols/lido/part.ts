import {BatchContext} from '../../core/types'
import {LidoState} from '../../model'
import {LidoLogs} from './decode'

/**
 * stETH's share rate at one point of the chain, as `getPooledEthByShares` uses it: ether / shares. Before V3 that
 * is totalPooledEther / totalShares; from V3 on, internal ether / internal shares (external shares excluded).
 */
export interface ShareRate {
    /** wei: the numerator */
    ether: bigint
    /** shares: the denominator */
    shares: bigint
}

/**
 * What the Lido parts share within one batch. The shares-and-rebases part runs first: it loads (or creates)
 * the LidoState and records every change of the share rate in the batch, so later parts can price shares at
 * the rate of their own log.
 */
export interface LidoBatch {
    state: LidoState
    /** the rate in force just before the log at `order` (logOrder of core/ids) */
    rateAt(order: number): ShareRate
}

/** One concern of the Lido module run after the shares part (the withdrawal queue, node operators). */
export interface LidoPart {
    name: string
    handleBatch(batch: BatchContext, lido: LidoBatch, logs: LidoLogs): Promise<void>
}

/** shares -> ETH at a rate (floor, as the contract's getPooledEthByShares) */
export function sharesToEth(shares: bigint, rate: ShareRate): bigint {
    return rate.shares == 0n ? shares : (shares * rate.ether) / rate.shares
}

/** ETH -> shares at a rate (floor, as the contract's getSharesByPooledEth) */
export function ethToShares(eth: bigint, rate: ShareRate): bigint {
    return rate.ether == 0n ? eth : (eth * rate.shares) / rate.ether
}

/**
 * The shares behind a minted amount `value = floor(shares * ether / totalShares)` (the Transfer of
 * `_emitTransferAfterMintingShares`): ceil(value * totalShares / ether). Exact whenever ether >= shares (a rate of
 * at least 1, as stETH's has always been): value*S/E then lies in (shares - 1, shares], whose ceiling is shares.
 */
export function mintedShares(value: bigint, rate: ShareRate): bigint {
    if (rate.ether == 0n) return value
    return (value * rate.shares + rate.ether - 1n) / rate.ether
}
