import path from 'path'
import type {Page} from 'puppeteer-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {startDashboardServer} from '../../lib/dashboard/server'
import {buildDemoScenario} from '../../lib/devnet/scenario'
import {freePort} from '../../lib/devnet/ports'
import {PROTOCOLS} from '../../lib/protocols'
import {book, Stack, startStack} from '../harness'
import {findChromium, launchBrowser, SCREENSHOTS, TestBrowser} from '../harness/browser'
import {ChildService, LIB} from '../harness/services'

// The dashboard as a user meets it: `npm run serve` (lib/cli/serve.js) on the real stack, opened in a real
// headless Chromium. Every figure the page shows is compared with what the GraphQL API returns for the same
// data in the same test (the demo's figures move as the protocol modules evolve; the page must follow them).

const CHROMIUM = findChromium()
if (!CHROMIUM) console.warn('dashboard browser tests skipped: no Chromium found (apt-get install -y chromium, or set CHROMIUM_PATH)')

const CARDS = ['tvl', 'flows', 'apr', 'rates', 'queue', 'losses', 'operators']
const PROTOCOL_KEYS = ['LIDO', 'ROCKET_POOL', 'EIGENLAYER']
const NOBODY = '0x' + 'd0'.repeat(20)

interface Row {
    x: string
    cells: Record<string, string | null>
}

/** The data table of a card: the row header's value and each cell's exact value by its key. */
async function tableRows(page: Page, selector: string): Promise<Row[]> {
    return page.$$eval(`${selector} .table-wrap > table > tbody > tr`, (trs) =>
        trs.map((tr) => ({
            x: (tr.querySelector('th') as HTMLElement).dataset.value!,
            cells: Object.fromEntries(
                [...tr.querySelectorAll('td[data-key]')].map((td) => [(td as HTMLElement).dataset.key!, (td as HTMLElement).dataset.value ?? null] as const).map(([k, v]) => [k, v === '' ? null : v])
            ),
        }))
    )
}

async function cardState(page: Page, id: string): Promise<{state: string; plotted: number | null; message: string}> {
    return page.$eval(`[data-chart="${id}"]`, (c) => ({
        state: (c as HTMLElement).dataset.state!,
        plotted: (c as HTMLElement).dataset.plotted == null ? null : Number((c as HTMLElement).dataset.plotted),
        message: c.querySelector('.message')!.textContent!,
    }))
}

async function waitForCards(page: Page, states: string[]): Promise<void> {
    await page.waitForFunction(
        (ids: string[], ok: string[]) => ids.every((id) => ok.includes((document.querySelector(`[data-chart="${id}"]`) as HTMLElement)?.dataset.state ?? '')),
        {timeout: 60_000},
        CARDS,
        states
    )
}

async function waitForHealth(page: Page, health: string): Promise<void> {
    await page.waitForFunction((h: string) => document.getElementById('status')?.dataset.health == h, {timeout: 60_000}, health)
}

async function lookUp(page: Page, address: string): Promise<string> {
    await page.click('#account-input', {count: 3})
    await page.keyboard.press('Backspace')
    await page.keyboard.type(address)
    await page.keyboard.press('Enter')
    await page.waitForFunction(
        (a: string) => {
            let r = document.getElementById('account-result')!
            return r.dataset.account == a.toLowerCase() && ['ready', 'nothing', 'error'].includes(r.dataset.state!)
        },
        {timeout: 30_000},
        address
    )
    return page.$eval('#account-result', (r) => (r as HTMLElement).dataset.state!)
}

const shot = (page: Page, name: string) => page.screenshot({path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true})

