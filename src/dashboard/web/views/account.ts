import {ApiUnreachable, gql} from '../api'
import {Card, Cell, el, showQuery} from '../card'
import {ADDRESS_RE, exactWei, formatEth, formatPercent, formatTime, shortAddress} from '../format'
import {nameOf} from '../names'
import {accountQuery, TOP_ACCOUNTS} from '../queries'
import {Protocol, PROTOCOL_COLOR, PROTOCOL_LABEL} from '../series'

interface SetExposure {
    avs: string
    operatorSetId: string
    fraction: number
    slashableShares: string
    ethAtRisk: string | null
    registered: boolean
    pendingMagnitude: string | null
    pendingEffectBlock: number | null
}

interface Exposure {
    exposedEth: string
    byAvs: {avs: string; ethAtRisk: string}[]
    strategies: {strategy: string; shares: string; ethValue: string | null; sets: SetExposure[]}[]
}

interface AccountData {
    accountPosition: {
        atBlock: number
        totalEth: string
        inFlightEth: string
        lido: {stethShares: string; stethBalance: string; wstethBalance: string; wstethInSteth: string; totalEth: string; requestsEth: string; requests: {requestId: string; status: string; amount: string; ethValue: string}[]}
        rocketPool: {rethBalance: string; ethValue: string | null}
        eigenlayer: {
            delegatedTo: string | null
            totalEth: string
            restakedLstEth: string
            unpricedStrategies: number
            queuedEth: string
            strategies: {strategy: string; underlyingToken: string | null; depositShares: string; withdrawableShares: string; underlying: string | null; ethValue: string | null; pricing: string; restakedLst: boolean}[]
            queuedWithdrawals: {id: string; requestedBlock: number; ethValue: string | null}[]
        }
    }
    accountExposure: Exposure & {operator: string | null}
    operatorExposure: Exposure
    accountById: {
        deposits: {id: string; protocol: Protocol; asset: string; amount: string | null; amountEth: string | null; timestamp: string; txHash: string}[]
        withdrawals: {id: string; protocol: Protocol; status: string; amount: string | null; amountEth: string | null; requestedAt: string; completedAt: string | null; requestTxHash: string}[]
    } | null
}

/**
 * The account view: an address (typed, pasted, or one of the largest accounts) -> its position across the three
 * protocols in ETH, its deposits and withdrawals, and its restaking exposure chain. The address lives in the URL
 * (#account=0x…), so a view can be bookmarked and the back button works.
 */
export class AccountView {
    private form = document.getElementById('account-form') as HTMLFormElement
    private input = document.getElementById('account-input') as HTMLInputElement
    private problem = document.getElementById('account-error') as HTMLElement
    private picks = document.getElementById('account-picks') as HTMLElement
    private result = document.getElementById('account-result') as HTMLElement
    private current?: string
    private seq = 0
    /** false while nothing is indexed: a lookup would only meet missing tables */
    private available = false
    private unavailableText = ''

    constructor() {
        this.form.addEventListener('submit', (e) => {
            e.preventDefault()
            let value = this.input.value.trim()
            if (!ADDRESS_RE.test(value)) {
                this.invalid(value == '' ? 'Enter an address: 0x followed by 40 hexadecimal digits.' : `“${value}” is not an address: expected 0x followed by 40 hexadecimal digits.`)
                return
            }
            this.valid()
            let hash = `#account=${value.toLowerCase()}`
            if (location.hash == hash) void this.show(value.toLowerCase())
            else location.hash = hash
        })
        document.getElementById('account-query')!.addEventListener('click', () => showQuery('Account', accountQuery(this.current ?? '0x…')))
        window.addEventListener('hashchange', () => this.fromHash())
    }

    /** Shows the address in the URL, if any (at start: remembered, shown with the first load). */
    fromHash(show = true): void {
        let m = /account=(0x[0-9a-fA-F]{40})/.exec(location.hash)
        if (m) {
            this.input.value = m[1].toLowerCase()
            this.current = m[1].toLowerCase()
            if (show) void this.show(this.current)
        }
    }

    private invalid(text: string): void {
        this.problem.textContent = text
        this.input.setAttribute('aria-invalid', 'true')
        this.input.focus()
    }

    private valid(): void {
        this.problem.textContent = ''
        this.input.removeAttribute('aria-invalid')
    }

