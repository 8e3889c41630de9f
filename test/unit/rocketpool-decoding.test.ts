import {describe, expect, it} from 'vitest'
import * as balancesAbi from '../../lib/abi/RocketNetworkBalances'
import * as balancesV1Abi from '../../lib/abi/RocketNetworkBalances.v1'
import * as penaltiesAbi from '../../lib/abi/RocketNetworkPenalties'
import * as penaltiesV1Abi from '../../lib/abi/RocketNetworkPenalties.v1'
import * as stakingAbi from '../../lib/abi/RocketNodeStaking'
import * as rethAbi from '../../lib/abi/RocketTokenRETH'
import {encodeEvent} from '../../lib/core/encode'
import {devnet} from '../../lib/networks'
import {SkippedLogs} from '../../lib/core/skipped-logs'
import {routes, versionAtLeast} from '../../lib/protocols/rocketpool/contracts'
import {decodeFixed, decodeMegapool} from '../../lib/protocols/rocketpool/decode'
import {rocketPoolFilters} from '../../lib/protocols/rocketpool/filters'
import {rethRate} from '../../lib/protocols/rocketpool/rate'
import {pairDeposits} from '../../lib/protocols/rocketpool/reth'
import {realLogs} from '../harness/real-logs'

const RP = devnet.rocketPool
const E = 10n ** 18n
const NODE = '0x0000000000000000000000000000000000000e01'
const MINIPOOL = '0x000000000000000000000000000000000000a001'

function asLog(raw: {address: string; topics: string[]; data: string}, logIndex = 0, tx = '0xt1'): any {
    return {...raw, logIndex, transactionHash: tx, block: {height: 1, timestamp: 0}}
}
function skippedSink() {
    let rows: any[] = []
    let skipped = new SkippedLogs({insert: (r: any) => rows.push(r)} as any, {warn() {}} as any)
    return {skipped, rows}
}
const route = (address: string) => routes(devnet).get(address)!

