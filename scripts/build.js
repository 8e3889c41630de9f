#!/usr/bin/env node
/**
 * Builds lib/ from src/ with tsc (incremental: tsconfig.json keeps lib/.tsbuildinfo).
 *
 *   node scripts/build.js              always build (npm run build)
 *   node scripts/build.js --if-stale   build only when the inputs changed since the last build (npm start,
 *                                      process, serve, demo): a few hundred stat calls, no tsc when nothing changed
 *
 * The inputs' fingerprint (file count and newest mtime of src/, tsconfig.json, package.json and the
 * installed packages' lock) is written to lib/.build-stamp after a successful build; it is taken before
 * the build, so a file saved during a build makes the next start build again.
 */
const {spawnSync} = require('child_process')
const fs = require('fs')
const path = require('path')

const root = path.resolve(__dirname, '..')
const stampFile = path.join(root, 'lib', '.build-stamp')

function fingerprint() {
    let count = 0
    let newest = 0
    let visit = (p) => {
        let st
        try {
            st = fs.statSync(p)
        } catch {
            return
        }
        if (st.isDirectory()) {
            newest = Math.max(newest, st.mtimeMs) // a deleted or renamed file changes its directory
            for (let e of fs.readdirSync(p)) visit(path.join(p, e))
        } else {
            count++
            newest = Math.max(newest, st.mtimeMs)
        }
    }
    for (let p of ['src', 'tsconfig.json', 'package.json', path.join('node_modules', '.package-lock.json')]) visit(path.join(root, p))
    return `${count} ${newest}`
}

let ifStale = process.argv.includes('--if-stale')
let before = fingerprint()
if (ifStale) {
    let stamp = null
    try {
        stamp = fs.readFileSync(stampFile, 'utf8')
    } catch {}
    if (stamp == before) process.exit(0)
    console.error('stakewatch: sources changed since the last build; building...')
}
let tsc = require.resolve('typescript/bin/tsc', {paths: [root]})
let vite = path.join(path.dirname(require.resolve('vite/package.json', {paths: [root]})), 'bin', 'vite.js')
// the squid, then the dashboard page: type-checked on its own (DOM types) and bundled by vite into lib/dashboard
let steps = [
    [tsc, '-p', path.join(root, 'tsconfig.json')],
    [tsc, '-p', path.join(root, 'src', 'dashboard', 'web')],
    [vite, 'build', '--logLevel', 'warn', '-c', path.join(root, 'src', 'dashboard', 'vite.config.mts')],
]
for (let args of steps) {
    let r = spawnSync(process.execPath, args, {cwd: root, stdio: 'inherit'})
    if (r.status !== 0) process.exit(r.status ?? 1)
}
fs.writeFileSync(stampFile, before)
