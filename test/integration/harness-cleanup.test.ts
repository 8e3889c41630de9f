import {spawn} from 'child_process'
import net from 'net'
import path from 'path'
import {describe, expect, it} from 'vitest'
import {Anvil} from '../../lib/devnet/anvil'
import {freePort} from '../../lib/devnet/ports'
import {startStack} from '../harness'
import {alive, canInspectProcesses, killAll, processesOfRun, runMarker, testDataPrefix} from '../harness/processes'
import {ChildService, LIB} from '../harness/services'

/** What this test file has running now, as the end-of-file check sees it. */
function mine() {
    return processesOfRun(runMarker()!, {ancestor: process.pid, dataDirHints: [testDataPrefix()]})
}

/** What the whole run has running now, as the end-of-run check sees it. */
function ofRun() {
    return processesOfRun(runMarker()!, {dataDirHints: [testDataPrefix()]})
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

    it('finds what a test forgot: an anvil (end of file), and the child of a killed child (end of run)', async () => {
        let anvil = await Anvil.start({port: await freePort()})
        expect(mine().some((p) => p.command.includes('anvil'))).toBe(true)
        await anvil.stop()
        expect(mine()).toEqual([])
        // a child that starts a grandchild and is then SIGKILLed: the grandchild is reparented away from us
        let script = `require('child_process').spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60001)'], {stdio: 'ignore'}); setTimeout(() => {}, 60000)`
        let parent = ChildService.start('parent', '-e', [script], {})
        let grandchild = () => ofRun().filter((p) => p.pid != parent.proc.pid && p.command.includes('60001'))
        for (let i = 0; i < 200 && grandchild().length == 0; i++) await new Promise((r) => setTimeout(r, 50))
        parent.proc.kill('SIGKILL')
        await parent.exited
        let orphan = grandchild()
        expect(orphan.length).toBe(1)
        expect(mine().some((p) => p.pid == orphan[0].pid)).toBe(false) // no descendant of ours any more
        await killAll(orphan)
        expect(ofRun().filter((p) => p.command.includes('60001'))).toEqual([])
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
