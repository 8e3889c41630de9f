/**
 * The integration harness every test builds on: a real anvil with the log emitter at the protocols' mainnet
 * addresses, a real embedded PostgreSQL with the migrations applied, the real processor (lib/main.js, the
 * same build `npm start` runs, NETWORK=devnet) and the real GraphQL server, queried over HTTP.
 *
 *   const stack = await startStack()
 *   const block = await stack.chain.mineBlock({txs: [[encodeEvent(addr, abi.events.X, {...}), ...]]})
 *   await stack.waitForHeight(block)
 *   const data = await stack.gql(`{ deposits { id } }`)
 *   await stack.stop()
 */
import fs from 'fs'
import os from 'os'
import path from 'path'
import pg from 'pg'
import {Anvil} from '../../lib/devnet/anvil'
import {DevnetChain} from '../../lib/devnet/chain'
import {devnet} from '../../lib/networks'
import {allContractAddresses, scenarioAddresses} from '../../lib/devnet/addresses'
import type {BlockSpec} from '../../lib/devnet/chain'
import {startEmbeddedPostgres, RunningPostgres} from '../../lib/postgres/embedded'
import {applyMigrations} from '../../lib/postgres/migrations'
import {computeDigest} from '../../lib/digest'
import {freePort} from '../../lib/devnet/ports'
import {testDataPrefix} from './processes'
import {ChildService, LIB, ROOT} from './services'

export {encodeEvent} from '../../lib/core/encode'
export type {RawLog} from '../../lib/core/encode'
export {devnet as book}

/** The hashes without the bookkeeping tables (src/digest): what two correct syncs of one chain share. */

export interface StackOptions {
    /** FINALITY_CONFIRMATION for the processor (default 5: recent blocks stay hot and can be reorganised) */
    finalityConfirmation?: number
    /** extra environment for the processor */
    processorEnv?: Record<string, string>
    /** don't start the processor yet (call startProcessor) */
    deferProcessor?: boolean
    /**
     * flags for the GraphQL server (src/api/flags.ts). Default: every deployment's limits except the
     * response-size estimate, off so tests can read whole (small) tables without `limit`; the tests of the
     * limits and of the documented queries pass [] to run with exactly what users get.
     */
    apiArgs?: string[]
    /** a fixed PostgreSQL port instead of a free one */
    pgPort?: number
}

export interface Stack {
    anvil: Anvil
    chain: DevnetChain
    /** places the emitter at every address the blocks' logs use (EigenPods), mines them in order; returns the last height */
    mineScenario(blocks: BlockSpec[]): Promise<number>
    /** GraphQL over HTTP; throws on GraphQL errors */
    gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>
    /** resolves once the processor has processed `height` (squidStatus.height), or throws with its output */
    waitForHeight(height: number, timeoutMs?: number): Promise<void>
    /** plain SQL against the squid's database */
    sql<T = any>(query: string, params?: unknown[]): Promise<T[]>
    startProcessor(): Promise<void>
    /** environment for the next startProcessor, over `processorEnv` (e.g. another RPC_ETH_HTTP) */
    setProcessorEnv(env: Record<string, string>): void
    stopProcessor(signal?: NodeJS.Signals): Promise<number>
    processorOutput(): string
    /** the running processor (undefined before startProcessor) */
    processor(): ChildService | undefined
    /** every table's rows and hash (src/digest, `npm run digest`): equal data, equal hashes */
    contentHash(): Promise<Record<string, string>>
    /** empties every table and the processor's status, as a new database would be (migrations kept) */
    resetData(): Promise<void>
    /** stops PostgreSQL and starts it again on the same files and port (the processor's connections drop) */
    restartDatabase(): Promise<void>
    gqlUrl: string
    dbEnv: Record<string, string>
    stop(): Promise<void>
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
    // whatever starts is stopped again if a later step fails (or the test times out while we wait)
    let started: (() => Promise<unknown>)[] = []
    let stopStarted = async () => {
        for (let stop of started.reverse()) await stop().catch(() => {})
        started = []
    }
    try {
        return await buildStack(options, started)
    } catch (e) {
        await stopStarted()
        throw e
    }
}

