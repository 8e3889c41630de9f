import {gqlPaged} from '../api'
import {Card} from '../card'
import {axisEth, daySeconds, ethNumber, formatDuration, formatEth, formatInt} from '../format'
import {PAGE_SIZE, QUEUE_DAYS} from '../queries'
import {PROTOCOL_COLOR} from '../series'
import {ethCell} from './protocol-days'

interface QueueRow {
    day: string
    pendingRequests: number
    pendingSteth: string
    unclaimedEth: string
    finalizedCount: number
    waitMedianSeconds: number | null
    waitP90Seconds: number | null
}

/** The Lido withdrawal queue per day: stETH waiting (left axis) and the wait to finalization (right axis, hours). */
export class QueueView {
    readonly card: Card

    constructor(parent: HTMLElement) {
        this.card = new Card(parent, {
            id: 'queue',
            title: 'Lido withdrawal queue',
            subtitle: 'stETH waiting for finalization at each day’s close; median and 90th-percentile wait of the requests finalized that day, in hours',
            query: () => QUEUE_DAYS,
        })
    }

    async load(): Promise<void> {
        let rows = await gqlPaged<QueueRow>(QUEUE_DAYS, 'withdrawalQueueDays', PAGE_SIZE)
        if (rows.length == 0) return this.card.empty('No queue day yet: the queue series starts with the first indexed block.')
        let hours = (s: number | null) => (s == null ? null : s / 3600)
        this.card.plot({
            x: rows.map((r) => daySeconds(r.day)),
            xKind: 'day',
            y: {label: 'Pending (stETH)', format: axisEth},
            y2: {label: 'Wait (hours)', format: (v) => `${+v.toFixed(1)}`},
            series: [
                {label: 'Pending stETH', color: PROTOCOL_COLOR.LIDO, kind: 'area', values: rows.map((r) => ethNumber(r.pendingSteth)), text: (i) => formatEth(rows[i].pendingSteth, {unit: 'stETH'}), exact: (i) => `${rows[i].pendingSteth} wei`},
                {label: 'Median wait', color: '#2a9d57', kind: 'points', scale: 'y2', values: rows.map((r) => hours(r.waitMedianSeconds)), text: (i) => formatDuration(rows[i].waitMedianSeconds)},
                {label: 'p90 wait', color: '#b5472d', kind: 'points', scale: 'y2', values: rows.map((r) => hours(r.waitP90Seconds)), text: (i) => formatDuration(rows[i].waitP90Seconds)},
            ],
        })
        let secs = (s: number | null, key: string) => ({text: formatDuration(s), value: s == null ? null : String(s), key, title: s == null ? undefined : `${s} s`})
        this.card.table(
            'Lido withdrawal queue per day',
            ['Day', 'Pending stETH', 'Pending requests', 'Finalized, unclaimed ETH', 'Finalized that day', 'Median wait', 'p90 wait'],
            rows.map((r) => [
                {text: r.day, value: r.day},
                ethCell(r.pendingSteth, 'pendingSteth'),
                {text: formatInt(r.pendingRequests), value: String(r.pendingRequests), key: 'pendingRequests'},
                ethCell(r.unclaimedEth, 'unclaimedEth'),
                {text: formatInt(r.finalizedCount), value: String(r.finalizedCount), key: 'finalizedCount'},
                secs(r.waitMedianSeconds, 'waitMedianSeconds'),
                secs(r.waitP90Seconds, 'waitP90Seconds'),
            ])
        )
        this.card.ready()
    }
}
