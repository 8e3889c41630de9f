import {describe, expect, it} from 'vitest'
import * as lido from '../../lib/abi/Lido'
import * as lidoLegacy from '../../lib/abi/Lido.legacy'
import {encodeEvent} from '../../lib/core/encode'
import {emitCalldata} from '../../lib/devnet/emitter'
import {logId} from '../../lib/core/ids'
import {annualisedApr} from '../../lib/core/time'
import {realLogs} from '../harness/real-logs'

describe('decoding', () => {
    it('decodes the real Submitted logs with both Lido ABI eras to the values viem gave', () => {
        let submits = realLogs().filter((l) => l.topics[0] == lido.events.Submitted.topic)
        expect(submits.length).toBe(4)
        for (let log of submits) {
            for (let abi of [lido, lidoLegacy]) {
                let e = abi.events.Submitted.decode(log)
                expect(e.sender.toLowerCase()).toBe(log.decoded[0].args.sender.toLowerCase())
                expect(e.amount).toBe(BigInt(log.decoded[0].args.amount))
                expect(e.referral.toLowerCase()).toBe(log.decoded[0].args.referral.toLowerCase())
            }
        }
    })

    it('encodeEvent is the exact inverse of decoding, byte for byte on a real log', () => {
        let real = realLogs().find((l) => l.topics[0] == lido.events.TransferShares.topic)!
        let decoded = lido.events.TransferShares.decode(real)
        let again = encodeEvent(real.address, lido.events.TransferShares, decoded)
        expect(again).toEqual({address: real.address, topics: real.topics, data: real.data})
    })

    it('encodes uint96 values right (works around the codec writing uint128 halves swapped)', async () => {
        let m1 = await import('../../lib/abi/StrategyManager.m1')
        let ev = m1.events.WithdrawalQueued
        let args = {depositor: '0x' + '11'.repeat(20), nonce: 5n, withdrawer: '0x' + '22'.repeat(20), delegatedAddress: '0x' + '33'.repeat(20), withdrawalRoot: '0x' + '44'.repeat(32)}
        let log = encodeEvent('0x' + '55'.repeat(20), ev, args)
        expect(ev.decode(log).nonce).toBe(5n)
        // the word itself: 5 in the last byte
        expect(log.data.slice(2 + 64, 2 + 128)).toBe('0'.repeat(63) + '5')
    })

    it('a log with the right topic0 but the wrong layout throws (so the handler can skip and count it)', () => {
        let bad = {topics: [lido.events.Submitted.topic], data: '0x'}
        expect(() => lido.events.Submitted.decode(bad)).toThrow()
    })

    it('emitter calldata starts with the emitMany selector 0x9ec2474b', () => {
        expect(emitCalldata([{address: '0x' + '11'.repeat(20), topics: ['0x' + '22'.repeat(32)], data: '0x'}]).slice(0, 10)).toBe('0x9ec2474b')
    })

    it('log ids sort in chain order', () => {
        let a = logId({block: {height: 9}, logIndex: 100})
        let b = logId({block: {height: 10}, logIndex: 2})
        expect(a).toBe('0000000009-000100')
        expect([b, a].sort()).toEqual([a, b])
    })

    it('annualises a rate change: +0.01 % per day is 3.65 % a year', () => {
        // rate 1.0000 -> 1.0001 over one day: 0.0001 * 365 = 0.0365
        expect(annualisedApr(10n ** 18n, 10n ** 18n + 10n ** 14n, 86400n)).toBeCloseTo(0.0365, 12)
        expect(annualisedApr(10n ** 18n, 10n ** 18n - 10n ** 14n, 86400n)).toBeCloseTo(-0.0365, 12)
        expect(annualisedApr(0n, 1n, 1n)).toBeUndefined()
    })
})
