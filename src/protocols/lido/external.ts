import {EventOf} from './events'
import {SharesContext} from './shares'
import {settleTotalPooledEther} from './state'

/**
 * V3 stVault (external) shares. From V3 on, stETH's share rate is internal ether / internal shares
 * (totalShares - externalShares), and totalPooledEther = internal ether + externalShares x that rate (floor):
 * LidoState keeps the internal ether and settles the total from it after every change, as `_getTotalPooledEther`.
 */

/**
 * `mintExternalShares` logs Transfer + TransferShares(0x0 -> receiver) (which move the receiver's balance), then
 * `ExternalSharesMinted`: external and total shares grow, the internal ether and the rate stay.
 */
export function applyExternalSharesMinted(ctx: SharesContext, ev: EventOf<'ExternalSharesMinted'>): void {
    ctx.state.externalShares += ev.e.amountOfShares
    ctx.state.totalShares += ev.e.amountOfShares
    settleTotalPooledEther(ctx.state)
}

/**
 * `ExternalSharesBurnt` closes three different calls, told apart by the log right before it:
 * - after `SharesBurnt` (`burnExternalShares`): already applied with that SharesBurnt (shares and external shares
 *   fall together, the rate stays);
 * - after `ExternalEtherTransferredToBuffer(v)` (`rebalanceExternalEtherToInternal`): no share is burnt; the
 *   shares turn internal and v (= getPooledEthBySharesRoundUp(shares)) joins the buffer, so internal ether grows by
 *   v and total pooled ether stays (up to the round-up's wei);
 * - after `ExternalBadDebtInternalized` (`internalizeExternalBadDebt`, in a report): the shares turn internal with
 *   no ether behind them: total pooled ether falls, the report's Slashing carries the loss (rebases.ts).
 */
export function applyExternalSharesBurnt(ctx: SharesContext, ev: EventOf<'ExternalSharesBurnt'>): void {
    let how = ctx.txs.externalBurnKind(ev)
    let {state} = ctx
    switch (how?.kind) {
        case 'burn':
            return
        case 'rebalance':
            state.externalShares -= ev.e.amountOfShares
            state.internalEther += how.etherToBuffer!
            break
        case 'badDebt':
            state.externalShares -= ev.e.amountOfShares
            break
        default:
            ctx.batch.ctx.log.warn(
                `ExternalSharesBurnt at block ${ev.log.block.height} (tx ${ev.log.transactionHash}) without the log Lido emits before it; not applied`
            )
            return
    }
    settleTotalPooledEther(state)
}
