import {LogFilter} from '../core/types'

/** One filtered `eth_getLogs` the front sends upstream for each range the processor asks for. */
export interface LogQuery {
    /** undefined: any address (contracts discovered at run time, e.g. EigenPods) */
    address?: string[]
    topic0: string[]
    /** the matched logs' transactions must come whole (LogFilter.transactionLogs) */
    transactionLogs: boolean
}

/**
 * The squid's log requests folded into the fewest upstream queries: every address-bound filter becomes one
 * query (union of addresses x union of topic0s; the small over-fetch of cross pairs is dropped by the
 * processor's own filter), every address-free filter one more (union of topic0s). Filters that want whole
 * transactions stay apart, so only their matches pay for the receipts.
 */
export function planLogQueries(filters: LogFilter[]): LogQuery[] {
    let groups = new Map<string, LogQuery>()
    for (let f of filters) {
        let key = `${f.address ? 'bound' : 'free'}:${f.transactionLogs ? 'tx' : 'log'}`
        let q = groups.get(key)
        if (q == null) groups.set(key, (q = {address: f.address ? [] : undefined, topic0: [], transactionLogs: !!f.transactionLogs}))
        for (let a of f.address ?? []) if (!q.address!.includes(a.toLowerCase())) q.address!.push(a.toLowerCase())
        for (let t of f.topic0) if (!q.topic0.includes(t.toLowerCase())) q.topic0.push(t.toLowerCase())
    }
    return [...groups.values()]
}

/** True for the processor's own call: a block range and nothing else (it then filters every log locally). */
export function isUnfilteredRangeCall(method: string, params: unknown): boolean {
    if (method != 'eth_getLogs' || !Array.isArray(params) || params.length != 1) return false
    let p = params[0] as Record<string, unknown>
    return p != null && typeof p == 'object' && p.address == null && p.topics == null && p.blockHash == null
}
