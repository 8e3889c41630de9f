import {spawn} from 'child_process'
import fs from 'fs'
import path from 'path'
import {computeDigest} from '../digest'
import {History} from './history'
import {BenchDb} from './postgres'
import {progress} from './progress'

export interface SyncResult {
    wallSeconds: number
    /** spawn -> the first batch committed (process start, DB connect, first fetch and write) */
    startupSeconds: number
    eventsPerSecond: number
    blocksPerSecond: number
    peakRssMb: number
    dbSizeMb: number
    rows: Record<string, number>
    /** the digest's hash of each table (src/digest): two syncs of one chain must write the same data */
    checksums: Record<string, string>
    /** the processor's HTTP calls, counted by the front when RPC_FILTER_LOGS is on */
    profileDir?: string
}

export interface SyncOptions {
    rpcUrl: string
    filterLogs: boolean
    profileDir?: string
    label: string
}

/** The real squid (lib/main.js, NETWORK=devnet, RPC only) from an empty database to the head of `history`. */
export async function runSync(history: History, db: BenchDb, options: SyncOptions): Promise<SyncResult> {
    let main = path.resolve(__dirname, '..', 'main.js')
    let nodeArgs = options.profileDir ? ['--cpu-prof', '--cpu-prof-dir', options.profileDir] : []
    let started = Date.now()
    // under --cpu-prof the profile is written at a normal exit: turn the stop signal into one
    let entry = options.profileDir ? ['-e', `process.once('SIGINT', () => process.exit(0)); require(${JSON.stringify(main)})`] : [main]
    let child = spawn(process.execPath, [...nodeArgs, ...entry], {
        env: {...process.env, ...db.env, NETWORK: 'devnet', RPC_ETH_HTTP: options.rpcUrl, RPC_FILTER_LOGS: String(options.filterLogs), SQD_GATEWAY: '', PROMETHEUS_PORT: '0'},
        stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output: string[] = []
    let keep = (b: Buffer) => {
        output.push(b.toString())
        if (output.length > 200) output.shift()
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    let exited = new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? -1)))

    let show = progress(`sync ${options.label}`, history.head)
    let startupSeconds: number | undefined
    let peakRssKb = 0
    try {
        while (true) {
            if (child.exitCode != null) throw new Error(`the processor exited (${child.exitCode}):\n${output.join('').slice(-3000)}`)
            peakRssKb = Math.max(peakRssKb, rssHighWaterKb(child.pid!))
            let height = await processedHeight(db)
            if (height >= 0 && startupSeconds == null) startupSeconds = (Date.now() - started) / 1000
            show(Math.max(height, 0))
            if (height >= history.head) break
            await new Promise((r) => setTimeout(r, 100))
        }
    } finally {
        show(history.head, true)
        peakRssKb = Math.max(peakRssKb, rssHighWaterKb(child.pid!))
        // SIGINT lets node write the --cpu-prof file on the way out
        child.kill(options.profileDir ? 'SIGINT' : 'SIGTERM')
        let timer = setTimeout(() => child.kill('SIGKILL'), 15_000)
        await exited
        clearTimeout(timer)
    }
    let wallSeconds = (Date.now() - started) / 1000
    return {
        wallSeconds,
        startupSeconds: startupSeconds ?? wallSeconds,
        eventsPerSecond: history.relevantLogs / wallSeconds,
        blocksPerSecond: history.head / wallSeconds,
        peakRssMb: peakRssKb / 1024,
        dbSizeMb: Number((await db.pool.query('SELECT pg_database_size(current_database()) AS s')).rows[0].s) / 2 ** 20,
        ...(await tableContents(db)),
        profileDir: options.profileDir,
    }
}

export async function processedHeight(db: BenchDb): Promise<number> {
    try {
        let res = await db.pool.query(
            `SELECT GREATEST(
                (SELECT height FROM squid_processor.status WHERE id = 0),
                (SELECT max(height) FROM squid_processor.hot_block)) AS h`
        )
        return res.rows[0].h ?? -1
    } catch {
        return -1 // the processor has not created its status tables yet
    }
}

/** VmHWM: the highest resident set size the process has had. */
function rssHighWaterKb(pid: number): number {
    try {
        let m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
        return m ? Number(m[1]) : 0
    } catch {
        return 0
    }
}

/** The digest (`npm run digest`) of what the sync wrote: two syncs of one chain must write the same data. */
export async function tableContents(db: BenchDb): Promise<{rows: Record<string, number>; checksums: Record<string, string>}> {
    let client = await db.pool.connect()
    try {
        let digest = await computeDigest(client)
        let written = digest.tables.filter((t) => t.rows > 0)
        return {
            rows: Object.fromEntries(written.map((t) => [t.table, t.rows])),
            checksums: Object.fromEntries(written.map((t) => [t.table, t.hash])),
        }
    } finally {
        client.release()
    }
}
