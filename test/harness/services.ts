import {ChildProcess, spawn} from 'child_process'
import path from 'path'

export const ROOT = path.resolve(__dirname, '..', '..')
export const LIB = path.join(ROOT, 'lib')

/** A child process whose output is kept (and shown when a test fails or STAKEWATCH_TEST_VERBOSE=1). */
export class ChildService {
    output: string[] = []
    readonly exited: Promise<number>

    private constructor(readonly name: string, readonly proc: ChildProcess) {
        let keep = (chunk: Buffer) => {
            let text = chunk.toString()
            if (process.env.STAKEWATCH_TEST_VERBOSE) process.stderr.write(`[${name}] ${text}`)
            this.output.push(text)
            if (this.output.length > 4000) this.output.splice(0, 1000)
        }
        proc.stdout?.on('data', keep)
        proc.stderr?.on('data', keep)
        this.exited = new Promise((resolve) => proc.once('exit', (code, signal) => resolve(code ?? (signal ? -1 : 0))))
    }

    /**
     * `detached`: in a process group of its own, so a test can send SIGINT to the group as Ctrl-C in a
     * terminal does (`signalGroup`). PROMETHEUS_PORT defaults to 0 (any free port): tests run in parallel.
     */
    static start(name: string, script: string, args: string[], env: Record<string, string>, options: {detached?: boolean} = {}): ChildService {
        let proc = spawn(process.execPath, [script, ...args], {
            cwd: ROOT,
            env: {...process.env, PROMETHEUS_PORT: '0', ...env},
            stdio: ['ignore', 'pipe', 'pipe'],
            detached: options.detached,
        })
        return new ChildService(name, proc)
    }

    /** The signal to the child's whole process group (Ctrl-C in a terminal); needs `detached`. */
    signalGroup(signal: NodeJS.Signals): void {
        process.kill(-this.proc.pid!, signal)
    }

    /** The output lines so far (stdout and stderr). */
    lines(): string[] {
        return this.output.join('').split('\n').filter((l) => l.trim() != '')
    }

    get running(): boolean {
        return this.proc.exitCode == null && this.proc.signalCode == null
    }

    tail(lines = 40): string {
        return this.output.join('').split('\n').slice(-lines).join('\n')
    }

    async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number> {
        if (!this.running) return this.exited
        this.proc.kill(signal)
        let timer = setTimeout(() => this.proc.kill('SIGKILL'), 10_000)
        let code = await this.exited
        clearTimeout(timer)
        return code
    }
}
