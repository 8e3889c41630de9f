import {ZERO_ADDRESS} from '../../core/ids'
import {Log} from '../../core/types'
import {EventOf, SharesEvent} from './events'

/**
 * What one transaction's Lido logs say about each other. Several contract calls log one action in several
 * events, some of them before the event that carries the figures (a V2 report logs PostTotalShares before
 * TokenRebased; V1 fee mints log their Transfers before PostTotalShares), so the batch is read once per
 * transaction before anything is applied.
 */
export interface LidoTx {
    /** TransferShares exists in this transaction (stETH from lido-dao v1.2.0, block 14860268, on) */
    hasTransferShares: boolean
    /** V2/V3 report: Lido `_handleOracleReport` / `emitTokenRebase` */
    tokenRebased?: EventOf<'TokenRebased'>
    distributed?: EventOf<'ETHDistributed'>
    /** V3: the internal share rate after the report, logged right after TokenRebased */
    internalRate?: EventOf<'InternalShareRateUpdated'>
    /** LidoOracle (v1.1.0+ `_push`) / LegacyOracle (V2 `handlePostTokenRebase`) */
    postTotalShares?: EventOf<'PostTotalShares'>
    completed?: EventOf<'Completed'>
    /** V3 `internalizeExternalBadDebt` inside this report: shares turned from external to internal */
    badDebtShares: bigint
}

/** How a V3 `ExternalSharesBurnt` came about, told by the log the contract emits right before it. */
export type ExternalBurnKind = 'burn' | 'rebalance' | 'badDebt'

export class LidoTxs {
    private txs = new Map<string, LidoTx>()
    private logsOfTx = new Map<string, SharesEvent[]>()
    /** each log's position in its transaction's list */
    private position = new Map<Log, number>()
    /** V1 submit mints: the Transfer(0x0 -> sender) paired with its Submitted (no TransferShares in the tx) */
    private submitOfMint = new Map<Log, Log>()

    constructor(events: SharesEvent[]) {
        for (let ev of events) {
            let hash = ev.log.transactionHash
            let list = this.logsOfTx.get(hash)
            if (list == null) this.logsOfTx.set(hash, (list = []))
            this.position.set(ev.log, list.length)
            list.push(ev)
            let tx = this.tx(hash)
            switch (ev.kind) {
                case 'TransferShares':
                    tx.hasTransferShares = true
                    break
                case 'TokenRebased':
                    tx.tokenRebased = ev
                    break
                case 'ETHDistributed':
                    tx.distributed = ev
                    break
                case 'InternalShareRateUpdated':
                    tx.internalRate = ev
                    break
                case 'PostTotalShares':
                    tx.postTotalShares = ev
                    break
                case 'Completed':
                    tx.completed = ev
                    break
                case 'ExternalBadDebtInternalized':
                    tx.badDebtShares += ev.e.amountOfShares
                    break
            }
        }
        for (let [hash, list] of this.logsOfTx) if (!this.tx(hash).hasTransferShares) this.pairV1SubmitMints(list)
    }

    tx(hash: string): LidoTx {
        let tx = this.txs.get(hash)
        if (tx == null) this.txs.set(hash, (tx = {hasTransferShares: false, badDebtShares: 0n}))
        return tx
    }

    /** A V1 oracle report: the oracle reported and Lido logged no TokenRebased (lido-dao v1.x). */
    isV1Report(hash: string): boolean {
        let tx = this.tx(hash)
        return tx.tokenRebased == null && (tx.completed != null || tx.postTotalShares != null)
    }

    /** The Submitted whose mint this V1 Transfer(0x0 -> sender) logs, if it is one. */
    submitOf(transfer: Log): Log | undefined {
        return this.submitOfMint.get(transfer)
    }

    /**
     * The V1 fee mints of a report transaction: the values of its stETH Transfer(0x0 -> recipient) logs without
     * TransferShares (lido-dao v1.0.0–v1.1.x `distributeRewards`; from v1.2.0 on, TransferShares gives the shares).
     */
    v1FeeMintValues(hash: string): bigint[] {
        if (this.tx(hash).hasTransferShares) return []
        return (this.logsOfTx.get(hash) ?? [])
            .filter((ev): ev is EventOf<'Transfer'> => ev.kind == 'Transfer' && ev.e.from == ZERO_ADDRESS && !this.submitOfMint.has(ev.log))
            .map((ev) => ev.e.value)
    }

    /**
     * The log right before `log` in its transaction when it is one of ours and adjacent (logIndex - 1): V3 Lido
     * emits `ExternalSharesBurnt` straight after `SharesBurnt` (burnExternalShares), after
     * `ExternalEtherTransferredToBuffer` (rebalanceExternalEtherToInternal) or after `ExternalBadDebtInternalized`.
     */
    private neighbour(log: Log, offset: 1 | -1): SharesEvent | undefined {
        let list = this.logsOfTx.get(log.transactionHash) ?? []
        let other = list[(this.position.get(log) ?? -2) + offset]
        return other != null && other.log.logIndex == log.logIndex + offset ? other : undefined
    }

    externalBurnKind(burn: EventOf<'ExternalSharesBurnt'>): {kind: ExternalBurnKind; etherToBuffer?: bigint} | undefined {
        let before = this.neighbour(burn.log, -1)
        switch (before?.kind) {
            case 'SharesBurnt':
                return {kind: 'burn'}
            case 'ExternalEtherTransferredToBuffer':
                return {kind: 'rebalance', etherToBuffer: before.e.amount}
            case 'ExternalBadDebtInternalized':
                return {kind: 'badDebt'}
            default:
                return undefined
        }
    }

    /** This SharesBurnt is the burn of V3 `burnExternalShares` (its ExternalSharesBurnt follows it). */
    isExternalBurn(burnt: EventOf<'SharesBurnt'>): boolean {
        let next = this.neighbour(burnt.log, 1)
        return next?.kind == 'ExternalSharesBurnt' && next.e.amountOfShares == burnt.e.sharesAmount
    }

    /** lido-dao v1.0.0–v1.1.x `_submit`: `Submitted(sender)` then `Transfer(0x0 -> sender)`, nothing between. */
    private pairV1SubmitMints(list: SharesEvent[]): void {
        let open: EventOf<'Submitted'>[] = []
        for (let ev of list) {
            if (ev.kind == 'Submitted') open.push(ev)
            if (ev.kind != 'Transfer' || ev.e.from != ZERO_ADDRESS) continue
            let i = open.findIndex((s) => s.e.sender == ev.e.to)
            if (i < 0) continue
            this.submitOfMint.set(ev.log, open[i].log)
            open.splice(i, 1)
        }
    }
}
