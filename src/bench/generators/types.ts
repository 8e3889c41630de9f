import {RawLog} from '../../core/encode'
import {AddressBook} from '../../networks'

/** Deterministic randomness, so a history is the same on every machine for the same settings. */
export class Rng {
    constructor(private state: number) {}

    next(): number {
        // mulberry32
        let t = (this.state = (this.state + 0x6d2b79f5) | 0)
        t = Math.imul(t ^ (t >>> 15), t | 1)
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296
    }

    int(n: number): number {
        return Math.floor(this.next() * n)
    }

    pick<T>(list: T[]): T {
        return list[this.int(list.length)]
    }

    address(): string {
        let hex = ''
        for (let i = 0; i < 5; i++) hex += (this.int(2 ** 32) >>> 0).toString(16).padStart(8, '0')
        return '0x' + hex
    }
}

/** Where a generated action lands in the history. */
export interface GenContext {
    book: AddressBook
    rng: Rng
    /** unix seconds of the block being built */
    timestamp: number
    /** 0..1: how far into the history (for daily / periodic events) */
    progress: number
}

/**
 * Bulk load for one protocol module: `next` returns one action (the logs of one transaction, in order).
 * `share` weighs modules against each other (stETH activity dominates mainnet).
 */
export interface BenchGenerator {
    module: string
    share: number
    next(ctx: GenContext): RawLog[]
    /** each action in a transaction of its own (a handler pairs the logs of one action by transaction) */
    oneActionPerTx?: boolean
    /** logs due at a block independent of user activity (daily rebases...), checked once per block */
    periodic?(ctx: GenContext, secondsSincePrevious: number): RawLog[][]
}