async function buildStack(options: StackOptions, started: (() => Promise<unknown>)[]): Promise<Stack> {
    let [anvilPort, pgPort, gqlPort] = [await freePort(), options.pgPort ?? (await freePort()), await freePort()]
    // /tmp is reachable by the postgres user even when the checkout is not (a clone in a mode-700 dir)
    let dataRoot = fs.mkdtempSync(testDataPrefix())
    fs.chmodSync(dataRoot, 0o755)
    started.push(async () => fs.rmSync(dataRoot, {recursive: true, force: true}))

    let anvil = await Anvil.start({port: anvilPort})
    started.push(() => anvil.stop())
    let chain = new DevnetChain(anvil.rpc)
    await chain.setup(allContractAddresses(devnet))

    let pgOptions = {dataDir: path.join(dataRoot, 'pg'), port: pgPort, user: 'postgres', password: 'postgres', database: 'squid'}
    let postgres: RunningPostgres = await startEmbeddedPostgres(pgOptions)
    // the latest server: restartDatabase replaces it
    started.push(() => postgres.stop())
    let dbEnv = {DB_HOST: '127.0.0.1', DB_PORT: String(pgPort), DB_NAME: 'squid', DB_USER: 'postgres', DB_PASS: 'postgres'}
    Object.assign(process.env, dbEnv)
    await applyMigrations(ROOT)

    let pool = new pg.Pool({host: '127.0.0.1', port: pgPort, user: 'postgres', password: 'postgres', database: 'squid', max: 2})
    // an idle connection dropped while the server shuts down (57P01) is expected at stop(), not a failure
    pool.on('error', () => {})
    started.push(() => pool.end())
    let graphql = ChildService.start('graphql', path.join(LIB, 'api', 'server.js'), options.apiArgs ?? ['--max-response-size', '0'], {
        ...dbEnv,
        GQL_PORT: String(gqlPort),
    })
    started.push(() => graphql.stop())
    let gqlUrl = `http://127.0.0.1:${gqlPort}/graphql`
    let processor: ChildService | undefined
    let runEnv: Record<string, string> = {}
    started.push(async () => processor?.stop())

    let stack: Stack = {
        anvil,
        chain,
        async mineScenario(blocks) {
            await chain.setup(scenarioAddresses(devnet, blocks))
            let last = await anvil.rpc.blockNumber()
            for (let block of blocks) last = await chain.mineBlock(block)
            return last
        },
        gqlUrl,
        dbEnv,
        async gql(query, variables) {
            let res = await fetch(gqlUrl, {
                method: 'POST',
                headers: {'content-type': 'application/json'},
                body: JSON.stringify({query, variables}),
            })
            let body: any = await res.json()
            if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`)
            return body.data
        },
        async waitForHeight(height, timeoutMs = 60_000) {
            let deadline = Date.now() + timeoutMs
            while (true) {
                if (processor && !processor.running) {
                    throw new Error(`processor exited with code ${processor.proc.exitCode}:\n${processor.tail()}`)
                }
                try {
                    let data = await stack.gql<{squidStatus: {height: number | null}}>(`{ squidStatus { height } }`)
                    if ((data.squidStatus.height ?? -1) >= height) return
                } catch {}
                if (Date.now() > deadline) {
                    throw new Error(`processor did not reach block ${height} in ${timeoutMs} ms:\n${processor?.tail()}`)
                }
                await new Promise((r) => setTimeout(r, 100))
            }
        },
        async sql(query, params) {
            let res = await pool.query(query, params as any[])
            return res.rows
        },
        async startProcessor() {
            if (processor?.running) return
            processor = ChildService.start('processor', path.join(LIB, 'main.js'), [], {
                ...dbEnv,
                NETWORK: 'devnet',
                RPC_ETH_HTTP: anvil.url,
                FINALITY_CONFIRMATION: String(options.finalityConfirmation ?? 5),
                ...options.processorEnv,
                ...runEnv,
            })
        },
        setProcessorEnv(env) {
            runEnv = env
        },
        async stopProcessor(signal = 'SIGTERM') {
            return processor ? processor.stop(signal) : 0
        },
        processorOutput() {
            return processor?.tail(200) ?? ''
        },
        processor() {
            return processor
        },
        async contentHash() {
            let client = await pool.connect()
            try {
                let digest = await computeDigest(client)
                return Object.fromEntries(digest.tables.map((t) => [t.table, `${t.rows}:${t.hash}`]))
            } finally {
                client.release()
            }
        },
        async resetData() {
            let tables = await stack.sql<{tablename: string}>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`)
            await stack.sql(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(', ')}`)
            await stack.sql(`DROP SCHEMA IF EXISTS squid_processor CASCADE`)
        },
        async restartDatabase() {
            await postgres.stop()
            postgres = await startEmbeddedPostgres(pgOptions)
        },
        async stop() {
            let errors: unknown[] = []
            for (let stop of [...started].reverse()) await stop().catch((e) => errors.push(e))
            started.length = 0
            if (errors.length) throw errors[0]
        },
    }
    // wait for the GraphQL server to answer before handing the stack out
    for (let i = 0; ; i++) {
        try {
            await stack.gql('{ __typename }')
            break
        } catch (e) {
            if (!graphql.running || i > 300) throw new Error(`GraphQL server did not start:\n${graphql.tail()}`)
            await new Promise((r) => setTimeout(r, 100))
        }
    }
    if (!options.deferProcessor) await stack.startProcessor()
    return stack
}
