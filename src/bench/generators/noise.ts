import {Rng} from './types'

/**
 * Runtime bytecode of a tiny hand-assembled contract: calldata (n, topic0) -> n logs LOG3(topic0, i + timestamp,
 * i ^ number) with data = i. One short call makes hundreds of logs, so the saved chain stays small (the
 * general log emitter carries every log in its calldata and call trace: ~2 KB per log in the state file).
 *
 *   PUSH1 0 CALLDATALOAD PUSH1 0                      n, i
 *   loop: JUMPDEST DUP2 DUP2 LT ISZERO PUSH1 end JUMPI
 *   DUP1 PUSH1 0 MSTORE                               data = i
 *   DUP1 NUMBER XOR  DUP2 TIMESTAMP ADD  PUSH1 32 CALLDATALOAD
 *   PUSH1 32 PUSH1 0 LOG3
 *   PUSH1 1 ADD PUSH1 loop JUMP
 *   end: JUMPDEST STOP
 */
export const NOISE_EMITTER_BYTECODE = '0x60003560005b818110156025578060005280431881420160203560206000a36001016005565b00'

const TRANSFER = 'ddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef'
const SWAP = 'd78ad95fa46c994b6551d0da85fc275fe613ce37657fb8d5e3d130840159d822'

export interface NoiseTx {
    to: string
    data: string
    gas: number
    logs: number
}

/**
 * What an archive node returns besides our logs: ERC-20 `Transfer` and Uniswap-V2 `Swap` logs (their real
 * topic0s, synthetic indexed values) from 60 contracts the squid does not watch; 3 transactions in 4 are
 * transfers.
 */
export class NoiseGenerator {
    readonly tokens: string[]
    readonly pairs: string[]

    constructor(private rng: Rng) {
        this.tokens = Array.from({length: 40}, () => rng.address())
        this.pairs = Array.from({length: 20}, () => rng.address())
    }

    /** Contracts to place the noise emitter at. */
    get contracts(): string[] {
        return [...this.tokens, ...this.pairs]
    }

    tx(count: number): NoiseTx {
        let swap = this.rng.next() >= 0.75
        let to = this.rng.pick(swap ? this.pairs : this.tokens)
        let data = '0x' + count.toString(16).padStart(64, '0') + (swap ? SWAP : TRANSFER)
        return {to, data, gas: 60_000 + 2_500 * count, logs: count}
    }
}
