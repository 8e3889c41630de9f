import pg from 'pg'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import * as lidoAbi from '../../lib/abi/Lido'
import {DEFAULT_API_LIMITS} from '../../lib/api/flags'
import {book, encodeEvent, Stack, startStack} from '../harness'

const STETH = book.lido.steth.address
const ZERO = '0x0000000000000000000000000000000000000000'
const ALICE = '0x00000000000000000000000000000000000a11ce'

interface Answer {
    status: number
    type: string
    text: string
    body: any
}

/** The API's limits as every deployment has them (the defaults of src/api/flags.ts), over HTTP. */
describe('GraphQL API limits and error answers', () => {
    let stack: Stack
    beforeAll(async () => {
        stack = await startStack({apiArgs: []})
        let block = await stack.chain.mineBlock({
            txs: [[
                encodeEvent(STETH, lidoAbi.events.Submitted, {sender: ALICE, amount: 10n ** 18n, referral: ZERO}),
                encodeEvent(STETH, lidoAbi.events.TransferShares, {from: ZERO, to: ALICE, sharesValue: 10n ** 18n}),
            ]],
        })
        await stack.waitForHeight(block)
    })
    afterAll(async () => {
        await stack?.stop()
    })

    async function post(body: string | Buffer, headers: Record<string, string> = {'content-type': 'application/json'}, method = 'POST', path = '/graphql'): Promise<Answer> {
        let res = await fetch(stack.gqlUrl.replace('/graphql', path), {method, headers, body: method == 'GET' ? undefined : body})
        let text = await res.text()
        let parsed: any
        try {
            parsed = JSON.parse(text)
        } catch {}
        return {status: res.status, type: res.headers.get('content-type') ?? '', text, body: parsed}
    }
    const query = (q: string) => post(JSON.stringify({query: q}))

    /** JSON, each message one line, nothing that looks like a stack trace */
    function expectCleanError(a: Answer): string {
        expect(a.type, a.text).toContain('application/json')
        expect(a.body?.errors?.length, a.text).toBeGreaterThan(0)
        for (let e of a.body.errors) {
            expect(typeof e.message).toBe('string')
            expect(e.message).not.toContain('\n')
        }
        expect(a.text).not.toMatch(/stacktrace|exception|\n\s+at |\.js:\d+/)
        return a.body.errors[0].message
    }

    it('a 12-level nested query is refused before it runs (depth limit), one within the limit answers', async () => {
        let nested = (levels: number) => {
            // accounts -> delegatedTo -> delegators -> delegatedTo -> ..., every list with a limit
            let q = 'id'
            for (let i = levels - 1; i >= 2; i--) q = i % 2 == 0 ? `delegatedTo { id ${q} }` : `delegators(limit: 2) { id ${q} }`
            return `{ accounts(limit: 2) { id ${q} } }`
        }
        let deep = await query(nested(12))
        expect(deep.status).toBe(400)
        expect(expectCleanError(deep)).toBe(`query nests fields 12 levels deep; the limit is ${DEFAULT_API_LIMITS.maxDepth} (--max-depth): ask for fewer nested relations`)
        // fragments count where they are spread
        let viaFragment = await query(
            `{ accounts(limit: 1) { ...a } } fragment a on Account { delegatedTo { ...o } } ` +
                `fragment o on Operator { delegators(limit: 1) { delegatedTo { delegators(limit: 1) { delegatedTo { delegators(limit: 1) { delegatedTo { id } } } } } } }`
        )
        expect(expectCleanError(viaFragment)).toContain('nests fields 9 levels deep')

        let ok = await query(nested(DEFAULT_API_LIMITS.maxDepth))
        expect(ok.body.errors, ok.text).toBeUndefined()
        expect(ok.body.data.accounts).toEqual([{id: ALICE, delegatedTo: null}])
        // GraphiQL's introspection query nests type references deeper than the limit: not counted
        let intro = await query(`{ __schema { types { name fields { type { ofType { ofType { ofType { ofType { name } } } } } } } } }`)
        expect(intro.body.errors, intro.text).toBeUndefined()
    })

    it('a query selecting too many fields is refused (aliases count)', async () => {
        let fields = Array.from({length: DEFAULT_API_LIMITS.maxFields}, (_, i) => `f${i}: id`).join(' ')
        let wide = await query(`{ accounts(limit: 1) { ${fields} } }`)
        expect(wide.status).toBe(400)
        expect(expectCleanError(wide)).toBe(`query selects ${DEFAULT_API_LIMITS.maxFields + 1} fields; the limit is ${DEFAULT_API_LIMITS.maxFields} (--max-fields): split it into smaller queries`)
    })

    it('a query that might exceed the response size says in one line where to add `limit`', async () => {
        let big = await query(`{ deposits(orderBy: timestamp_DESC) { id amount } accountById(id: "${ALICE}") { id withdrawals { id } deposits(limit: 50) { id } } }`)
        let message = expectCleanError(big)
        expect(message).toBe(
            `response might exceed the size limit of ${DEFAULT_API_LIMITS.maxResponseSize} nodes (--max-response-size): add \`limit\` to deposits (e.g. deposits(limit: 50))`
        )
        expect(big.body.errors[0].extensions).toEqual({code: 'RESPONSE_TOO_LARGE'})
        let nestedBig = await query(`{ accountById(id: "${ALICE}") { id withdrawals { id amount status protocol requestedAt completedAt amountEth shares requestTxHash requestedBlock } } }`)
        expect(expectCleanError(nestedBig)).toContain('add `limit` to accountById.withdrawals (e.g. withdrawals(limit: 50))')

        let limited = await query(`{ deposits(orderBy: timestamp_DESC, limit: 50) { id amount } accountById(id: "${ALICE}") { deposits(limit: 50) { amount } } }`)
        expect(limited.body.errors, limited.text).toBeUndefined()
        expect(limited.body.data.accountById.deposits).toEqual([{amount: '1000000000000000000'}])
    })

    it('too many root fields are refused', async () => {
        let roots = Array.from({length: DEFAULT_API_LIMITS.maxRootFields + 1}, (_, i) => `r${i}: squidStatus { height }`).join(' ')
        expectCleanError(await query(`{ ${roots} }`))
    })

    it('a query stuck behind a lock is cancelled by the SQL statement timeout (default 5 s) with one line', async () => {
        let locker = new pg.Client({host: '127.0.0.1', port: Number(stack.dbEnv.DB_PORT), user: 'postgres', password: 'postgres', database: 'squid'})
        await locker.connect()
        try {
            await locker.query('BEGIN')
            await locker.query('LOCK TABLE deposit IN ACCESS EXCLUSIVE MODE')
            let stuck = await query(`{ deposits(limit: 1) { id } }`)
            expect(expectCleanError(stuck)).toBe(
                `the query ran longer than ${DEFAULT_API_LIMITS.sqlStatementTimeoutMs} ms (--sql-statement-timeout): add \`limit\` or a narrower \`where\``
            )
            await locker.query('ROLLBACK')
        } finally {
            await locker.end()
        }
        // the connection it held is back in the pool and the API answers
        let after = await query(`{ deposits(limit: 1) { amount } }`)
        expect(after.body.data.deposits).toEqual([{amount: '1000000000000000000'}])
    })

    it("survives the database closing its connections (idle ones too) and answers again", async () => {
        let before = await query(`{ deposits(limit: 1) { amount } }`)
        expect(before.body.data.deposits).toEqual([{amount: '1000000000000000000'}])
        let [{n}] = await stack.sql(
            `SELECT count(*)::int AS n FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'stakewatch-api') t`
        )
        expect(n).toBeGreaterThan(0)
        await new Promise((r) => setTimeout(r, 300))
        let after = await query(`{ deposits(limit: 1) { amount } }`)
        expect(after.body?.data?.deposits, after.text).toEqual([{amount: '1000000000000000000'}])
    })

    it('every error answer is JSON with a one-line message and no stack trace', async () => {
        let twoMb = JSON.stringify({query: `{ squidStatus { height } }`, variables: {pad: 'x'.repeat(2 * 1024 * 1024)}})
        let cases: [string, Promise<Answer>, number][] = [
            ['2 MB body', post(twoMb), 413],
            ['malformed JSON', post('{"query": "{ squidStatus { height } }"'), 400],
            ['JSON that is not a request', post('[1, 2, 3]'), 400],
            ['no query', post('{}'), 400],
            ['wrong content type', post('{ squidStatus { height } }', {'content-type': 'text/plain'}), 400],
            ['GET without a query', post('', {accept: 'application/json'}, 'GET'), 400],
            ['PUT', post('{}', {'content-type': 'application/json'}, 'PUT'), 405],
            ['unknown path', post('', {accept: 'text/html'}, 'GET', '/nope'), 404],
            ['syntax error', query('{ deposits(limit: 1) { id '), 400],
            ['unknown field', query('{ deposits(limit: 1) { nosuchfield } }'), 400],
            ['bad argument', query('{ deposits(limit: "ten") { id } }'), 400],
            ['bad variable', post(JSON.stringify({query: 'query($n: Int!) { deposits(limit: $n) { id } }', variables: {n: 'x'}})), 400],
            ['bad id', query('{ accountById(id: 5) { id } }'), 400],
            ['bad BigInt', query('{ deposits(limit: 1, where: {amount_gt: "1.5"}) { id } }'), 400],
        ]
        for (let [name, answer, status] of cases) {
            let a = await answer
            expect(a.status, `${name}: ${a.text.slice(0, 300)}`).toBe(status)
            let message = expectCleanError(a)
            expect(message.length, name).toBeGreaterThan(5)
        }
        expect((await cases[0][1]).body.errors[0].message).toBe(`request body is larger than ${DEFAULT_API_LIMITS.maxRequestSizeKb} kB (--max-request-size)`)
        expect((await cases[1][1]).body.errors[0].message).toMatch(/^request body is not valid JSON/)
        // and the server is still up
        let ok = await query('{ squidStatus { height } }')
        expect(ok.body.data.squidStatus.height).toBeGreaterThan(0)
    })
})
