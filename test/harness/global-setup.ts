/**
 * vitest globalSetup: marks every process the run starts (see processes.ts) and, at the end, checks that
 * none is left running; any that is gets killed and fails the run with its command line.
 */
import crypto from 'crypto'
import {canInspectProcesses, describeLeft, killAll, processesOfRun, RUN_MARKER_VARIABLE, testDataPrefix} from './processes'

export default function setup(): () => Promise<void> {
    let marker = crypto.randomUUID()
    process.env[RUN_MARKER_VARIABLE] = marker
    return async () => {
        if (!canInspectProcesses()) return
        let left = processesOfRun(marker, {dataDirHints: [testDataPrefix(marker)]})
        // a process being stopped right at the end gets a moment to go
        for (let i = 0; i < 20 && left.length > 0; i++) {
            await new Promise((r) => setTimeout(r, 250))
            left = processesOfRun(marker, {dataDirHints: [testDataPrefix(marker)]})
        }
        if (left.length == 0) return
        await killAll(left)
        // an error thrown here is only logged by vitest: fail the run's exit code too
        process.exitCode = 1
        throw new Error(`the test run left ${left.length} processes running (now killed):\n${describeLeft(left)}`)
    }
}
