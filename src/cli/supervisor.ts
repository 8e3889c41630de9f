import {Logger} from '@subsquid/logger'
import {databaseAnswers} from '../postgres/database'
import {EXIT_DATABASE_LOST, EXIT_SETTING} from '../postgres/store-guard'
import {SourceWatch} from '../telemetry/source-watch'
import {PROCESSOR_ENTRY, Service, startService, stopService} from './services'

export interface SupervisedProcessor {
    /** the processor's last exit code, once it will not be started again */
    finished: Promise<number>
    stop(): Promise<void>
}

const MAX_PAUSE_MS = 30_000
/** a run this long resets the pause to its minimum */
const HEALTHY_RUN_MS = 60_000

/**
 * Runs lib/main.js and starts it again when it exits with an error: where the SDK gives up (an RPC error it
 * does not retry, a websocket node gone, the database restarted under it), the processor exits and resumes
 * after its last committed batch, while the API stays up. Pauses grow from 1 s to 30 s between restarts.
 * Not restarted: exit 0 (TO_BLOCK reached), a setting to fix (exit 2 while the database answers), a stop by
 * SIGINT/SIGTERM. After exit 2 or 75 with the database not answering, it waits for the database first (a
 * line every 10 s).
 */
export function superviseProcessor(env: Record<string, string>, log: Logger): SupervisedProcessor {
    let current: Service | undefined
    let stopped = false
    let wake: (() => void) | undefined
    let sleep = (ms: number) =>
        new Promise<void>((resolve) => {
            let timer = setTimeout(resolve, ms)
            wake = () => (clearTimeout(timer), resolve())
        })

    async function waitForDatabase(): Promise<boolean> {
        let watch = new SourceWatch(log, 'PostgreSQL (the processor needs it)', {graceMs: 0})
        try {
            while (!stopped) {
                let answer = await databaseAnswers()
                if (answer === true) return true
                watch.failed(answer)
                await sleep(2000)
            }
            return false
        } finally {
            watch.ok()
            watch.stop()
        }
    }

    async function loop(): Promise<number> {
        let restarts = 0
        while (true) {
            let startedAt = Date.now()
            current = startService('processor', PROCESSOR_ENTRY, [], env)
            let code = await current.exited
            let signal = current.proc.signalCode
            if (stopped) return code
            if (code == 0) {
                log.info('the processor finished (it reached TO_BLOCK)')
                return 0
            }
            if (signal == 'SIGINT' || signal == 'SIGTERM') return code
            if (code == EXIT_SETTING || code == EXIT_DATABASE_LOST) {
                let answer = await databaseAnswers()
                if (answer === true && code == EXIT_SETTING) return code // a setting to fix: its line is above
                if (answer !== true && !(await waitForDatabase())) return code
            }
            if (Date.now() - startedAt > HEALTHY_RUN_MS) restarts = 0
            let pause = Math.min(MAX_PAUSE_MS, 1000 * 2 ** restarts++)
            log.warn(`the processor exited with ${signal ?? `code ${code}`}; starting it again in ${pause / 1000} s (it resumes after its last committed batch)`)
            await sleep(pause)
            if (stopped) return code
        }
    }

    return {
        finished: loop(),
        async stop() {
            stopped = true
            wake?.()
            if (current) await stopService(current)
        },
    }
}
