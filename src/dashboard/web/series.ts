/** Shapes the API's rows into chart series (pure: unit-tested). */

export const PROTOCOLS = ['LIDO', 'ROCKET_POOL', 'EIGENLAYER'] as const
export type Protocol = (typeof PROTOCOLS)[number]
export const PROTOCOL_LABEL: Record<Protocol, string> = {LIDO: 'Lido', ROCKET_POOL: 'Rocket Pool', EIGENLAYER: 'EigenLayer'}
export const PROTOCOL_COLOR: Record<Protocol, string> = {LIDO: '#1f8fe0', ROCKET_POOL: '#e8613c', EIGENLAYER: '#7b5cf0'}

/** Rows keyed by day and protocol -> the sorted days and one column per protocol (null where a protocol has no row). */
export function pivotDays<R extends {day: string; protocol: string}, V>(rows: R[], value: (r: R) => V): {days: string[]; columns: Record<Protocol, (V | null)[]>} {
    let days = [...new Set(rows.map((r) => r.day))].sort()
    let index = new Map(days.map((d, i) => [d, i]))
    let columns = Object.fromEntries(PROTOCOLS.map((p) => [p, days.map(() => null as V | null)])) as Record<Protocol, (V | null)[]>
    for (let r of rows) {
        let col = columns[r.protocol as Protocol]
        if (col) col[index.get(r.day)!] = value(r)
    }
    return {days, columns}
}

/** Running sums across series, for a stacked area: out[k][i] = sum of series 0..k at i (null counted as 0). */
export function stackSeries(series: (number | null)[][]): number[][] {
    let out: number[][] = []
    for (let k = 0; k < series.length; k++) {
        out.push(series[k].map((v, i) => (v ?? 0) + (k > 0 ? out[k - 1][i] : 0)))
    }
    return out
}

/** Points at arbitrary times for several series -> one sorted x axis and aligned columns (null where absent). */
export function alignTimes<R>(rows: R[], time: (r: R) => number, key: (r: R) => string, keys: string[], value: (r: R) => string): {x: number[]; columns: Record<string, (string | null)[]>} {
    let x = [...new Set(rows.map(time))].sort((a, b) => a - b)
    let index = new Map(x.map((t, i) => [t, i]))
    let columns = Object.fromEntries(keys.map((k) => [k, x.map(() => null as string | null)]))
    for (let r of rows) {
        let col = columns[key(r)]
        if (col) col[index.get(time(r))!] = value(r)
    }
    return {x, columns}
}
