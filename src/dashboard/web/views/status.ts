import {ApiError, ApiUnreachable, chainHead, ChainHead, gql} from '../api'
import {el} from '../card'
import {exactWei, formatEth, formatInt, formatPercent} from '../format'
import {PROTOCOL_TOTALS, SQUID_STATUS} from '../queries'
import {Protocol, PROTOCOL_LABEL} from '../series'

/** Blocks behind the chain head from which the indexer counts as still syncing (a live one trails by a few). */
export const SYNC_LAG_BLOCKS = 20

export type Health =
    | {kind: 'unreachable'; reason: string}
    | {kind: 'empty'; head: ChainHead | null}
    | {kind: 'syncing' | 'live'; height: number; head: ChainHead | null; totals: Totals | null}

interface Totals {
    atBlock: number
    sumTvlEth: string
    overlapEth: string
    uniqueTvlEth: string
    protocols: {protocol: Protocol; day: string; tvlEth: string; restakedLstEth: string; aprDay: number | null; apr7dSma: number | null; holders: number}[]
}

/**
 * Where the indexer stands: squidStatus.height against the chain head. A database no processor has written to
 * yet has no squid_processor tables, so squidStatus answers with an error there: that is the empty state too.
 */
export async function checkHealth(): Promise<Health> {
    let head = chainHead()
    let height: number | null
    try {
        let data = await gql<{squidStatus: {height: number | null}}>(SQUID_STATUS)
        height = data.squidStatus.height
    } catch (e) {
        if (e instanceof ApiUnreachable) return {kind: 'unreachable', reason: e.message}
        if (e instanceof ApiError && /squid_processor|does not exist|assert/i.test(e.message)) return {kind: 'empty', head: await head}
        throw e
    }
    if (height == null || height < 0) return {kind: 'empty', head: await head}
    let [h, totals] = await Promise.all([head, gql<{protocolTotals: Totals}>(PROTOCOL_TOTALS).then(
            (d) => d.protocolTotals,
            () => null // the totals strip is a summary: the charts say what failed
        ),
    ])
    let syncing = h?.head != null && h.head - height > SYNC_LAG_BLOCKS
    return {kind: syncing ? 'syncing' : 'live', height, head: h, totals}
}

/** The banner at the top: one clear sentence per state, a progress bar while syncing. */
export function renderStatus(health: Health): void {
    let box = document.getElementById('status')!
    box.dataset.health = health.kind
    let parts: HTMLElement[] = []
    if (health.kind == 'unreachable') {
        parts.push(el('strong', {}, 'The GraphQL API does not answer. '), el('span', {}, `${health.reason.charAt(0).toUpperCase()}${health.reason.slice(1)}. Is it running (npm start or npm run serve)? Trying again every few seconds.`))
    } else if (health.kind == 'empty') {
        let head = health.head?.head
        parts.push(
            el('strong', {}, 'Nothing indexed yet. '),
            el('span', {}, `The processor has not processed a block${head != null ? ` (the chain head is block ${formatInt(head)})` : ''}: the database is empty. Charts appear as soon as it indexes its first blocks (npm start runs it; npm run serve alone does not).`)
        )
    } else {
        let head = health.head?.head ?? null
        if (health.kind == 'syncing' && head != null) {
            let first = health.head!.firstBlock
            let done = Math.min(1, Math.max(0, (health.height - first) / Math.max(1, head - first)))
            parts.push(
                el('strong', {}, 'Still syncing: '),
                el('span', {}, `indexed to block ${formatInt(health.height)} of ${formatInt(head)} (${formatPercent(done, 1)}, ${formatInt(head - health.height)} blocks behind). The figures below are as of block ${formatInt(health.height)}.`)
            )
            let bar = el('progress', {max: String(head - first), value: String(Math.max(0, health.height - first)), 'aria-label': 'Sync progress'})
            bar.setAttribute('aria-valuetext', `block ${health.height} of ${head}`)
            parts.push(bar)
        } else {
            let headText = head != null ? `; chain head ${formatInt(head)}` : health.head?.error ? `; chain head unknown (${health.head.error})` : ''
            parts.push(el('span', {}, `Indexed to block ${formatInt(health.height)}${headText}. `))
        }
    }
    box.replaceChildren(...parts)
    box.dataset.height = health.kind == 'live' || health.kind == 'syncing' ? String(health.height) : ''
    box.dataset.head = health.kind != 'unreachable' && health.head?.head != null ? String(health.head.head) : ''
    renderTotals(health.kind == 'live' || health.kind == 'syncing' ? health.totals : null)
}

function renderTotals(t: Totals | null): void {
    let box = document.getElementById('totals')!
    if (t == null || t.protocols.length == 0) return void box.replaceChildren()
    let tiles: HTMLElement[] = []
    let tile = (key: string, label: string, wei: string, note: string) => {
        let d = el('div', {class: 'tile', 'data-key': key, 'data-value': wei, title: exactWei(wei)})
        d.append(el('span', {class: 'tile-label'}, label), el('span', {class: 'tile-value'}, formatEth(wei)), el('span', {class: 'tile-note'}, note))
        tiles.push(d)
    }
    tile('unique', 'Total staked, each ETH once', t.uniqueTvlEth, `${formatEth(t.overlapEth)} of restaked stETH / rETH not counted twice`)
    for (let p of t.protocols) {
        let apr = p.apr7dSma != null ? `APR 7-day ${formatPercent(p.apr7dSma)} · ` : ''
        tile(p.protocol, PROTOCOL_LABEL[p.protocol], p.tvlEth, `${apr}${formatInt(p.holders)} holders`)
    }
    box.replaceChildren(...tiles)
}
