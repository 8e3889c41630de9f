import {deferAccounts} from '../../core/accounts'
import {logOrder, ZERO_ADDRESS} from '../../core/ids'
import {BatchContext, Log} from '../../core/types'
import {LidoState} from '../../model'
import {pairSubmits, SubmittedLog, TransferSharesLog} from './deposits'
import {SharesEvent} from './events'
import {applyExternalSharesBurnt, applyExternalSharesMinted} from './external'
import {LidoBatch} from './part'
import {applyPostTotalShares, applyTokenRebased, applyV1Completed, recordCompleted} from './rebases'
import {applySharesBurnt, applySubmitted, applyTransfer, applyWstethTransfer, moveShares, SharesContext} from './shares'
import {lidoShareRate} from '../../core/rates'
import {ensureLidoState, LIDO_STATE_ID, RateTimeline, shareRateOf} from './state'
import {LidoTxs} from './transactions'

/**
 * Deposits, stETH shares, wstETH balances, protocol totals and rebases: everything that moves the share rate,
 * applied in chain order so each log sees the rate in force at it. Loads the accounts and the LidoState once;
 * returns what the other Lido parts need (the state and the rate timeline).
 */
export async function applySharesPart(batch: BatchContext, events: SharesEvent[]): Promise<LidoBatch> {
    let accounts = new Set<string>()
    for (let ev of events) for (let a of accountsOf(ev)) accounts.add(a)
    deferAccounts(batch.cache, accounts)
    batch.cache.defer(LidoState, [LIDO_STATE_ID])
    await batch.cache.load()

    let firstBlock = batch.ctx.blocks[0]?.header.height ?? 0
    let state = ensureLidoState(batch.cache, firstBlock)
    let timeline = new RateTimeline(shareRateOf(state))
    batch.rates.begin('stETH', lidoShareRate(state))
    if (events.length > 0) apply(batch, events, state, timeline)
    return {state, rateAt: (order) => timeline.rateAt(order)}
}

function accountsOf(ev: SharesEvent): string[] {
    switch (ev.kind) {
        case 'Submitted':
            return [ev.e.sender.toLowerCase()]
        case 'TransferShares':
        case 'Transfer':
        case 'WstethTransfer':
            return [ev.e.from.toLowerCase(), ev.e.to.toLowerCase()].filter((a) => a != ZERO_ADDRESS)
        case 'SharesBurnt':
            return [ev.e.account.toLowerCase()]
        default:
            return []
    }
}

function apply(batch: BatchContext, events: SharesEvent[], state: LidoState, timeline: RateTimeline): void {
    let txs = new LidoTxs(events)
    let submits: SubmittedLog[] = []
    let mints: TransferSharesLog[] = []
    for (let ev of events) {
        if (ev.kind == 'Submitted') submits.push({log: ev.log, event: ev.e})
        if (ev.kind == 'TransferShares') mints.push({log: ev.log, event: ev.e})
    }
    let ctx: SharesContext = {batch, state, txs, submitShares: new Map<Log, bigint>(pairSubmits(submits, mints))}

    for (let ev of events) {
        let hash = ev.log.transactionHash
        switch (ev.kind) {
            case 'Submitted':
                applySubmitted(ctx, ev)
                break
            case 'Transfer':
                applyTransfer(ctx, ev)
                break
            case 'TransferShares':
                moveShares(batch, ev.e.from.toLowerCase(), ev.e.to.toLowerCase(), ev.e.sharesValue, ev.log.block.height)
                break
            case 'SharesBurnt':
                applySharesBurnt(ctx, ev)
                break
            case 'ExternalSharesMinted':
                applyExternalSharesMinted(ctx, ev)
                break
            case 'ExternalSharesBurnt':
                applyExternalSharesBurnt(ctx, ev)
                break
            case 'TokenRebased':
                applyTokenRebased(batch, state, ev, txs.tx(hash))
                break
            case 'PostTotalShares':
                // V2's LegacyOracle repeats the report it is told of (handlePostTokenRebase, before TokenRebased):
                // one report = one ExchangeRate, so only a V1 PostTotalShares (no TokenRebased in the tx) counts;
                // the repeat is ignored (nothing reads it)
                if (txs.tx(hash).tokenRebased == null) applyPostTotalShares(batch, state, ev)
                else batch.counter.ignored(ev.log)
                break
            case 'Completed': {
                // lido-dao v1.0.0: no PostTotalShares yet, the report's totals follow from Completed itself
                let tx = txs.tx(hash)
                if (tx.tokenRebased == null && tx.postTotalShares == null) applyV1Completed(batch, state, ev, txs.v1FeeMintValues(hash))
                recordCompleted(state, ev)
                break
            }
            case 'WstethTransfer':
                applyWstethTransfer(ctx, ev)
                continue
            case 'ETHDistributed':
            case 'InternalShareRateUpdated':
            case 'ExternalEtherTransferredToBuffer':
            case 'ExternalBadDebtInternalized':
                continue // read with the log they belong to (TokenRebased, ExternalSharesBurnt)
        }
        state.updatedBlock = ev.log.block.height
        timeline.record(logOrder(ev.log), shareRateOf(state))
        batch.rates.record('stETH', logOrder(ev.log), lidoShareRate(state))
    }
}
