import uPlot from 'uplot'
import {ApiUnreachable, Query} from './api'
import {formatTime} from './format'

/**
 * One dashboard card: a title, a "query" button showing the exact GraphQL query, the chart (uPlot) or list, a
 * hover readout with exact figures, a message for the empty / error states (never a blank chart), and a data
 * table of every plotted point (for screen readers, keyboard users and tests: each cell carries the exact value
 * it shows in `data-value`).
 *
 * `data-state` on the card is loading | ready | empty | error; `data-plotted` is the number of x positions the
 * chart drew.
 */
export interface CardSpec {
    id: string
    title: string
    /** what is shown and in which unit */
    subtitle: string
    query: () => Query
}

export interface Cell {
    text: string
    /** the exact value behind the text (wei as an integer string, a float as JS prints it, a day, an address) */
    value?: string | null
    /** hover text, e.g. the exact wei */
    title?: string
    /** the series / column this cell belongs to */
    key?: string
}

export class Card {
    readonly el: HTMLElement
    readonly body: HTMLElement
    private message: HTMLElement
    private readout: HTMLElement
    private data: HTMLDetailsElement
    private chart?: uPlot
    private resize?: ResizeObserver

    constructor(parent: HTMLElement, readonly spec: CardSpec) {
        this.el = el('article', {class: 'card', id: `card-${spec.id}`, 'data-chart': spec.id, 'aria-labelledby': `card-${spec.id}-title`})
        let head = el('header', {class: 'card-head'})
        let titles = el('div')
        titles.append(el('h3', {id: `card-${spec.id}-title`}, spec.title), el('p', {class: 'subtitle'}, spec.subtitle))
        let button = el('button', {type: 'button', class: 'query-button', 'aria-haspopup': 'dialog'}, 'Query')
        button.setAttribute('aria-label', `Show the GraphQL query of "${spec.title}"`)
        button.addEventListener('click', () => showQuery(spec.title, spec.query()))
        head.append(titles, button)
        this.message = el('p', {class: 'message', role: 'status'})
        this.body = el('div', {class: 'card-body'})
        this.readout = el('p', {class: 'readout', 'aria-hidden': 'true'})
        this.data = el('details', {class: 'data'}) as HTMLDetailsElement
        this.el.append(head, this.message, this.body, this.readout, this.data)
        parent.append(this.el)
        this.loading()
    }

    loading(): void {
        if (this.el.dataset.state == 'ready') return // a refresh keeps the figures until the new ones arrive
        this.setState('loading', 'Loading…')
    }

    empty(text: string): void {
        this.clear()
        this.setState('empty', text)
    }

    error(e: unknown): void {
        this.clear()
        let text = e instanceof ApiUnreachable ? 'Waiting for the GraphQL API (see the status above).' : `The API answered with an error: ${(e as Error)?.message ?? e}`
        this.setState('error', text)
    }

    /** Shows figures: the card is ready once the chart (if any) and the data table are in place. */
    ready(): void {
        this.setState('ready', '')
    }

    private setState(state: string, text: string): void {
        this.el.dataset.state = state
        this.el.setAttribute('aria-busy', String(state == 'loading'))
        this.message.textContent = text
        this.message.hidden = text == ''
    }

    clear(): void {
        this.resize?.disconnect()
        this.chart?.destroy()
        this.chart = undefined
        this.body.replaceChildren()
        this.readout.textContent = ''
        this.data.replaceChildren()
        delete this.el.dataset.plotted
    }

