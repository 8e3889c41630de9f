import {Logger} from '@subsquid/logger'

export interface SourceWatchOptions {
    /** a failure is reported when no answer succeeded for this long (default 3 s: single faults stay quiet) */
    graceMs?: number
    /** then again every `intervalMs` while it lasts (default 10 s) */
    intervalMs?: number
}

/**
 * Tells the user, in one line every few seconds, that a data source (the RPC endpoint, the SQD gateway, the
 * database) is not answering: what is waited for, since when, and the last reason. One line when it is back.
 * Fed by whatever talks to the source (`ok()` / `failed(reason)`); a single failed request followed by a good
 * one prints nothing.
 */
export class SourceWatch {
    private failingSince?: number
    private lastReason = ''
    private reported = false
    private timer?: NodeJS.Timeout
    private graceMs: number
    private intervalMs: number

    constructor(private log: Logger, readonly what: string, options: SourceWatchOptions = {}) {
        this.graceMs = options.graceMs ?? 3000
        this.intervalMs = options.intervalMs ?? 10_000
    }

    get failing(): boolean {
        return this.failingSince != null
    }

    ok(): void {
        if (this.failingSince == null) return
        if (this.reported) this.log.info(`${this.what} answers again (after ${seconds(Date.now() - this.failingSince)})`)
        this.failingSince = undefined
        this.reported = false
        clearTimeout(this.timer)
        this.timer = undefined
    }

    failed(reason: string): void {
        this.lastReason = reason
        if (this.failingSince != null) return
        this.failingSince = Date.now()
        this.schedule(this.graceMs)
    }

    stop(): void {
        clearTimeout(this.timer)
    }

    private schedule(ms: number): void {
        this.timer = setTimeout(() => {
            if (this.failingSince == null) return
            this.reported = true
            let since = new Date(this.failingSince).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC')
            this.log.warn(`waiting for ${this.what} since ${since} (${seconds(Date.now() - this.failingSince)}): ${this.lastReason}`)
            this.schedule(this.intervalMs)
        }, ms)
        this.timer.unref()
    }
}

function seconds(ms: number): string {
    let s = Math.round(ms / 1000)
    return s < 120 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`
}
