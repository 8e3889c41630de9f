import crypto from 'crypto'
import fs from 'fs'
import path from 'path'
import {LogFilter} from '../core/types'
import {scenarioAddresses} from '../devnet/addresses'
import {Anvil} from '../devnet/anvil'
import {DEVNET_SENDER, emitCalldata, placeEmitter, RawLog} from '../devnet/emitter'
import {JsonRpc} from '../devnet/rpc'
import {buildDemoScenario} from '../devnet/scenario'
import {devnet} from '../networks'
import {PROTOCOLS} from '../protocols'
import {BENCH_GENERATORS, BenchGenerator, Rng} from './generators'
import {NOISE_EMITTER_BYTECODE, NoiseGenerator, NoiseTx} from './generators/noise'
import {progress} from './progress'

/** Bump when the generator's output changes, so saved states are regenerated. */
const GENERATOR_VERSION = 7
const HISTORY_DAYS = 365
const FIRST_TIMESTAMP = 1_700_000_000 - HISTORY_DAYS * 86400
const LOGS_PER_TX = 50
const NOISE_LOGS_PER_TX = 400

export type HistoryKind = 'dense' | 'mainnet-like'

export interface HistorySpec {
    kind: HistoryKind
    /** relevant logs (the ones our filters select) */
    events: number
    relevantPerBlock: number
    /** unrelated logs per relevant log */
    noiseRatio: number
}

export interface History {
    spec: HistorySpec
    statePath: string
    head: number
    relevantLogs: number
    noiseLogs: number
    /** topic0s the squid requests that the history has no log of (should be empty) */
    missingTopics: string[]
    generatedInSeconds?: number
}

export function historySpec(kind: HistoryKind, events: number): HistorySpec {
    return {kind, events, relevantPerBlock: 200, noiseRatio: kind == 'dense' ? 0 : 20}
}

/** Matches a log against the squid's filters the way the processor does (address, topic0). */
export function relevanceMatcher(filters: LogFilter[]): (log: RawLog) => boolean {
    let bound = new Set<string>()
    let free = new Set<string>()
    for (let f of filters) {
        for (let t of f.topic0) {
            if (f.address == null) free.add(t.toLowerCase())
            else for (let a of f.address) bound.add(`${a.toLowerCase()}:${t.toLowerCase()}`)
        }
    }
    return (log) => free.has(log.topics[0]) || bound.has(`${log.address}:${log.topics[0]}`)
}

export function squidFilters(): LogFilter[] {
    return PROTOCOLS.flatMap((m) => m.filters(devnet))
}

/** The saved chain for `spec`, generated first when missing (or when the modules' filters or demo scenarios changed). */
export async function ensureHistory(spec: HistorySpec, dir: string, port: number): Promise<History> {
    let key = crypto
        .createHash('sha256')
        .update(
            JSON.stringify({
                GENERATOR_VERSION,
                spec,
                filters: squidFilters(),
                modules: PROTOCOLS.map((m) => m.name),
                demo: buildDemoScenario(PROTOCOLS, devnet, FIRST_TIMESTAMP),
            })
        )
        .digest('hex')
        .slice(0, 10)
    let statePath = path.join(dir, `${spec.kind}-${spec.events}-${key}.json`)
    let metaPath = statePath.replace(/\.json$/, '.meta.json')
    if (fs.existsSync(statePath) && fs.existsSync(metaPath)) {
        return {...JSON.parse(fs.readFileSync(metaPath, 'utf8')), statePath}
    }
    fs.mkdirSync(dir, {recursive: true})
    // states of the same size made by an older generator or for other filters are dead weight (GBs)
    for (let f of fs.readdirSync(dir)) {
        if (f.startsWith(`${spec.kind}-${spec.events}-`)) fs.rmSync(path.join(dir, f), {force: true})
    }
    let started = Date.now()
    let anvil = await Anvil.start({port, dumpState: statePath + '.tmp'})
    let history: History
    try {
        history = await generate(spec, anvil.rpc, statePath)
    } finally {
        await anvil.stop()
    }
    fs.renameSync(statePath + '.tmp', statePath)
    history.generatedInSeconds = (Date.now() - started) / 1000
    fs.writeFileSync(metaPath, JSON.stringify({...history, statePath: undefined}, null, 2))
    return history
}

