import {ChildProcess, spawn} from 'child_process'
import path from 'path'

/** The compiled processor entry point (lib/main.js). */
export const PROCESSOR_ENTRY = path.resolve(__dirname, '..', 'main.js')

/** The GraphQL API (lib/api/server.js): its limits are defined once, in src/api/flags.ts. */
export const API_ENTRY = path.resolve(__dirname, '..', 'api', 'server.js')

export interface Service {
    name: string
    proc: ChildProcess
    exited: Promise<number>
}

/** Starts a child node process sharing our terminal; `env` is added to ours. */
export function startService(name: string, script: string, args: string[], env: Record<string, string>): Service {
    let proc = spawn(process.execPath, [script, ...args], {
        env: {...process.env, ...env},
        stdio: 'inherit',
    })
    let exited = new Promise<number>((resolve) => proc.once('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))))
    return {name, proc, exited}
}

/** `args`: flags of src/api/flags.ts overriding the defaults (e.g. from `npm run serve -- --max-depth 8`). */
export function startGraphqlServer(env: Record<string, string>, port: number, args: string[] = []): Service {
    return startService('graphql', API_ENTRY, args, {
        ...env,
        GQL_PORT: String(port),
    })
}

export async function stopService(s: Service, timeoutMs = 10_000): Promise<void> {
    if (s.proc.exitCode != null || s.proc.signalCode != null) return
    s.proc.kill('SIGTERM')
    let timer = setTimeout(() => s.proc.kill('SIGKILL'), timeoutMs)
    await s.exited
    clearTimeout(timer)
}

/**
 * Ctrl-C / SIGTERM: stop the services, then run `cleanup` (the embedded database), then exit. A second
 * signal while stopping is ignored; the stop is already under way.
 */
let stopping = false

/** Whether a shutdown signal is being handled (a service exiting then is expected, not a failure). */
export function isShuttingDown(): boolean {
    return stopping
}

export function onShutdown(services: () => Service[], cleanup: () => Promise<void>): void {
    let stop = async (signal: string) => {
        if (stopping) return
        stopping = true
        console.log(`stakewatch: ${signal}, stopping...`)
        await Promise.all(services().map((s) => stopService(s)))
        await cleanup().catch((e) => console.error(`stakewatch: while stopping: ${e.message}`))
        process.exit(0)
    }
    process.on('SIGINT', () => void stop('SIGINT'))
    process.on('SIGTERM', () => void stop('SIGTERM'))
}

/** Loads `.env` from the working directory when there is one (settings from the real environment win). */
export function loadDotEnv(): void {
    try {
        let before = {...process.env}
        ;(process as any).loadEnvFile?.('.env')
        Object.assign(process.env, before)
    } catch {}
}

/** Runs an entry point: a known failure is one line, exit code 1. */
export function runCli(main: () => Promise<void>): void {
    main().catch((e) => {
        console.error(`stakewatch: ${e?.message ?? e}`)
        process.exit(1)
    })
}