    /** The largest accounts as one-click examples. */
    async loadPicks(): Promise<void> {
        let {topAccounts} = await gql<{topAccounts: {account: string; totalEth: string}[]}>(TOP_ACCOUNTS)
        this.picks.replaceChildren()
        if (topAccounts.length == 0) return
        this.picks.append(el('span', {class: 'picks-label'}, 'Largest accounts: '))
        for (let a of topAccounts) {
            let b = el('button', {type: 'button', class: 'pick', title: `${a.account}: ${exactWei(a.totalEth)}`}, `${shortAddress(a.account)} · ${formatEth(a.totalEth)}`)
            b.addEventListener('click', () => {
                this.input.value = a.account
                this.form.requestSubmit()
            })
            this.picks.append(b)
        }
    }

    /** A refresh of the whole page reloads the account shown. */
    async reload(): Promise<void> {
        this.available = true
        if (this.current) await this.show(this.current)
    }

    async show(id: string): Promise<void> {
        let seq = ++this.seq
        this.current = id
        if (!this.available) return this.unavailable(this.unavailableText)
        this.result.dataset.state = 'loading'
        this.result.dataset.account = id
        this.result.setAttribute('aria-busy', 'true')
        if (!this.result.hasChildNodes()) this.result.replaceChildren(el('p', {class: 'message'}, `Loading ${id}…`))
        try {
            let data = await gql<AccountData>(accountQuery(id))
            if (seq != this.seq) return // a newer lookup replaced this one
            this.render(id, data)
        } catch (e) {
            if (seq != this.seq) return
            this.result.dataset.state = 'error'
            let text = e instanceof ApiUnreachable ? 'The GraphQL API does not answer (see the status above); try again once it is back.' : `The API answered with an error: ${(e as Error).message}`
            this.result.replaceChildren(el('p', {class: 'message', role: 'alert'}, text))
        } finally {
            if (seq == this.seq) this.result.setAttribute('aria-busy', 'false')
        }
    }

    /** No block indexed yet: nothing to look up. */
    unavailable(text: string): void {
        this.seq++
        this.available = false
        this.unavailableText = text
        this.result.dataset.state = 'unavailable'
        this.result.replaceChildren(el('p', {class: 'message'}, text))
        this.picks.replaceChildren()
    }

    private render(id: string, d: AccountData): void {
        let p = d.accountPosition
        let hasEigen = p.eigenlayer.strategies.length > 0 || p.eigenlayer.queuedWithdrawals.length > 0
        let history = [...(d.accountById?.deposits ?? []), ...(d.accountById?.withdrawals ?? [])]
        let isOperator = d.operatorExposure.strategies.length > 0
        let nothing = BigInt(p.totalEth) == 0n && !hasEigen && history.length == 0 && !isOperator && p.lido.requests.length == 0
        this.result.dataset.totalWei = p.totalEth
        this.result.dataset.atBlock = String(p.atBlock)
        if (nothing) {
            this.result.dataset.state = 'nothing'
            this.result.replaceChildren(
                el('p', {class: 'message', role: 'status'}, `Nothing found for ${id}: no position, deposit or withdrawal in Lido, Rocket Pool or EigenLayer, and not an EigenLayer operator (indexed to block ${p.atBlock}).`)
            )
            return
        }
        let head = el('div', {class: 'account-head'})
        let total = el('p', {class: 'account-total', title: exactWei(p.totalEth)})
        total.append(el('span', {class: 'big'}, formatEth(p.totalEth)), el('span', {}, ` in total across the three protocols, at block ${p.atBlock}`))
        head.append(el('h3', {class: 'mono', title: id}, id), total)
        head.append(splitBar(p))
        let position = new Card(this.result, {id: 'account-position', title: 'Position in ETH', subtitle: 'What the account holds now; stETH restaked in EigenLayer counts once, in EigenLayer', query: () => accountQuery(id)})
        position.table('Position per protocol', ['Holding', 'Amount', 'ETH'], positionRows(p), true)
        position.ready()
        let exposure = new Card(this.result, {id: 'account-exposure', title: 'Restaking exposure', subtitle: 'Which AVSs can slash how much of the EigenLayer position: strategy → operator → operator set → share', query: () => accountQuery(id)})
        exposureInto(exposure, d.accountExposure, p.eigenlayer.delegatedTo, hasEigen, false)
        let cards = [position, exposure]
        if (isOperator) {
            let op = new Card(this.result, {id: 'account-operator', title: 'As an EigenLayer operator', subtitle: 'Shares delegated to this operator and what each of its operator sets can slash', query: () => accountQuery(id)})
            exposureInto(op, d.operatorExposure, id, true, true)
            cards.push(op)
        }
        let hist = new Card(this.result, {id: 'account-history', title: 'History', subtitle: 'Deposits and withdrawals of the account, newest first (latest 50 of each)', query: () => accountQuery(id)})
        historyInto(hist, d.accountById)
        cards.push(hist)
        this.result.replaceChildren(head, ...cards.map((c) => c.el))
        this.result.dataset.state = 'ready'
    }
}

