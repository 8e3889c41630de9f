import 'uplot/dist/uPlot.min.css'
import './styles.css'
import {ApiUnreachable} from './api'
import {Card, showQuery} from './card'
import {PROTOCOL_TOTALS, SQUID_STATUS} from './queries'
import {AccountView} from './views/account'
import {LossesView} from './views/losses'
import {OperatorsView} from './views/operators'
import {ProtocolDayViews} from './views/protocol-days'
import {QueueView} from './views/queue'
import {RatesView} from './views/rates'
import {checkHealth, Health, renderStatus} from './views/status'

/**
 * How often the status is asked (sooner while the API is away or nothing is indexed: both usually end within
 * seconds of a start); the charts reload when the indexed height moved and CHARTS_EVERY_MS has passed.
 */
const STATUS_EVERY_MS = 10_000
const STATUS_WAITING_MS = 3_000
const CHARTS_EVERY_MS = 60_000

const grid = document.getElementById('charts')!
const protocolDays = new ProtocolDayViews(grid)
const rates = new RatesView(grid)
const queue = new QueueView(grid)
const losses = new LossesView(grid)
const operators = new OperatorsView(grid)
const account = new AccountView()

const views: {cards: Card[]; load: () => Promise<void>}[] = [
    {cards: protocolDays.cards(), load: () => protocolDays.load()},
    {cards: [rates.card], load: () => rates.load()},
    {cards: [queue.card], load: () => queue.load()},
    {cards: [losses.card], load: () => losses.load()},
    {cards: [operators.card], load: () => operators.load()},
]

let loadedAt: {height: number; time: number} | undefined

async function loadViews(height: number): Promise<void> {
    loadedAt = {height, time: Date.now()}
    for (let v of views) v.cards.forEach((c) => c.loading())
    await Promise.all([
        ...views.map((v) => v.load().catch((e) => v.cards.forEach((c) => c.error(e)))),
        account.loadPicks().catch(() => {}),
        account.reload(),
    ])
}

function emptyViews(text: string): void {
    loadedAt = undefined
    for (let v of views) v.cards.forEach((c) => c.empty(text))
    account.unavailable('Nothing indexed yet: look-ups work as soon as the processor has indexed its first blocks.')
}

async function tick(): Promise<Health['kind']> {
    let health: Health
    try {
        health = await checkHealth()
    } catch (e) {
        health = {kind: 'unreachable', reason: e instanceof ApiUnreachable ? e.message : `the API answered with an error: ${(e as Error).message}`}
    }
    renderStatus(health)
    document.body.dataset.health = health.kind
    if (health.kind == 'unreachable') {
        loadedAt = undefined
        for (let v of views) v.cards.forEach((c) => c.error(new ApiUnreachable(health.reason)))
        account.unavailable('The GraphQL API does not answer (see the status above); look-ups work again once it is back.')
    } else if (health.kind == 'empty') {
        emptyViews('Nothing indexed yet: this chart fills in as soon as the processor indexes its first blocks.')
    } else if (loadedAt == null || (health.height != loadedAt.height && Date.now() - loadedAt.time >= CHARTS_EVERY_MS)) {
        await loadViews(health.height)
    }
    document.body.dataset.loaded = 'true'
    return health.kind
}

async function run(): Promise<void> {
    account.fromHash(false)
    for (;;) {
        let kind = await tick()
        await new Promise((r) => setTimeout(r, kind == 'unreachable' || kind == 'empty' ? STATUS_WAITING_MS : STATUS_EVERY_MS))
    }
}

document.getElementById('status-query')!.addEventListener('click', () =>
    showQuery('Status and totals', {text: `${SQUID_STATUS.text}\n\n${PROTOCOL_TOTALS.text}`, note: SQUID_STATUS.note})
)
document.getElementById('refresh')!.addEventListener('click', () => {
    loadedAt = undefined
    void tick()
})
void run()
