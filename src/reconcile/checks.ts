/**
 * The comparison at the heart of `npm run reconcile`: pure functions over what the index holds and what the
 * contracts' own views answered at the same block. No I/O here (the sampler reads the database, the caller
 * makes the eth_calls), so every rule is unit-tested.
 */

export const PROTOCOLS = ['Lido', 'Rocket Pool', 'EigenLayer'] as const
export type ProtocolName = (typeof PROTOCOLS)[number]

/** A figure: amounts and ids are exact integers, addresses lowercase 0x strings, flags booleans. */
export type Value = bigint | string | boolean

/** One figure to compare: the index's value and the contract view's answer, or why the view was not asked. */
export interface Check {
    protocol: ProtocolName
    /** contract and view (and field where the view returns several), e.g. `stETH.sharesOf` */
    view: string
    /** what the figure is about: an account, a request, an operator/strategy pair; '' for protocol totals */
    subject: string
    indexed: Value
    /** the view's answer; absent when skipped */
    chain?: Value
    /** why the view was not compared (not deployed / not in that release at this block) */
    skipped?: string
}

export interface CheckResult extends Check {
    status: 'equal' | 'different' | 'skipped'
    /** chain - indexed, for integer figures that differ */
    difference?: bigint
}

export function compare(check: Check): CheckResult {
    if (check.skipped != null || check.chain === undefined) {
        return {...check, status: 'skipped', skipped: check.skipped ?? 'no answer'}
    }
    let {indexed, chain} = check
    let same = typeof indexed == typeof chain && normalize(indexed) === normalize(chain)
    if (same) return {...check, status: 'equal'}
    let difference = typeof indexed == 'bigint' && typeof chain == 'bigint' ? chain - indexed : undefined
    return {...check, status: 'different', difference}
}

function normalize(v: Value): Value {
    return typeof v == 'string' ? v.toLowerCase() : v
}

export interface Tally {
    checked: number
    equal: number
    different: number
    skipped: number
}

export interface ViewTally extends Tally {
    view: string
}

export interface ProtocolReport extends Tally {
    protocol: ProtocolName
    views: ViewTally[]
    /** every check of the protocol, in order */
    results: CheckResult[]
    differences: CheckResult[]
    skips: SkipGroup[]
}

/** Skipped checks of one view that share a reason, reported once. */
export interface SkipGroup {
    view: string
    reason: string
    count: number
}

export interface ReconcileReport extends Tally {
    block: number
    hash: string
    protocols: ProtocolReport[]
}

function tally(results: CheckResult[]): Tally {
    let equal = results.filter((r) => r.status == 'equal').length
    let different = results.filter((r) => r.status == 'different').length
    return {checked: equal + different, equal, different, skipped: results.length - equal - different}
}

/** Groups results by protocol and view, in the order the views were first checked. */
export function buildReport(block: number, hash: string, checks: Check[]): ReconcileReport {
    let results = checks.map(compare)
    let protocols = PROTOCOLS.map((protocol): ProtocolReport => {
        let mine = results.filter((r) => r.protocol == protocol)
        let views = [...new Set(mine.map((r) => r.view))].map((view) => ({view, ...tally(mine.filter((r) => r.view == view))}))
        let skips = new Map<string, SkipGroup>()
        for (let r of mine) {
            if (r.status != 'skipped') continue
            let key = `${r.view}\n${r.skipped}`
            let group = skips.get(key) ?? {view: r.view, reason: r.skipped!, count: 0}
            group.count++
            skips.set(key, group)
        }
        return {protocol, ...tally(mine), views, results: mine, differences: mine.filter((r) => r.status == 'different'), skips: [...skips.values()]}
    })
    return {block, hash, ...tally(results), protocols}
}

/** 0 only when at least one figure was compared and every compared figure is equal. */
export function exitCode(report: ReconcileReport): number {
    if (report.different > 0) return 1
    return report.checked > 0 ? 0 : 3
}

export function summaryLine(report: ReconcileReport): string {
    let verdict = report.different > 0 ? 'DIFFERENT' : report.checked == 0 ? 'NOTHING COMPARED' : 'ALL EQUAL'
    return (
        `reconcile at block ${report.block}: ${report.checked} checked, ${report.equal} equal, ` +
        `${report.different} different, ${report.skipped} skipped — ${verdict}`
    )
}

function show(v: Value | undefined): string {
    return v === undefined ? '' : String(v)
}

function signed(n: bigint): string {
    return n > 0n ? `+${n}` : String(n)
}

function table(rows: string[][], indent = '  '): string[] {
    let widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)))
    return rows.map((r) => indent + r.map((cell, i) => (i == 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd())
}

/** The human report: a table per protocol, the differences with both values, the skips with their reason. */
export function formatReport(report: ReconcileReport): string {
    let out: string[] = []
    for (let p of report.protocols) {
        out.push(`${p.protocol}: ${p.checked} checked, ${p.equal} equal, ${p.different} different, ${p.skipped} skipped`)
        if (p.views.length > 0) {
            out.push(...table([['view', 'checked', 'equal', 'different', 'skipped'], ...p.views.map((v) => [v.view, ...[v.checked, v.equal, v.different, v.skipped].map(String)])]))
        }
        if (p.differences.length > 0) {
            out.push('  different:')
            let rows = p.differences.map((d) => [d.view, d.subject, show(d.indexed), show(d.chain), d.difference == null ? '' : signed(d.difference)])
            out.push(...table([['view', 'subject', 'indexed', 'chain', 'chain - indexed'], ...rows], '    '))
        }
        for (let s of p.skips) out.push(`  skipped ${s.view} (${s.count}): ${s.reason}`)
        out.push('')
    }
    out.push(summaryLine(report))
    return out.join('\n')
}

/** The machine report: the same content, integers as decimal strings. */
export function reportJson(report: ReconcileReport): unknown {
    let value = (v: Value | undefined) => (typeof v == 'bigint' ? v.toString() : v)
    return {
        block: report.block,
        hash: report.hash,
        checked: report.checked,
        equal: report.equal,
        different: report.different,
        skipped: report.skipped,
        protocols: report.protocols.map((p) => ({
            protocol: p.protocol,
            checked: p.checked,
            equal: p.equal,
            different: p.different,
            skipped: p.skipped,
            views: p.views,
            checks: p.results.map((r) => ({
                view: r.view,
                subject: r.subject,
                status: r.status,
                indexed: value(r.indexed),
                chain: value(r.chain) ?? null,
                difference: r.difference?.toString() ?? null,
                reason: r.skipped ?? null,
            })),
            skips: p.skips,
        })),
    }
}
