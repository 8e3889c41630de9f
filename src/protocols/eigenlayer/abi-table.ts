import {CountKey, erasLabel, UNKNOWN} from '../../core/event-counter'
import {SkippedLogs} from '../../core/skipped-logs'
import {Log} from '../../core/types'

/* eslint-disable @typescript-eslint/no-explicit-any */

/** A typegen event object (src/abi/*): topic, params with `indexed` flags, decode. */
export interface AbiEventLike {
    topic: string
    signature: string
    params: Record<string, any>
    decode(log: {topics: string[]; data: string}): any
}

/** One decodable form of a topic0: the event name and how many topics its indexed layout gives. */
export interface Variant {
    name: string
    topicCount: number
    event: AbiEventLike
    /** the era files declaring this exact form */
    files: string[]
    /**
     * the counter row of its logs: a log of this form cannot tell which of `files` it comes from, so its era
     * names them all (`eigenlayer-strategyManager-Deposit-m1+m2`)
     */
    count: CountKey
}

/** topic0 -> its forms (one per distinct indexed layout); a form declared by several era files decodes once. */
export type EventTable = Map<string, Variant[]>

export type EraFiles = Record<string, {events: Record<string, AbiEventLike>}>

export function topicCount(event: AbiEventLike): number {
    return 1 + Object.values(event.params).filter((p: any) => p.indexed).length
}

/**
 * Merges the events of every era file of one contract. Same topic0 and same indexed layout in several files
 * (e.g. `Deposit` M1/M2, `ValidatorRestaked` M1/M2/PEPE) -> one form; same topic0, other layout -> another form,
 * chosen at decode time by the log's number of topics. `contractKind` names the contract in the counter rows.
 */
export function buildEventTable(eras: EraFiles, contractKind: string): EventTable {
    let forms = new Map<string, Omit<Variant, 'count'>[]>()
    for (let [file, mod] of Object.entries(eras)) {
        for (let [name, event] of Object.entries(mod.events)) {
            let topic = event.topic.toLowerCase()
            let count = topicCount(event)
            let variants = forms.get(topic)
            if (variants == null) forms.set(topic, (variants = []))
            let same = variants.find((v) => v.topicCount == count)
            if (same) same.files.push(file)
            else variants.push({name: baseName(name), topicCount: count, event, files: [file]})
        }
    }
    let table: EventTable = new Map()
    for (let [topic, variants] of forms) {
        table.set(
            topic,
            variants.map((v) => ({...v, count: CountKey.of('eigenlayer', contractKind, v.name, erasLabel(v.files))}))
        )
    }
    return table
}

/** typegen names overloads `Name(types)`: the handlers only need the name. */
function baseName(name: string): string {
    let i = name.indexOf('(')
    return i < 0 ? name : name.slice(0, i)
}

export interface Decoded {
    name: string
    args: any
    /** the counter row of the form it decoded with */
    count: CountKey
}

/**
 * Decodes a log with the form of its topic0 matching its number of topics. undefined: not an event of this
 * contract (topic0 unknown) or undecodable (then recorded as a SkippedLog, counted in the form's row, or with era
 * `unknown` when no form has that many topics).
 */
export function decodeWith(table: EventTable, log: Log, skipped: SkippedLogs): Decoded | undefined {
    let variants = table.get(log.topics[0])
    if (variants == null) return undefined
    let variant = variants.find((v) => v.topicCount == log.topics.length)
    if (variant == null) {
        let {protocol, contractKind, event} = variants[0].count
        skipped.add(log, `no form of ${variants[0].name} with ${log.topics.length} topics`, CountKey.of(protocol, contractKind, event, UNKNOWN))
        return undefined
    }
    try {
        return {name: variant.name, args: variant.event.decode(log), count: variant.count}
    } catch (e) {
        skipped.add(log, `${variant.name}: ${(e as Error).message ?? e}`, variant.count)
        return undefined
    }
}
