import {ChildProcess, execFileSync, spawn} from 'child_process'
import fs from 'fs'
import path from 'path'
import pg from 'pg'

/**
 * One PostgreSQL server per data directory, shared by every stakewatch process that uses that directory
 * (`npm run process` and `npm run serve` started together, say), and stopped by the last one to leave.
 *
 * Next to the data directory `<dir>`:
 * - `<dir>.lock/`: held (mkdir is atomic) while a process starts, joins, leaves or stops the server, so two
 *   processes never both run initdb or start a second postmaster on the same files;
 * - `<dir>.users/<pid>-<n>`: one file per process using the server; the server is stopped when the last
 *   user leaves (users whose process is gone do not count);
 * - `<dir>.log`: the server's own log (kept out of our output; its tail is shown when it fails to start).
 *
 * The server runs in a session of its own (detached): Ctrl-C in a terminal signals the whole foreground
 * process group, and PostgreSQL must not go down before the processor and the API that use it have stopped.
 */

export interface ClusterOptions {
    dataDir: string
    port: number
    user: string
    password: string
    /** runs initdb when the directory has no cluster yet */
    initialise(): Promise<void>
    /** the `postgres` binary */
    postgresBinary: string
    /** as root, PostgreSQL runs as the `postgres` user */
    asRoot: boolean
    /** extra server settings for a server we start, e.g. ['-c', 'log_statement=all'] */
    serverFlags?: string[]
}

export interface ClusterHandle {
    /** the port the server listens on (an already running server keeps its own) */
    port: number
    /** true when the server was already running for this data directory (another process started it) */
    joined: boolean
    /** leave; the last user stops the server */
    leave(): Promise<void>
}

const LOCK_TIMEOUT_MS = 120_000
const READY_TIMEOUT_MS = 60_000
let handles = 0

/**
 * Handles not left when the process exits without leaving them (an uncaught error, a test worker torn down):
 * their user files are removed and, when no one else uses the server, it is told to shut down (SIGINT, a
 * fast shutdown PostgreSQL completes on its own), so a failed run does not leave a server behind.
 */
const unleft = new Map<string, string>()
process.on('exit', () => {
    for (let [me, dir] of unleft) {
        try {
            fs.rmSync(path.join(`${dir}.users`, me), {force: true})
            let pid = postmasterPid(dir)
            if (pid != null && isPostgres(pid) && liveUsers(dir).length == 0) process.kill(pid, 'SIGINT')
        } catch {}
    }
})

export async function joinCluster(options: ClusterOptions): Promise<ClusterHandle> {
    let dir = path.resolve(options.dataDir)
    fs.mkdirSync(path.dirname(dir), {recursive: true})
    let me = `${process.pid}-${handles++}`
    let lock = await acquireLock(dir)
    let child: ChildProcess | undefined
    let port: number
    let joined: boolean
    try {
        let running = await runningServer(dir, options)
        if (running) {
            port = running.port
            joined = true
        } else {
            if (!fs.existsSync(path.join(dir, 'PG_VERSION'))) await options.initialise()
            fs.rmSync(path.join(dir, 'postmaster.pid'), {force: true}) // its process is gone (runningServer checked)
            child = await startServer(dir, options)
            port = options.port
            joined = false
        }
        fs.mkdirSync(`${dir}.users`, {recursive: true})
        fs.writeFileSync(path.join(`${dir}.users`, me), '')
        unleft.set(me, dir)
    } finally {
        releaseLock(lock)
    }
    let left = false
    return {
        port,
        joined,
        async leave() {
            if (left) return
            left = true
            let lock = await acquireLock(dir)
            try {
                unleft.delete(me)
                fs.rmSync(path.join(`${dir}.users`, me), {force: true})
                if (liveUsers(dir).length > 0) return
                let pid = postmasterPid(dir)
                if (pid != null && isPostgres(pid)) await stopServer(pid, child)
            } finally {
                releaseLock(lock)
            }
        },
    }
}

/** Whether a server runs for `dataDir` now (its port is then in use by it, not by a stranger). */
export function clusterRunning(dataDir: string): boolean {
    let pid = postmasterPid(path.resolve(dataDir))
    return pid != null && alive(pid) && isPostgres(pid)
}

/**
 * Stops the server of `dataDir` when it runs with no stakewatch process using it (left over by one that was
 * killed). Returns what it found.
 */
export async function stopUnusedCluster(dataDir: string): Promise<'stopped' | 'in use' | 'not running'> {
    let dir = path.resolve(dataDir)
    if (!fs.existsSync(dir)) return 'not running'
    let lock = await acquireLock(dir)
    try {
        let pid = postmasterPid(dir)
        if (pid == null || !alive(pid) || !isPostgres(pid)) return 'not running'
        if (liveUsers(dir).length > 0) return 'in use'
        await stopServer(pid, undefined)
        return 'stopped'
    } finally {
        releaseLock(lock)
    }
}

/** The server of `dir`, when one runs and answers; waits for one that is still starting. */
async function runningServer(dir: string, options: ClusterOptions): Promise<{port: number} | undefined> {
    let pid = postmasterPid(dir)
    // a pid file left by a server that died: its pid may belong to another program now (after a reboot)
    if (pid == null || !alive(pid) || !isPostgres(pid)) return undefined
    let lines = fs.readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')
    let port = Number(lines[3])
    await waitUntilReady(port, options, () => alive(pid!), dir)
    return {port}
}

