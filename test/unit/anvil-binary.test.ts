import fs from 'fs'
import os from 'os'
import path from 'path'
import {describe, expect, it} from 'vitest'
import {anvilBinary, AnvilNotFoundError} from '../../src/devnet/anvil'

describe('which anvil the devnet runs', () => {
    it('the binary npm installed for this platform (no download, no system install needed)', () => {
        let bin = anvilBinary('linux', 'x64', '')
        expect(bin).toMatch(/node_modules[\\/]@foundry-rs[\\/]anvil-linux-amd64[\\/]bin[\\/]anvil$/)
        expect(fs.existsSync(bin)).toBe(true)
    })

    it('an anvil on PATH where npm has none for the platform', () => {
        let dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stakewatch-anvil-path-'))
        try {
            fs.writeFileSync(path.join(dir, 'anvil'), '#!/bin/sh\n', {mode: 0o755})
            expect(anvilBinary('freebsd', 'x64', ['/nonexistent', dir].join(path.delimiter))).toBe(path.join(dir, 'anvil'))
            // a platform whose package is not installed here (npm installs only this machine's) falls back too
            expect(anvilBinary('darwin', 'arm64', dir)).toBe(path.join(dir, 'anvil'))
        } finally {
            fs.rmSync(dir, {recursive: true, force: true})
        }
    })

    it('none at all: one line saying what to install', () => {
        expect(() => anvilBinary('freebsd', 'x64', '')).toThrow(AnvilNotFoundError)
        expect(() => anvilBinary('freebsd', 'x64', '')).toThrow(
            'no anvil found: npm ships no anvil for freebsd-x64 and there is no anvil on PATH; install Foundry (https://getfoundry.sh) to get one'
        )
        expect(() => anvilBinary('darwin', 'arm64', '')).toThrow(/the npm package @foundry-rs\/anvil-darwin-arm64 is not installed \(run npm ci, dev dependencies included\)/)
    })
})
