import {describe, expect, it} from 'vitest'
import * as balancesAbi from '../../lib/abi/RocketNetworkBalances'
import * as balancesV1Abi from '../../lib/abi/RocketNetworkBalances.v1'
import * as penaltiesAbi from '../../lib/abi/RocketNetworkPenalties'
import * as penaltiesV1Abi from '../../lib/abi/RocketNetworkPenalties.v1'
import * as stakingAbi from '../../lib/abi/RocketNodeStaking'
import * as rethAbi from '../../lib/abi/RocketTokenRETH'
import * as vaultAbi from '../../lib/abi/RocketVault'
import {encodeEvent} from '../../lib/core/encode'
import {devnet} from '../../lib/networks'
import {EventCounter} from '../../lib/core/event-counter'
import {SkippedLogs} from '../../lib/core/skipped-logs'
import {baseName, CONTRACTS, ContractKind, MEGAPOOL_ROUTE, routeOf, routes, TABLES, tableFor, versionAtLeast} from '../../lib/protocols/rocketpool/contracts'
import {RPL_TOKEN, rplUnstakeLogs, rplBurnLogs, rplWithdrawLogs} from '../../lib/protocols/rocketpool/logs'
import {silentPayouts} from '../../lib/protocols/rocketpool/nodes'
import {decodeLog, vaultKey} from '../../lib/protocols/rocketpool/normalize'
import {rocketPoolFilters} from '../../lib/protocols/rocketpool/filters'
import {rethRate} from '../../lib/protocols/rocketpool/rate'
import {pairDeposits} from '../../lib/protocols/rocketpool/reth'
import {realLogs} from '../harness/real-logs'

/* eslint-disable @typescript-eslint/no-explicit-any */

const RP = devnet.rocketPool
const E = 10n ** 18n
const NODE = '0x0000000000000000000000000000000000000e01'
const MINIPOOL = '0x000000000000000000000000000000000000a001'

function asLog(raw: {address: string; topics: string[]; data: string}, logIndex = 0, tx = '0xt1'): any {
    return {...raw, logIndex, transactionHash: tx, block: {height: 1, timestamp: 0}}
}
/** What decodeLog needs of a batch: the skipped-log sink (rows kept here) and the counter. */
interface Sink {
    skipped: SkippedLogs
    counter: EventCounter
}
function skippedSink(): Sink & {rows: any[]} {
    let rows: any[] = []
    let counter = new EventCounter({warn() {}} as any)
    let skipped = new SkippedLogs({insert: (r: any) => rows.push(r)} as any, {warn() {}} as any, counter)
    return {skipped, counter, rows}
}
const route = (address: string) => routes(devnet).get(address)!
const decode = (raw: {address: string; topics: string[]; data: string}, sink: Sink, logIndex = 0, tx = '0xt1') =>
    decodeLog(route(raw.address), asLog(raw, logIndex, tx), sink)

/** A value of the codec's type, so any event can be encoded. */
function sample(codec: any): any {
    switch (codec.baseType) {
        case 'address':
            return '0x00000000000000000000000000000000000000a1'
        case 'int':
            return 1
        case 'bool':
            return true
        case 'string':
            return 'meta'
        case 'bytes':
            return codec.isDynamic ? '0x1234' : '0x' + '11'.repeat(32)
    }
    throw new Error(`no sample for ${codec.baseType}`)
}

