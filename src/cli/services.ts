import {Logger} from '@subsquid/logger'
import {ChildProcess, spawn} from 'child_process'
import path from 'path'
import {PortTakenError} from '../ports'
import {DatabaseSettingError} from '../postgres/database'
import {stakewatchLogger} from '../telemetry/log'

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
 * What a command started, stopped in reverse order (services before the database they use) on Ctrl-C,
 * SIGTERM or SIGHUP, or when the start fails half-way: nothing is left running. A second signal while
 * stopping is ignored; the stop is already under way.
 */
export class Lifecycle {
    private steps: {name: string; stop: () => Promise<void>}[] = []
    private _stopping = false

    constructor(private log: Logger) {
        for (let signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void this.shutdown(signal))
    }

    /** A signal (or a failure) is being handled: a service exiting now is expected, not a failure. */
    get stopping(): boolean {
        return this._stopping
    }

    add(name: string, stop: () => Promise<void>): void {
        this.steps.push({name, stop})
    }

    addService(s: Service): Service {
        this.add(s.name, () => stopService(s))
        return s
    }

    async stopAll(): Promise<void> {
        this._stopping = true
        for (let step of this.steps.splice(0).reverse()) {
            await step.stop().catch((e) => this.log.error(`while stopping ${step.name}: ${e?.message ?? e}`))
        }
    }

    /** Stops everything and exits: 0 after a signal, `code` after a failure. */
    async exit(code: number): Promise<never> {
        await this.stopAll()
        process.exit(code)
    }

    private async shutdown(signal: string): Promise<void> {
        if (this._stopping) return
        this.log.info(`${signal}: stopping`)
        await this.exit(0)
    }
}

/** Loads `.env` from the working directory when there is one (settings from the real environment win). */
export function loadDotEnv(): void {
    try {
        let before = {...process.env}
        ;(process as any).loadEnvFile?.('.env')
        Object.assign(process.env, before)
    } catch {}
}

/**
 * Runs an entry point. A failure stops whatever it had started, then: a problem the user must fix (a taken
 * port, a database that refuses us) is one line and exit code 2; anything else one line and exit code 1.
 */
export function runCli(name: string, main: (life: Lifecycle, log: Logger) => Promise<void>): void {
    let log = stakewatchLogger(name)
    let life = new Lifecycle(log)
    main(life, log).catch(async (e) => {
        let setting = e instanceof PortTakenError || e instanceof DatabaseSettingError
        log.fatal(e?.message ?? String(e))
        await life.exit(setting ? 2 : 1)
    })
}