    /**
     * The data table: a header row and one row per point; the first cell of a row is its header. Behind a
     * "Data table" disclosure under a chart, or `visible` in the body where the table is the view.
     */
    table(caption: string, headers: string[], rows: Cell[][], visible = false): void {
        let table = el('table')
        table.append(el('caption', {}, caption))
        let head = el('tr')
        for (let h of headers) head.append(el('th', {scope: 'col'}, h))
        table.append(el('thead'), el('tbody'))
        table.tHead!.append(head)
        for (let row of rows) {
            let tr = el('tr')
            row.forEach((c, i) => tr.append(cell(i == 0 ? 'th' : 'td', c)))
            table.tBodies[0].append(tr)
        }
        let wrap = el('div', {class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': `${this.spec.title}: data`})
        wrap.append(table)
        if (visible) {
            this.data.replaceChildren()
            this.body.append(wrap)
        } else {
            let summary = el('summary', {}, `Data table (${rows.length} ${rows.length == 1 ? 'row' : 'rows'})`)
            this.data.replaceChildren(summary, wrap)
        }
    }

    /** Draws a uPlot chart in the card body (resized with it). */
    plot(spec: PlotSpec): void {
        this.resize?.disconnect()
        this.chart?.destroy()
        this.body.replaceChildren()
        let mount = el('div', {class: 'plot', role: 'img', 'aria-label': `${this.spec.title} chart; the data table below lists every point`})
        this.body.append(mount)
        let width = Math.max(260, this.body.clientWidth || 600)
        this.chart = new uPlot(plotOptions(spec, width, this.readout, this.el), [spec.x, ...spec.series.map((s) => s.plotted ?? s.values)] as uPlot.AlignedData, mount)
        this.resize = new ResizeObserver(() => {
            let w = Math.max(260, this.body.clientWidth)
            if (this.chart && Math.abs(this.chart.width - w) > 2) this.chart.setSize({width: w, height: plotHeight()})
        })
        this.resize.observe(this.body)
    }
}

export interface PlotSeries {
    label: string
    color: string
    /** the series' own values at each x (null = no point) */
    values: (number | null)[]
    /** what is drawn when it differs from `values` (a stacked area draws running sums) */
    plotted?: (number | null)[]
    kind: 'line' | 'area' | 'bars' | 'points'
    /** y2: the right-hand axis */
    scale?: 'y' | 'y2'
    /** text of the value at x index i, for the legend and the readout */
    text: (i: number) => string
    /** exact figure at i (e.g. wei) for the readout */
    exact?: (i: number) => string | null
    dash?: number[]
}

export interface PlotSpec {
    /** seconds (days at 00:00 UTC or event times) */
    x: number[]
    /** day: x are days (bars get a day's width); time: event times */
    xKind: 'day' | 'time'
    series: PlotSeries[]
    y: {label: string; format: (v: number) => string}
    y2?: {label: string; format: (v: number) => string}
    /** fill between consecutive series (stacked areas) */
    stacked?: boolean
}

const DAY = 86400

function plotHeight(): number {
    return window.innerWidth < 600 ? 210 : 250
}

function plotOptions(spec: PlotSpec, width: number, readout: HTMLElement, card: HTMLElement): uPlot.Options {
    let bars = spec.series.filter((s) => s.kind == 'bars')
    let xLabel = (i: number) => (spec.xKind == 'day' ? new Date(spec.x[i] * 1000).toISOString().slice(0, 10) : formatTime(new Date(spec.x[i] * 1000).toISOString()))
    let series: uPlot.Series[] = [{label: spec.xKind == 'day' ? 'Day' : 'Time', value: (_u, _v, _s, i) => (i == null ? '' : xLabel(i))}]
    for (let s of spec.series) {
        let base: uPlot.Series = {
            label: s.label,
            stroke: s.color,
            width: 2,
            scale: s.scale ?? 'y',
            dash: s.dash,
            spanGaps: s.kind == 'line' || s.kind == 'area',
            value: (_u, _v, _si, i) => (i == null ? '' : s.text(i)),
        }
        if (s.kind == 'area') Object.assign(base, {fill: s.color + '55'})
        if (s.kind == 'points') Object.assign(base, {paths: () => null, points: {show: true, size: 9, fill: s.color, stroke: s.color}})
        if (s.kind == 'bars') {
            let group = bars.indexOf(s)
            let slot = (0.8 * DAY) / bars.length
            Object.assign(base, {
                fill: s.color,
                width: 0,
                points: {show: false},
                fillTo: () => 0,
                paths: uPlot.paths.bars!({
                    disp: {
                        x0: {unit: 1, values: (u: uPlot) => (u.data[0] as number[]).map((x) => x - 0.4 * DAY + group * slot)},
                        size: {unit: 1, values: (u: uPlot) => (u.data[0] as number[]).map(() => slot * 0.9)},
                    } as any,
                }),
            })
        }
        if (s.kind == 'line' || s.kind == 'area') Object.assign(base, {points: {show: spec.x.length < 60, size: 5, fill: s.color}})
        series.push(base)
    }
    let axes: uPlot.Axis[] = [
        {label: 'Date (UTC)', labelSize: 20, stroke: '#334', grid: {stroke: '#e3e6ec'}},
        {label: spec.y.label, labelSize: 20, size: 62, stroke: '#334', grid: {stroke: '#e3e6ec'}, values: (_u, ticks) => ticks.map(spec.y.format)},
    ]
    if (spec.y2) axes.push({scale: 'y2', side: 1, label: spec.y2.label, labelSize: 20, size: 62, stroke: '#334', grid: {show: false}, values: (_u, ticks) => ticks.map(spec.y2!.format)})
    let scales: uPlot.Scales = {x: {time: true}}
    if (bars.length > 0 || spec.x.length == 1) scales.x.range = (_u, min, max) => [min - DAY / 2, max + DAY / 2]
    if (bars.length > 0 || spec.stacked) scales.y = {range: (_u, min, max) => zeroBased(min, max)}
    return {
        width,
        height: plotHeight(),
        series,
        axes,
        scales,
        bands: spec.stacked ? spec.series.slice(1).map((_s, k) => ({series: [k + 2, k + 1] as [number, number]})) : undefined,
        tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
        legend: {live: true},
        cursor: {points: {size: 8}},
        hooks: {
            setCursor: [
                (u) => {
                    let i = u.cursor.idx
                    readout.textContent =
                        i == null
                            ? ''
                            : `${xLabel(i)}: ` +
                              spec.series
                                  .map((s) => {
                                      let exact = s.exact?.(i)
                                      return `${s.label} ${s.text(i)}${exact ? ` (${exact})` : ''}`
                                  })
                                  .join(' · ')
                },
            ],
            draw: [(u) => void (card.dataset.plotted = String(u.data[0].length))],
        },
    }
}

/** A y range that includes 0 (bars and stacked areas grow from 0), padded a little. */
function zeroBased(min: number | null, max: number | null): [number, number] {
    let lo = Math.min(0, min ?? 0)
    let hi = Math.max(0, max ?? 0)
    if (lo == hi) return [0, 1]
    let pad = (hi - lo) * 0.06
    return [lo < 0 ? lo - pad : 0, hi > 0 ? hi + pad : 0]
}

function cell(tag: 'th' | 'td', c: Cell): HTMLElement {
    let e = el(tag, tag == 'th' ? {scope: 'row'} : {}, c.text)
    if (c.value !== undefined) e.dataset.value = c.value ?? ''
    if (c.key) e.dataset.key = c.key
    if (c.title) e.title = c.title
    return e
}

/** document.createElement with attributes and text. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
    let e = document.createElement(tag)
    for (let [k, v] of Object.entries(attrs)) e.setAttribute(k, v)
    if (text != null) e.textContent = text
    return e
}

/** The query dialog: the exact text and variables sent, with a copy button. */
export function showQuery(title: string, q: Query): void {
    let dialog = document.getElementById('query-dialog') as HTMLDialogElement
    dialog.querySelector('#query-dialog-title')!.textContent = `GraphQL query: ${title}`
    let full = q.variables ? `${q.text}\n\n# variables\n${JSON.stringify(q.variables, null, 2)}` : q.text
    dialog.querySelector('#query-text')!.textContent = full
    dialog.querySelector('#query-note')!.textContent = q.note ?? ''
    let copy = dialog.querySelector('#query-copy') as HTMLButtonElement
    copy.textContent = 'Copy'
    copy.onclick = async () => {
        try {
            await navigator.clipboard.writeText(full)
            copy.textContent = 'Copied'
        } catch {
            // no clipboard (plain http on another host): select the text for Ctrl-C
            let range = document.createRange()
            range.selectNodeContents(dialog.querySelector('#query-text')!)
            getSelection()?.removeAllRanges()
            getSelection()?.addRange(range)
            copy.textContent = 'Selected: press Ctrl-C'
        }
    }
    dialog.showModal()
}
