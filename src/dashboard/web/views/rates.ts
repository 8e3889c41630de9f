import {gqlPaged} from '../api'
import {Card} from '../card'
import {formatTime, roundEth} from '../format'
import {EXCHANGE_RATES, PAGE_SIZE} from '../queries'
import {alignTimes, PROTOCOL_COLOR} from '../series'

interface RateRow {
    asset: string
    ethPerUnit: string
    timestamp: string
}

const ASSETS = [
    {asset: 'stETH', label: 'stETH (per 1e18 shares = 1 wstETH)', color: PROTOCOL_COLOR.LIDO},
    {asset: 'rETH', label: 'rETH', color: PROTOCOL_COLOR.ROCKET_POOL},
]

/** ETH per unit of each liquid staking token at every rate report. */
export class RatesView {
    readonly card: Card

    constructor(parent: HTMLElement) {
        this.card = new Card(parent, {
            id: 'rates',
            title: 'Exchange rates',
            subtitle: 'ETH per stETH share (= per wstETH) and per rETH, at every oracle report / balances update',
            query: () => EXCHANGE_RATES,
        })
    }

    async load(): Promise<void> {
        let rows = await gqlPaged<RateRow>(EXCHANGE_RATES, 'exchangeRates', PAGE_SIZE)
        if (rows.length == 0) return this.card.empty('No rate report yet: rates come with Lido oracle reports and Rocket Pool balances updates.')
        let time = (r: RateRow) => Date.parse(r.timestamp) / 1000
        let {x, columns} = alignTimes(rows, time, (r) => r.asset, ASSETS.map((a) => a.asset), (r) => r.ethPerUnit)
        // a rate is ETH wei per 1e18 units: the same scaling as wei per ETH
        let text = (wei: string | null) => (wei == null ? '—' : `${roundEth(BigInt(wei), 6)} ETH`)
        let num = (wei: string | null) => (wei == null ? null : Number(wei) / 1e18)
        this.card.plot({
            x,
            xKind: 'time',
            y: {label: 'ETH per unit', format: (v) => v.toFixed(4)},
            series: ASSETS.map((a) => ({
                label: a.asset,
                color: a.color,
                kind: 'line' as const,
                values: columns[a.asset].map(num),
                text: (i: number) => text(columns[a.asset][i]),
                exact: (i: number) => (columns[a.asset][i] == null ? null : `${columns[a.asset][i]} wei per 1e18`),
            })),
        })
        this.card.table(
            'Exchange rates (ETH per unit) at each report',
            ['Time', ...ASSETS.map((a) => a.label)],
            x.map((t, i) => [
                {text: formatTime(new Date(t * 1000).toISOString()), value: String(t)},
                ...ASSETS.map((a) => ({text: text(columns[a.asset][i]), value: columns[a.asset][i], key: a.asset, title: columns[a.asset][i] == null ? undefined : `${columns[a.asset][i]} wei per 1e18 units`})),
            ])
        )
        this.card.ready()
    }
}