describe.skipIf(!CHROMIUM)('the dashboard page in a real browser (npm run serve)', () => {
    let stack: Stack
    let serve: ChildService
    let browser: TestBrowser
    let url: string

    beforeAll(async () => {
        stack = await startStack({deferProcessor: true})
        let [gqlPort, dashboardPort] = [await freePort(), await freePort()]
        serve = ChildService.start('serve', path.join(LIB, 'cli', 'serve.js'), [], {
            ...stack.dbEnv,
            NETWORK: 'devnet',
            RPC_ETH_HTTP: stack.anvil.url,
            GQL_PORT: String(gqlPort),
            DASHBOARD_PORT: String(dashboardPort),
        })
        for (let i = 0; !/dashboard at http:\/\/localhost:\d+\//.test(serve.output.join('')); i++) {
            if (!serve.running || i > 600) throw new Error(`npm run serve did not start the dashboard:\n${serve.tail()}`)
            await new Promise((r) => setTimeout(r, 100))
        }
        url = `http://localhost:${dashboardPort}/`
        // the page would meet the API still starting (and say so); the tests start from a running one
        for (let i = 0; ; i++) {
            let up = await fetch(`${url}graphql`, {method: 'POST', headers: {'content-type': 'application/json'}, body: '{"query": "{ __typename }"}'}).then((r) => r.ok, () => false)
            if (up) break
            if (!serve.running || i > 600) throw new Error(`npm run serve: the GraphQL API did not start:\n${serve.tail()}`)
            await new Promise((r) => setTimeout(r, 100))
        }
        browser = await launchBrowser(CHROMIUM!)
    })
    afterAll(async () => {
        await browser?.close()
        await serve?.stop()
        await stack?.stop()
    })

    it('empty database: says nothing is indexed yet, with the chain head, and no card is a blank chart', async () => {
        let {page, errors} = await browser.open(url)
        await waitForHealth(page, 'empty')
        let head = await stack.anvil.rpc.blockNumber()
        let status = await page.$eval('#status', (s) => ({text: s.textContent!, head: (s as HTMLElement).dataset.head}))
        expect(status.text).toContain('Nothing indexed yet')
        expect(status.head).toBe(String(head))
        await waitForCards(page, ['empty'])
        for (let id of CARDS) {
            let c = await cardState(page, id)
            expect(c.message, id).toContain('Nothing indexed yet')
            expect(c.plotted, id).toBeNull()
        }
        expect(await page.$$('canvas')).toHaveLength(0)
        expect(await page.$eval('#account-result', (r) => (r as HTMLElement).dataset.state)).toBe('unavailable')
        await shot(page, 'empty-database')
        expect(errors).toEqual([])
        await page.close()
    })

    it('the demo scenario: every chart shows the points the API returns, each query as shown runs', async () => {
        let last = await stack.mineScenario(buildDemoScenario(PROTOCOLS, book, Math.floor(Date.now() / 1000) - 45 * 86400))
        await stack.startProcessor()
        await stack.waitForHeight(last)

        let {page, errors} = await browser.open(url)
        await waitForHealth(page, 'live')
        await waitForCards(page, ['ready', 'empty'])
        let api = await stack.gql(`{
            squidStatus { height }
            protocolDays(orderBy: [date_ASC, protocol_ASC], limit: 1000) { protocol day tvlEth restakedLstEth netFlowEth aprDay apr7dSma }
            exchangeRates(where: {asset_in: ["stETH", "rETH"]}, orderBy: timestamp_ASC, limit: 1000) { asset ethPerUnit timestamp }
            withdrawalQueueDays(orderBy: date_ASC, limit: 1000) { day pendingSteth pendingRequests waitMedianSeconds waitP90Seconds }
            losses(from: "1970-01-01T00:00:00Z", to: "2999-01-01T00:00:00Z", limit: 1000) { count items { id protocol kind amountEth } }
            topOperators(limit: 10) { operator delegatedEth avss }
            protocolTotals { uniqueTvlEth protocols { protocol tvlEth } }
        }`)
        let status = await page.$eval('#status', (s) => ({...(s as HTMLElement).dataset}))
        expect(status.height).toBe(String(api.squidStatus.height))
        expect(status.head).toBe(String(await stack.anvil.rpc.blockNumber()))

        // TVL: one point per day and protocol; EigenLayer stacked without the stETH / rETH it holds
        let days = [...new Set<string>(api.protocolDays.map((d: any) => d.day))]
        expect(days.length).toBeGreaterThan(3)
        let row = (day: string, protocol: string) => api.protocolDays.find((d: any) => d.day == day && d.protocol == protocol)
        expect(await cardState(page, 'tvl')).toMatchObject({state: 'ready', plotted: days.length})
        let tvl = await tableRows(page, '#card-tvl')
        expect(tvl.map((r) => r.x)).toEqual(days)
        for (let r of tvl) {
            let el = row(r.x, 'EIGENLAYER')
            let native = el ? String(BigInt(el.tvlEth) - BigInt(el.restakedLstEth)) : null
            expect(r.cells).toEqual({
                LIDO: row(r.x, 'LIDO')?.tvlEth ?? null,
                ROCKET_POOL: row(r.x, 'ROCKET_POOL')?.tvlEth ?? null,
                EIGENLAYER: native,
                EIGENLAYER_RESTAKED: el?.restakedLstEth ?? null,
                TOTAL: String(PROTOCOL_KEYS.reduce((s, p) => s + BigInt(row(r.x, p)?.tvlEth ?? 0) - BigInt(p == 'EIGENLAYER' ? el?.restakedLstEth ?? 0 : 0), 0n)),
            })
        }
        expect(await page.$$eval('#card-tvl .u-legend .u-series', (s) => s.length)).toBe(1 + PROTOCOL_KEYS.length)

        // net flows, APR: the same days, the API's own figures
        expect(await cardState(page, 'flows')).toMatchObject({state: 'ready', plotted: days.length})
        for (let r of await tableRows(page, '#card-flows')) {
            for (let p of PROTOCOL_KEYS) expect(r.cells[p], `${r.x} ${p}`).toBe(row(r.x, p)?.netFlowEth ?? null)
        }
        expect(await cardState(page, 'apr')).toMatchObject({state: 'ready', plotted: days.length})
        let apr = await tableRows(page, '#card-apr')
        expect(apr.map((r) => r.x)).toEqual(days)
        let num = (v: number | null | undefined) => (v == null ? null : String(v))
        for (let r of apr) {
            expect(r.cells).toEqual({
                'LIDO-day': num(row(r.x, 'LIDO')?.aprDay),
                'LIDO-sma': num(row(r.x, 'LIDO')?.apr7dSma),
                'ROCKET_POOL-day': num(row(r.x, 'ROCKET_POOL')?.aprDay),
                'ROCKET_POOL-sma': num(row(r.x, 'ROCKET_POOL')?.apr7dSma),
            })
        }
        expect(apr.some((r) => r.cells['LIDO-day'] != null) && apr.some((r) => r.cells['ROCKET_POOL-sma'] != null)).toBe(true)

        // exchange rates: one x per report time, each asset's rate where it reported
        let times = [...new Set<string>(api.exchangeRates.map((r: any) => String(Date.parse(r.timestamp) / 1000)))]
        expect(await cardState(page, 'rates')).toMatchObject({state: 'ready', plotted: times.length})
        let rates = await tableRows(page, '#card-rates')
        expect(rates.map((r) => r.x)).toEqual(times)
        for (let asset of ['stETH', 'rETH']) {
            let shown = rates.filter((r) => r.cells[asset] != null).map((r) => [r.x, r.cells[asset]])
            let want = api.exchangeRates.filter((r: any) => r.asset == asset).map((r: any) => [String(Date.parse(r.timestamp) / 1000), r.ethPerUnit])
            expect(shown, asset).toEqual(want)
            expect(want.length, asset).toBeGreaterThan(0)
        }

        // the withdrawal queue
        expect(await cardState(page, 'queue')).toMatchObject({state: 'ready', plotted: api.withdrawalQueueDays.length})
        let queue = await tableRows(page, '#card-queue')
        expect(queue.map((r) => [r.x, r.cells.pendingSteth, r.cells.pendingRequests, r.cells.waitMedianSeconds, r.cells.waitP90Seconds])).toEqual(
            api.withdrawalQueueDays.map((d: any) => [d.day, d.pendingSteth, String(d.pendingRequests), num(d.waitMedianSeconds), num(d.waitP90Seconds)])
        )
        expect(queue.some((r) => r.cells.waitMedianSeconds != null)).toBe(true)

        // one loss timeline: every record in the table, those with an ETH figure on the chart
        expect(api.losses.count).toBeGreaterThan(0)
        let priced = api.losses.items.filter((i: any) => i.amountEth != null)
        expect(await cardState(page, 'losses')).toMatchObject({state: 'ready', plotted: priced.length})
        let losses = await tableRows(page, '#card-losses')
        expect(losses.map((r) => [r.x, r.cells.protocol, r.cells.kind, r.cells.amountEth])).toEqual(api.losses.items.map((i: any) => [i.id, i.protocol, i.kind, i.amountEth]))
        expect(new Set(losses.map((r) => r.cells.protocol)).size).toBe(3)

        // top operators
        expect(api.topOperators.length).toBeGreaterThan(0)
        expect(await cardState(page, 'operators')).toMatchObject({state: 'ready', plotted: api.topOperators.length})
        let ops = await tableRows(page, '#card-operators')
        expect(ops.map((r) => [r.x, r.cells.delegatedEth, r.cells.avss])).toEqual(api.topOperators.map((o: any) => [o.operator, o.delegatedEth, o.avss.join(',') || null]))

        // the totals strip
        let tiles = await page.$$eval('#totals .tile', (t) => t.map((e) => [(e as HTMLElement).dataset.key, (e as HTMLElement).dataset.value]))
        expect(tiles).toEqual([['unique', api.protocolTotals.uniqueTvlEth], ...api.protocolTotals.protocols.map((p: any) => [p.protocol, p.tvlEth])])

        // every card's "query" button shows a query that runs as shown, with its variables
        for (let id of CARDS) {
            await page.click(`#card-${id} .query-button`)
            let shown = await page.$eval('#query-text', (e) => e.textContent!)
            let [text, vars] = shown.split('\n\n# variables\n')
            let data = await stack.gql(text, vars ? JSON.parse(vars) : undefined)
            expect(Object.keys(data).length, id).toBeGreaterThan(0)
            await page.keyboard.press('Escape')
            expect(await page.$eval('#query-dialog', (d) => (d as HTMLDialogElement).open)).toBe(false)
        }

        // hovering a chart gives the exact wei of the day under the cursor
        let plot = (await page.$('#card-tvl .u-over'))!
        await plot.scrollIntoView()
        let over = (await plot.boundingBox())!
        await page.mouse.move(over.x + over.width / 2, over.y + over.height / 2)
        let readout = await page.$eval('#card-tvl .readout', (e) => e.textContent!)
        let hovered = tvl.find((r) => readout.startsWith(`${r.x}:`))
        expect(hovered, readout).toBeDefined()
        expect(readout).toContain(`(${hovered!.cells.LIDO} wei)`)

        await shot(page, 'desktop')
        for (let id of CARDS) await (await page.$(`#card-${id}`))!.screenshot({path: path.join(SCREENSHOTS, `chart-${id}.png`)})
        expect(errors).toEqual([])
        await page.close()
    })

    it('the account view: position in ETH, history and exposure as the API returns them; keyboard search; nothing found', async () => {
        let {page, errors} = await browser.open(url)
        await waitForCards(page, ['ready', 'empty'])
        let {topAccounts, topOperators} = await stack.gql(`{ topAccounts(limit: 5) { account totalEth } topOperators(limit: 10) { operator } }`)
        expect(topAccounts.length).toBeGreaterThan(1)
        await page.waitForFunction((n: number) => document.querySelectorAll('#account-picks .pick').length == n, {}, topAccounts.length)

        let accountQuery = `query($id: String!) {
            accountPosition(id: $id) { totalEth lido { stethBalance wstethInSteth requestsEth } rocketPool { ethValue } eigenlayer { queuedEth strategies { strategy ethValue } } }
            accountExposure(id: $id) { exposedEth byAvs { avs ethAtRisk } strategies { strategy sets { avs operatorSetId ethAtRisk fraction } } }
            operatorExposure(id: $id) { exposedEth strategies { strategy sets { avs operatorSetId ethAtRisk fraction } } }
            accountById(id: $id) { deposits(limit: 50) { id } withdrawals(limit: 50) { id } }
        }`
        let views = await Promise.all(topAccounts.map((a: any) => stack.gql(accountQuery, {id: a.account}).then((d) => ({id: a.account, ...d}))))
        // the demo account with the most EigenLayer exposure to show
        let restaker = views.filter((v) => v.accountPosition.eigenlayer.strategies.length > 0).sort((a, b) => b.accountExposure.byAvs.length - a.accountExposure.byAvs.length)[0]
        expect(restaker, 'a demo account restaked in EigenLayer').toBeDefined()

        for (let v of [views[0], restaker]) {
            expect(await lookUp(page, v.id)).toBe('ready')
            let p = v.accountPosition
            expect(await page.$eval('#account-result', (r) => (r as HTMLElement).dataset.totalWei)).toBe(p.totalEth)
            expect(await page.$eval('.account-total', (e) => (e as HTMLElement).title)).toBe(`${p.totalEth} wei`)
            let position = Object.fromEntries((await tableRows(page, '#card-account-position')).map((r) => [r.x, r.cells.eth]))
            expect(position.total).toBe(p.totalEth)
            expect(position['lido-steth']).toBe(p.lido.stethBalance)
            expect(position['lido-wsteth']).toBe(p.lido.wstethInSteth)
            expect(position['rocketpool-reth']).toBe(p.rocketPool.ethValue)
            for (let s of p.eigenlayer.strategies) expect(position[`eigenlayer-${s.strategy}`]).toBe(s.ethValue)

            let history = await tableRows(page, '#card-account-history')
            expect(history.map((r) => r.x).sort()).toEqual([...v.accountById.deposits, ...v.accountById.withdrawals].map((x: any) => x.id).sort())
        }

        // the exposure chain of the restaker: one row per strategy and operator set, the API's ETH at risk
        let x = restaker.accountExposure
        expect(await page.$eval('#card-account-exposure', (c) => (c as HTMLElement).dataset.exposedWei)).toBe(x.exposedEth)
        let chain = await tableRows(page, '#card-account-exposure')
        let wantChain = x.strategies.flatMap((s: any) => (s.sets.length ? s.sets.map((set: any) => [s.strategy, `${set.avs}-${set.operatorSetId}`, set.ethAtRisk]) : [[s.strategy, undefined, null]]))
        expect(chain.map((r) => [r.x, r.cells.set ?? undefined, r.cells.ethAtRisk])).toEqual(wantChain)
        expect(await page.$$eval('#card-account-exposure .avs-list li', (li) => li.map((e) => [(e as HTMLElement).dataset.avs, (e as HTMLElement).dataset.value]))).toEqual(
            x.byAvs.map((a: any) => [a.avs, a.ethAtRisk])
        )
        await (await page.$('#account'))!.screenshot({path: path.join(SCREENSHOTS, 'account.png')})

        // an operator, reached by its URL: what each of its operator sets can slash (the one allocated to the most sets)
        let operators = await Promise.all(topOperators.map((o: any) => stack.gql(accountQuery, {id: o.operator}).then((d) => ({id: o.operator, op: d.operatorExposure}))))
        let sets = (o: any) => o.op.strategies.reduce((n: number, s: any) => n + s.sets.length, 0)
        let {id: operator, op} = operators.sort((a, b) => sets(b) - sets(a))[0]
        expect(sets({op}), 'a demo operator allocated to an operator set').toBeGreaterThan(0)
        await page.goto(`${url}#account=${operator}`)
        await page.waitForFunction((a: string) => document.getElementById('account-result')!.dataset.account == a && document.getElementById('account-result')!.dataset.state == 'ready', {timeout: 30_000}, operator)
        let opRows = await tableRows(page, '#card-account-operator')
        expect(opRows.map((r) => [r.x, r.cells.set ?? undefined, r.cells.fraction ?? null, r.cells.ethAtRisk])).toEqual(
            op.strategies.flatMap((s: any) => (s.sets.length ? s.sets.map((set: any) => [s.strategy, `${set.avs}-${set.operatorSetId}`, String(set.fraction), set.ethAtRisk]) : [[s.strategy, undefined, null, null]]))
        )

        // an address with nothing, and one that is not an address
        expect(await lookUp(page, NOBODY)).toBe('nothing')
        expect(await page.$eval('#account-result', (r) => r.textContent)).toContain(`Nothing found for ${NOBODY}`)
        await page.click('#account-input', {count: 3})
        await page.keyboard.type('0x12345')
        await page.keyboard.press('Enter')
        expect(await page.$eval('#account-error', (e) => e.textContent)).toContain('is not an address')
        expect(await page.$eval('#account-input', (e) => e.getAttribute('aria-invalid'))).toBe('true')
        expect(errors).toEqual([])
        await page.close()
    })

    it('a 390 x 844 phone screen: every chart renders and nothing scrolls sideways', async () => {
        let {page, errors} = await browser.open(`${url}#account=${(await stack.gql(`{ topAccounts(limit: 1) { account } }`)).topAccounts[0].account}`, {width: 390, height: 844})
        await waitForCards(page, ['ready', 'empty'])
        await page.waitForFunction(() => document.getElementById('account-result')!.dataset.state == 'ready', {timeout: 30_000})
        for (let id of CARDS) expect((await cardState(page, id)).state, id).toBe('ready')
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
        await shot(page, 'phone')
        expect(errors).toEqual([])
        await page.close()
    })

    it('processor behind the chain head: a syncing message with the heights and a progress bar', async () => {
        await stack.stopProcessor()
        let {squidStatus} = await stack.gql(`{ squidStatus { height } }`)
        let head = await stack.chain.mineEmpty(60)
        let {page, errors} = await browser.open(url)
        await waitForHealth(page, 'syncing')
        let status = await page.$eval('#status', (s) => ({text: s.textContent!, value: s.querySelector('progress')?.getAttribute('value'), max: s.querySelector('progress')?.getAttribute('max')}))
        expect(status.text).toContain('Still syncing')
        expect(status.text).toContain(`indexed to block ${squidStatus.height.toLocaleString('en-US')} of ${head.toLocaleString('en-US')}`)
        // the devnet indexes from block 0
        expect(status).toMatchObject({value: String(squidStatus.height), max: String(head)})
        await waitForCards(page, ['ready', 'empty'])
        await shot(page, 'syncing')
        expect(errors).toEqual([])
        await page.close()
    })

    it('the API unreachable: a clear message, every card waiting for it', async () => {
        let dead = await freePort()
        let server = await startDashboardServer({port: await freePort(), graphqlUrl: `http://127.0.0.1:${dead}/graphql`, rpcUrl: stack.anvil.url, firstBlock: 0})
        try {
            let {page, errors} = await browser.open(server.url)
            await waitForHealth(page, 'unreachable')
            expect(await page.$eval('#status', (s) => s.textContent)).toContain('The GraphQL API does not answer')
            await waitForCards(page, ['error'])
            for (let id of CARDS) expect((await cardState(page, id)).message, id).toContain('Waiting for the GraphQL API')
            await shot(page, 'api-unreachable')
            // the only console errors: the browser's own notes of the 502 answers
            expect(errors.filter((e) => !/status of 502/.test(e))).toEqual([])
            await page.close()
        } finally {
            await server.close()
        }
    })
})