function ethCellOf(wei: string | null, key: string): Cell {
    return {text: formatEth(wei), value: wei, title: exactWei(wei), key}
}

function amount(v: string | null, unit: string): string {
    return v == null ? '—' : `${formatEth(v, {unit})}`
}

function strategyName(s: string): string {
    return nameOf(s) ?? `strategy ${shortAddress(s)}`
}

function positionRows(p: AccountData['accountPosition']): Cell[][] {
    let rows: Cell[][] = []
    let row = (key: string, label: string, amountText: string, eth: string | null, title?: string) =>
        rows.push([{text: label, value: key, title}, {text: amountText, key: 'amount'}, ethCellOf(eth, 'eth')])
    row('lido-steth', 'Lido stETH', amount(p.lido.stethBalance, 'stETH'), p.lido.stethBalance, `${p.lido.stethShares} shares`)
    row('lido-wsteth', 'Lido wstETH', amount(p.lido.wstethBalance, 'wstETH'), p.lido.wstethInSteth)
    if (p.lido.requests.length) row('lido-requests', `Lido withdrawal requests (${p.lido.requests.length})`, p.lido.requests.map((r) => `#${r.requestId} ${r.status.toLowerCase()}`).join(', '), p.lido.requestsEth)
    row('rocketpool-reth', 'Rocket Pool rETH', amount(p.rocketPool.rethBalance, 'rETH'), p.rocketPool.ethValue)
    for (let s of p.eigenlayer.strategies) {
        let unit = s.strategy == '0xbeac0eeeeeeeeeeeeeeeeeeeeeeeeeeeeeebeac0' ? 'ETH' : nameOf(s.underlyingToken) ?? 'tokens'
        let note = s.ethValue == null ? ' (no ETH price: tokens only)' : s.pricing == 'lastRate' ? ' (at the last emitted rate)' : ''
        row(`eigenlayer-${s.strategy}`, `EigenLayer ${strategyName(s.strategy)}${note}`, amount(s.underlying, unit), s.ethValue, `${s.withdrawableShares} withdrawable shares of ${s.depositShares} deposit shares`)
    }
    if (p.eigenlayer.queuedWithdrawals.length) row('eigenlayer-queued', `EigenLayer queued withdrawals (${p.eigenlayer.queuedWithdrawals.length})`, '', p.eigenlayer.queuedEth)
    rows.push([{text: 'Total', value: 'total'}, {text: '', key: 'amount'}, ethCellOf(p.totalEth, 'eth')])
    return rows
}

/** A bar split by protocol: where the account's ETH is. */
function splitBar(p: AccountData['accountPosition']): HTMLElement {
    let parts: [Protocol, bigint][] = [
        ['LIDO', BigInt(p.lido.totalEth) + BigInt(p.lido.requestsEth)],
        ['ROCKET_POOL', BigInt(p.rocketPool.ethValue ?? 0)],
        ['EIGENLAYER', BigInt(p.eigenlayer.totalEth) + BigInt(p.eigenlayer.queuedEth)],
    ]
    let sum = parts.reduce((s, [, v]) => s + v, 0n)
    let bar = el('div', {class: 'split', role: 'img'})
    let labels: string[] = []
    for (let [protocol, v] of parts) {
        if (v == 0n || sum == 0n) continue
        let share = Number((v * 10000n) / sum) / 100
        let seg = el('span', {class: 'split-part', title: `${PROTOCOL_LABEL[protocol]}: ${formatEth(v)} (${share} %)`})
        seg.style.width = `${share}%`
        seg.style.background = PROTOCOL_COLOR[protocol]
        bar.append(seg)
        labels.push(`${PROTOCOL_LABEL[protocol]} ${share} %`)
    }
    bar.setAttribute('aria-label', labels.length ? `Split: ${labels.join(', ')}` : 'No ETH position')
    let wrap = el('div', {class: 'split-wrap'})
    let legend = el('p', {class: 'split-legend'}, labels.join(' · '))
    wrap.append(bar, legend)
    return wrap
}

