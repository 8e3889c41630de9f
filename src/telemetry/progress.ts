import {Logger} from '@subsquid/logger'

export interface ProgressOptions {
    /** at most one line per this many ms (default 5 s) */
    intervalMs?: number
    /** the head the processor syncs to, when known */
    chainHeight(): Promise<number | undefined>
}

/**
 * One progress line while syncing, at most every 5 s, in place of the SDK's own status line:
 * `block 1,234 of 5,678 (21.7%): 250 blocks/s, 12,000 events/s, ETA 18 s`; at the head, the block and the
 * events since the last line.
 */
export class SyncProgress {
    private startedAt = Date.now()
    /** undefined until the first line, which comes with the first batch */
    private lastLineAt?: number
    private blocksSince = 0
    private eventsSince = 0
    private height = -1
    private pending = false
    private intervalMs: number

    constructor(private log: Logger, private options: ProgressOptions) {
        this.intervalMs = options.intervalMs ?? 5000
    }

    /** After each batch: its block count, events handled and last block. */
    batch(blocks: number, events: number, lastHeight: number): void {
        this.blocksSince += blocks
        this.eventsSince += events
        this.height = Math.max(this.height, lastHeight)
        if (!this.pending && (this.lastLineAt == null || Date.now() - this.lastLineAt >= this.intervalMs)) {
            this.pending = true
            void this.print().finally(() => (this.pending = false))
        }
    }

    private async print(): Promise<void> {
        let head = await this.options.chainHeight().catch(() => undefined)
        let now = Date.now()
        let seconds = Math.max(0.001, (now - (this.lastLineAt ?? this.startedAt)) / 1000)
        let blocksPerSecond = this.blocksSince / seconds
        let eventsPerSecond = this.eventsSince / seconds
        this.lastLineAt = now
        this.blocksSince = 0
        this.eventsSince = 0
        let n = (x: number) => Math.round(x).toLocaleString('en')
        if (head == null || this.height >= head) {
            this.log.info(`at the head, block ${n(this.height)}: ${n(eventsPerSecond)} events/s over the last ${Math.round(seconds)} s`)
            return
        }
        let left = head - this.height
        let eta = blocksPerSecond > 0 ? duration(left / blocksPerSecond) : 'unknown'
        let percent = head > 0 ? ((100 * this.height) / head).toFixed(1) : '0.0'
        this.log.info(
            `block ${n(this.height)} of ${n(head)} (${percent}%): ${n(blocksPerSecond)} blocks/s, ${n(eventsPerSecond)} events/s, ETA ${eta}`
        )
    }
}

export function duration(seconds: number): string {
    let s = Math.round(seconds)
    if (s < 60) return `${s} s`
    if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`
    let h = Math.floor(s / 3600)
    if (h < 48) return `${h} h ${Math.floor((s % 3600) / 60)} min`
    return `${Math.floor(h / 24)} d ${h % 24} h`
}
