import {BatchContext, LogFilter, ScenarioBlock} from '../../core/types'
import {LidoState} from '../../model'
import {AddressBook} from '../../networks'

/** The stETH share rate at one point of the chain: pooled ether and total shares. */
export interface ShareRate {
    totalPooledEther: bigint
    totalShares: bigint
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

/** One concern of the Lido module (shares and rebases, the withdrawal queue, node operators). */
export interface LidoPart {
    name: string
    filters(book: AddressBook): LogFilter[]
    handleBatch(batch: BatchContext, lido: LidoBatch): Promise<void>
    demoScenario?(book: AddressBook): ScenarioBlock[]
}

/** shares -> ETH at a rate (floor, as the contract's getPooledEthByShares) */
export function sharesToEth(shares: bigint, rate: ShareRate): bigint {
    return rate.totalShares == 0n ? shares : (shares * rate.totalPooledEther) / rate.totalShares
}

/** ETH -> shares at a rate (floor, as the contract's getSharesByPooledEth) */
export function ethToShares(eth: bigint, rate: ShareRate): bigint {
    return rate.totalPooledEther == 0n ? eth : (eth * rate.totalShares) / rate.totalPooledEther
}
