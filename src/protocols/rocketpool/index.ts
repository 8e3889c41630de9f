import {In} from 'typeorm'
import {deferAccounts} from '../../core/accounts'
import {logOrder, ZERO_ADDRESS} from '../../core/ids'
import {BatchContext, Log, ProtocolModule} from '../../core/types'
import {Megapool, Minipool, RocketPoolNode, RocketPoolState} from '../../model'
import {MEGAPOOL_TOPICS, routes} from './contracts'
import {decodeFixed, decodeMegapool, RpEvent} from './decode'
import {rocketPoolDemo} from './demo'
import {rocketPoolFilters} from './filters'
import {applyMinipool, applyNodeSetting, applyRpl, applyRplSlashed, applyRplTransfer} from './nodes'
import {MegapoolLosses, MinipoolPenalties} from './penalties'
import {applyBalances} from './rate'
import {applyBurn, applyEtherDeposited, applyMint, applyTransfer, pairDeposits} from './reth'
import {rpMegapool, STATE_ID} from './state'

export const rocketPool: ProtocolModule = {
    name: 'rocketpool',
    filters: rocketPoolFilters,
    demoScenario: rocketPoolDemo,

    async handleBatch(batch: BatchContext) {
        // 1. decode the fixed addresses, each with its version's ABI; set megapool candidates aside undecoded
        let byAddress = routes(batch.book)
        let events: RpEvent[] = []
        let candidates: Log[] = []
        for (let block of batch.ctx.blocks) {
            for (let log of block.logs) {
                let route = byAddress.get(log.address)
                if (route != null) {
                    let e = decodeFixed(route, log, batch.skipped)
                    if (e != null) events.push(e)
                } else if (MEGAPOOL_TOPICS.includes(log.topics[0])) {
                    candidates.push(log)
                }
            }
        }
        if (events.length == 0 && candidates.length == 0) return

        // 2. load: one query per entity type (+ one for the nodes of penalised minipools, when there are some)
        let ids = collectIds(events)
        for (let log of candidates) ids.megapools.add(log.address)
        let minipoolNodes = await nodesOfPenalisedMinipools(batch, events)
        for (let node of minipoolNodes.values()) ids.accounts.add(node)
        deferAccounts(batch.cache, ids.accounts)
        batch.cache.defer(RocketPoolNode, ids.nodes)
        batch.cache.defer(Minipool, ids.minipools)
        batch.cache.defer(Megapool, ids.megapools)
        batch.cache.defer(RocketPoolState, [STATE_ID])
        await batch.cache.load()

        // megapool logs count only from megapools known before them (database) or found in the batch up to them
        let found = discoveries(events)
        for (let log of candidates) {
            let at = found.get(log.address)
            let known = batch.cache.has(Megapool, log.address) || (at != null && (at.order <= logOrder(log) || at.tx == log.transactionHash))
            if (!known) continue
            let e = decodeMegapool(log, batch.skipped)
            if (e != null) events.push(e)
        }
        events.sort((a, b) => logOrder(a.log) - logOrder(b.log))

        // 3. mutate in memory, in chain order; main.ts saves once
        applyAll(batch, events, minipoolNodes)
    },
}

function applyAll(batch: BatchContext, events: RpEvent[], minipoolNodes: Map<string, string>): void {
    let deposits = pairDeposits(events)
    let minipoolPenalties = new MinipoolPenalties(events, (m) => minipoolNodes.get(m))
    let megapoolLosses = new MegapoolLosses(events)
    for (let e of events) {
        switch (e.kind) {
            case 'mint':
                applyMint(batch, e, deposits.get(e))
                break
            case 'depositReceived':
                break // paired with its mint above
            case 'burn':
                applyBurn(batch, e)
                break
            case 'transfer':
                applyTransfer(batch, e)
                break
            case 'etherDeposited':
                applyEtherDeposited(batch, e)
                break
            case 'balances':
                applyBalances(batch, e)
                break
            case 'nodeRegistered':
            case 'smoothingPool':
            case 'rplWithdrawalAddress':
                applyNodeSetting(batch, e)
                break
            case 'rpl':
                applyRpl(batch, e)
                break
            case 'rplTransfer':
                applyRplTransfer(batch, e)
                break
            case 'rplSlashed':
                applyRplSlashed(batch, e)
                break
            case 'minipoolCreated':
            case 'minipoolDestroyed':
                applyMinipool(batch, e)
                break
            case 'minipoolPenalty':
                minipoolPenalties.apply(batch, e)
                break
            case 'megapoolFound':
                rpMegapool(batch.cache, e.megapool, e.log.block.height)
                break
            case 'megapoolPenalty':
                megapoolLosses.applyPenalty(batch, e)
                break
            case 'megapoolDebt':
                megapoolLosses.applyDebt(batch, e)
                break
        }
    }
}

interface Ids {
    accounts: Set<string>
    nodes: Set<string>
    minipools: Set<string>
    megapools: Set<string>
}

function collectIds(events: RpEvent[]): Ids {
    let ids: Ids = {accounts: new Set(), nodes: new Set(), minipools: new Set(), megapools: new Set()}
    for (let e of events) {
        switch (e.kind) {
            case 'mint':
                ids.accounts.add(e.to)
                break
            case 'burn':
                ids.accounts.add(e.from)
                break
            case 'transfer':
                for (let a of [e.from, e.to]) if (a != ZERO_ADDRESS) ids.accounts.add(a)
                break
            case 'nodeRegistered':
            case 'smoothingPool':
            case 'rplWithdrawalAddress':
            case 'rpl':
                ids.nodes.add(e.node)
                break
            case 'rplTransfer':
                ids.nodes.add(e.from)
                ids.nodes.add(e.to)
                break
            case 'rplSlashed':
                ids.nodes.add(e.node)
                ids.accounts.add(e.node)
                break
            case 'minipoolCreated':
            case 'minipoolDestroyed':
                ids.nodes.add(e.node)
                ids.minipools.add(e.minipool)
                break
            case 'megapoolFound':
            case 'megapoolPenalty':
                ids.megapools.add(e.megapool)
                break
        }
    }
    return ids
}

/** Where each megapool was first named by a fixed contract in this batch. */
function discoveries(events: RpEvent[]): Map<string, {order: number; tx: string}> {
    let out = new Map<string, {order: number; tx: string}>()
    for (let e of events) {
        if ((e.kind == 'megapoolFound' || e.kind == 'megapoolPenalty') && !out.has(e.megapool)) {
            out.set(e.megapool, {order: logOrder(e.log), tx: e.log.transactionHash})
        }
    }
    return out
}

/**
 * A minipool penalty names only the minipool: its node comes from the Minipool row (one query with the node
 * relation, for the penalised minipools not created in this batch; penalties are rare).
 */
async function nodesOfPenalisedMinipools(batch: BatchContext, events: RpEvent[]): Promise<Map<string, string>> {
    let created = new Map<string, string>()
    let out = new Map<string, string>()
    let wanted = new Set<string>()
    for (let e of events) {
        if (e.kind == 'minipoolCreated') created.set(e.minipool, e.node)
        else if (e.kind == 'minipoolPenalty') {
            let node = created.get(e.minipool)
            if (node != null) out.set(e.minipool, node)
            else wanted.add(e.minipool)
        }
    }
    if (wanted.size == 0) return out
    let rows = await batch.ctx.store.find(Minipool, {where: {id: In([...wanted])}, relations: {node: true}})
    for (let row of rows) out.set(row.id, row.node.id)
    return out
}

