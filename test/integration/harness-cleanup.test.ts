import {spawn} from 'child_process'
import net from 'net'
import path from 'path'
import {describe, expect, it} from 'vitest'
import {Anvil} from '../../lib/devnet/anvil'
import {freePort} from '../../lib/devnet/ports'
import {startStack} from '../harness'
import {alive, canInspectProcesses, killAll, processesOfRun, runMarker, testDataPrefix, trackedGroups} from '../harness/processes'
import {ChildService, LIB} from '../harness/services'

/** What this test file has running now, as the end-of-file check sees it. */
function mine() {
    return processesOfRun(runMarker()!, {ancestor: process.pid, groups: trackedGroups(), dataDirHints: [testDataPrefix()]})
}

describe.runIf(canInspectProcesses() && runMarker() != null)('the harness leaves no process behind', () => {
    it('a stack started and stopped: anvil, PostgreSQL, processor and API are all gone', async () => {
        let stack = await startStack()
        let during = mine()
        let commands = during.map((p) => p.command).join('\n')
        expect(commands).toContain('anvil')
        expect(commands).toContain(path.join(LIB, 'main.js'))
        expect(commands).toContain(path.join(LIB, 'api', 'server.js'))
        expect(commands).toMatch(/postgres/)
        await stack.stop()
        expect(during.filter((p) => alive(p.pid))).toEqual([])
        expect(mine()).toEqual([])
    })

    it('a stack whose start fails half-way (PostgreSQL port taken) stops what it had started', async () => {
        let busy = net.createServer().listen(0, '127.0.0.1')
        await new Promise((r) => busy.once('listening', r))
        try {
            let port = (busy.address() as net.AddressInfo).port
            await expect(startStack({pgPort: port})).rejects.toThrow(/embedded PostgreSQL did not start/)
            // the anvil it had started before is gone too
            expect(mine()).toEqual([])
        } finally {
            busy.close()
        }
    })

    it('finds what a test forgot: an anvil, and the child of a killed child (reparented away from us)', async () => {
        let anvil = await Anvil.start({port: await freePort()})
        // a child that starts a grandchild and is then SIGKILLed: the grandchild is no descendant of ours any more
        let script = `require('child_process').spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], {stdio: 'ignore'}); setTimeout(() => {}, 60000)`
        let parent = ChildService.start('parent', '-e', [script], {})
        await new Promise((r) => setTimeout(r, 500))
        parent.proc.kill('SIGKILL')
        await parent.exited
        let left = mine()
        expect(left.some((p) => p.command.includes('anvil'))).toBe(true)
        expect(left.some((p) => p.command.includes('setTimeout(() => {}, 60000)'))).toBe(true)
        await anvil.stop()
        await killAll(mine())
        expect(mine()).toEqual([])
    })

    it('a process of another run (no marker) is never counted', async () => {
        let other = spawn('sleep', ['30'], {env: {PATH: process.env.PATH}, stdio: 'ignore'})
        try {
            await new Promise((r) => setTimeout(r, 100))
            expect(processesOfRun(runMarker()!).some((p) => p.pid == other.pid)).toBe(false)
        } finally {
            other.kill('SIGKILL')
        }
    })
})
