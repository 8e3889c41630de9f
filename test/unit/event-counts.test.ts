import {describe, expect, it} from 'vitest'
import * as smSlashing from '../../lib/abi/StrategyManager.slashing'
import * as dm from '../../lib/abi/DelegationManager'
import * as pod from '../../lib/abi/EigenPod'
import {encodeEvent} from '../../lib/core/encode'
import {abiFileEra, CountKey, erasLabel, EventCounter} from '../../lib/core/event-counter'
import {EventCount} from '../../lib/model'
import {devnet} from '../../lib/networks'
import {PROTOCOLS} from '../../lib/protocols'
import * as el from '../../lib/protocols/eigenlayer/contracts'
import * as lido from '../../lib/protocols/lido/contracts'
import * as rp from '../../lib/protocols/rocketpool/contracts'
import {InMemoryCache, runBatch, SM, STAKER, STETH} from '../harness/eigenlayer-batch'

/* eslint-disable @typescript-eslint/no-explicit-any */

const quiet = {warn() {}} as any
const log = (height: number, logIndex: number, topic0 = '0x' + '0a'.repeat(32)): any => ({block: {height}, logIndex, topics: [topic0], data: '0x'})
const blockOf = (height: number, logs: any[]) => ({header: {height}, logs})

async function rowsAfter(counter: EventCounter, db: EventCount[] = []): Promise<Record<string, Partial<EventCount>>> {
    let cache = new InMemoryCache(db)
    await counter.save(cache)
    let out: Record<string, Partial<EventCount>> = {}
    for (let r of cache.values(EventCount)) out[r.id] = {received: r.received, handled: r.handled, ignored: r.ignored, skipped: r.skipped, firstBlock: r.firstBlock, lastBlock: r.lastBlock}
    return out
}

describe('EventCounter', () => {
    const A = CountKey.of('lido', 'steth', 'Transfer', 'legacy+current')
    const B = CountKey.of('lido', 'steth', 'TransferShares', 'legacy+current')

    it('counts every delivered log exactly once, by its last mark; an unmarked one as unattributed', async () => {
        let warnings: string[] = []
        let counter = new EventCounter({warn: (m: string) => warnings.push(m)} as any)
        let [a1, a2, a3, b1, lost] = [log(7, 0), log(7, 1), log(8, 0), log(8, 1), log(8, 2, '0x' + 'ff'.repeat(32))]
        counter.handled(a1, A)
        counter.handled(a2, A)
        counter.ignored(a2) // decoded, then dropped by a handler: keeps its row
        counter.skipped(a3, A)
        counter.handled(b1, B)
        counter.handled(b1, B) // marked twice, counted once
        counter.settle([blockOf(7, [a1, a2]), blockOf(8, [a3, b1, lost])])
        expect(counter.unattributed).toBe(1)
        expect(warnings.length).toBe(1)
        expect(await rowsAfter(counter)).toEqual({
            [A.id]: {received: 3, handled: 1, ignored: 1, skipped: 1, firstBlock: 7, lastBlock: 8},
            [B.id]: {received: 1, handled: 1, ignored: 0, skipped: 0, firstBlock: 8, lastBlock: 8},
            [`unattributed-unknown-0x${'ff'.repeat(32)}-unknown`]: {received: 1, handled: 0, ignored: 1, skipped: 0, firstBlock: 8, lastBlock: 8},
        })
    })

    it('forgets the marks of a settled group: a log of the next group is not counted again', async () => {
        let counter = new EventCounter(quiet)
        let a = log(1, 0)
        counter.handled(a, A)
        counter.settle([blockOf(1, [a])])
        counter.settle([blockOf(2, [])])
        expect(counter.outcomeOf(a)).toBeUndefined()
        expect((await rowsAfter(counter))[A.id].received).toBe(1)
    })

    it('adds a batch to the row the database has, keeping its first block', async () => {
        let stored = new EventCount({id: A.id, protocol: 'lido', contractKind: 'steth', event: 'Transfer', era: 'legacy+current', received: 5, handled: 4, ignored: 1, skipped: 0, firstBlock: 3, lastBlock: 4})
        let counter = new EventCounter(quiet)
        let a = log(9, 0)
        counter.handled(a, A)
        counter.settle([blockOf(9, [a])])
        expect(await rowsAfter(counter, [stored])).toEqual({[A.id]: {received: 6, handled: 5, ignored: 1, skipped: 0, firstBlock: 3, lastBlock: 9}})
    })

    it('needs the row for ignoring a log no module marked yet', () => {
        let counter = new EventCounter(quiet)
        expect(() => counter.ignored(log(1, 0))).toThrow(/no row/)
        let decoy = log(1, 1)
        counter.ignored(decoy, CountKey.of('rocketpool', 'unknown', 'StatusUpdated', 'unknown'))
        expect(counter.outcomeOf(decoy)).toMatchObject({outcome: 'ignored', key: {contractKind: 'unknown'}})
    })

    it('ids: interned, four parts none of which holds a "-"', () => {
        expect(CountKey.of('lido', 'steth', 'Transfer', 'legacy+current')).toBe(A)
        expect(A.id.split('-')).toEqual(['lido', 'steth', 'Transfer', 'legacy+current'])
        expect(() => CountKey.of('rocketpool', 'reth', 'Transfer', 'v1-0')).toThrow(/"v1-0"/)
        expect(() => CountKey.of('lido', '', 'Transfer', 'current')).toThrow()
        expect([abiFileEra('StrategyManager.m1.json'), abiFileEra('Lido.legacy.json'), abiFileEra('Lido.json')]).toEqual(['m1', 'legacy', 'current'])
        expect(erasLabel(['EigenPod.m1.json', 'EigenPod.m2.json', 'EigenPod.pepe.json'])).toBe('m1+m2+pepe')
    })
})

