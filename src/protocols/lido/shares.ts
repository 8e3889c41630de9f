import {ensureAccount} from '../../core/accounts'
import {ZERO_ADDRESS} from '../../core/ids'
import {BatchContext} from '../../core/types'
import {ethToShares, ShareRate} from './part'

/** stETH share balances from `TransferShares` (V1 after 14860268, V2, V3): mints, burns and transfers. */
export function moveShares(batch: BatchContext, from: string, to: string, shares: bigint, block: number): void {
    if (from != ZERO_ADDRESS) ensureAccount(batch.cache, from, block).stethShares -= shares
    if (to != ZERO_ADDRESS) ensureAccount(batch.cache, to, block).stethShares += shares
}

/**
 * Before TransferShares existed (a stETH Transfer whose transaction has no TransferShares), the shares moved
 * are derived from the stETH amount at the share rate in force at that log, as the official subgraph does:
 * shares = floor(amount * totalShares / totalPooledEther). Exact when the tracked totals are the contract's at
 * that log (see docs/lido.md for where they can drift); the contract itself rounded the same way.
 */
export function moveSharesByAmount(batch: BatchContext, from: string, to: string, amount: bigint, rate: ShareRate, block: number): void {
    moveShares(batch, from, to, ethToShares(amount, rate), block)
}
