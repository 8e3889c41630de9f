import fs from 'fs'
import path from 'path'

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Self time of a `--cpu-prof` profile by where the code lives (a package under node_modules, our lib/, node
 * internals, garbage collection, idle): the profile's figures for the bench note.
 */
export function summariseProfile(dir: string, top = 12): {where: string; percent: number}[] {
    let files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')) : []
    if (files.length == 0) return []
    let profile = JSON.parse(fs.readFileSync(path.join(dir, files[0]), 'utf8'))
    let byNode = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]))
    let self = new Map<string, number>()
    let total = 0
    let deltas: number[] = profile.timeDeltas
    profile.samples.forEach((id: number, i: number) => {
        let node = byNode.get(id)
        let where = bucket(node.callFrame)
        let dt = deltas[i] ?? 0
        self.set(where, (self.get(where) ?? 0) + dt)
        total += dt
    })
    return [...self.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([where, t]) => ({where, percent: (100 * t) / total}))
}

/** Where a frame's code lives: npm package, a folder of ours, node itself, or V8 (GC, idle, native). */
function bucket(frame: any): string {
    let url: string = frame.url ?? ''
    let fn = frame.functionName || '(anonymous)'
    if (url == '') return fn.startsWith('(') ? fn : '(native code: JSON, regexps, sockets)'
    let m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)
    if (m) return m[1]
    if (url.startsWith('node:')) return 'node internals (http, streams, modules)'
    let lib = /\/lib\/([^/]+(?:\/[^/.]+)?)/.exec(url)
    return lib ? `our code: lib/${lib[1]}` : url
}