describe('Rocket Pool contracts: every event of every ABI file is handled or deliberately ignored', () => {
    for (let [kind, spec] of Object.entries(CONTRACTS)) {
        it(`${kind}: each event is listed once`, () => {
            let unlisted: string[] = []
            for (let [file, era] of Object.entries(spec.eras)) {
                for (let name of Object.keys(era.events)) {
                    let base = baseName(name)
                    if (!spec.handled.includes(base) && !spec.ignored.includes(base)) unlisted.push(`${file}:${name}`)
                }
            }
            expect(unlisted).toEqual([])
            expect(spec.handled.filter((n) => spec.ignored.includes(n))).toEqual([])
            // every handled name exists in some era file (no stale entries)
            let declared = new Set(Object.values(spec.eras).flatMap((era) => Object.keys(era.events).map(baseName)))
            expect([...spec.handled, ...spec.ignored].filter((n) => !declared.has(n))).toEqual([])
        })

        it(`${kind}: each handled event of each era file decodes and normalises`, () => {
            let sink = {skipped: {add: (_log: any, reason: string) => { throw new Error(reason) }}, counter: new EventCounter({} as any)} as any
            let checked = 0
            for (let [file, era] of Object.entries(spec.eras)) {
                for (let [name, event] of Object.entries(era.events) as [string, any][]) {
                    if (!spec.handled.includes(baseName(name))) continue
                    let args = Object.fromEntries(Object.entries(event.params).map(([k, c]) => [k, sample(c)]))
                    // a release this era file describes
                    let version = ['v1.0', 'v1.1', 'v1.2', 'v1.3', 'v1.3.1', 'v1.4'].find((v) => era.covers(v))!
                    expect(tableFor(kind as ContractKind, version)).toBe(TABLES[kind as ContractKind][file])
                    let log = asLog(encodeEvent('0x00000000000000000000000000000000000000b2', event, args))
                    // the vault keeps node staking's withdrawals only
                    if (kind == 'vault') log = asLog(encodeEvent('0x00000000000000000000000000000000000000b2', event, {...args, by: vaultKey('rocketNodeStaking', args.tokenAddress)}))
                    expect(decodeLog(routeOf(kind as ContractKind, version), log, sink), `${file}:${name}`).toBeDefined()
                    expect(sink.counter.outcomeOf(log)).toMatchObject({outcome: 'handled', key: {contractKind: kind, event: baseName(name)}})
                    checked++
                }
            }
            expect(checked).toBeGreaterThan(0)
        })
    }
})

