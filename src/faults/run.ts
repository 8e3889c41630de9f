import {ChildProcess, spawn} from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'
import {ensureHistory, historySpec, History} from '../bench/history'
import {BenchDb, BenchPostgres} from '../bench/postgres'
import {processedHeight, tableContents} from '../bench/sync'
import {Anvil} from '../devnet/anvil'
import {freePort} from '../devnet/ports'
import {FAULT_KINDS, FaultKind, startFaultProxy} from './proxy'

/**
 * `npm run faults [-- --events 100000] [--rate 0.3] [--delay-ms 10000] [--timeout 900] [--kinds http500,reset]
 *  [--modes archive,stock]`
 *
 * The squid as `npm run process` runs it (lib/cli/process.js: the processor, restarted if it exits) syncs the
 * bench's dense history (bench/states/, generated once) through the fault proxy, once per fault kind at
 * `--rate` and once with every kind mixed, in archive-node mode and with RPC_FILTER_LOGS=false; each run
 * from an empty database, after a clean run of the same mode. Reported per run: time to the head, processor
 * restarts, faults injected, and whether the final database is identical to the clean run's (the digest of
 * every table, bookkeeping aside: src/digest). Results: bench/results/faults-<time>.md.
 */
interface Options {
    events: number
    rate: number
    delayMs: number
    timeoutSeconds: number
    kinds: FaultKind[]
    modes: ('archive' | 'stock')[]
}

interface Run {
    mode: 'archive' | 'stock'
    fault: string
    seconds: number
    atHead: boolean
    restarts: number
    requests: number
    faults: number
    identical: boolean
}

async function syncOnce(history: History, db: BenchDb, rpcUrl: string, filterLogs: boolean, timeoutSeconds: number): Promise<{seconds: number; atHead: boolean; restarts: number}> {
    let entry = path.resolve(__dirname, '..', 'cli', 'process.js')
    let started = Date.now()
    let child: ChildProcess = spawn(process.execPath, [entry], {
        env: {...process.env, ...db.env, NETWORK: 'devnet', RPC_ETH_HTTP: rpcUrl, RPC_FILTER_LOGS: String(filterLogs), SQD_GATEWAY: '', PROMETHEUS_PORT: '0'},
        stdio: ['ignore', 'pipe', 'pipe'],
    })
    let restarts = 0
    let output: string[] = []
    let keep = (b: Buffer) => {
        let text = b.toString()
        restarts += text.split('the processor exited with').length - 1
        output.push(text)
        if (output.length > 200) output.shift()
    }
    child.stdout!.on('data', keep)
    child.stderr!.on('data', keep)
    let atHead = false
    try {
        while (Date.now() - started < timeoutSeconds * 1000) {
            if (child.exitCode != null) throw new Error(`npm run process exited (${child.exitCode}):\n${output.join('').slice(-3000)}`)
            if ((await processedHeight(db)) >= history.head) {
                atHead = true
                break
            }
            await new Promise((r) => setTimeout(r, 200))
        }
    } finally {
        let exited = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        let timer = setTimeout(() => child.kill('SIGKILL'), 20_000)
        await exited
        clearTimeout(timer)
    }
    return {seconds: (Date.now() - started) / 1000, atHead, restarts}
}

async function runFaults(options: Options): Promise<{history: History; clean: Record<string, number>; runs: Run[]}> {
    let root = path.resolve(__dirname, '..', '..')
    let history = await ensureHistory(historySpec('dense', options.events), path.join(root, 'bench', 'states'), await freePort())
    let pg = await BenchPostgres.start(await freePort())
    let anvil = await Anvil.start({port: await freePort(), loadState: history.statePath, readyTimeoutMs: 300_000})
    let runs: Run[] = []
    let clean: Record<string, number> = {}
    let n = 0
    try {
        for (let mode of options.modes) {
            let filterLogs = mode == 'archive'
            let db = await pg.createDatabase(`faults_${n++}`)
            let base = await syncOnce(history, db, anvil.url, filterLogs, options.timeoutSeconds)
            let reference = (await tableContents(db)).checksums
            await db.drop()
            clean[mode] = base.seconds
            process.stderr.write(`${mode}: clean sync ${base.seconds.toFixed(1)} s\n`)
            let plans: [string, readonly FaultKind[]][] = [...options.kinds.map((k) => [k, [k]] as [string, FaultKind[]]), ['all mixed', options.kinds]]
            for (let [label, kinds] of plans) {
                let proxy = await startFaultProxy({upstream: anvil.url, kinds, rate: options.rate, delayMs: options.delayMs, seed: 42 + n})
                let faultDb = await pg.createDatabase(`faults_${n++}`)
                try {
                    let r = await syncOnce(history, faultDb, proxy.url, filterLogs, options.timeoutSeconds)
                    let checksums = (await tableContents(faultDb)).checksums
                    let run: Run = {
                        mode,
                        fault: label,
                        seconds: r.seconds,
                        atHead: r.atHead,
                        restarts: r.restarts,
                        requests: proxy.stats.requests,
                        faults: Object.values(proxy.stats.faults).reduce((a, b) => a + b, 0),
                        identical: JSON.stringify(checksums) == JSON.stringify(reference),
                    }
                    runs.push(run)
                    process.stderr.write(`${mode}, ${label}: ${JSON.stringify(run)}\n`)
                } finally {
                    await faultDb.drop()
                    await proxy.close()
                }
            }
        }
    } finally {
        await anvil.stop()
        await pg.stop()
    }
    return {history, clean, runs}
}

