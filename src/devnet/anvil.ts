import {ChildProcess, spawn} from 'child_process'
import fs from 'fs'
import path from 'path'
import {JsonRpc} from './rpc'

export interface AnvilOptions {
    port: number
    /** restore a chain saved with `dumpState` (bench histories) */
    loadState?: string
    /** save the chain to this file on exit */
    dumpState?: string
    /** unix seconds of block 0 (default: 2020-09-13, before Lido's launch, so replayed mainnet timestamps fit) */
    genesisTimestamp?: number
    /** log anvil's own output */
    verbose?: boolean
    /** chain id (default anvil's 31337; 1 to pose as mainnet) */
    chainId?: number
    /** how long to wait for the first answer (loading a large saved state takes a while; default 10 s) */
    readyTimeoutMs?: number
}

export const DEFAULT_GENESIS_TIMESTAMP = 1_600_000_000

/** Platforms for which @foundry-rs/anvil (a dev dependency) installs a binary package. */
const ANVIL_PACKAGES: Record<string, Record<string, string>> = {
    linux: {x64: '@foundry-rs/anvil-linux-amd64', arm64: '@foundry-rs/anvil-linux-arm64'},
    darwin: {x64: '@foundry-rs/anvil-darwin-amd64', arm64: '@foundry-rs/anvil-darwin-arm64'},
    win32: {x64: '@foundry-rs/anvil-win32-amd64'},
}

export class AnvilNotFoundError extends Error {}

/**
 * The anvil to run: the binary npm installed for this platform (package @foundry-rs/anvil picks one of
 * ANVIL_PACKAGES; no download at run time), else an `anvil` on PATH (Foundry installed by the user).
 */
export function anvilBinary(platform = process.platform, arch = process.arch, pathVar = process.env.PATH ?? ''): string {
    let exe = platform == 'win32' ? 'anvil.exe' : 'anvil'
    let pkg = ANVIL_PACKAGES[platform]?.[arch]
    if (pkg) {
        try {
            let file = path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'bin', exe)
            if (fs.existsSync(file)) return file
        } catch {}
    }
    for (let dir of pathVar.split(path.delimiter)) {
        if (dir && fs.existsSync(path.join(dir, exe))) return path.join(dir, exe)
    }
    throw new AnvilNotFoundError(
        `no anvil found: ${pkg ? `the npm package ${pkg} is not installed (run npm ci, dev dependencies included)` : `npm ships no anvil for ${platform}-${arch}`}` +
            ' and there is no anvil on PATH; install Foundry (https://getfoundry.sh) to get one'
    )
}

/** A running anvil: mining only when told to (no automine), so a test decides what goes in each block. */
export class Anvil {
    readonly rpc: JsonRpc

    private constructor(private proc: ChildProcess, readonly url: string) {
        this.rpc = new JsonRpc(url)
    }

    static async start(options: AnvilOptions): Promise<Anvil> {
        let args = [
            '--host', '127.0.0.1',
            '--port', String(options.port),
            '--no-mining',
            '--gas-limit', '2000000000',
            '--code-size-limit', '100000',
            '--balance', '100000000',
            '--timestamp', String(options.genesisTimestamp ?? DEFAULT_GENESIS_TIMESTAMP),
        ]
        if (options.chainId != null) args.push('--chain-id', String(options.chainId))
        if (options.loadState) args.push('--load-state', options.loadState)
        if (options.dumpState) args.push('--dump-state', options.dumpState)
        if (!options.verbose) args.push('--silent')
        let proc = spawn(anvilBinary(), args, {stdio: options.verbose ? 'inherit' : 'ignore'})
        let url = `http://127.0.0.1:${options.port}`
        let anvil = new Anvil(proc, url)
        let exited: Error | undefined
        proc.once('exit', (code) => (exited = new Error(`anvil exited with code ${code} (is port ${options.port} free?)`)))
        for (let i = 0; i < (options.readyTimeoutMs ?? 10_000) / 50; i++) {
            if (exited) throw exited
            try {
                await anvil.rpc.blockNumber()
                return anvil
            } catch {
                await new Promise((r) => setTimeout(r, 50))
            }
        }
        proc.kill('SIGKILL')
        throw new Error(`anvil did not answer on ${url}`)
    }

    async stop(): Promise<void> {
        if (this.proc.exitCode != null) return
        let done = new Promise((resolve) => this.proc.once('exit', resolve))
        this.proc.kill('SIGTERM')
        await done
    }
}