describe('Rocket Pool decoding', () => {
    it('routes every historical address of the book to its contract and version', () => {
        let r = routes(devnet)
        // 1 rETH + 4 deposit pools + 4 balances + 6 stakings + 7 minipool managers + 5 node managers + 2 penalties + megapool penalties
        expect(r.size).toBe(30)
        for (let c of RP.nodeStakings) expect(r.get(c.address)).toEqual({kind: 'nodeStaking', version: c.version})
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
        for (let c of RP.networkBalances) {
            let topics = filters.filter((f) => f.address?.includes(c.address)).flatMap((f) => f.topic0)
            let expected = versionAtLeast(c.version, 'v1.3') ? balancesAbi.events.BalancesUpdated.topic : balancesV1Abi.events.BalancesUpdated.topic
            expect(topics).toEqual([expected])
        }
        // megapools are requested without an address
        expect(filters.filter((f) => f.address == null).length).toBe(1)
    })

    it('decodes both BalancesUpdated signatures by address version', () => {
        let {skipped} = skippedSink()
        let v1 = encodeEvent(RP.networkBalances[1].address, balancesV1Abi.events.BalancesUpdated, {block: 9n, totalEth: 3n * E, stakingEth: 2n * E, rethSupply: 2n * E, time: 5n})
        let v13 = encodeEvent(RP.networkBalances[2].address, balancesAbi.events.BalancesUpdated, {block: 9n, slotTimestamp: 4n, totalEth: 5n * E, stakingEth: 4n * E, rethSupply: 4n * E, blockTimestamp: 5n})
        expect(decodeFixed(route(v1.address), asLog(v1), skipped)).toMatchObject({kind: 'balances', totalEth: 3n * E, stakingEth: 2n * E, rethSupply: 2n * E})
        expect(decodeFixed(route(v13.address), asLog(v13), skipped)).toMatchObject({kind: 'balances', totalEth: 5n * E, stakingEth: 4n * E, rethSupply: 4n * E})
        // each signature at the other version's address is not that contract's event
        expect(decodeFixed(route(v1.address), asLog({...v13, address: v1.address}), skipped)).toBeUndefined()
        expect(decodeFixed(route(v13.address), asLog({...v1, address: v13.address}), skipped)).toBeUndefined()
    })

    it('decodes PenaltyUpdated with the v1 and v1.4 ABI (minipoolAddress / minipool) and PenaltyApplied from v1.4 only', () => {
        let {skipped} = skippedSink()
        let [v11, v14] = RP.networkPenalties
        let old = encodeEvent(v11.address, penaltiesV1Abi.events.PenaltyUpdated, {minipoolAddress: MINIPOOL, penalty: E / 10n, time: 0n})
        let cur = encodeEvent(v14.address, penaltiesAbi.events.PenaltyUpdated, {minipool: MINIPOOL, penalty: E / 5n, time: 0n})
        let applied = encodeEvent(v14.address, penaltiesAbi.events.PenaltyApplied, {minipool: MINIPOOL, block: 1n, time: 0n})
        expect(decodeFixed(route(v11.address), asLog(old), skipped)).toMatchObject({kind: 'minipoolPenalty', minipool: MINIPOOL, rate: E / 10n})
        expect(decodeFixed(route(v14.address), asLog(cur), skipped)).toMatchObject({kind: 'minipoolPenalty', minipool: MINIPOOL, rate: E / 5n})
        expect(decodeFixed(route(v14.address), asLog(applied), skipped)).toMatchObject({kind: 'minipoolPenalty', minipool: MINIPOOL, rate: null})
        expect(decodeFixed(route(v11.address), asLog({...applied, address: v11.address}), skipped)).toBeUndefined()
    })

    it('decodes both RPLStaked overloads, and RPLWithdrawn as a stake decrease before v1.4 only', () => {
        let {skipped} = skippedSink()
        let s = stakingAbi.events
        let v10 = RP.nodeStakings[0].address
        let v14 = RP.nodeStakings[5].address
        let three = encodeEvent(v10, s['RPLStaked(address indexed,uint256,uint256)'], {from: NODE, amount: 7n, time: 0n})
        let four = encodeEvent(v14, s['RPLStaked(address indexed,address,uint256,uint256)'], {node: NODE, from: MINIPOOL, amount: 8n, time: 0n})
        expect(decodeFixed(route(v10), asLog(three), skipped)).toMatchObject({kind: 'rpl', node: NODE, op: 'stake', amount: 7n})
        // the 4-argument form credits the node, not the payer
        expect(decodeFixed(route(v14), asLog(four), skipped)).toMatchObject({kind: 'rpl', node: NODE, op: 'stake', amount: 8n})
        let withdrawn = (address: string) => encodeEvent(address, s.RPLWithdrawn, {to: NODE, amount: 3n, time: 0n})
        expect(decodeFixed(route(v10), asLog(withdrawn(v10)), skipped)).toMatchObject({op: 'withdraw'})
        expect(decodeFixed(route(RP.nodeStakings[4].address), asLog(withdrawn(RP.nodeStakings[4].address)), skipped)).toMatchObject({op: 'withdraw'})
        expect(decodeFixed(route(v14), asLog(withdrawn(v14)), skipped)).toMatchObject({op: 'withdrawUnstaked'})
    })

    it('records an undecodable log as skipped instead of throwing', () => {
        let {skipped, rows} = skippedSink()
        let bad = {...encodeEvent(RP.reth.address, rethAbi.events.TokensMinted, {to: NODE, amount: 1n, ethAmount: 1n, time: 0n}), data: '0x01'}
        expect(decodeFixed(route(RP.reth.address), asLog(bad), skipped)).toBeUndefined()
        expect(rows.length).toBe(1)
        let badMegapool = {address: MINIPOOL, topics: ['0x3ad88db561c10d71049c6c0cf839070c4bb2187a7a0b988fdfbf51b170fe6a21'], data: '0x'}
        expect(decodeMegapool(asLog(badMegapool), skipped)).toBeUndefined()
        expect(rows.length).toBe(2)
    })

    it('decodes the real TokensMinted and DepositReceived to the values viem gave', () => {
        let {skipped} = skippedSink()
        let real = realLogs().filter((l) => ['TokensMinted', 'DepositReceived'].includes(l.decoded[0]?.event) && routes(devnet).has(l.address))
        expect(real.length).toBe(2)
        for (let l of real) {
            let e: any = decodeFixed(route(l.address), asLog(l), skipped)
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
})
