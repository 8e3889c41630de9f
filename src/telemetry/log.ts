import {createLogger, Logger, LogLevel, LogRecord, setRootSink} from '@subsquid/logger'
import {jsonLinesStderrSink} from '@subsquid/logger/lib/sinks/json'
import {prettyStderrSink} from '@subsquid/logger/lib/sinks/pretty'

/**
 * Every line stakewatch prints goes through @subsquid/logger, like the SDK's own: pretty lines on a terminal,
 * one JSON object per line otherwise (FORCE_PRETTY_LOGGER decides, as in the SDK). `installLogSink` puts a
 * filter in front of the SDK's sink, for what the SDK repeats:
 * - warnings the SDK writes each time it builds a request helper (`Log bloom check is disabled` once per
 *   range request in archive-node mode): printed once per start;
 * - the SDK's own status line (`123 / 456, rate: ...`), replaced by ours (telemetry/progress.ts) when
 *   `ownProgressLine` is set.
 */
const ONCE_PER_START = new Set(['Log bloom check is disabled', 'Missing traces check is disabled', 'Tx receipt number check is disabled'])
const SDK_STATUS_LINE = /^-?\d+ \/ -?\d+, rate: /

let installed = false
const listeners: ((rec: LogRecord) => void)[] = []
let replaceSdkStatusLine = false
const seenOnce = new Set<string>()

function defaultSink(): (rec: LogRecord) => void {
    let pretty = process.env.FORCE_PRETTY_LOGGER ? process.env.FORCE_PRETTY_LOGGER !== '0' : process.stderr.isTTY
    return pretty ? prettyStderrSink : jsonLinesStderrSink
}

/** Whether `rec` is printed (false: a repeat of a once-per-start warning, or the SDK's replaced status line). */
export function keepRecord(rec: LogRecord): boolean {
    if (rec.msg == null) return true
    if (ONCE_PER_START.has(rec.msg)) {
        let key = `${rec.ns}:${rec.msg}`
        if (seenOnce.has(key)) return false
        seenOnce.add(key)
        return true
    }
    if (replaceSdkStatusLine && rec.level == LogLevel.INFO && rec.ns == 'sqd:processor' && SDK_STATUS_LINE.test(rec.msg)) return false
    return true
}

export function installLogSink(options: {ownProgressLine?: boolean} = {}): void {
    if (options.ownProgressLine) replaceSdkStatusLine = true
    if (installed) return
    installed = true
    let sink = defaultSink()
    setRootSink((rec: LogRecord) => {
        for (let l of listeners) l(rec)
        if (keepRecord(rec)) sink(rec)
    })
}

/** Sees every record before it is printed (to follow what the SDK reports, e.g. which data source it uses). */
export function onLogRecord(listener: (rec: LogRecord) => void): void {
    installLogSink()
    listeners.push(listener)
}

/** A logger under the `stakewatch` namespace (`stakewatch`, `stakewatch:start`, ...). */
export function stakewatchLogger(ns?: string): Logger {
    installLogSink()
    return createLogger(ns ? `stakewatch:${ns}` : 'stakewatch')
}

/**
 * Ends the program after a failure that is the user's to fix (a setting, a port, a refused source): one
 * FATAL line, no stack trace, exit code 2.
 */
export function exitWithSettingError(log: Logger, message: string, code = 2): never {
    log.fatal(message)
    process.exit(code)
}
