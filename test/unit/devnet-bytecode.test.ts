import fs from 'fs'
import path from 'path'
import {describe, expect, it} from 'vitest'
import {LOG_EMITTER_BYTECODE} from '../../src/devnet/emitter'
import {VIEW_ANSWER_BYTECODE} from '../../src/devnet/view-answer'

// The devnet contracts' committed runtime bytecode must be what their source compiles to (solc 0.8.28 from npm,
// pinned devDependency, compiled offline; optimizer on, 200 runs; the source keyed by its file name). On a
// mismatch the message shows the bytecode to commit.
function compile(file: string): string {
    let solc = require('solc')
    let name = path.basename(file)
    let input = {
        language: 'Solidity',
        sources: {[name]: {content: fs.readFileSync(file, 'utf8')}},
        settings: {optimizer: {enabled: true, runs: 200}, outputSelection: {'*': {'*': ['evm.deployedBytecode.object']}}},
    }
    let out = JSON.parse(solc.compile(JSON.stringify(input)))
    let errors = (out.errors ?? []).filter((e: any) => e.severity == 'error')
    if (errors.length) throw new Error(errors.map((e: any) => e.formattedMessage).join('\n'))
    let [contract] = Object.values<any>(out.contracts[name])
    return '0x' + contract.evm.deployedBytecode.object
}

describe('devnet contract bytecode', () => {
    it.each([
        ['LogEmitter.sol', LOG_EMITTER_BYTECODE],
        ['ViewAnswer.sol', VIEW_ANSWER_BYTECODE],
    ])('%s compiles to the committed bytecode', (file, committed) => {
        let compiled = compile(path.resolve(__dirname, '../../src/devnet', file))
        expect(compiled, `${file} changed: commit its runtime bytecode ${compiled}`).toBe(committed)
    })
})
