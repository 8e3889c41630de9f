import {SubmittedEventArgs, TransferSharesEventArgs} from '../../abi/Lido'
import {ensureAccount} from '../../core/accounts'
import {logId, ZERO_ADDRESS} from '../../core/ids'
import {blockTime} from '../../core/time'
import {BatchContext, Log} from '../../core/types'
import {Deposit, Protocol} from '../../model'

export interface SubmittedLog {
    log: Log
    event: SubmittedEventArgs
}

export interface TransferSharesLog {
    log: Log
    event: TransferSharesEventArgs
}

/**
 * A Lido submit is one `Deposit` carrying the shares minted to the sender in the same transaction: the first
 * `TransferShares(0x0 -> sender)` after the `Submitted` log not taken by another submit. Returns the shares
 * per Submitted log; a submit missing here had no such log (before TransferShares existed, block < 14860268).
 */
export function pairSubmits(submits: SubmittedLog[], transferShares: TransferSharesLog[]): Map<Log, bigint> {
    let mintsByTx = new Map<string, TransferSharesLog[]>()
    for (let t of transferShares) {
        if (t.event.from != ZERO_ADDRESS) continue
        let list = mintsByTx.get(t.log.transactionHash)
        if (list == null) mintsByTx.set(t.log.transactionHash, (list = []))
        list.push(t)
    }
    let shares = new Map<Log, bigint>()
    for (let s of submits) {
        let sender = s.event.sender.toLowerCase()
        let candidates = mintsByTx.get(s.log.transactionHash) ?? []
        let i = candidates.findIndex((t) => t.log.logIndex > s.log.logIndex && t.event.to.toLowerCase() == sender)
        if (i < 0) continue
        shares.set(s.log, candidates[i].event.sharesValue)
        candidates.splice(i, 1)
    }
    return shares
}

export function insertDeposit(batch: BatchContext, s: SubmittedLog, shares: bigint): void {
    let sender = s.event.sender.toLowerCase()
    batch.cache.insert(
        new Deposit({
            id: logId(s.log),
            protocol: Protocol.LIDO,
            account: ensureAccount(batch.cache, sender, s.log.block.height),
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
