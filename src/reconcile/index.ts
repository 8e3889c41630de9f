import type {ClientBase} from 'pg'
import {Config, redact} from '../config'
import {addressBook} from '../networks'
import {NodeError, ViewCaller} from './caller'
import {buildReport, Check, ReconcileReport} from './checks'
import {eigenLayerChecks} from './eigenlayer'
import {lidoChecks} from './lido'
import {rocketPoolChecks} from './rocketpool'
import {readIndexedSample, SampleOptions} from './sample'
import {ReconcileContext} from './views'

export {exitCode, formatReport, reportJson, summaryLine} from './checks'

export interface ReconcileOptions extends SampleOptions {
    /** most eth_calls in flight at once */
    concurrency: number
    /** one line of progress (stderr) */
    progress(line: string): void
}

/**
 * `npm run reconcile`: the indexed state at its block (one read-only snapshot), then the contracts' own views at
 * that same block, compared exactly. Reads only, on both sides.
 */
export async function reconcile(db: ClientBase, config: Config, options: ReconcileOptions): Promise<ReconcileReport> {
    let sample = await readIndexedSample(db, options)
    let caller = new ViewCaller(config.rpc.url, {concurrency: options.concurrency, ratePerSecond: config.rpc.rateLimit})
    // the calls name the block by number: it must be the indexed block, before and after them
    let sameBlock = async () => {
        let nodeHash = await caller.blockHash(sample.block)
        if (nodeHash == null) {
            throw new NodeError(`the node at ${redact(config.rpc.url)} does not have block ${sample.block} yet (the index is ahead of it); use a synced node`)
        }
        if (nodeHash.toLowerCase() != sample.hash.toLowerCase()) {
            throw new NodeError(
                `block ${sample.block} is ${nodeHash} on the node but ${sample.hash} in the index: not the same chain, or a reorg the ` +
                    `squid has not followed yet (run again once it has)`
            )
        }
    }
    await sameBlock()
    options.progress(
        `reconcile: index at block ${sample.block} (${sample.hash}); sampled ${sample.lido.accounts.length} Lido accounts, ` +
            `${sample.lido.requests.length} requests, ${sample.rocketPool.holders.length} rETH holders, ${sample.rocketPool.nodes.length} nodes, ` +
            `${sample.eigenLayer.stakerShares.length + sample.eigenLayer.operatorShares.length} EigenLayer share rows, ` +
            `${sample.eigenLayer.magnitudes.length + sample.eigenLayer.allocations.length} magnitudes/allocations (seed ${options.seed})`
    )
    let ctx: ReconcileContext = {caller, block: sample.block, book: addressBook(config.network)}
    let ticker = setInterval(() => options.progress(`reconcile: ${caller.done} calls answered`), 2000)
    let checks: Check[] = []
    try {
        for (let [name, run] of [
            ['Lido', () => lidoChecks(ctx, sample.lido)],
            ['Rocket Pool', () => rocketPoolChecks(ctx, sample.rocketPool)],
            ['EigenLayer', () => eigenLayerChecks(ctx, sample.eigenLayer)],
        ] as const) {
            let mine = await run()
            options.progress(`reconcile: ${name}: ${mine.length} figures (${caller.done} calls so far)`)
            checks.push(...mine)
        }
    } finally {
        clearInterval(ticker)
    }
    await sameBlock()
    return buildReport(sample.block, sample.hash, checks)
}
