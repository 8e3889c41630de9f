import {keccak256} from '@subsquid/evm-abi'
import {JsonRpc} from './rpc'

/** Runtime bytecode of ViewAnswer.sol (solc 0.8.28, optimizer 200 runs; test/unit/devnet-bytecode.test.ts checks it). */
export const VIEW_ANSWER_BYTECODE =
    '0x6080604052348015600e575f5ffd5b50365f5f37365f208054806020575f5ffd5b5f19015f5b8060051b8281106035575050805ff35b600182850181015490915201602556fea264697066735822122006f5445ea868cefe3dff829921f9fdd035a7a2a9d0c9b242554cf7452145891664736f6c634300081c0033'

const WORD = 2n ** 256n

/**
 * A devnet contract's views, answered from storage: `place` puts ViewAnswer at the addresses (replacing whatever
 * code they had), `answer` makes one exact calldata return the given ABI-encoded bytes from then on (a block must
 * be mined for calls at a block to see it). A call nobody answered reverts.
 */
export class ViewAnswers {
    constructor(readonly rpc: JsonRpc) {}

    async place(addresses: Iterable<string>): Promise<void> {
        for (let address of new Set([...addresses].map((a) => a.toLowerCase()))) {
            await this.rpc.call('anvil_setCode', [address, VIEW_ANSWER_BYTECODE])
        }
    }

    async answer(address: string, calldata: string, result: string): Promise<void> {
        let bytes = Buffer.from(strip(result), 'hex')
        let slot = BigInt('0x' + keccak256(Buffer.from(strip(calldata), 'hex')).toString('hex'))
        await this.store(address, slot, BigInt(bytes.length + 1))
        for (let i = 0; i * 32 < bytes.length; i++) {
            let word = Buffer.alloc(32)
            bytes.copy(word, 0, i * 32, Math.min(bytes.length, i * 32 + 32))
            await this.store(address, (slot + 1n + BigInt(i)) % WORD, BigInt('0x' + word.toString('hex')))
        }
    }

    private async store(address: string, slot: bigint, value: bigint): Promise<void> {
        await this.rpc.call('anvil_setStorageAt', [address.toLowerCase(), hex32(slot), hex32(value)])
    }
}

function strip(hex: string): string {
    return hex.startsWith('0x') ? hex.slice(2) : hex
}

function hex32(n: bigint): string {
    return '0x' + n.toString(16).padStart(64, '0')
}
