import {summariseProfile} from './profile'
import {HistoryResult} from './run'
import {SyncResult} from './sync'

/** A Ponder 1.0 app doing the same work on the same chain, measured on this machine (issue #speed): events/s. */
export const PONDER_REFERENCE_EVENTS_PER_SECOND = 1900

const n = (x: number, digits = 0) => x.toLocaleString('en', {maximumFractionDigits: digits, minimumFractionDigits: digits})

/** The bench's figures as markdown (pasted into BENCHMARKS.md). */
export function report(results: HistoryResult[], meta: {machine: string; command: string; date: string}): string {
    let out: string[] = []
    out.push(`Run ${meta.date} on ${meta.machine}; command: \`${meta.command}\`\n`)
    out.push('| history | events | blocks | unrelated logs | sync wall | startup | events/s | blocks/s | peak RSS | DB size | floor events/s | sync / floor |')
    out.push('|---|---|---|---|---|---|---|---|---|---|---|---|')
    let line = (label: string, r: HistoryResult, s: SyncResult, floor = true) =>
        out.push(
            `| ${label} | ${n(r.history.relevantLogs)} | ${n(r.history.head)} | ${n(r.history.noiseLogs)} | ${n(s.wallSeconds, 1)} s | ` +
                `${n(s.startupSeconds, 1)} s | ${n(s.eventsPerSecond)} | ${n(s.blocksPerSecond)} | ${n(s.peakRssMb)} MB | ${n(s.dbSizeMb)} MB | ` +
                (floor ? `${n(r.floor.eventsPerSecond)} | ${n((100 * s.eventsPerSecond) / r.floor.eventsPerSecond)} % |` : ' | |')
        )
    for (let r of results) {
        line(r.history.spec.kind, r, r.sync)
        if (r.stockSync) line(`${r.history.spec.kind}, stock RPC (RPC_FILTER_LOGS=false)`, r, r.stockSync, false)
    }
    out.push('')
    let dense = results.find((r) => r.history.spec.kind == 'dense')
    let mainnet = results.find((r) => r.history.spec.kind == 'mainnet-like')
    out.push('Targets:')
    if (dense) {
        let pct = (100 * dense.sync.eventsPerSecond) / dense.floor.eventsPerSecond
        out.push(`- dense sync >= 50% of the floor: ${n(pct)} % ${pct >= 50 ? '(met)' : '(NOT met)'}`)
        let x = dense.sync.eventsPerSecond / PONDER_REFERENCE_EVENTS_PER_SECOND
        out.push(`- dense sync >= 5x a Ponder-like app (${n(PONDER_REFERENCE_EVENTS_PER_SECOND)} events/s, reference figure, not run here): ${n(x, 1)}x ${x >= 5 ? '(met)' : '(NOT met)'}`)
    }
    if (dense && mainnet) {
        let ratio = dense.sync.eventsPerSecond / mainnet.sync.eventsPerSecond
        out.push(`- mainnet-like within 1.5x of dense: dense / mainnet-like = ${n(ratio, 2)} ${ratio <= 1.5 ? '(met)' : '(NOT met)'}`)
        if (mainnet.stockSync) {
            out.push(`- archive-node mode gain on mainnet-like: ${n(mainnet.sync.eventsPerSecond / mainnet.stockSync.eventsPerSecond, 2)}x the stock RPC ingestion`)
        }
    }
    let peak = Math.max(...results.map((r) => r.sync.peakRssMb))
    out.push(`- peak RSS: ${n(peak)} MB (target < 1 GB at 1M events)`)
    out.push('')
    for (let r of results) {
        out.push(`Rows written (${r.history.spec.kind}): ${Object.entries(r.sync.rows).map(([t, c]) => `${t} ${n(c)}`).join(', ')}`)
        if (r.sync.profileDir) {
            out.push(`\nCPU profile of the ${r.history.spec.kind} sync (self time, top entries):\n`)
            for (let p of summariseProfile(r.sync.profileDir)) out.push(`- ${n(p.percent, 1)} % ${p.where}`)
        }
    }
    let api = results.find((r) => r.api)?.api
    if (api) {
        out.push('\nAPI (GraphQL server on the dense database; autocannon):\n')
        out.push('| query | requests/s | p50 | p99 | errors | table rows | plan (EXPLAIN of the equivalent SQL) |')
        out.push('|---|---|---|---|---|---|---|')
        for (let a of api) {
            let index = a.usesIndex ? 'index' : a.indexAvailable ? 'seq scan of a small table; index used when scans are off' : 'NO INDEX'
            out.push(`| ${a.name} | ${n(a.requestsPerSecond)} | ${a.p50Ms} ms | ${a.p99Ms} ms | ${a.errors} | ${n(a.tableRows)} | ${index}: ${scanLine(a.plan)} |`)
        }
    }
    return out.join('\n') + '\n'
}

/** The plan line that says how the table is read (the first scan node). */
function scanLine(plan: string): string {
    let lines = plan.split('\n').map((l) => l.replace(/^[\s->]+/, '').replace(/\s+\(cost=.*$/, ''))
    return lines.find((l) => /Scan/.test(l)) ?? lines[0]
}
