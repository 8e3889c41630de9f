import {Logger} from '@subsquid/logger'
import {EventCount} from '../model'
import {EntityCache} from './entity-cache'
import {Log} from './types'

/**
 * Completeness counters: every log the processor delivers ends in exactly one `EventCount` row, keyed by
 * (protocol, contract kind, event, era), as handled, ignored or skipped. The modules say what became of each log
 * where they decide it (`handled`, `ignored`, and `skipped` through core/skipped-logs.ts); `settle` then walks
 * every delivered log once, so a log counts once however often it was marked, and a log no module marked is
 * still counted (as `unattributed`, with a warning) instead of vanishing. What each number means:
 * docs/counters.md.
 */

export type Outcome = 'handled' | 'ignored' | 'skipped'

/** A log's outcome under one key; made once per key, so marking a log allocates nothing. */
interface Mark {
    key: CountKey
    outcome: Outcome
}

/** The parts of an id are joined with '-', so none may contain one. */
const PART = /^[A-Za-z0-9_.+]+$/

/** The row a log counts in. Interned: `CountKey.of` with the same parts returns the same object. */
export class CountKey {
    private static interned = new Map<string, CountKey>()

    readonly id: string
    readonly marks: Record<Outcome, Mark>

    private constructor(
        readonly protocol: string,
        readonly contractKind: string,
        readonly event: string,
        readonly era: string
    ) {
        this.id = `${protocol}-${contractKind}-${event}-${era}`
        this.marks = {handled: {key: this, outcome: 'handled'}, ignored: {key: this, outcome: 'ignored'}, skipped: {key: this, outcome: 'skipped'}}
    }

    /** Throws on a part that would make the id ambiguous (empty, or with '-' or other punctuation). */
    static of(protocol: string, contractKind: string, event: string, era: string): CountKey {
        let id = `${protocol}-${contractKind}-${event}-${era}`
        let key = CountKey.interned.get(id)
        if (key != null) return key
        for (let part of [protocol, contractKind, event, era]) {
            if (!PART.test(part)) throw new Error(`counter id part "${part}" of ${id}: letters, digits, '_', '.', '+' only`)
        }
        key = new CountKey(protocol, contractKind, event, era)
        CountKey.interned.set(id, key)
        return key
    }
}

/** The contract kind of a decoy (an address the module does not track) and the era of a log that fits no form. */
export const UNKNOWN = 'unknown'

/**
 * The era label of an ABI era file: `StrategyManager.m1.json` -> `m1`, `Lido.legacy.json` -> `legacy`, the
 * newest file without a suffix (`Lido.json`) -> `current`.
 */
export function abiFileEra(file: string): string {
    let parts = file.replace(/\.json$/, '').split('.')
    return parts.length > 1 ? parts.slice(1).join('_') : 'current'
}

/** The era of a form declared identically by several era files: their labels, oldest first, joined with '+'. */
export function erasLabel(files: string[]): string {
    return files.map(abiFileEra).join('+')
}

interface Tally {
    received: number
    handled: number
    ignored: number
    skipped: number
    firstBlock: number
    lastBlock: number
}

interface DeliveredBlock {
    header: {height: number}
    logs: Log[]
}

/** One batch's counters: marks per log while the modules run on a group of blocks, tallies per row until `save`. */
export class EventCounter {
    private marks = new Map<Log, Mark>()
    private tallies = new Map<CountKey, Tally>()
    /** logs no module marked in this batch (each a defect, warned about) */
    unattributed = 0

    constructor(private log: Logger) {}

    /** The log was decoded and applied (or read together with the log it belongs to). */
    handled(log: Log, key: CountKey): void {
        this.marks.set(log, key.marks.handled)
    }

    /**
     * The log is deliberately not applied. `key` may be left out for a log already marked (decoded, then dropped
     * by a handler, e.g. superseded by another log of its transaction): it keeps the row it was marked in.
     */
    ignored(log: Log, key?: CountKey): void {
        let row = key ?? this.marks.get(log)?.key
        if (row == null) throw new Error(`EventCounter.ignored: no row for the log at block ${log.block.height} index ${log.logIndex} (pass its key)`)
        this.marks.set(log, row.marks.ignored)
    }

    /** The log could not be decoded (core/skipped-logs.ts calls this with the SkippedLog row it writes). */
    skipped(log: Log, key: CountKey): void {
        this.marks.set(log, key.marks.skipped)
    }

    /** The mark a log has so far in the current group (undefined: none yet, or already settled). */
    outcomeOf(log: Log): {key: CountKey; outcome: Outcome} | undefined {
        return this.marks.get(log)
    }

    /**
     * Counts every log of `blocks` (the group the modules just ran on) once, by its mark, and forgets the marks.
     * A log without one counts as received and ignored in `unattributed-unknown-<topic0>-unknown`.
     */
    settle(blocks: DeliveredBlock[]): void {
        let missed = 0
        for (let block of blocks) {
            let height = block.header.height
            for (let log of block.logs) {
                let mark = this.marks.get(log)
                if (mark == null) {
                    mark = CountKey.of('unattributed', UNKNOWN, log.topics[0] ?? 'none', UNKNOWN).marks.ignored
                    missed++
                }
                let t = this.tallies.get(mark.key)
                if (t == null) this.tallies.set(mark.key, (t = {received: 0, handled: 0, ignored: 0, skipped: 0, firstBlock: height, lastBlock: height}))
                t.received++
                t[mark.outcome]++
                t.lastBlock = height
            }
        }
        this.marks.clear()
        if (missed > 0) {
            this.unattributed += missed
            this.log.warn(`${missed} delivered logs were counted by no protocol module (a defect): see the EventCount rows of protocol "unattributed"`)
        }
    }

    /** Adds the batch's tallies to their rows: one load for every touched row, each saved once with the batch. */
    async save(cache: EntityCache): Promise<void> {
        if (this.tallies.size == 0) return
        cache.defer(EventCount, [...this.tallies.keys()].map((k) => k.id))
        await cache.load()
        for (let [key, t] of this.tallies) {
            let row = cache.getOrCreate(
                EventCount,
                key.id,
                () =>
                    new EventCount({
                        id: key.id,
                        protocol: key.protocol,
                        contractKind: key.contractKind,
                        event: key.event,
                        era: key.era,
                        received: 0,
                        handled: 0,
                        ignored: 0,
                        skipped: 0,
                        firstBlock: t.firstBlock,
                        lastBlock: t.lastBlock,
                    })
            )
            row.received += t.received
            row.handled += t.handled
            row.ignored += t.ignored
            row.skipped += t.skipped
            row.lastBlock = t.lastBlock
        }
        this.tallies.clear()
    }
}
