import {gql} from '../api'
import {Card, el} from '../card'
import {exactWei, formatEth, formatInt, shortAddress} from '../format'
import {TOP_OPERATORS} from '../queries'
import {ethCell} from './protocol-days'

interface RankedOperator {
    operator: string
    metadataURI: string | null
    delegatedEth: string
    delegatorCount: number
    avss: string[]
}

/** EigenLayer operators by delegated ETH, as bars, with the AVSs whose operator sets they are registered in. */
export class OperatorsView {
    readonly card: Card

    constructor(parent: HTMLElement) {
        this.card = new Card(parent, {
            id: 'operators',
            title: 'Top EigenLayer operators',
            subtitle: 'Delegated ETH (priced strategies) at the latest day, with the AVSs they are registered with',
            query: () => TOP_OPERATORS,
        })
    }

    async load(): Promise<void> {
        let {topOperators} = await gql<{topOperators: RankedOperator[]}>(TOP_OPERATORS)
        if (topOperators.length == 0) return this.card.empty('No EigenLayer operator with delegated shares yet.')
        this.card.clear()
        let max = topOperators.reduce((m, o) => (BigInt(o.delegatedEth) > m ? BigInt(o.delegatedEth) : m), 0n)
        let list = el('ol', {class: 'bars', 'aria-label': 'Operators by delegated ETH'})
        for (let o of topOperators) {
            let li = el('li')
            let name = el('span', {class: 'bar-label', title: o.operator}, shortAddress(o.operator))
            let track = el('span', {class: 'bar-track'})
            let bar = el('span', {class: 'bar'})
            // the share of the largest, from the exact integers (permille)
            bar.style.width = `${max == 0n ? 0 : Number((BigInt(o.delegatedEth) * 1000n) / max) / 10}%`
            track.append(bar)
            let value = el('span', {class: 'bar-value', title: exactWei(o.delegatedEth)}, formatEth(o.delegatedEth))
            let avss = el('span', {class: 'bar-note'}, o.avss.length ? `AVSs: ${o.avss.map(shortAddress).join(', ')}` : 'no AVS registration')
            li.append(name, track, value, avss)
            list.append(li)
        }
        this.card.body.append(list)
        this.card.el.dataset.plotted = String(topOperators.length)
        this.card.table(
            'Operators by delegated ETH',
            ['Operator', 'Delegated ETH', 'Delegators', 'AVSs', 'Metadata URI'],
            topOperators.map((o) => [
                {text: o.operator, value: o.operator},
                ethCell(o.delegatedEth, 'delegatedEth'),
                {text: formatInt(o.delegatorCount), value: String(o.delegatorCount), key: 'delegatorCount'},
                {text: o.avss.join(', ') || '—', value: o.avss.join(','), key: 'avss'},
                {text: o.metadataURI ?? '—', value: o.metadataURI, key: 'metadataURI'},
            ])
        )
        this.card.ready()
    }
}
