import {gqlPaged} from '../api'
import {Card, Cell} from '../card'
import {axisEth, daySeconds, ethNumber, exactWei, formatEth, formatPercent} from '../format'
import {PAGE_SIZE, PROTOCOL_DAYS} from '../queries'
import {pivotDays, Protocol, PROTOCOL_COLOR, PROTOCOL_LABEL, PROTOCOLS, stackSeries} from '../series'

export interface ProtocolDayRow {
    protocol: Protocol
    day: string
    tvlEth: string
    restakedLstEth: string
    depositEth: string
    withdrawalCompletedEth: string
    netFlowEth: string
    aprDay: number | null
    apr7dSma: number | null
}

const APR_ASSETS: {protocol: Protocol; asset: string; color: string}[] = [
    {protocol: 'LIDO', asset: 'stETH', color: PROTOCOL_COLOR.LIDO},
    {protocol: 'ROCKET_POOL', asset: 'rETH', color: PROTOCOL_COLOR.ROCKET_POOL},
]

/** TVL (stacked), daily net flows and APR: three cards fed by one paged protocolDays query. */
export class ProtocolDayViews {
    private tvl: Card
    private flows: Card
    private apr: Card

    constructor(parent: HTMLElement) {
        let query = () => PROTOCOL_DAYS
        this.tvl = new Card(parent, {
            id: 'tvl',
            title: 'TVL per protocol',
            subtitle: 'ETH at each day’s close, stacked; EigenLayer without the stETH / rETH it holds (already in Lido / Rocket Pool)',
            query,
        })
        this.flows = new Card(parent, {id: 'flows', title: 'Daily net flows', subtitle: 'ETH deposited minus ETH withdrawn, per protocol and day', query})
        this.apr = new Card(parent, {id: 'apr', title: 'APR per asset', subtitle: 'Daily APR (points) and its 7-day simple moving average (lines), in %', query})
    }

    cards(): Card[] {
        return [this.tvl, this.flows, this.apr]
    }

    async load(): Promise<void> {
        let rows = await gqlPaged<ProtocolDayRow>(PROTOCOL_DAYS, 'protocolDays', PAGE_SIZE)
        if (rows.length == 0) {
            for (let c of this.cards()) c.empty('No day closed yet: the processor writes the first daily rows with its first indexed block.')
            return
        }
        this.showTvl(rows)
        this.showFlows(rows)
        this.showApr(rows)
    }

    private showTvl(rows: ProtocolDayRow[]): void {
        // EigenLayer's stETH / rETH is also in Lido's / Rocket Pool's TVL: stacking it again would count it twice
        let {days, columns} = pivotDays(rows, (r) => (r.protocol == 'EIGENLAYER' ? String(BigInt(r.tvlEth) - BigInt(r.restakedLstEth)) : r.tvlEth))
        let own = PROTOCOLS.map((p) => columns[p].map(ethNumber))
        let stacked = stackSeries(own)
        let total = (i: number) => PROTOCOLS.reduce((s, p) => s + BigInt(columns[p][i] ?? 0), 0n)
        this.tvl.plot({
            x: days.map(daySeconds),
            xKind: 'day',
            stacked: true,
            y: {label: 'TVL (ETH)', format: axisEth},
            series: PROTOCOLS.map((p, k) => ({
                label: p == 'EIGENLAYER' ? 'EigenLayer (native)' : PROTOCOL_LABEL[p],
                color: PROTOCOL_COLOR[p],
                kind: 'area' as const,
                values: own[k],
                plotted: stacked[k],
                text: (i: number) => formatEth(columns[p][i]),
                exact: (i: number) => (columns[p][i] == null ? null : exactWei(columns[p][i])),
            })),
        })
        let byKey = new Map(rows.map((r) => [`${r.protocol}-${r.day}`, r]))
        this.tvl.table(
            'TVL per protocol and day (ETH)',
            ['Day', 'Lido', 'Rocket Pool', 'EigenLayer (native)', 'EigenLayer restaked stETH / rETH', 'Total, each ETH once'],
            days.map((day, i) => [
                {text: day, value: day},
                ...PROTOCOLS.map((p) => ethCell(columns[p][i], p)),
                ethCell(byKey.get(`EIGENLAYER-${day}`)?.restakedLstEth ?? null, 'EIGENLAYER_RESTAKED'),
                ethCell(String(total(i)), 'TOTAL'),
            ])
        )
        this.tvl.ready()
    }

    private showFlows(rows: ProtocolDayRow[]): void {
        let {days, columns} = pivotDays(rows, (r) => r.netFlowEth)
        this.flows.plot({
            x: days.map(daySeconds),
            xKind: 'day',
            y: {label: 'Net flow (ETH)', format: axisEth},
            series: PROTOCOLS.map((p) => ({
                label: PROTOCOL_LABEL[p],
                color: PROTOCOL_COLOR[p],
                kind: 'bars' as const,
                values: columns[p].map(ethNumber),
                text: (i: number) => formatEth(columns[p][i], {signed: true}),
                exact: (i: number) => (columns[p][i] == null ? null : exactWei(columns[p][i])),
            })),
        })
        this.flows.table(
            'Net flow per protocol and day (ETH in minus ETH out)',
            ['Day', ...PROTOCOLS.map((p) => PROTOCOL_LABEL[p])],
            days.map((day, i) => [{text: day, value: day}, ...PROTOCOLS.map((p) => ethCell(columns[p][i], p, true))])
        )
        this.flows.ready()
    }

    private showApr(rows: ProtocolDayRow[]): void {
        let daily = pivotDays(rows, (r) => r.aprDay)
        let sma = pivotDays(rows, (r) => r.apr7dSma)
        let any = APR_ASSETS.some((a) => daily.columns[a.protocol].some((v) => v != null))
        if (!any) {
            this.apr.empty('No rate report yet: APR needs an oracle report (Lido) or a balances update (Rocket Pool).')
            return
        }
        let pct = (v: number | null) => (v == null ? null : v * 100)
        this.apr.plot({
            x: daily.days.map(daySeconds),
            xKind: 'day',
            y: {label: 'APR (%)', format: (v) => `${+v.toFixed(2)}`},
            series: APR_ASSETS.flatMap((a) => [
                {label: `${a.asset} daily`, color: a.color, kind: 'points' as const, values: daily.columns[a.protocol].map(pct), text: (i: number) => formatPercent(daily.columns[a.protocol][i])},
                {label: `${a.asset} 7-day SMA`, color: a.color, kind: 'line' as const, values: sma.columns[a.protocol].map(pct), text: (i: number) => formatPercent(sma.columns[a.protocol][i])},
            ]),
        })
        this.apr.table(
            'APR per asset and day (fraction per year, shown in %)',
            ['Day', ...APR_ASSETS.flatMap((a) => [`${a.asset} daily`, `${a.asset} 7-day SMA`])],
            daily.days.map((day, i) => [
                {text: day, value: day},
                ...APR_ASSETS.flatMap((a) => [
                    aprCell(daily.columns[a.protocol][i], `${a.protocol}-day`),
                    aprCell(sma.columns[a.protocol][i], `${a.protocol}-sma`),
                ]),
            ])
        )
        this.apr.ready()
    }
}

export function ethCell(wei: string | null, key: string, signed = false): Cell {
    return {text: formatEth(wei, {signed}), value: wei, title: exactWei(wei), key}
}

function aprCell(v: number | null, key: string): Cell {
    return {text: formatPercent(v), value: v == null ? null : String(v), key}
}
