/**
 * Runs in every test file: when the file is done, nothing it started may still run (anvil, PostgreSQL,
 * processor, API, or their children), whether its tests passed, failed or timed out. Leftovers are killed
 * and fail the file, naming them.
 */
import {afterAll} from 'vitest'
import {describeLeft, killAll, processesOfRun, runMarker, testDataPrefix} from './processes'

afterAll(async () => {
    let marker = runMarker()
    if (marker == null) return
    let mine = () => processesOfRun(marker, {ancestor: process.pid, dataDirHints: [testDataPrefix(marker)]})
    let left = mine()
    // a process being stopped right at the end gets a moment to go
    for (let i = 0; i < 20 && left.length > 0; i++) {
        await new Promise((r) => setTimeout(r, 250))
        left = mine()
    }
    if (left.length == 0) return
    await killAll(left)
    throw new Error(`this test file left ${left.length} processes running (now killed):\n${describeLeft(left)}`)
})
