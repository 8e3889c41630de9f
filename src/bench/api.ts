import path from 'path'
import {spawn} from 'child_process'
import autocannon from 'autocannon'
import {BenchDb} from './postgres'

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface ApiResult {
    name: string
    requestsPerSecond: number
    p50Ms: number
    p99Ms: number
    errors: number
    /** the plan of the SQL the query stands for, first lines */
    plan: string
    usesIndex: boolean
    /** with sequential scans disabled, the plan uses an index (the planner scans tiny tables anyway) */
    indexAvailable: boolean
    tableRows: number
}

interface DashboardQuery {
    name: string
    graphql: string
    variables: Record<string, unknown>
    /** hand-written SQL equivalent of what the server runs for it, for EXPLAIN */
    sql: string
    sqlParams: unknown[]
    /** the table the query reads */
    table: string
}

/**
 * Typical dashboard queries against the bench database through the real GraphQL server, each hammered by
 * autocannon (`connections` at once, `seconds` long); the query's SQL shape is EXPLAINed on the same data.
 */
export async function runApiBench(db: BenchDb, port: number, seconds: number, connections: number): Promise<ApiResult[]> {
    let queries = await dashboardQueries(db)
    await db.pool.query('ANALYZE')
    let server = spawn(process.execPath, [path.resolve(__dirname, '..', 'api', 'server.js')], {
        env: {...process.env, ...db.env, GQL_PORT: String(port)},
        stdio: 'ignore',
    })
    let url = `http://127.0.0.1:${port}/graphql`
    try {
        await waitForServer(url)
        let results: ApiResult[] = []
        for (let q of queries) {
            let body = JSON.stringify({query: q.graphql, variables: q.variables})
            let check: any = await (await fetch(url, {method: 'POST', headers: {'content-type': 'application/json'}, body})).json()
            if (check.errors) throw new Error(`${q.name}: ${JSON.stringify(check.errors)}`)
            process.stderr.write(`  api: ${q.name} (${seconds} s, ${connections} connections)...\n`)
            let r: any = await autocannon({url, method: 'POST', headers: {'content-type': 'application/json'}, body, connections, duration: seconds})
            let plan = await explain(db, q, false)
            let forced = await explain(db, q, true)
            results.push({
                name: q.name,
                requestsPerSecond: r.requests.average,
                p50Ms: r.latency.p50,
                p99Ms: r.latency.p99,
                errors: r.errors + r.non2xx + r.timeouts,
                plan,
                usesIndex: /Index/.test(plan),
                indexAvailable: /Index/.test(forced),
                tableRows: Number((await db.pool.query(`SELECT count(*) AS n FROM ${q.table}`)).rows[0].n),
            })
        }
        return results
    } finally {
        server.kill('SIGTERM')
    }
}

async function explain(db: BenchDb, q: DashboardQuery, noSeqScan: boolean): Promise<string> {
    let client = await db.pool.connect()
    try {
        await client.query(`SET enable_seqscan = ${noSeqScan ? 'off' : 'on'}`)
        let res = await client.query(`EXPLAIN ${q.sql}`, q.sqlParams as any[])
        return res.rows.map((r: any) => r['QUERY PLAN']).join('\n')
    } finally {
        await client.query('RESET enable_seqscan')
        client.release()
    }
}

async function dashboardQueries(db: BenchDb): Promise<DashboardQuery[]> {
    let one = async (sql: string, dflt: any) => (await db.pool.query(sql)).rows[0] ?? dflt
    // the busiest account and operator: the worst case a dashboard meets
    let account = (await one(`SELECT account_id AS id FROM deposit GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`, {id: '0x0'})).id
    let operator = (await one(`SELECT delegated_to_id AS id FROM account WHERE delegated_to_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`, {id: '0x0'})).id
    let lastTs = (await one(`SELECT max(timestamp) AS t FROM deposit`, {t: null})).t ?? new Date()
    let since = new Date(new Date(lastTs).getTime() - 30 * 86400_000).toISOString()
    // the asset with the longest rate history (stETH once the Lido module indexes rebases)
    let asset = (await one(`SELECT asset FROM exchange_rate GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`, {asset: 'stETH'})).asset
    return [
        {
            name: "an account's deposits and withdrawals",
            graphql: `query($id: String!) { accountById(id: $id) { id stethShares
                deposits(orderBy: blockNumber_DESC, limit: 20) { id amount shares timestamp }
                withdrawals(orderBy: requestedBlock_DESC, limit: 20) { id status amount requestedAt } } }`,
            variables: {id: account},
            sql: `SELECT * FROM deposit WHERE account_id = $1 ORDER BY block_number DESC LIMIT 20`,
            sqlParams: [account],
            table: 'deposit',
        },
        {
            name: `the last 30 days of ${asset} rates`,
            graphql: `query($asset: String!, $since: DateTime!) { exchangeRates(where: {asset_eq: $asset, timestamp_gte: $since}, orderBy: timestamp_ASC, limit: 1000) { ethPerUnit apr timestamp } }`,
            variables: {asset, since},
            sql: `SELECT * FROM exchange_rate WHERE asset = $1 AND timestamp >= $2 ORDER BY timestamp LIMIT 1000`,
            sqlParams: [asset, since],
            table: 'exchange_rate',
        },
        {
            name: "an operator's delegators",
            graphql: `query($id: String!) { accountsConnection(where: {delegatedTo: {id_eq: $id}}, orderBy: id_ASC, first: 50) { totalCount edges { node { id } } } }`,
            variables: {id: operator},
            sql: `SELECT id FROM account WHERE delegated_to_id = $1 ORDER BY id LIMIT 50`,
            sqlParams: [operator],
            table: 'account',
        },
        {
            name: 'the slashing timeline',
            graphql: `{ slashings(orderBy: timestamp_DESC, limit: 50) { protocol kind amount amountEth timestamp operator { id } } }`,
            variables: {},
            sql: `SELECT * FROM slashing ORDER BY timestamp DESC LIMIT 50`,
            sqlParams: [],
            table: 'slashing',
        },
        {
            name: 'a paged filtered list (Lido deposits > 1 ETH, page 3)',
            graphql: `{ deposits(where: {protocol_eq: LIDO, amount_gt: "1000000000000000000"}, orderBy: timestamp_DESC, limit: 50, offset: 100) { id amount timestamp account { id } } }`,
            variables: {},
            sql: `SELECT * FROM deposit WHERE protocol = 'LIDO' AND amount > 1000000000000000000 ORDER BY timestamp DESC LIMIT 50 OFFSET 100`,
            sqlParams: [],
            table: 'deposit',
        },
    ]
}

async function waitForServer(url: string): Promise<void> {
    for (let i = 0; i < 300; i++) {
        try {
            let res = await fetch(url, {method: 'POST', headers: {'content-type': 'application/json'}, body: '{"query":"{ __typename }"}'})
            if (res.ok) return
        } catch {}
        await new Promise((r) => setTimeout(r, 100))
    }
    throw new Error('the GraphQL server did not start')
}