async function generate(spec: HistorySpec, rpc: JsonRpc, statePath: string): Promise<History> {
    let rng = new Rng(spec.events * 31 + (spec.kind == 'dense' ? 1 : 2))
    let noise = new NoiseGenerator(new Rng(7))
    let isRelevant = relevanceMatcher(squidFilters())
    let generators: BenchGenerator[] = PROTOCOLS.flatMap((m) => (BENCH_GENERATORS[m.name] ? [BENCH_GENERATORS[m.name]()] : []))
    let demo = buildDemoScenario(PROTOCOLS, devnet, FIRST_TIMESTAMP)
    // the book's contracts and those the demo creates (EigenPods)
    await placeEmitter(rpc, scenarioAddresses(devnet, demo))
    if (spec.noiseRatio) for (let a of noise.contracts) await rpc.call('anvil_setCode', [a, NOISE_EMITTER_BYTECODE])

    let seenTopics = new Set<string>()
    let relevant = 0
    let noiseLogs = 0
    let mine = async (timestamp: number, txs: BlockTx[]) => {
        for (let tx of txs) {
            if (!Array.isArray(tx)) {
                noiseLogs += tx.logs
                continue
            }
            for (let log of tx) {
                if (isRelevant(log)) {
                    relevant++
                    seenTopics.add(log.topics[0])
                } else noiseLogs++
            }
        }
        await mineBlock(rpc, timestamp, txs)
    }

    // 1. every module's demo scenario once: every event kind it handles, with consistent values
    for (let block of demo) await mine(block.timestamp!, block.txs)

    // 2. bulk: ~relevantPerBlock logs per block from the modules' generators, noise mixed in
    let blocks = Math.max(1, Math.ceil((spec.events - relevant) / spec.relevantPerBlock))
    let start = (demo.at(-1)?.timestamp ?? FIRST_TIMESTAMP) + 12
    let step = Math.max(12, Math.floor((HISTORY_DAYS * 86400) / blocks))
    let totalShare = generators.reduce((s, g) => s + g.share, 0)
    let show = progress(`generating ${spec.kind} history`, spec.events)
    for (let b = 0; b < blocks && relevant < spec.events && generators.length > 0; b++) {
        let timestamp = start + b * step
        let ctx = {book: devnet, rng, timestamp, progress: b / blocks}
        let txs: BlockTx[] = []
        for (let g of generators) for (let tx of g.periodic?.(ctx, step) ?? []) txs.push(tx)
        let target = Math.min(spec.relevantPerBlock, spec.events - relevant)
        let current: RawLog[] = []
        // count the logs the squid requests: a replayed call also logs events it does not ask for
        let relevantIn = (logs: RawLog[]) => logs.filter(isRelevant).length
        let inBlock = txs.reduce((n, tx) => n + relevantIn(tx as RawLog[]), 0)
        while (inBlock < target) {
            let g = pickGenerator(generators, totalShare, rng)
            let action = g.next(ctx)
            inBlock += relevantIn(action)
            if (g.oneActionPerTx) {
                txs.push(action)
                continue
            }
            current.push(...action)
            if (current.length >= LOGS_PER_TX) {
                txs.push(current)
                current = []
            }
        }
        if (current.length) txs.push(current)
        txs = txs.filter((tx) => (tx as RawLog[]).length > 0)
        if (spec.noiseRatio) txs = mixNoise(txs, inBlock * spec.noiseRatio, noise, rng)
        await mine(timestamp, txs)
        show(relevant)
    }
    show(relevant, true)
    let head = Number(await rpc.call('eth_blockNumber'))
    let requested = new Set(squidFilters().flatMap((f) => f.topic0.map((t) => t.toLowerCase())))
    return {
        spec,
        statePath,
        head,
        relevantLogs: relevant,
        noiseLogs,
        missingTopics: [...requested].filter((t) => !seenTopics.has(t)),
    }
}

function pickGenerator(generators: BenchGenerator[], totalShare: number, rng: Rng): BenchGenerator {
    let x = rng.next() * totalShare
    for (let g of generators) {
        x -= g.share
        if (x <= 0) return g
    }
    return generators[generators.length - 1]
}

/** A transaction: our logs through the log emitter, or a call making unrelated logs. */
type BlockTx = RawLog[] | NoiseTx

/** Our transactions with `count` unrelated logs in transactions of their own, in random order. */
function mixNoise(txs: BlockTx[], count: number, noise: NoiseGenerator, rng: Rng): BlockTx[] {
    let out = [...txs]
    for (let left = count; left > 0; left -= NOISE_LOGS_PER_TX) {
        let tx = noise.tx(Math.min(NOISE_LOGS_PER_TX, left))
        out.splice(rng.int(out.length + 1), 0, tx)
    }
    return out
}

/** One block of emitter transactions (the emitter cannot fail with enough gas; the floor run counts the logs). */
async function mineBlock(rpc: JsonRpc, timestamp: number, txs: BlockTx[]): Promise<void> {
    for (let tx of txs) {
        let call = Array.isArray(tx)
            ? {
                  to: tx[0].address,
                  data: emitCalldata(tx),
                  gas: 80_000 + tx.reduce((g, l) => g + 14_000 + 400 * l.topics.length + 20 * (l.data.length / 2), 0),
              }
            : tx
        // sequential sends keep the transactions (and so the logs) in the order given
        await rpc.call('eth_sendTransaction', [{from: DEVNET_SENDER, to: call.to, data: call.data, gas: '0x' + call.gas.toString(16)}])
    }
    await rpc.call('evm_setNextBlockTimestamp', [timestamp])
    await rpc.call('evm_mine', [])
}
