import {deferAccounts, ensureAccount} from '../../core/accounts'
import {ZERO_ADDRESS} from '../../core/ids'
import {blockTime} from '../../core/time'
import {BatchContext, Log} from '../../core/types'
import {LidoState, Protocol, Withdrawal, WithdrawalStatus} from '../../model'
import {solveFinalization} from './claimable'
import {QueueEvent} from './events'
import {LidoBatch, LidoPart} from './part'

export const requestId = (id: bigint) => `lido-${id}`

/**
 * The withdrawal queue (unstETH): one `Withdrawal` per request, REQUESTED -> FINALIZED -> COMPLETED, its owner
 * following the NFT, and the queue figures on LidoState.
 */
export const queuePart: LidoPart = {
    name: 'withdrawal-queue',

    async handleBatch(batch: BatchContext, lido: LidoBatch, logs) {
        let events = logs.queue
        if (events.length == 0) return
        let requests = new Set<string>()
        let accounts = new Set<string>()
        for (let ev of events) {
            switch (ev.kind) {
                case 'WithdrawalRequested':
                    requests.add(requestId(ev.e.requestId))
                    accounts.add(ev.e.owner.toLowerCase())
                    break
                case 'Transfer':
                    requests.add(requestId(ev.e.tokenId))
                    accounts.add(ev.e.to.toLowerCase())
                    break
                case 'WithdrawalsFinalized':
                    // a range can hold thousands of requests: all loaded by the one load below, in chunks
                    for (let id = ev.e.from; id <= ev.e.to; id++) requests.add(requestId(id))
                    break
                case 'WithdrawalClaimed':
                    requests.add(requestId(ev.e.requestId))
                    break
            }
        }
        batch.cache.defer(Withdrawal, requests)
        deferAccounts(batch.cache, accounts)
        await batch.cache.load()
        for (let ev of events) apply(batch, lido.state, ev)
    },
}

function apply(batch: BatchContext, state: LidoState, ev: QueueEvent): void {
    let block = ev.log.block.height
    let time = blockTime(ev.log.block)
    switch (ev.kind) {
        case 'WithdrawalRequested': {
            let amount = ev.e.amountOfStETH
            let w = new Withdrawal({
                id: requestId(ev.e.requestId),
                protocol: Protocol.LIDO,
                account: ensureAccount(batch.cache, ev.e.owner.toLowerCase(), block),
                status: WithdrawalStatus.REQUESTED,
                requestId: ev.e.requestId,
                requestor: ev.e.requestor.toLowerCase(),
                amount,
                shares: ev.e.amountOfShares,
                requestedBlock: block,
                requestedAt: time,
                requestTxHash: ev.log.transactionHash,
                requestLogIndex: ev.log.logIndex,
            })
            batch.cache.save(w)
            state.withdrawalQueuePendingSteth += amount
            if (state.lastRequestId == null || ev.e.requestId > state.lastRequestId) state.lastRequestId = ev.e.requestId
            break
        }
        case 'Transfer': {
            let from = ev.e.from.toLowerCase()
            let to = ev.e.to.toLowerCase()
            // the mint comes with WithdrawalRequested (which sets the owner); the burn at claim keeps the last owner
            if (from == ZERO_ADDRESS || to == ZERO_ADDRESS) break
            let w = known(batch, ev.e.tokenId, ev.log, 'NFT transfer')
            if (w == null) break
            w.account = ensureAccount(batch.cache, to, block)
            batch.cache.save(w)
            break
        }
        case 'WithdrawalsFinalized':
            finalize(batch, state, ev)
            break
        case 'WithdrawalClaimed': {
            let w = known(batch, ev.e.requestId, ev.log, 'claim')
            if (w == null) break
            if (w.status == WithdrawalStatus.FINALIZED) state.withdrawalQueueUnclaimedEth -= w.amountEth ?? 0n
            else if (w.status == WithdrawalStatus.REQUESTED) state.withdrawalQueuePendingSteth -= w.amount ?? 0n
            w.status = WithdrawalStatus.COMPLETED
            w.amountEth = ev.e.amountOfETH
            w.receiver = ev.e.receiver.toLowerCase()
            w.completedBlock = block
            w.completedAt = time
            w.completedTxHash = ev.log.transactionHash
            batch.cache.save(w)
            break
        }
        case 'BunkerModeEnabled':
            state.bunkerMode = true
            state.bunkerModeSince = new Date(Number(ev.e._sinceTimestamp) * 1000)
            break
        case 'BunkerModeDisabled':
            state.bunkerMode = false
            state.bunkerModeSince = null
            break
    }
    state.updatedBlock = block
}

/** The request, or a warning when it was made before the indexed range (FROM_BLOCK, or a partial replay). */
function known(batch: BatchContext, id: bigint, log: Log, what: string): Withdrawal | undefined {
    let w = batch.cache.get(Withdrawal, requestId(id))
    if (w == null) batch.ctx.log.warn(`${what} of withdrawal request ${id} at block ${log.block.height}: the request is not indexed; skipped`)
    return w
}

/**
 * `WithdrawalsFinalized(from, to, amountOfETHLocked, sharesToBurn)`: every request in [from, to] becomes FINALIZED
 * with its claimable ETH as the queue will pay it (claimable.ts: the cap solved from the ETH locked). When some
 * request of the range is not indexed (requested before the indexed range) the range cannot be solved: the known
 * ones get their shares at the range's average rate (ETH locked / shares burnt), capped at their stETH, an estimate
 * the claim later replaces with the exact ETH paid.
 */
function finalize(batch: BatchContext, state: LidoState, ev: Extract<QueueEvent, {kind: 'WithdrawalsFinalized'}>): void {
    let {from, to, amountOfETHLocked, sharesToBurn} = ev.e
    let block = ev.log.block.height
    let time = blockTime(ev.log.block)
    let range: Withdrawal[] = []
    let missing = 0
    for (let id = from; id <= to; id++) {
        let w = batch.cache.get(Withdrawal, requestId(id))
        if (w == null) missing++
        else if (w.status == WithdrawalStatus.REQUESTED) range.push(w)
    }
    let claimable: bigint[]
    if (missing == 0) {
        claimable = solveFinalization(range.map((w) => ({steth: w.amount!, shares: w.shares})), amountOfETHLocked).claimable
    } else {
        batch.ctx.log.warn(`WithdrawalsFinalized(${from}, ${to}) at block ${block}: ${missing} requests not indexed (requested before the indexed range); claimable ETH estimated at the range's average rate`)
        claimable = range.map((w) => {
            let byShares = sharesToBurn == 0n ? 0n : (w.shares * amountOfETHLocked) / sharesToBurn
            return byShares < w.amount! ? byShares : w.amount!
        })
    }
    range.forEach((w, i) => {
        w.status = WithdrawalStatus.FINALIZED
        w.amountEth = claimable[i]
        w.finalizedBlock = block
        w.finalizedAt = time
        w.finalizedTxHash = ev.log.transactionHash
        w.finalizationDelay = Math.round((time.getTime() - w.requestedAt.getTime()) / 1000)
        w.finalizedInBunkerMode = state.bunkerMode
        batch.cache.save(w)
        state.withdrawalQueuePendingSteth -= w.amount!
        state.withdrawalQueueUnclaimedEth += claimable[i]
    })
    if (state.lastFinalizedRequestId == null || to > state.lastFinalizedRequestId) state.lastFinalizedRequestId = to
}
