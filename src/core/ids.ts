import {Log} from './types'

/** Deterministic id of a record made from one log: `<block>-<logIndex>`, zero-padded so ids sort by chain order. */
export function logId(log: {block: {height: number}; logIndex: number}): string {
    return `${String(log.block.height).padStart(10, '0')}-${String(log.logIndex).padStart(6, '0')}`
}

/** Log position as a sortable number: blocks never hold a million logs. */
export function logOrder(log: Log): number {
    return log.block.height * 1_000_000 + log.logIndex
}

export function lower(address: string): string {
    return address.toLowerCase()
}

export const ZERO_ADDRESS = '0x0000000000000000000000000000000000000000'
