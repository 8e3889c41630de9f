import {ETHDistributedEventArgs} from '../../abi/Lido'
import {deferAccounts, ensureAccount} from '../../core/accounts'
import {logOrder, ZERO_ADDRESS} from '../../core/ids'
import {EventDef, tryDecode} from '../../core/skipped-logs'
import {BatchContext, Log} from '../../core/types'
import {LidoState} from '../../model'
import {AddressBook} from '../../networks'
import {insertDeposit, pairSubmits, SubmittedLog, TransferSharesLog} from './deposits'
import {LEGACY_ORACLE, STETH, WSTETH} from './events'
import {ethToShares, LidoBatch, LidoPart, sharesToEth} from './part'
import {applyReport, postTotalSharesReport, tokenRebasedReport} from './rebases'
import {moveShares, moveSharesByAmount} from './shares'
import {sharesDemo} from './shares-demo'
import {ensureLidoState, LIDO_STATE_ID, RateTimeline} from './state'

type Decoded = {[K in keyof typeof STETH]: {kind: K; log: Log; e: ReturnType<(typeof STETH)[K]['decode']>}}[keyof typeof STETH]
type LidoEvent =
    | Decoded
    | {kind: 'PostTotalShares'; log: Log; e: ReturnType<typeof LEGACY_ORACLE.PostTotalShares.decode>}
    | {kind: 'Completed'; log: Log; e: ReturnType<typeof LEGACY_ORACLE.Completed.decode>}
    | {kind: 'WstethTransfer'; log: Log; e: ReturnType<typeof WSTETH.Transfer.decode>}

/**
 * Deposits, stETH shares, wstETH balances, protocol totals and rebases: everything that moves the share
 * rate, applied in chain order so each log sees the rate in force at it.
 */
export const sharesPart: LidoPart & {run(batch: BatchContext): Promise<LidoBatch>} = {
    name: 'shares',

    filters(book: AddressBook) {
        return [
            {address: [book.lido.steth.address], topic0: Object.values(STETH).map((e) => e.topic), from: book.lido.steth.startBlock},
            {
                address: [book.lido.legacyOracle.address],
                topic0: Object.values(LEGACY_ORACLE).map((e) => e.topic),
                from: book.lido.legacyOracle.startBlock,
            },
            {address: [book.lido.wsteth.address], topic0: [WSTETH.Transfer.topic], from: book.lido.wsteth.startBlock},
        ]
    },

    async handleBatch() {
        throw new Error('run by the Lido module through run()')
    },

    demoScenario: sharesDemo,

    /** Decodes, loads and applies; returns what the other Lido parts need (the state and the rate timeline). */
    async run(batch: BatchContext): Promise<LidoBatch> {
        let events = decodeBatch(batch)
        let accounts = new Set<string>()
        for (let ev of events) for (let a of accountsOf(ev)) accounts.add(a)
        deferAccounts(batch.cache, accounts)
        batch.cache.defer(LidoState, [LIDO_STATE_ID])
        await batch.cache.load()

        let firstBlock = batch.ctx.blocks[0]?.header.height ?? 0
        let state = ensureLidoState(batch.cache, firstBlock)
        let timeline = new RateTimeline({totalPooledEther: state.totalPooledEther, totalShares: state.totalShares})
        if (events.length > 0) apply(batch, events, state, timeline)
        return {state, rateAt: (order) => timeline.rateAt(order)}
    },
}

function decodeBatch(batch: BatchContext): LidoEvent[] {
    let {steth, legacyOracle, wsteth} = batch.book.lido
    let out: LidoEvent[] = []
    let stethByTopic = new Map<string, [keyof typeof STETH, EventDef<any>]>(
        Object.entries(STETH).map(([k, e]) => [e.topic, [k as keyof typeof STETH, e]])
    )
    for (let block of batch.ctx.blocks) {
        for (let log of block.logs) {
            let topic0 = log.topics[0]
            if (log.address == steth.address) {
                let entry = stethByTopic.get(topic0)
                if (entry == null) continue
                let e = tryDecode(entry[1], log, batch.skipped)
                if (e != null) out.push({kind: entry[0], log, e} as LidoEvent)
            } else if (log.address == legacyOracle.address) {
                if (topic0 == LEGACY_ORACLE.PostTotalShares.topic) {
                    let e = tryDecode(LEGACY_ORACLE.PostTotalShares, log, batch.skipped)
                    if (e != null) out.push({kind: 'PostTotalShares', log, e})
                } else if (topic0 == LEGACY_ORACLE.Completed.topic) {
                    let e = tryDecode(LEGACY_ORACLE.Completed, log, batch.skipped)
                    if (e != null) out.push({kind: 'Completed', log, e})
                }
            } else if (log.address == wsteth.address && topic0 == WSTETH.Transfer.topic) {
                let e = tryDecode(WSTETH.Transfer, log, batch.skipped)
                if (e != null) out.push({kind: 'WstethTransfer', log, e})
            }
        }
    }
    return out
}

