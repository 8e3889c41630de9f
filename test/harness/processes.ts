/**
 * Which processes the test run started, wherever they were started (the harness, a test calling
 * Anvil.start, a `npm start` child's own children): vitest's globalSetup puts a marker in the environment,
 * every process started from a test inherits it, and /proc tells who carries it. The end of each test file
 * and of the run check that none is left (test/harness/setup.ts, test/harness/global-setup.ts).
 *
 * PostgreSQL rewrites its environment area for its process titles, so its postmaster is found by its data
 * directory instead (`-D <dir>` on its command line; the harness keeps them under testDataPrefix()).
 * The end-of-file check looks at the file's descendants; the children of a child that was killed
 * (reparented to init) are no descendants any more, and the end-of-run check finds them.
 */
import fs from 'fs'
import os from 'os'
import path from 'path'

export const RUN_MARKER_VARIABLE = 'STAKEWATCH_TEST_RUN'

export interface LeftProcess {
    pid: number
    command: string
}

/** Whether this platform can tell (Linux /proc); elsewhere the checks are skipped. */
export function canInspectProcesses(): boolean {
    return fs.existsSync('/proc/self/environ')
}

function read(file: string): string | undefined {
    try {
        return fs.readFileSync(file, 'latin1')
    } catch {
        return undefined
    }
}

/** Fields of /proc/<pid>/stat after `pid (comm)`: [state, ppid, ...] (comm may hold spaces). */
function statFields(pid: number): string[] | undefined {
    let stat = read(`/proc/${pid}/stat`)
    return stat == null ? undefined : stat.slice(stat.lastIndexOf(')') + 2).split(' ')
}

function parentOf(pid: number): number | undefined {
    let f = statFields(pid)
    return f && Number(f[1])
}


function isDescendant(pid: number, ancestor: number): boolean {
    for (let p: number | undefined = parentOf(pid), hops = 0; p != null && p > 1 && hops < 64; p = parentOf(p), hops++) {
        if (p == ancestor) return true
    }
    return false
}

/**
 * Live processes of this run (carrying `marker`, or PostgreSQL servers on a data directory whose path
 * contains one of `dataDirHints`); with `ancestor`, only its descendants. Never this process.
 */
export function processesOfRun(marker: string, options: {ancestor?: number; dataDirHints?: string[]} = {}): LeftProcess[] {
    if (!canInspectProcesses()) return []
    let found: LeftProcess[] = []
    let needle = `${RUN_MARKER_VARIABLE}=${marker}\0`
    for (let entry of fs.readdirSync('/proc')) {
        let pid = Number(entry)
        if (!Number.isInteger(pid) || pid == process.pid) continue
        let cmdline = read(`/proc/${pid}/cmdline`)
        if (!cmdline) continue // gone, or a zombie
        let fields = statFields(pid)
        if (fields == null || fields[0] == 'Z') continue
        let args = cmdline.split('\0').filter(Boolean)
        let ours = (read(`/proc/${pid}/environ`) ?? '').includes(needle)
        if (!ours && options.dataDirHints?.length) {
            let dataDir = args[args.indexOf('-D') + 1]
            ours = args.includes('-D') && dataDir != null && options.dataDirHints.some((h) => dataDir.includes(h))
        }
        if (!ours) continue
        if (options.ancestor != null && !isDescendant(pid, options.ancestor)) continue
        found.push({pid, command: args.join(' ').slice(0, 200)})
    }
    return found
}

/** The marker of the current run (set by globalSetup), if any. */
export function runMarker(): string | undefined {
    return process.env[RUN_MARKER_VARIABLE] || undefined
}

/**
 * Data directories of test databases are made under this prefix (see startStack), so a leftover server is
 * found; it names the run, so another run's servers (another checkout on the same machine) never match.
 */
export function testDataPrefix(marker = runMarker()): string {
    return path.join(os.tmpdir(), `stakewatch-test-${marker ? marker.slice(0, 8) + '-' : ''}`)
}

/** SIGKILLs the given processes (and waits until they are gone, 5 s at most). */
export async function killAll(left: LeftProcess[]): Promise<void> {
    for (let p of left) {
        try {
            process.kill(p.pid, 'SIGKILL')
        } catch {}
    }
    for (let i = 0; i < 100 && left.some((p) => alive(p.pid)); i++) await new Promise((r) => setTimeout(r, 50))
}

export function alive(pid: number): boolean {
    try {
        process.kill(pid, 0)
    } catch {
        return false
    }
    let f = statFields(pid)
    return f == null ? !canInspectProcesses() : f[0] != 'Z'
}

export function describeLeft(left: LeftProcess[]): string {
    return left.map((p) => `  pid ${p.pid}: ${p.command}`).join('\n')
}