function exposureInto(card: Card, x: Exposure, operator: string | null, hasEigen: boolean, asOperator: boolean): void {
    card.el.dataset.exposedWei = x.exposedEth
    if (!hasEigen) return card.empty('No EigenLayer position: no AVS can slash this account.')
    let summary = el('div', {class: 'exposure-summary'})
    let who = asOperator ? 'This address is an EigenLayer operator; what its operator sets can slash of the shares delegated to it:' : operator ? `Delegated to operator ${operator}` : 'Not delegated to an operator: no operator set can slash the restaked position.'
    summary.append(el('p', {title: operator ?? ''}, who))
    if (x.byAvs.length) {
        let list = el('ul', {class: 'avs-list', 'aria-label': 'ETH at risk per AVS'})
        for (let a of x.byAvs) {
            let li = el('li', {'data-avs': a.avs, 'data-value': a.ethAtRisk, title: `${a.avs}: ${exactWei(a.ethAtRisk)}`})
            li.textContent = `AVS ${shortAddress(a.avs)} can slash ${formatEth(a.ethAtRisk)}`
            list.append(li)
        }
        summary.append(list)
    } else if (operator) {
        summary.append(el('p', {}, 'No operator set can slash it now (no allocation in force to a set the operator is registered in).'))
    }
    let exposed = el('p', {class: 'muted', title: exactWei(x.exposedEth)}, `ETH in strategies some operator set can slash: ${formatEth(x.exposedEth)}`)
    summary.append(exposed)
    card.body.append(summary)
    let rows: Cell[][] = []
    for (let s of x.strategies) {
        let base = [{text: strategyName(s.strategy), value: s.strategy, title: s.strategy}, {text: formatEth(s.shares, {unit: 'shares'}), value: s.shares, key: 'shares', title: `${s.shares} shares`}, ethCellOf(s.ethValue, 'ethValue')]
        if (s.sets.length == 0) {
            rows.push([...base, {text: '—', key: 'set'}, {text: '—', key: 'fraction'}, ethCellOf(null, 'ethAtRisk'), {text: operator ? 'not allocated to any set' : 'not delegated', key: 'state'}])
        }
        for (let set of s.sets) {
            let state = !set.registered ? 'operator not registered in the set: cannot slash' : 'can slash'
            if (set.pendingMagnitude != null) state += `; allocation changing to ${set.pendingMagnitude} at block ${set.pendingEffectBlock} (pending)`
            rows.push([
                ...base,
                {text: `AVS ${shortAddress(set.avs)} #${set.operatorSetId}`, value: `${set.avs}-${set.operatorSetId}`, title: set.avs, key: 'set'},
                {text: formatPercent(set.fraction), value: String(set.fraction), key: 'fraction'},
                ethCellOf(set.ethAtRisk, 'ethAtRisk'),
                {text: state, key: 'state'},
            ])
        }
    }
    card.table('Exposure chain: strategy → operator set → ETH at risk', ['Strategy', 'Shares', 'ETH', 'Operator set', 'Share of the position it can slash', 'ETH at risk', 'State'], rows, true)
    card.ready()
}

function historyInto(card: Card, a: AccountData['accountById']): void {
    let items = [
        ...(a?.deposits ?? []).map((d) => ({time: d.timestamp, protocol: d.protocol, what: 'deposit', amount: d.amount, asset: d.asset, eth: d.amountEth, tx: d.txHash, id: d.id})),
        ...(a?.withdrawals ?? []).map((w) => ({time: w.completedAt ?? w.requestedAt, protocol: w.protocol, what: `withdrawal ${w.status.toLowerCase()}`, amount: w.amount, asset: '', eth: w.amountEth, tx: w.requestTxHash, id: w.id})),
    ].sort((x, y) => (x.time < y.time ? 1 : x.time > y.time ? -1 : 0))
    if (items.length == 0) return card.empty('No deposit or withdrawal by this address.')
    let rows = items.map((i) => [
        {text: formatTime(i.time), value: i.id},
        {text: PROTOCOL_LABEL[i.protocol], value: i.protocol, key: 'protocol'},
        {text: i.what, key: 'what'},
        {text: i.amount == null ? '—' : `${i.amount}${i.asset && i.asset != 'ETH' ? ` of ${nameOf(i.asset) ?? shortAddress(i.asset)}` : ''}`, value: i.amount, key: 'amount', title: 'in the asset’s smallest unit'},
        ethCellOf(i.eth, 'eth'),
        {text: shortAddress(i.tx), value: i.tx, title: i.tx, key: 'tx'},
    ])
    card.table('Deposits and withdrawals', ['Time', 'Protocol', 'Action', 'Amount (smallest unit)', 'ETH', 'Transaction'], rows, true)
    card.ready()
}