const base = (name: string) => name.split('(')[0]

/** protocol -> contract kind -> every name of its contracts.ts lists (handled and ignored), and its era labels */
function lists(): {protocol: string; kind: string; names: string[]; eras: string[]}[] {
    let out: {protocol: string; kind: string; names: string[]; eras: string[]}[] = []
    for (let [kind, s] of Object.entries(lido.CONTRACTS)) out.push({protocol: 'lido', kind, names: [...Object.keys(s.handled), ...s.ignored], eras: Object.keys(s.eras).map(abiFileEra)})
    let versions = [...new Set([...rp.routes(devnet).values()].map((r) => r.version))]
    for (let [kind, s] of Object.entries(rp.CONTRACTS)) out.push({protocol: 'rocketpool', kind, names: [...s.handled, ...s.ignored], eras: [...versions, 'all']})
    for (let [kind, s] of Object.entries(el.CONTRACTS)) out.push({protocol: 'eigenlayer', kind, names: [...s.handled, ...s.ignored], eras: Object.keys(s.eras).map(abiFileEra)})
    return out
}

describe('counter rows of every contracts.ts list', () => {
    it('every event of every list (handled and ignored), of every contract kind and era, makes a valid counter id', () => {
        let bad: string[] = []
        let checked = 0
        for (let {protocol, kind, names, eras} of lists()) {
            for (let name of names) {
                for (let era of [...eras, 'unknown']) {
                    try {
                        let key = CountKey.of(protocol, kind, name, era)
                        if (key.id.split('-').join('|') != [protocol, kind, name, era].join('|')) bad.push(key.id)
                        checked++
                    } catch (e) {
                        bad.push(`${protocol} ${kind} ${name} ${era}: ${(e as Error).message}`)
                    }
                }
            }
        }
        expect(bad).toEqual([])
        expect(checked).toBeGreaterThan(500)
    })

    it('Lido: each handled event counts in its contract row, era = every era file declaring its form', () => {
        for (let [kind, spec] of Object.entries(lido.CONTRACTS)) {
            let table = lido.decodeTable(kind as lido.LidoContract)
            expect([...table.values()].map((e) => e.name).sort()).toEqual(Object.keys(spec.handled).sort())
            for (let {name, event, count} of table.values()) {
                let files = Object.entries(spec.eras).filter(([, abi]: [string, any]) => abi.events[name]?.topic == event.topic).map(([f]) => abiFileEra(f))
                expect(count.id).toBe(`lido-${kind}-${name}-${files.join('+')}`)
            }
        }
        expect(lido.decodeTable('steth').get(lido.STETH_SPEC.handled.Submitted.topic)!.count.id).toBe('lido-steth-Submitted-legacy+current')
        expect(lido.decodeTable('steth').get(lido.STETH_SPEC.handled.ExternalSharesMinted.topic)!.count.id).toBe('lido-steth-ExternalSharesMinted-current')
    })

    it("Rocket Pool: each handled event of each address counts under the address's release (minipools, megapools: all)", () => {
        let routes = [...rp.routes(devnet).values(), rp.MINIPOOL_ROUTE, rp.MEGAPOOL_ROUTE]
        for (let route of routes) {
            expect([...route.counts.keys()]).toEqual([...route.table.keys()])
            for (let [topic, entry] of route.table) {
                let era = route.kind == 'minipool' || route.kind == 'megapool' ? 'all' : route.version
                expect(route.counts.get(topic)!.id).toBe(`rocketpool-${route.kind}-${entry.name}-${era}`)
            }
        }
        let balances = devnet.rocketPool.networkBalances
        expect(balances.map((c) => [...rp.routes(devnet).get(c.address)!.counts.values()][0].id)).toEqual(balances.map((c) => `rocketpool-networkBalances-BalancesUpdated-${c.version}`))
    })

    it('EigenLayer: each form (chosen by topic count) counts under the era files declaring it', () => {
        for (let [kind, table] of Object.entries(el.TABLES)) {
            for (let variants of table.values()) {
                for (let v of variants) expect(v.count.id).toBe(`eigenlayer-${kind}-${v.name}-${erasLabel(v.files)}`)
            }
        }
        // the 4-field Deposit of M1 and M2, the 3-field one from the slashing release on: two rows
        expect(el.TABLES.strategyManager.get(smSlashing.events.Deposit.topic)![0].count.id).toBe('eigenlayer-strategyManager-Deposit-slashing+current')
    })
})

