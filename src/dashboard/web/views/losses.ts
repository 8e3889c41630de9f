import {gql} from '../api'
import {Card, el} from '../card'
import {axisEth, ethNumber, exactWei, formatEth, formatInt, formatTime, shortAddress} from '../format'
import {lossesQuery} from '../queries'
import {Protocol, PROTOCOL_COLOR, PROTOCOL_LABEL, PROTOCOLS} from '../series'
import {ethCell} from './protocol-days'

interface LossItem {
    id: string
    protocol: Protocol
    kind: string
    amount: string | null
    amountEth: string | null
    description: string | null
    timestamp: string
    txHash: string
}

interface Losses {
    count: number
    totalEth: string
    byProtocol: {protocol: Protocol; count: number; lossEth: string}[]
    items: LossItem[]
}

/** One timeline of slashings and penalties across the three protocols, with the loss in ETH where known. */
export class LossesView {
    readonly card: Card
    private query = lossesQuery(tomorrow())

    constructor(parent: HTMLElement) {
        this.card = new Card(parent, {
            id: 'losses',
            title: 'Slashings and penalties',
            subtitle: 'Every loss record of Lido, Rocket Pool and EigenLayer; the chart places those with an ETH figure',
            query: () => this.query,
        })
    }

    async load(): Promise<void> {
        this.query = lossesQuery(tomorrow())
        let {losses} = await gql<{losses: Losses}>(this.query)
        if (losses.items.length == 0) return this.card.empty('No slashing or penalty recorded: nothing was lost so far.')
        let priced = losses.items.filter((i) => i.amountEth != null)
        let x = priced.map((i) => Date.parse(i.timestamp) / 1000)
        this.card.plot({
            x,
            xKind: 'time',
            y: {label: 'Loss (ETH)', format: axisEth},
            series: PROTOCOLS.map((p) => ({
                label: PROTOCOL_LABEL[p],
                color: PROTOCOL_COLOR[p],
                kind: 'points' as const,
                values: priced.map((i) => (i.protocol == p ? ethNumber(i.amountEth) : null)),
                text: (k: number) => (priced[k].protocol == p ? `${formatEth(priced[k].amountEth)} (${kindLabel(priced[k].kind)})` : '—'),
                exact: (k: number) => (priced[k].protocol == p ? exactWei(priced[k].amountEth) : null),
            })),
        })
        let summary = el('p', {class: 'summary'})
        summary.textContent =
            `${formatInt(losses.count)} records, ${formatEth(losses.totalEth)} lost where the record gives ETH: ` +
            PROTOCOLS.map((p) => {
                let b = losses.byProtocol.find((x) => x.protocol == p)
                return `${PROTOCOL_LABEL[p]} ${formatInt(b?.count ?? 0)} (${formatEth(b?.lossEth ?? '0')})`
            }).join(', ') +
            (priced.length < losses.items.length ? `. ${losses.items.length - priced.length} without an ETH figure are in the table only.` : '.')
        summary.title = `total ${exactWei(losses.totalEth)}`
        this.card.body.append(summary)
        this.card.table(
            'Loss records, oldest first',
            ['Time', 'Protocol', 'Kind', 'Loss (ETH)', 'Amount (event unit)', 'Description', 'Transaction'],
            losses.items.map((i) => [
                {text: formatTime(i.timestamp), value: i.id},
                {text: PROTOCOL_LABEL[i.protocol], value: i.protocol, key: 'protocol'},
                {text: kindLabel(i.kind), value: i.kind, key: 'kind'},
                ethCell(i.amountEth, 'amountEth'),
                {text: i.amount ?? '—', value: i.amount, key: 'amount'},
                {text: i.description ?? '', key: 'description'},
                {text: shortAddress(i.txHash), value: i.txHash, title: i.txHash, key: 'tx'},
            ])
        )
        this.card.ready()
    }
}

function tomorrow(): Date {
    return new Date(Math.ceil(Date.now() / 86_400_000) * 86_400_000 + 86_400_000)
}

const KINDS: Record<string, string> = {
    EIGENLAYER_OPERATOR_SLASHED: 'operator slashed',
    EIGENLAYER_BEACON_CHAIN: 'beacon-chain slashing',
    ROCKET_POOL_RPL: 'RPL slashed',
    ROCKET_POOL_PENALTY: 'penalty',
    LIDO_NEGATIVE_REBASE: 'negative rebase',
    LIDO_NODE_OPERATOR_PENALTY: 'node operator penalty',
}

function kindLabel(kind: string): string {
    return KINDS[kind] ?? kind.toLowerCase().replace(/_/g, ' ')
}
