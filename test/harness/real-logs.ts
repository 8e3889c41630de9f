/**
 * The real mainnet logs of test/fixtures/real-logs (copied from the project's shared reference set; provenance in its README) (152 target logs + 5 topic0 collisions from other contracts),
 * and their replay on the devnet: one devnet block per mainnet block (with its real timestamp), one
 * transaction per mainnet transaction, logs in their mainnet order, each at its real address.
 */
import fs from 'fs'
import path from 'path'
import type {BlockSpec} from '../../lib/devnet/chain'
import {ROOT} from './services'

export interface DecodedAs {
    abiFile: string
    event: string
    args: Record<string, any>
}

export interface RealLog {
    blockNumber: number
    blockTimestamp: number
    transactionHash: string
    transactionIndex: number
    logIndex: number
    address: string
    topics: string[]
    data: string
    addressLabel: string
    decoded: DecodedAs[]
}

export const REAL_LOGS_DIR = path.resolve(ROOT, 'test', 'fixtures', 'real-logs')

function load(file: string): RealLog[] {
    let rows: RealLog[] = JSON.parse(fs.readFileSync(path.join(REAL_LOGS_DIR, file), 'utf8'))
    return rows.map((r) => ({...r, address: r.address.toLowerCase(), topics: r.topics.map((t) => t.toLowerCase())}))
}

/** The 152 target logs, in chain order. */
export function realLogs(): RealLog[] {
    return [...load('rotki_cassette_logs.json'), ...load('rss3_node_logs.json')].sort(
        (a, b) => a.blockNumber - b.blockNumber || a.logIndex - b.logIndex
    )
}

/** Logs of other contracts that share a topic0 with ours (must not be indexed). */
export function collisionLogs(): RealLog[] {
    return load('topic0_collision_examples.json')
}

/** Groups logs into devnet blocks: per mainnet block, one tx per mainnet tx, in mainnet order. */
export function replayBlocks(logs: RealLog[]): (BlockSpec & {mainnetBlock: number})[] {
    let sorted = [...logs].sort((a, b) => a.blockNumber - b.blockNumber || a.logIndex - b.logIndex)
    let blocks: (BlockSpec & {mainnetBlock: number})[] = []
    for (let log of sorted) {
        let block = blocks[blocks.length - 1]
        if (block == null || block.mainnetBlock != log.blockNumber) {
            blocks.push((block = {mainnetBlock: log.blockNumber, timestamp: log.blockTimestamp, txs: []}))
        }
        let txs = block.txs as (BlockSpec['txs'][number] & {hash?: string})[]
        let tx = txs[txs.length - 1]
        if (tx == null || tx.hash != log.transactionHash) {
            tx = Object.assign([], {hash: log.transactionHash})
            txs.push(tx)
        }
        tx.push({address: log.address, topics: log.topics, data: log.data})
    }
    return blocks
}

/** Decoded arg of a real log, as the squid stores it: addresses lowercase, numbers as decimal strings. */
export function arg(log: RealLog, name: string, index = 0): string {
    let v = log.decoded[index].args[name]
    return typeof v == 'string' && v.startsWith('0x') ? v.toLowerCase() : String(v)
}