function report(result: Awaited<ReturnType<typeof runFaults>>, options: Options, command: string): string {
    let out: string[] = []
    let cpus = os.cpus()
    out.push(`Run ${new Date().toISOString()} on ${cpus.length} x ${cpus[0]?.model ?? 'cpu'}, node ${process.version}; command: \`${command}\``)
    out.push('')
    out.push(
        `Dense history: ${result.history.relevantLogs.toLocaleString('en')} events in ${result.history.head.toLocaleString('en')} blocks; ` +
            `faults on ${Math.round(options.rate * 100)}% of requests (delay ${options.delayMs / 1000} s); clean sync: ` +
            Object.entries(result.clean)
                .map(([m, s]) => `${m} ${s.toFixed(1)} s`)
                .join(', ')
    )
    out.push('')
    out.push('| mode | fault | time to head | at head | processor restarts | requests | faults injected | database identical to the clean sync |')
    out.push('|---|---|---|---|---|---|---|---|')
    for (let r of result.runs) {
        let mode = r.mode == 'archive' ? 'archive-node mode' : 'RPC_FILTER_LOGS=false'
        out.push(`| ${mode} | ${r.fault} | ${r.seconds.toFixed(1)} s | ${r.atHead ? 'yes' : 'NO'} | ${r.restarts} | ${r.requests} | ${r.faults} | ${r.identical ? 'yes' : 'NO'} |`)
    }
    return out.join('\n') + '\n'
}

/** `--name value` pairs; every option has a default. */
function parseArgs(argv: string[]): Options {
    let given = new Map<string, string>()
    for (let i = 0; i < argv.length; i += 2) {
        if (!argv[i].startsWith('--') || argv[i + 1] == null) throw new Error('options come as --name value (see src/faults/run.ts)')
        given.set(argv[i].slice(2), argv[i + 1])
    }
    let known = ['events', 'rate', 'delay-ms', 'timeout', 'kinds', 'modes']
    for (let name of given.keys()) if (!known.includes(name)) throw new Error(`unknown option --${name} (see src/faults/run.ts)`)
    let number = (name: string, dflt: number, min: number, max = Infinity): number => {
        if (!given.has(name)) return dflt
        let x = Number(given.get(name))
        if (!(x >= min && x <= max)) throw new Error(`--${name} takes a number from ${min}${max < Infinity ? ` to ${max}` : ''}`)
        return x
    }
    let list = <T extends string>(name: string, allowed: readonly T[]): T[] => {
        let items = (given.get(name)?.split(',') ?? allowed) as T[]
        if (items.some((k) => !allowed.includes(k))) throw new Error(`--${name} takes a comma-separated list of ${allowed.join(', ')}`)
        return items
    }
    return {
        events: Math.floor(number('events', 100_000, 1)),
        rate: number('rate', 0.3, 0, 1),
        delayMs: number('delay-ms', 10_000, 0),
        timeoutSeconds: number('timeout', 900, 1),
        kinds: list('kinds', FAULT_KINDS),
        modes: list('modes', ['archive', 'stock'] as const),
    }
}

if (require.main === module) {
    let options: Options
    try {
        options = parseArgs(process.argv.slice(2))
    } catch (e: any) {
        process.stderr.write(`faults: ${e.message}\n`)
        process.exit(2)
    }
    runFaults(options).then(
        (result) => {
            let command = `npm run faults -- ${process.argv.slice(2).join(' ')}`.trim().replace(/ --$/, '')
            let text = report(result, options, command)
            let dir = path.resolve(__dirname, '..', '..', 'bench', 'results')
            fs.mkdirSync(dir, {recursive: true})
            fs.writeFileSync(path.join(dir, `faults-${new Date().toISOString().replace(/[:.]/g, '-')}.md`), text)
            process.stdout.write('\n' + text)
            process.exit(result.runs.every((r) => r.atHead && r.identical) ? 0 : 1)
        },
        (e) => {
            process.stderr.write(`faults failed: ${e?.stack ?? e}\n`)
            process.exit(1)
        }
    )
}
