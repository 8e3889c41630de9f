import {Deposit, Protocol} from '../../model'
import {ensureAccount} from '../../core/accounts'
import {logId, ZERO_ADDRESS} from '../../core/ids'
import {blockTime} from '../../core/time'
import {BatchContext, Log} from '../../core/types'
import {SubmittedEventArgs, TransferSharesEventArgs} from '../../abi/Lido'

export interface SubmittedLog {
    log: Log
    event: SubmittedEventArgs
}

export interface TransferSharesLog {
    log: Log
    event: TransferSharesEventArgs
}

/**
 * A Lido submit is one `Deposit` carrying the shares minted to the sender in the same transaction: the
 * `TransferShares(0x0 -> sender)` that follows the `Submitted` log. `sharesWithoutPartner` prices a submit
 * whose transaction has no such log (before TransferShares existed, block < 14860268).
 */
export function applyDeposits(
    batch: BatchContext,
    submits: SubmittedLog[],
    transferShares: TransferSharesLog[],
    sharesWithoutPartner: (submit: SubmittedLog) => bigint
): void {
    let mintsByTx = new Map<string, TransferSharesLog[]>()
    for (let t of transferShares) {
        if (t.event.from != ZERO_ADDRESS) continue
        let list = mintsByTx.get(t.log.transactionHash)
        if (list == null) mintsByTx.set(t.log.transactionHash, (list = []))
        list.push(t)
    }
    for (let s of submits) {
        let sender = s.event.sender.toLowerCase()
        // the partner: the first mint to the sender after the Submitted log, not yet claimed by another submit
        let candidates = mintsByTx.get(s.log.transactionHash) ?? []
        let i = candidates.findIndex((t) => t.log.logIndex > s.log.logIndex && t.event.to.toLowerCase() == sender)
        let shares: bigint
        if (i >= 0) {
            shares = candidates[i].event.sharesValue
            candidates.splice(i, 1)
        } else {
            shares = sharesWithoutPartner(s)
        }
        let account = ensureAccount(batch.cache, sender, s.log.block.height)
        batch.cache.insert(
            new Deposit({
                id: logId(s.log),
                protocol: Protocol.LIDO,
                account,
                asset: 'ETH',
                amount: s.event.amount,
                shares,
                amountEth: s.event.amount,
                referral: s.event.referral.toLowerCase(),
                blockNumber: s.log.block.height,
                timestamp: blockTime(s.log.block),
                txHash: s.log.transactionHash,
                logIndex: s.log.logIndex,
            })
        )
    }
}
