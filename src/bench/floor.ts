import fs from 'fs'
import path from 'path'
import {pipeline} from 'stream/promises'
import {Readable} from 'stream'
import {from as copyFrom} from 'pg-copy-streams'
import {JsonRpc} from '../devnet/rpc'
import {planLogQueries} from '../rpc-front/log-query'
import {History, squidFilters} from './history'
import {BenchDb} from './postgres'
import {progress} from './progress'

/* eslint-disable @typescript-eslint/no-explicit-any */

const RANGE = 1000

export interface FloorResult {
    wallSeconds: number
    eventsPerSecond: number
    rows: number
}

/**
 * The floor: the least work that still gets the same events into PostgreSQL. Filtered `eth_getLogs` (the
 * squid's own address/topic plan), decode every log with the typegen ABIs, one COPY per range into a plain
 * table, one row per event; the next range is fetched while this one is decoded and copied.
 */
export async function runFloor(history: History, db: BenchDb, rpcUrl: string): Promise<FloorResult> {
    let rpc = new JsonRpc(rpcUrl)
    let queries = planLogQueries(squidFilters())
    let decoders = loadDecoders()
    let client = await db.pool.connect()
    await client.query(`DROP TABLE IF EXISTS bench_floor_event`)
    await client.query(
        `CREATE TABLE bench_floor_event (id text PRIMARY KEY, block_number int NOT NULL, log_index int NOT NULL,
         tx_hash text NOT NULL, address text NOT NULL, event text NOT NULL, args jsonb NOT NULL)`
    )
    let fetchRange = (from: number) => {
        let to = Math.min(from + RANGE - 1, history.head)
        let hex = (n: number) => '0x' + n.toString(16)
        return Promise.all(
            queries.map((q) => rpc.call<any[]>('eth_getLogs', [{fromBlock: hex(from), toBlock: hex(to), address: q.address, topics: [q.topic0]}]))
        ).then((parts) => parts.flat())
    }
    let show = progress('floor (getLogs + decode + COPY)', history.relevantLogs)
    let started = Date.now()
    let rows = 0
    try {
        let next = fetchRange(0)
        for (let from = 0; from <= history.head; from += RANGE) {
            let logs = await next
            if (from + RANGE <= history.head) next = fetchRange(from + RANGE)
            let lines = logs.map((log) => copyLine(log, decoders))
            await pipeline(Readable.from(lines), client.query(copyFrom(`COPY bench_floor_event FROM STDIN`)))
            rows += lines.length
            show(rows)
        }
        show(rows, true)
    } finally {
        client.release()
    }
    let wallSeconds = (Date.now() - started) / 1000
    await db.pool.query(`DROP TABLE bench_floor_event`)
    return {wallSeconds, eventsPerSecond: rows / wallSeconds, rows}
}

type Decoder = {name: string; decode(log: any): any}

/** topic0 -> every typegen event with that topic (ABI eras may share one). */
function loadDecoders(): Map<string, Decoder[]> {
    let dir = path.resolve(__dirname, '..', 'abi')
    let map = new Map<string, Decoder[]>()
    for (let file of fs.readdirSync(dir).filter((f) => f.endsWith('.js'))) {
        let mod = require(path.join(dir, file))
        for (let [name, ev] of Object.entries<any>(mod.events ?? {})) {
            let list = map.get(ev.topic) ?? []
            list.push({name, decode: (log) => ev.decode(log)})
            map.set(ev.topic, list)
        }
    }
    return map
}

function copyLine(log: any, decoders: Map<string, Decoder[]>): string {
    let args: any = null
    let name = 'unknown'
    for (let d of decoders.get(log.topics[0]) ?? []) {
        try {
            args = d.decode(log)
            name = d.name
            break
        } catch {}
    }
    let block = Number(log.blockNumber)
    let index = Number(log.logIndex)
    let id = `${String(block).padStart(10, '0')}-${String(index).padStart(6, '0')}`
    let json = JSON.stringify(args, (_, v) => (typeof v == 'bigint' ? v.toString() : v)).replace(/\\/g, '\\\\')
    return `${id}\t${block}\t${index}\t${log.transactionHash}\t${log.address}\t${name}\t${json}\n`
}