describe('one log, one module', () => {
    it('no log can match the requests of two modules (so no two modules count one log)', () => {
        let perModule = PROTOCOLS.map((m) => {
            let filters = m.filters(devnet)
            let free = new Set(filters.filter((f) => f.address == null).flatMap((f) => f.topic0))
            let bound = new Set(filters.flatMap((f) => (f.address ?? []).flatMap((a) => f.topic0.map((t) => `${a}:${t}`))))
            let topics = new Set(filters.flatMap((f) => f.topic0))
            return {name: m.name, free, bound, topics}
        })
        let clashes: string[] = []
        for (let a of perModule) {
            for (let b of perModule) {
                if (a == b) continue
                for (let t of a.free) if (b.topics.has(t)) clashes.push(`${a.name} asks for ${t} from any address, ${b.name} asks for it too`)
                for (let p of a.bound) if (b.bound.has(p)) clashes.push(`${a.name} and ${b.name} both ask for ${p}`)
            }
        }
        expect(clashes).toEqual([])
    })
})

describe('EigenLayer marks its decoys and undecodable logs', () => {
    it('a pod topic0 from an unknown address is an ignored decoy; a topic count no era declares is skipped with era unknown', async () => {
        const NOT_A_POD = '0x00000000000000000000000000000000000dec03'
        let deposit = encodeEvent(SM, smSlashing.events.Deposit, {staker: STAKER, strategy: STETH, shares: 5n})
        let decoy = encodeEvent(NOT_A_POD, pod.events.CheckpointCreated, {checkpointTimestamp: 1n, beaconBlockRoot: '0x' + '11'.repeat(32), validatorCount: 1n})
        let bad = {...deposit, topics: [...deposit.topics, '0x' + '00'.repeat(32)]}
        let truncated = {...encodeEvent(devnet.eigenLayer.delegationManager.address, dm.events.OperatorSharesIncreased, {operator: STAKER, staker: STAKER, strategy: STETH, shares: 1n}), data: '0x01'}
        let {counter, logs} = await runBatch([[deposit], [decoy], [bad], [truncated]])
        let outcomes = logs.map((l: any) => [counter.outcomeOf(l)?.key.id, counter.outcomeOf(l)?.outcome])
        expect(outcomes).toEqual([
            ['eigenlayer-strategyManager-Deposit-slashing+current', 'handled'],
            ['eigenlayer-unknown-CheckpointCreated-unknown', 'ignored'],
            ['eigenlayer-strategyManager-Deposit-unknown', 'skipped'],
            ['eigenlayer-delegationManager-OperatorSharesIncreased-m2+current', 'skipped'],
        ])
    })
})