async function startServer(dir: string, options: ClusterOptions): Promise<ChildProcess> {
    let logFile = `${dir}.log`
    if (fs.existsSync(logFile) && fs.statSync(logFile).size > 10 * 2 ** 20) fs.truncateSync(logFile, 0)
    let logStart = fs.existsSync(logFile) ? fs.statSync(logFile).size : 0
    let fd = fs.openSync(logFile, 'a')
    let ids = options.asRoot ? postgresUserIds() : {}
    // IPv4 loopback only, where every client connects: with the default (localhost: 127.0.0.1 and ::1) a taken
    // 127.0.0.1 port would leave the server listening on ::1 alone instead of failing
    let args = ['-D', dir, '-p', String(options.port), '-c', 'listen_addresses=127.0.0.1', ...(options.serverFlags ?? [])]
    let child = spawn(options.postgresBinary, args, {
        detached: true,
        stdio: ['ignore', fd, fd],
        env: {...process.env, LC_MESSAGES: 'C'},
        ...ids,
    })
    fs.closeSync(fd)
    child.unref()
    let exited = false
    child.once('exit', () => (exited = true))
    try {
        await waitUntilReady(options.port, options, () => !exited, dir)
    } catch (e) {
        if (!exited) child.kill('SIGKILL')
        let tail = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(logStart).trim().split('\n').slice(-5).join(' | ') : ''
        throw new Error(`${(e as Error).message}${tail ? `; its log: ${tail}` : ''}`)
    }
    return child
}

async function waitUntilReady(port: number, options: ClusterOptions, running: () => boolean, dir: string): Promise<void> {
    let deadline = Date.now() + READY_TIMEOUT_MS
    while (true) {
        if (!running()) throw new Error(`PostgreSQL of ${dir} exited while starting`)
        let client = new pg.Client({host: '127.0.0.1', port, user: options.user, password: options.password, database: 'postgres', connectionTimeoutMillis: 5000})
        client.on('error', () => {})
        try {
            await client.connect()
            await client.end()
            return
        } catch (e) {
            await client.end().catch(() => {})
            let code = (e as {code?: string}).code
            // starting up (57P03), not listening yet, or too slow to answer: wait; a refusal (password) will not change
            let slow = /timeout/i.test(String((e as Error).message))
            if (code != '57P03' && code != 'ECONNREFUSED' && code != 'ENOENT' && !slow) throw e
            if (Date.now() > deadline) throw new Error(`PostgreSQL of ${dir} did not accept connections on port ${port} in ${READY_TIMEOUT_MS / 1000} s`)
            await sleep(100)
        }
    }
}

/** Fast shutdown (SIGINT: open transactions are rolled back), then harder if it hangs. */
async function stopServer(pid: number, child: ChildProcess | undefined): Promise<void> {
    let gone = () => (child ? child.exitCode != null || child.signalCode != null : !alive(pid))
    for (let [signal, waitMs] of [['SIGINT', 30_000], ['SIGQUIT', 5000], ['SIGKILL', 5000]] as const) {
        try {
            process.kill(pid, signal)
        } catch {
            return // already gone
        }
        let deadline = Date.now() + waitMs
        while (Date.now() < deadline) {
            if (gone()) return
            await sleep(50)
        }
    }
}

function postmasterPid(dir: string): number | undefined {
    try {
        let pid = Number(fs.readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0])
        return pid > 0 ? pid : undefined
    } catch {
        return undefined
    }
}

function liveUsers(dir: string): string[] {
    let usersDir = `${dir}.users`
    if (!fs.existsSync(usersDir)) return []
    let live: string[] = []
    for (let f of fs.readdirSync(usersDir)) {
        if (alive(Number(f.split('-')[0]))) live.push(f)
        else fs.rmSync(path.join(usersDir, f), {force: true})
    }
    return live
}

/** Whether process `pid` exists and is not a zombie (a server whose parent never reaps it has stopped all the same). */
function alive(pid: number): boolean {
    if (!(pid > 0)) return false
    try {
        process.kill(pid, 0)
    } catch (e) {
        if ((e as NodeJS.ErrnoException).code != 'EPERM') return false
    }
    try {
        let stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
        return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) != 'Z'
    } catch {
        return process.platform != 'linux'
    }
}

function isPostgres(pid: number): boolean {
    try {
        return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith('postgres')
    } catch {
        return process.platform != 'linux'
    }
}

interface Lock {
    dir: string
}

async function acquireLock(dataDir: string): Promise<Lock> {
    let dir = `${dataDir}.lock`
    let deadline = Date.now() + LOCK_TIMEOUT_MS
    while (true) {
        try {
            fs.mkdirSync(dir)
            fs.writeFileSync(path.join(dir, 'owner'), String(process.pid))
            return {dir}
        } catch (e) {
            if ((e as NodeJS.ErrnoException).code != 'EEXIST') throw e
        }
        let owner = 0
        let age = 0
        try {
            age = Date.now() - fs.statSync(dir).mtimeMs
            owner = Number(fs.readFileSync(path.join(dir, 'owner'), 'utf8')) || 0
        } catch {}
        // a lock whose owner died (or died between mkdir and writing its pid) is stale
        if ((owner > 0 && !alive(owner)) || (owner == 0 && age > 10_000)) {
            // left by a process that died holding it: move it aside (only one process wins the rename)
            try {
                fs.renameSync(dir, `${dir}.stale-${process.pid}`)
                fs.rmSync(`${dir}.stale-${process.pid}`, {recursive: true, force: true})
            } catch {}
            continue
        }
        if (Date.now() > deadline) {
            throw new Error(`the embedded PostgreSQL in ${dataDir} is being started or stopped by process ${owner} for over ${LOCK_TIMEOUT_MS / 1000} s`)
        }
        await sleep(100)
    }
}

function releaseLock(lock: Lock): void {
    fs.rmSync(lock.dir, {recursive: true, force: true})
}

function postgresUserIds(): {uid: number; gid: number} {
    let id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], {encoding: 'utf8'}).trim())
    return {uid: id('-u'), gid: id('-g')}
}

function sleep(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms))
}