describe('Rocket Pool decoding', () => {
    it('routes every historical address of the book to its contract and version', () => {
        let r = routes(devnet)
        // 1 rETH + 1 vault + 4 deposit pools + 4 balances + 6 stakings + 7 minipool managers + 5 node managers + 2 penalties + megapool penalties
        expect(r.size).toBe(31)
        for (let c of RP.nodeStakings) expect(r.get(c.address)).toMatchObject({kind: 'nodeStaking', version: c.version})
        expect(versionAtLeast('v1.3.1', 'v1.3')).toBe(true)
        expect(versionAtLeast('v1.2', 'v1.3')).toBe(false)
        expect(versionAtLeast('v1.0b', 'v1.0')).toBe(true)
    })

    it('requests every historical address, and each balances address with its own signature only', () => {
        let filters = rocketPoolFilters(devnet)
        let requested = new Set(filters.flatMap((f) => f.address ?? []))
        for (let list of [RP.depositPools, RP.networkBalances, RP.nodeStakings, RP.minipoolManagers, RP.nodeManagers, RP.networkPenalties]) {
            for (let c of list) expect(requested.has(c.address)).toBe(true)
        }
        expect(requested.has(RP.vault.address)).toBe(true)
        for (let c of RP.networkBalances) {
            let topics = filters.filter((f) => f.address?.includes(c.address)).flatMap((f) => f.topic0)
            let expected = versionAtLeast(c.version, 'v1.3') ? balancesAbi.events.BalancesUpdated.topic : balancesV1Abi.events.BalancesUpdated.topic
            expect(topics).toEqual([expected])
        }
        // minipools and megapools are requested without an address
        expect(filters.filter((f) => f.address == null).length).toBe(2)
    })

    it('decodes both BalancesUpdated signatures by address version, with the v1.3 slot time as reference', () => {
        let skipped = skippedSink()
        let v1 = encodeEvent(RP.networkBalances[1].address, balancesV1Abi.events.BalancesUpdated, {block: 9n, totalEth: 3n * E, stakingEth: 2n * E, rethSupply: 2n * E, time: 5n})
        let v13 = encodeEvent(RP.networkBalances[2].address, balancesAbi.events.BalancesUpdated, {block: 9n, slotTimestamp: 4n, totalEth: 5n * E, stakingEth: 4n * E, rethSupply: 4n * E, blockTimestamp: 5n})
        expect(decode(v1, skipped)).toMatchObject({kind: 'balances', totalEth: 3n * E, stakingEth: 2n * E, rethSupply: 2n * E, referenceBlock: 9n, referenceTime: null})
        expect(decode(v13, skipped)).toMatchObject({kind: 'balances', totalEth: 5n * E, stakingEth: 4n * E, rethSupply: 4n * E, referenceBlock: 9n, referenceTime: 4n})
        // each signature at the other version's address is not that contract's event
        expect(decode({...v13, address: v1.address}, skipped)).toBeUndefined()
        expect(decode({...v1, address: v13.address}, skipped)).toBeUndefined()
    })

    it('reads v1.1-v1.3 PenaltyUpdated as a penalty applied, v1.4 PenaltyUpdated as a rate and PenaltyApplied as the penalty', () => {
        let skipped = skippedSink()
        let [v11, v14] = RP.networkPenalties
        let old = encodeEvent(v11.address, penaltiesV1Abi.events.PenaltyUpdated, {minipoolAddress: MINIPOOL, penalty: E / 10n, time: 0n})
        let cur = encodeEvent(v14.address, penaltiesAbi.events.PenaltyUpdated, {minipool: MINIPOOL, penalty: E / 5n, time: 0n})
        let applied = encodeEvent(v14.address, penaltiesAbi.events.PenaltyApplied, {minipool: MINIPOOL, block: 1n, time: 0n})
        expect(decode(old, skipped)).toMatchObject({kind: 'penaltyApplied', minipool: MINIPOOL, rate: E / 10n})
        expect(decode(cur, skipped)).toMatchObject({kind: 'penaltyRate', minipool: MINIPOOL, rate: E / 5n})
        expect(decode(applied, skipped)).toMatchObject({kind: 'penaltyApplied', minipool: MINIPOOL, rate: null})
        expect(decode({...applied, address: v11.address}, skipped)).toBeUndefined()
    })

    it('decodes both RPLStaked overloads, and RPLWithdrawn as a stake decrease before v1.4 only', () => {
        let skipped = skippedSink()
        let s = stakingAbi.events
        let v10 = RP.nodeStakings[0].address
        let v14 = RP.nodeStakings[5].address
        let three = encodeEvent(v10, s['RPLStaked(address indexed,uint256,uint256)'], {from: NODE, amount: 7n, time: 0n})
        let four = encodeEvent(v14, s['RPLStaked(address indexed,address,uint256,uint256)'], {node: NODE, from: MINIPOOL, amount: 8n, time: 0n})
        expect(decode(three, skipped)).toMatchObject({kind: 'rpl', node: NODE, op: 'stake', amount: 7n})
        // the 4-argument form credits the node, not the payer
        expect(decode(four, skipped)).toMatchObject({kind: 'rpl', node: NODE, op: 'stake', amount: 8n})
        let withdrawn = (address: string) => encodeEvent(address, s.RPLWithdrawn, {to: NODE, amount: 3n, time: 0n})
        expect(decode(withdrawn(v10), skipped)).toMatchObject({op: 'withdraw'})
        expect(decode(withdrawn(RP.nodeStakings[4].address), skipped)).toMatchObject({op: 'withdraw'})
        expect(decode(withdrawn(v14), skipped)).toMatchObject({op: 'withdrawUnstaked'})
    })

    it("keeps only the vault's node-staking RPL withdrawals (the key of rocketNodeStaking and the RPL token)", () => {
        let skipped = skippedSink()
        let staking = encodeEvent(RP.vault.address, vaultAbi.events.TokenWithdrawn, {by: vaultKey('rocketNodeStaking', RPL_TOKEN), tokenAddress: RPL_TOKEN, amount: 5n, time: 0n})
        let rewards = encodeEvent(RP.vault.address, vaultAbi.events.TokenWithdrawn, {by: vaultKey('rocketMerkleDistributorMainnet', RPL_TOKEN), tokenAddress: RPL_TOKEN, amount: 6n, time: 0n})
        let [stakingLog, rewardsLog] = [asLog(staking, 0), asLog(rewards, 1)]
        expect(decodeLog(route(RP.vault.address), stakingLog, skipped)).toMatchObject({kind: 'stakingRplOut', amount: 5n})
        expect(decodeLog(route(RP.vault.address), rewardsLog, skipped)).toBeUndefined()
        // the other withdrawal is decoded and deliberately dropped: counted as ignored in the vault's row
        let vaultRow = 'rocketpool-vault-TokenWithdrawn-v1.0'
        expect([stakingLog, rewardsLog].map((l) => [skipped.counter.outcomeOf(l)?.key.id, skipped.counter.outcomeOf(l)?.outcome])).toEqual([
            [vaultRow, 'handled'],
            [vaultRow, 'ignored'],
        ])
    })

    it('ties a vault payout to the v1.4 unstake right after it, never to a burn or a withdrawal of its own', () => {
        let skipped = skippedSink()
        let v14 = RP.nodeStakings[5].address
        let txs = [
            rplUnstakeLogs(RP.vault.address, v14, NODE, 50n, 100n), // the silent payout of 100 before the unstake
            rplUnstakeLogs(RP.vault.address, v14, NODE, 50n), // nothing matured: no vault log
            rplBurnLogs(RP.vault.address, v14, NODE, 7n),
            rplWithdrawLogs(RP.vault.address, v14, NODE, 50n),
        ]
        let events = txs.flatMap((logs, t) => logs.map((l, i) => decode(l, skipped, i, `0xtx${t}`)!))
        let {paidOut, unread} = silentPayouts(events)
        expect([...paidOut].map((e) => e.log.transactionHash)).toEqual(['0xtx0'])
        // the burn's and the withdrawal's vault logs are their own payouts: read by nothing (counted as ignored)
        expect(unread.map((e) => [e.kind, e.log.transactionHash])).toEqual([
            ['stakingRplOut', '0xtx2'],
            ['stakingRplOut', '0xtx3'],
        ])
    })

    it('records an undecodable log as skipped instead of throwing', () => {
        let skipped = skippedSink()
        let rows = skipped.rows
        let bad = {...encodeEvent(RP.reth.address, rethAbi.events.TokensMinted, {to: NODE, amount: 1n, ethAmount: 1n, time: 0n}), data: '0x01'}
        expect(decode(bad, skipped)).toBeUndefined()
        expect(rows.length).toBe(1)
        let badMegapool = {address: MINIPOOL, topics: ['0x3ad88db561c10d71049c6c0cf839070c4bb2187a7a0b988fdfbf51b170fe6a21'], data: '0x'}
        expect(decodeLog(MEGAPOOL_ROUTE, asLog(badMegapool), skipped)).toBeUndefined()
        expect(rows.length).toBe(2)
    })

    it('decodes the real TokensMinted and DepositReceived to the values viem gave', () => {
        let skipped = skippedSink()
        let real = realLogs().filter((l) => ['TokensMinted', 'DepositReceived'].includes(l.decoded[0]?.event) && routes(devnet).has(l.address))
        expect(real.length).toBe(2)
        for (let l of real) {
            let e: any = decode(l, skipped)
            let args = l.decoded[0].args
            if (e.kind == 'mint') expect([e.to, e.reth, e.eth]).toEqual([args.to.toLowerCase(), BigInt(args.amount), BigInt(args.ethAmount)])
            else expect([e.kind, e.from, e.amount]).toEqual(['depositReceived', args.from.toLowerCase(), BigInt(args.amount)])
        }
    })

    it('pairs each mint with the next DepositReceived of its transaction, else the last one before it', () => {
        let log = (logIndex: number, tx: string) => ({logIndex, transactionHash: tx, block: {height: 1}}) as any
        let m1 = {kind: 'mint', log: log(1, 'a')} as any
        let d1 = {kind: 'depositReceived', log: log(2, 'a')} as any
        let m2 = {kind: 'mint', log: log(3, 'a')} as any
        let d2 = {kind: 'depositReceived', log: log(4, 'a')} as any
        let d3 = {kind: 'depositReceived', log: log(5, 'b')} as any
        let m3 = {kind: 'mint', log: log(6, 'b')} as any
        let m4 = {kind: 'mint', log: log(7, 'c')} as any
        let pairs = pairDeposits([m1, d1, m2, d2, d3, m3, m4])
        expect(pairs.get(m1)).toBe(d1)
        expect(pairs.get(m2)).toBe(d2)
        expect(pairs.get(m3)).toBe(d3)
        expect(pairs.has(m4)).toBe(false)
    })

    it('computes the rETH rate as the protocol does, 1:1 with no supply', () => {
        expect(rethRate(0n, 0n)).toBe(E)
        // 2000 / 1800 = 1.111... truncated to wei
        expect(rethRate(2000n * E, 1800n * E)).toBe(1111111111111111111n)
    })

    it('has one table per era file and chooses it by the address version', () => {
        expect(tableFor('networkBalances', 'v1.2').has(balancesV1Abi.events.BalancesUpdated.topic)).toBe(true)
        expect(tableFor('networkBalances', 'v1.3').has(balancesAbi.events.BalancesUpdated.topic)).toBe(true)
        expect(tableFor('networkPenalties', 'v1.1').has(penaltiesAbi.events.PenaltyApplied.topic)).toBe(false)
    })
})
