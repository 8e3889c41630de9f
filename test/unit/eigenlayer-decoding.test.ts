import {describe, expect, it} from 'vitest'
import {buildEventTable, topicCount} from '../../lib/protocols/eigenlayer/abi-table'
import {CONTRACTS, TABLES} from '../../lib/protocols/eigenlayer/contracts'
import {normalize} from '../../lib/protocols/eigenlayer/normalize'
import {decodeWith} from '../../lib/protocols/eigenlayer/abi-table'
import {encodeEvent} from '../../lib/core/encode'
import * as sm1 from '../../lib/abi/StrategyManager.m1'
import * as smSlashing from '../../lib/abi/StrategyManager.slashing'
import * as dm from '../../lib/abi/DelegationManager'
import * as dm2 from '../../lib/abi/DelegationManager.m2'
import * as pod from '../../lib/abi/EigenPod'
import * as podPepe from '../../lib/abi/EigenPod.pepe'
import * as podM1 from '../../lib/abi/EigenPod.m1'

/* eslint-disable @typescript-eslint/no-explicit-any */

/** A value of the codec's type (every ABI type EigenLayer uses), so any event can be encoded. */
function sample(codec: any): any {
    switch (codec.baseType) {
        case 'struct':
            return Object.fromEntries(Object.entries(codec.components).map(([k, c]) => [k, sample(c)]))
        case 'array':
            return Array.from({length: codec.size ?? 2}, () => sample(codec.item))
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

function asLog(raw: {address: string; topics: string[]; data: string}): any {
    return {...raw, block: {height: 100, timestamp: 1_700_000_000_000}, logIndex: 3, transactionHash: '0xtx'}
}

const skipped = {add: (_log: any, reason: string) => { throw new Error(reason) }} as any

describe('EigenLayer ABI tables: every event of every era file', () => {
    for (let [kind, spec] of Object.entries(CONTRACTS)) {
        it(`${kind}: each event is handled or deliberately ignored`, () => {
            let unlisted: string[] = []
            for (let [file, mod] of Object.entries(spec.eras)) {
                for (let name of Object.keys(mod.events)) {
                    let base = name.split('(')[0]
                    if (!spec.handled.includes(base) && !spec.ignored.includes(base)) unlisted.push(`${file}:${name}`)
                }
            }
            expect(unlisted).toEqual([])
            expect(spec.handled.filter((n) => spec.ignored.includes(n))).toEqual([])
        })

        it(`${kind}: each handled event of each era decodes through the merged table and normalises`, () => {
            let checked = 0
            for (let [file, mod] of Object.entries(spec.eras)) {
                for (let [name, event] of Object.entries(mod.events) as [string, any][]) {
                    if (!spec.handled.includes(name.split('(')[0])) continue
                    let args = Object.fromEntries(Object.entries(event.params).map(([k, c]) => [k, sample(c)]))
                    let log = asLog(encodeEvent('0x00000000000000000000000000000000000000b2', event, args))
                    let decoded = decodeWith(TABLES[kind as keyof typeof TABLES], log, skipped)
                    expect(decoded?.name, `${file}:${name}`).toBe(name.split('(')[0])
                    expect(normalize(kind as any, log, decoded!), `${file}:${name}`).toBeDefined()
                    checked++
                }
            }
            expect(checked).toBeGreaterThan(0)
        })
    }

    it('merges a topic0 declared identically by several eras into one form', () => {
        // Deposit(address,address,address,uint256): M1 `depositor`, M2 `staker`, same topic0 and layout
        let table = buildEventTable(CONTRACTS.strategyManager.eras, 'strategyManager')
        let deposit4 = table.get(sm1.events.Deposit.topic)!
        expect(deposit4.length).toBe(1)
        expect(deposit4[0].files).toEqual(['StrategyManager.m1.json', 'StrategyManager.m2.json'])
        // the slashing-era 3-field Deposit is another topic0
        expect(smSlashing.events.Deposit.topic).not.toBe(sm1.events.Deposit.topic)
        expect(table.get(smSlashing.events.Deposit.topic)![0].files).toEqual(['StrategyManager.slashing.json', 'StrategyManager.json'])
        // ValidatorRestaked(uint40) is the same in M1, M2 and PEPE
        expect(buildEventTable(CONTRACTS.eigenPod.eras, 'eigenPod').get(podM1.events.ValidatorRestaked.topic)![0].files).toEqual([
            'EigenPod.m1.json',
            'EigenPod.m2.json',
            'EigenPod.pepe.json',
        ])
    })

    it('branches on the number of topics when a topic0 has several indexed layouts', () => {
        // a synthetic second layout of CheckpointFinalized (checkpointTimestamp not indexed) must land in its own form
        let fake = {...pod.events.CheckpointFinalized, params: {checkpointTimestamp: {indexed: false}, totalShareDeltaWei: {}}}
        let table = buildEventTable({a: {events: {CheckpointFinalized: pod.events.CheckpointFinalized}}, b: {events: {CheckpointFinalized: fake as any}}}, 'eigenPod')
        let forms = table.get(pod.events.CheckpointFinalized.topic)!
        expect(forms.map((f) => f.topicCount).sort()).toEqual([1, 2])
        expect(topicCount(pod.events.CheckpointFinalized as any)).toBe(2)
    })

    it('normalises the M1, M2 and slashing-era forms of the same action to one shape', () => {
        const S = '0x00000000000000000000000000000000000000c1'
        const T = '0x00000000000000000000000000000000000000c2'
        const STRAT = '0x00000000000000000000000000000000000000c3'
        let m1 = asLog(encodeEvent(S, sm1.events.Deposit, {depositor: S, token: T, strategy: STRAT, shares: 5n}))
        let sl = asLog(encodeEvent(S, smSlashing.events.Deposit, {staker: S, strategy: STRAT, shares: 7n}))
        let e1: any = normalize('strategyManager', m1, decodeWith(TABLES.strategyManager, m1, skipped)!)
        let e3: any = normalize('strategyManager', sl, decodeWith(TABLES.strategyManager, sl, skipped)!)
        expect([e1.type, e1.staker, e1.token, e1.strategy, e1.shares]).toEqual(['Deposit', S, T, STRAT, 5n])
        expect([e3.type, e3.staker, e3.token, e3.strategy, e3.shares]).toEqual(['Deposit', S, null, STRAT, 7n])

        // OperatorRegistered: M2 details tuple vs slashing-era approver address (different topic0s)
        let r2 = asLog(encodeEvent(S, dm2.events.OperatorRegistered, {operator: S, operatorDetails: {earningsReceiver: T, delegationApprover: STRAT, stakerOptOutWindowBlocks: 9}}))
        let r3 = asLog(encodeEvent(S, dm.events.OperatorRegistered, {operator: S, delegationApprover: T}))
        let o2: any = normalize('delegationManager', r2, decodeWith(TABLES.delegationManager, r2, skipped)!)
        let o3: any = normalize('delegationManager', r3, decodeWith(TABLES.delegationManager, r3, skipped)!)
        expect([o2.delegationApprover, o2.earningsReceiver, o2.stakerOptOutWindowBlocks]).toEqual([STRAT, T, 9])
        expect([o3.delegationApprover, o3.earningsReceiver]).toEqual([T, null])

        // slashing-era withdrawal: 7th struct field is scaledShares, plus sharesToWithdraw
        let w = {staker: S, delegatedTo: T, withdrawer: S, nonce: 4n, startBlock: 10, strategies: [STRAT], scaledShares: [11n]}
        let q = asLog(encodeEvent(S, dm.events.SlashingWithdrawalQueued, {withdrawalRoot: '0x' + 'ab'.repeat(32), withdrawal: w, sharesToWithdraw: [10n]}))
        let eq: any = normalize('delegationManager', q, decodeWith(TABLES.delegationManager, q, skipped)!)
        expect([eq.era, eq.shares, eq.sharesToWithdraw, eq.nonce, eq.startBlock]).toEqual(['slashing', [11n], [10n], 4n, 10])

        // pod events of two eras: uint40 validatorIndex (PEPE) and bytes32 pubkeyHash (v1.6)
        let v1 = asLog(encodeEvent(S, podPepe.events.ValidatorBalanceUpdated, {validatorIndex: 42, balanceTimestamp: 1n, newValidatorBalanceGwei: 32n}))
        let v2 = asLog(encodeEvent(S, pod.events.ValidatorBalanceUpdated, {pubkeyHash: '0x' + 'cd'.repeat(32), balanceTimestamp: 1n, newValidatorBalanceGwei: 31n}))
        let p1: any = normalize('eigenPod', v1, decodeWith(TABLES.eigenPod, v1, skipped)!)
        let p2: any = normalize('eigenPod', v2, decodeWith(TABLES.eigenPod, v2, skipped)!)
        expect([p1.kind, p1.validatorIndex, p1.pubkeyHash, p1.amount]).toEqual(['ValidatorBalanceUpdated', 42n, null, 32n])
        expect([p2.kind, p2.validatorIndex, p2.pubkeyHash, p2.amount]).toEqual(['ValidatorBalanceUpdated', null, '0x' + 'cd'.repeat(32), 31n])
    })

    it('ignores admin events: their topic0s are not in the tables', () => {
        expect(TABLES.strategyManager.has(sm1.events.Paused.topic)).toBe(false)
        expect(TABLES.delegationManager.has(dm.events.Initialized.topic)).toBe(false)
    })
})
