import * as wq from '../../abi/WithdrawalQueueERC721'
import {deferAccounts, ensureAccount} from '../../core/accounts'
import {ZERO_ADDRESS} from '../../core/ids'
import {EventDef, tryDecode} from '../../core/skipped-logs'
import {blockTime} from '../../core/time'
import {BatchContext, Log} from '../../core/types'
import {LidoState, Protocol, Withdrawal, WithdrawalStatus} from '../../model'
import {AddressBook} from '../../networks'
import {LidoBatch, LidoPart} from './part'
import {queueDemo} from './queue-demo'

const QUEUE = wq.events

type QueueEvent =
    | {kind: 'requested'; log: Log; e: wq.WithdrawalRequestedEventArgs}
    | {kind: 'transfer'; log: Log; e: wq.TransferEventArgs}
    | {kind: 'finalized'; log: Log; e: wq.WithdrawalsFinalizedEventArgs}
    | {kind: 'claimed'; log: Log; e: wq.WithdrawalClaimedEventArgs}
    | {kind: 'bunkerOn'; log: Log; e: wq.BunkerModeEnabledEventArgs}
    | {kind: 'bunkerOff'; log: Log}

export const requestId = (id: bigint) => `lido-${id}`

/**
 * The withdrawal queue (unstETH): one `Withdrawal` per request, REQUESTED -> FINALIZED -> COMPLETED, its owner
 * following the NFT, and the queue figures on LidoState.
 */
export const queuePart: LidoPart = {
    name: 'withdrawal-queue',

    filters(book: AddressBook) {
        let q = book.lido.withdrawalQueue
        return [{address: [q.address], topic0: [...BY_TOPIC.keys()], from: q.startBlock}]
    },

    demoScenario: queueDemo,

    async handleBatch(batch: BatchContext, lido: LidoBatch) {
        let events = decode(batch)
        if (events.length == 0) return
        let requests = new Set<string>()
        let accounts = new Set<string>()
        for (let ev of events) {
            switch (ev.kind) {
                case 'requested':
                    requests.add(requestId(ev.e.requestId))
                    accounts.add(ev.e.owner.toLowerCase())
                    break
                case 'transfer':
                    requests.add(requestId(ev.e.tokenId))
                    accounts.add(ev.e.to.toLowerCase())
                    break
                case 'finalized':
                    // a range can hold thousands of requests: all loaded by the one load below, in chunks
                    for (let id = ev.e.from; id <= ev.e.to; id++) requests.add(requestId(id))
                    break
                case 'claimed':
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

/** topic0 -> (kind, decoder). Transfer is the ERC-721 form (tokenId indexed, 4 topics): a log with another
 * layout at this address fails to decode and is counted as skipped. */
const BY_TOPIC = new Map<string, [QueueEvent['kind'], EventDef<unknown>]>([
    [QUEUE.WithdrawalRequested.topic, ['requested', QUEUE.WithdrawalRequested]],
    [QUEUE.Transfer.topic, ['transfer', QUEUE.Transfer]],
    [QUEUE.WithdrawalsFinalized.topic, ['finalized', QUEUE.WithdrawalsFinalized]],
    [QUEUE.WithdrawalClaimed.topic, ['claimed', QUEUE.WithdrawalClaimed]],
    [QUEUE.BunkerModeEnabled.topic, ['bunkerOn', QUEUE.BunkerModeEnabled]],
    [QUEUE.BunkerModeDisabled.topic, ['bunkerOff', QUEUE.BunkerModeDisabled]],
])

function decode(batch: BatchContext): QueueEvent[] {
    let address = batch.book.lido.withdrawalQueue.address
    let out: QueueEvent[] = []
    for (let block of batch.ctx.blocks) {
        for (let log of block.logs) {
            if (log.address != address) continue
            let entry = BY_TOPIC.get(log.topics[0])
            if (entry == null) continue
            let e = tryDecode(entry[1], log, batch.skipped)
            if (e != null) out.push({kind: entry[0], log, e} as QueueEvent)
        }
    }
    return out
}

function apply(batch: BatchContext, state: LidoState, ev: QueueEvent): void {
    let block = ev.log.block.height
    let time = blockTime(ev.log.block)
    switch (ev.kind) {
        case 'requested': {
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
        case 'transfer': {
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
        case 'finalized': {
            let {from, to, amountOfETHLocked, sharesToBurn} = ev.e
            let missing = 0
            for (let id = from; id <= to; id++) {
                let w = batch.cache.get(Withdrawal, requestId(id))
                if (w == null) {
                    missing++
                    continue
                }
                if (w.status != WithdrawalStatus.REQUESTED) continue
                // claimable ETH: the request's shares at the batch's share rate (ETH locked / shares burnt),
                // capped at the stETH asked for, as the queue does (exact when the batch has one rate)
                let byShares = sharesToBurn == 0n ? 0n : (w.shares * amountOfETHLocked) / sharesToBurn
                let claimable = byShares < w.amount! ? byShares : w.amount!
                w.status = WithdrawalStatus.FINALIZED
                w.amountEth = claimable
                w.finalizedBlock = block
                w.finalizedAt = time
                w.finalizedTxHash = ev.log.transactionHash
                w.finalizationDelay = Math.round((time.getTime() - w.requestedAt.getTime()) / 1000)
                w.finalizedInBunkerMode = state.bunkerMode
                batch.cache.save(w)
                state.withdrawalQueuePendingSteth -= w.amount!
                state.withdrawalQueueUnclaimedEth += claimable
            }
            if (missing > 0) {
                batch.ctx.log.warn(`WithdrawalsFinalized(${from}, ${to}) at block ${block}: ${missing} requests not indexed (requested before the indexed range)`)
            }
            if (state.lastFinalizedRequestId == null || to > state.lastFinalizedRequestId) state.lastFinalizedRequestId = to
            break
        }
        case 'claimed': {
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
        case 'bunkerOn':
            state.bunkerMode = true
            state.bunkerModeSince = new Date(Number(ev.e._sinceTimestamp) * 1000)
            break
        case 'bunkerOff':
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

