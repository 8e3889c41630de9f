import {ensureAccount} from '../../core/accounts'
import {ZERO_ADDRESS} from '../../core/ids'
import {BatchContext, Log} from '../../core/types'
import {LidoState} from '../../model'
import {insertDeposit} from './deposits'
import {EventOf} from './events'
import {ethToShares, mintedShares, ShareRate} from './part'
import {settleTotalPooledEther, shareRateOf} from './state'
import {LidoTxs} from './transactions'

/** What the share-moving handlers of one batch share. */
export interface SharesContext {
    batch: BatchContext
    state: LidoState
    txs: LidoTxs
    /** shares of each Submitted: its TransferShares partner (v1.2.0+), or derived (V1) when it is applied */
    submitShares: Map<Log, bigint>
}

/** stETH share balances from `TransferShares` (v1.2.0+: mints, burns and transfers). */
export function moveShares(batch: BatchContext, from: string, to: string, shares: bigint, block: number): void {
    if (from != ZERO_ADDRESS) ensureAccount(batch.cache, from, block).stethShares -= shares
    if (to != ZERO_ADDRESS) ensureAccount(batch.cache, to, block).stethShares += shares
}

/**
 * `Submitted` -> one Deposit with the shares minted to the sender, and the totals. v1.2.0+: the shares of the
 * TransferShares(0x0 -> sender) the submit logs after it. Before (lido-dao v1.0.0–v1.1.x `_submit`):
 * getSharesByPooledEth(amount) = floor(amount * shares / ether) at the rate before the submit, or the amount itself
 * when that is 0 (the contract's empty-pool rule) - exact when the tracked totals are.
 */
export function applySubmitted(ctx: SharesContext, ev: EventOf<'Submitted'>): void {
    let {state} = ctx
    let shares = ctx.submitShares.get(ev.log)
    if (shares == null) {
        shares = ethToShares(ev.e.amount, shareRateOf(state))
        if (shares == 0n) shares = ev.e.amount
        ctx.submitShares.set(ev.log, shares)
    }
    insertDeposit(ctx.batch, {log: ev.log, event: ev.e}, shares)
    state.internalEther += ev.e.amount
    state.totalShares += shares
    settleTotalPooledEther(state)
}

/**
 * A stETH `Transfer`. From v1.2.0 on every Transfer comes with a TransferShares, which alone moves balances.
 * Before, the shares are derived the way the contract computed them:
 * - a user transfer (`StETH._transfer`): getSharesByPooledEth(amount), floor at the rate of that log: exact;
 * - a submit's mint (`_submit`, after its Submitted): that submit's shares: exact;
 * - a report's fee mint (`distributeRewards` / `distributeFee`: value = getPooledEthByShares(shares) at the rate
 *   after the report): ceil(value * shares / ether) at the report's post rate, exact when that rate is >= 1
 *   (`mintedShares`). v1.1.0+: the post rate of the same transaction's PostTotalShares, logged after the mints;
 *   v1.0.0: the rate the Completed of the same transaction set.
 */
export function applyTransfer(ctx: SharesContext, ev: EventOf<'Transfer'>): void {
    let hash = ev.log.transactionHash
    // superseded: nothing else reads this Transfer either (fee mints and submit pairing are V1-only)
    if (ctx.txs.tx(hash).hasTransferShares) return ctx.batch.counter.ignored(ev.log)
    let from = ev.e.from.toLowerCase()
    let to = ev.e.to.toLowerCase()
    let block = ev.log.block.height
    if (from != ZERO_ADDRESS) {
        moveShares(ctx.batch, from, to, ethToShares(ev.e.value, shareRateOf(ctx.state)), block)
        return
    }
    let submit = ctx.txs.submitOf(ev.log)
    if (submit != null) {
        moveShares(ctx.batch, from, to, ctx.submitShares.get(submit)!, block)
        return
    }
    if (!ctx.txs.isV1Report(hash)) {
        ctx.batch.ctx.log.warn(`stETH mint Transfer at block ${block} (tx ${hash}) is neither a submit nor a report fee; priced at the current rate`)
    }
    moveShares(ctx.batch, from, to, mintedShares(ev.e.value, feeMintRate(ctx, hash)), block)
}

/** The rate a V1 report's fee mints were priced at: the report's post totals. */
function feeMintRate(ctx: SharesContext, hash: string): ShareRate {
    let post = ctx.txs.tx(hash).postTotalShares?.e
    return post ? {ether: post.postTotalPooledEther, shares: post.totalShares} : shareRateOf(ctx.state)
}

/** `SharesBurnt`: the shares leave the account and the total (a V3 external burn also leaves externalShares). */
export function applySharesBurnt(ctx: SharesContext, ev: EventOf<'SharesBurnt'>): void {
    let {state} = ctx
    ensureAccount(ctx.batch.cache, ev.e.account.toLowerCase(), ev.log.block.height).stethShares -= ev.e.sharesAmount
    state.totalShares -= ev.e.sharesAmount
    // V3 burnExternalShares sets the external shares before it burns and logs (SharesBurnt, ExternalSharesBurnt):
    // the internal shares, and so the rate, stay
    if (ctx.txs.isExternalBurn(ev)) state.externalShares -= ev.e.sharesAmount
    settleTotalPooledEther(state)
}

/** wstETH `Transfer` (wrap = mint from 0x0, unwrap = burn to 0x0): exact. */
export function applyWstethTransfer(ctx: SharesContext, ev: EventOf<'WstethTransfer'>): void {
    let block = ev.log.block.height
    let from = ev.e.from.toLowerCase()
    let to = ev.e.to.toLowerCase()
    if (from != ZERO_ADDRESS) ensureAccount(ctx.batch.cache, from, block).wstethBalance -= ev.e.value
    if (to != ZERO_ADDRESS) ensureAccount(ctx.batch.cache, to, block).wstethBalance += ev.e.value
}