function accountsOf(ev: LidoEvent): string[] {
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

function apply(batch: BatchContext, events: LidoEvent[], state: LidoState, timeline: RateTimeline): void {
    let txsWithTransferShares = new Set(events.filter((ev) => ev.kind == 'TransferShares').map((ev) => ev.log.transactionHash))
    let distributedByTx = new Map<string, ETHDistributedEventArgs>()
    for (let ev of events) if (ev.kind == 'ETHDistributed') distributedByTx.set(ev.log.transactionHash, ev.e)

    // a submit's shares: its TransferShares partner, or (before TransferShares existed) the ETH at the rate
    let submits: SubmittedLog[] = []
    let mints: TransferSharesLog[] = []
    for (let ev of events) {
        if (ev.kind == 'Submitted') submits.push({log: ev.log, event: ev.e})
        if (ev.kind == 'TransferShares') mints.push({log: ev.log, event: ev.e})
    }
    let partnerShares = pairSubmits(submits, mints)

    for (let ev of events) {
        let block = ev.log.block.height
        let order = logOrder(ev.log)
        switch (ev.kind) {
            case 'Submitted': {
                let shares = partnerShares.get(ev.log) ?? ethToShares(ev.e.amount, timeline.rateAt(order))
                insertDeposit(batch, {log: ev.log, event: ev.e}, shares)
                state.totalPooledEther += ev.e.amount
                state.totalShares += shares
                break
            }
            case 'TransferShares':
                moveShares(batch, ev.e.from.toLowerCase(), ev.e.to.toLowerCase(), ev.e.sharesValue, block)
                break
            case 'Transfer':
                // from TransferShares on, balances come from it alone; before, derive the shares
                if (!txsWithTransferShares.has(ev.log.transactionHash)) {
                    moveSharesByAmount(batch, ev.e.from.toLowerCase(), ev.e.to.toLowerCase(), ev.e.value, timeline.rateAt(order), block)
                }
                break
            case 'SharesBurnt':
                ensureAccount(batch.cache, ev.e.account.toLowerCase(), block).stethShares -= ev.e.sharesAmount
                state.totalShares -= ev.e.sharesAmount
                break
            case 'ExternalSharesMinted': {
                // V3 stVault shares: minted at the current rate (the rate does not move); the receiver's balance
                // comes from the TransferShares of the same mint
                let rate = timeline.rateAt(order)
                state.totalPooledEther += sharesToEth(ev.e.amountOfShares, rate)
                state.totalShares += ev.e.amountOfShares
                state.externalShares += ev.e.amountOfShares
                break
            }
            case 'ExternalSharesBurnt': {
                // the shares themselves left through the SharesBurnt just before it (same call): price them at
                // the rate before that burn (the rate does not move), i.e. with the burnt shares added back
                let amount = ev.e.amountOfShares
                let before = {totalPooledEther: state.totalPooledEther, totalShares: state.totalShares + amount}
                state.totalPooledEther -= sharesToEth(amount, before)
                state.externalShares -= amount
                break
            }
            case 'TokenRebased':
                applyReport(batch, state, tokenRebasedReport(ev.log, ev.e, distributedByTx.get(ev.log.transactionHash)))
                break
            case 'PostTotalShares':
                applyReport(batch, state, postTotalSharesReport(ev.log, ev.e, state.totalShares))
                break
            case 'WstethTransfer': {
                let from = ev.e.from.toLowerCase()
                let to = ev.e.to.toLowerCase()
                if (from != ZERO_ADDRESS) ensureAccount(batch.cache, from, block).wstethBalance -= ev.e.value
                if (to != ZERO_ADDRESS) ensureAccount(batch.cache, to, block).wstethBalance += ev.e.value
                break
            }
            case 'ETHDistributed':
            case 'Completed':
                continue // read with the report of their transaction (TokenRebased / PostTotalShares)
        }
        state.updatedBlock = block
        timeline.record(order, state)
    }
}
