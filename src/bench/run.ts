import fs from 'fs'
import os from 'os'
import path from 'path'
import {Anvil} from '../devnet/anvil'
import {freePort} from '../devnet/ports'
import {runApiBench, ApiResult} from './api'
import {runFloor, FloorResult} from './floor'
import {ensureHistory, History, historySpec, HistoryKind} from './history'
import {BenchPostgres} from './postgres'
import {report} from './report'
import {runSync, SyncResult} from './sync'

/**
 * `npm run bench [-- --events 1000000] [--only dense|mainnet-like] [--api-seconds 20] [--connections 50]
 *  [--no-api] [--no-stock] [--profile]`
 *
 * For each history (generated once, then loaded from bench/states/): the real squid from an empty database
 * to the head, the floor on the same chain, and (dense) the API under load. Results: bench/results/.
 */
export interface BenchOptions {
    events: number
    kinds: HistoryKind[]
    apiSeconds: number
    connections: number
    api: boolean
    /** also sync the mainnet-like history the stock way (every log of every block) */
    stock: boolean
    profile: boolean
    statesDir: string
    resultsDir: string
}

export interface HistoryResult {
    history: History
    sync: SyncResult
    stockSync?: SyncResult
    floor: FloorResult
    api?: ApiResult[]
}

export async function runBench(options: BenchOptions): Promise<HistoryResult[]> {
    let pg = await BenchPostgres.start(await freePort())
    let results: HistoryResult[] = []
    try {
        for (let kind of options.kinds) {
            process.stderr.write(`\n${kind} history, ${options.events.toLocaleString('en')} events\n`)
            let history = await ensureHistory(historySpec(kind, options.events), options.statesDir, await freePort())
            if (history.missingTopics.length) {
                process.stderr.write(
                    `  warning: ${history.missingTopics.length} requested topic0s have no log in the history (no demoScenario ` +
                        `or bench generator covers them; listed in the results JSON)\n`
                )
            }
            let anvil = await Anvil.start({port: await freePort(), loadState: history.statePath, readyTimeoutMs: 300_000})
            try {
                let profileDir = options.profile ? path.join(options.resultsDir, `profile-${kind}-${Date.now()}`) : undefined
                let db = await pg.createDatabase(`bench_${kind.replace('-', '_')}`)
                let sync = await runSync(history, db, {rpcUrl: anvil.url, filterLogs: true, profileDir, label: kind})
                let stockSync: SyncResult | undefined
                if (options.stock && kind == 'mainnet-like') {
                    let stockDb = await pg.createDatabase('bench_stock')
                    stockSync = await runSync(history, stockDb, {rpcUrl: anvil.url, filterLogs: false, label: `${kind}, stock (every log)`})
                    await stockDb.drop()
                }
                let floor = await runFloor(history, db, anvil.url)
                let api = options.api && kind == 'dense' ? await runApiBench(db, await freePort(), options.apiSeconds, options.connections) : undefined
                await db.drop()
                results.push({history, sync, stockSync, floor, api})
            } finally {
                await anvil.stop()
            }
        }
    } finally {
        await pg.stop()
    }
    return results
}

function parseArgs(argv: string[]): BenchOptions {
    let root = path.resolve(__dirname, '..', '..')
    let options: BenchOptions = {
        events: 100_000,
        kinds: ['dense', 'mainnet-like'],
        apiSeconds: 20,
        connections: 50,
        api: true,
        stock: true,
        profile: false,
        statesDir: path.join(root, 'bench', 'states'),
        resultsDir: path.join(root, 'bench', 'results'),
    }
    for (let i = 0; i < argv.length; i++) {
        let a = argv[i]
        let value = () => {
            let v = argv[++i]
            if (v == null) throw new Error(`${a} needs a value`)
            return v
        }
        let count = () => {
            let n = Number(value())
            if (!Number.isSafeInteger(n) || n < 1) throw new Error(`${a} takes a whole number >= 1`)
            return n
        }
        switch (a) {
            case '--events': options.events = count(); break
            case '--only': {
                let k = value()
                if (k != 'dense' && k != 'mainnet-like') throw new Error('--only takes dense or mainnet-like')
                options.kinds = [k]
                break
            }
            case '--api-seconds': options.apiSeconds = count(); break
            case '--connections': options.connections = count(); break
            case '--no-api': options.api = false; break
            case '--no-stock': options.stock = false; break
            case '--profile': options.profile = true; break
            default: throw new Error(`unknown option ${a} (see src/bench/run.ts)`)
        }
    }
    return options
}

function machine(): string {
    let cpus = os.cpus()
    return `${cpus.length} x ${cpus[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.type()} ${os.release()}, node ${process.version}`
}

async function main() {
    let options: BenchOptions
    try {
        options = parseArgs(process.argv.slice(2))
    } catch (e: any) {
        process.stderr.write(`bench: ${e.message}\n`)
        process.exit(2)
    }
    let results = await runBench(options)
    let command = `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim().replace(/ --$/, '')
    let text = report(results, {machine: machine(), command, date: new Date().toISOString()})
    fs.mkdirSync(options.resultsDir, {recursive: true})
    let stamp = new Date().toISOString().replace(/[:.]/g, '-')
    fs.writeFileSync(path.join(options.resultsDir, `${stamp}.md`), text)
    fs.writeFileSync(path.join(options.resultsDir, `${stamp}.json`), JSON.stringify(results, null, 2))
    process.stdout.write('\n' + text)
}

if (require.main === module) {
    main().then(
        () => process.exit(0),
        (e) => {
            process.stderr.write(`bench failed: ${e?.stack ?? e}\n`)
            process.exit(1)
        }
    )
}
