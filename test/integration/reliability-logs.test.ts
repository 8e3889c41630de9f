import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import * as lidoAbi from '../../lib/abi/Lido'
import * as rethAbi from '../../lib/abi/RocketTokenRETH'
import {freePort} from '../../lib/devnet/ports'
import {book, encodeEvent, Stack, startStack} from '../harness'

const STETH = book.lido.steth.address
const RETH = book.rocketPool.reth.address
const ZERO = '0x0000000000000000000000000000000000000000'
const ALICE = '0x00000000000000000000000000000000000a11ce'
const BOB = '0x0000000000000000000000000000000000000b0b'
const E = 10n ** 18n

function submit(amount: bigint) {
    return [
        encodeEvent(STETH, lidoAbi.events.Submitted, {sender: ALICE, amount, referral: ZERO}),
        encodeEvent(STETH, lidoAbi.events.TransferShares, {from: ZERO, to: ALICE, sharesValue: amount}),
    ]
}

/** Parses the processor's output: not on a terminal, every line must be one JSON log record. */
function records(lines: string[]): any[] {
    return lines.map((line) => {
        try {
            return JSON.parse(line)
        } catch {
            throw new Error(`not a JSON log line: ${line}`)
        }
    })
}

function metric(text: string, name: string, labels = ''): number | undefined {
    let line = text.split('\n').find((l) => l.startsWith(`${name}${labels} `))
    return line == null ? undefined : Number(line.split(' ')[1])
}

// issue 9 items 4 and 5: one log format, no repeated warnings, a progress line, our own metrics
describe('processor logs and metrics', () => {
    let stack: Stack
    let metricsPort: number
    let head: number

    beforeAll(async () => {
        metricsPort = await freePort()
        stack = await startStack({deferProcessor: true, processorEnv: {PROMETHEUS_PORT: String(metricsPort)}})
        // by hand: Lido 3 submits x 2 logs + 1 undecodable Submitted (no data) = 7 events, 1 of them skipped;
        // Rocket Pool 2 rETH transfers = 2 events
        await stack.chain.mineBlock({txs: [submit(E), submit(2n * E)]})
        await stack.chain.mineBlock({txs: [[{address: STETH, topics: [lidoAbi.events.Submitted.topic, '0x' + ALICE.slice(2).padStart(64, '0')], data: '0x'}]]})
        await stack.chain.mineBlock({
            txs: [[encodeEvent(RETH, rethAbi.events.Transfer, {from: ALICE, to: BOB, value: E}), encodeEvent(RETH, rethAbi.events.Transfer, {from: BOB, to: ALICE, value: E})]],
        })
        await stack.chain.mineBlock({txs: [submit(3n * E)]})
        head = await stack.chain.mineEmpty(8)
        await stack.startProcessor()
        await stack.waitForHeight(head)
    })
    afterAll(async () => {
        await stack?.stop()
    })

    it('prints only JSON lines when stderr is not a terminal, the bloom warning once, and our progress line instead of the SDK one', async () => {
        // more blocks, more range requests: each used to repeat the bloom warning
        for (let i = 0; i < 5; i++) await stack.waitForHeight(await stack.chain.mineEmpty(3))
        let recs = records(stack.processor()!.lines())
        expect(recs.length).toBeGreaterThan(5)
        expect(recs.filter((r) => r.msg == 'Log bloom check is disabled')).toHaveLength(1)
        expect(recs.filter((r) => /^-?\d+ \/ -?\d+, rate: /.test(r.msg ?? ''))).toEqual([])
        let progress = recs.filter((r) => r.ns == 'stakewatch' && /^(block [\d,]+ of [\d,]+ \(.*\): [\d,]+ blocks\/s, [\d,]+ events\/s, ETA |at the head, block [\d,]+: [\d,]+ events\/s)/.test(r.msg))
        expect(progress.length).toBeGreaterThan(0)
    })

    it('serves events per protocol, skipped logs and batch write time on PROMETHEUS_PORT, next to the SDK metrics', async () => {
        let text = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text()
        expect(metric(text, 'stakewatch_events_handled_total', '{protocol="lido"}')).toBe(7)
        expect(metric(text, 'stakewatch_events_handled_total', '{protocol="rocketpool"}')).toBe(2)
        expect(metric(text, 'stakewatch_skipped_logs_total', '{protocol="lido"}')).toBe(1)
        expect(metric(text, 'stakewatch_skipped_logs_total', '{protocol="rocketpool"}')).toBeUndefined()
        expect(metric(text, 'stakewatch_batch_write_seconds_count')).toBeGreaterThan(0)
        expect(metric(text, 'sqd_processor_last_block')).toBeGreaterThanOrEqual(head)
        let {skippedLogs} = await stack.gql(`{ skippedLogs { address topic0 } }`)
        expect(skippedLogs).toEqual([{address: STETH.toLowerCase(), topic0: lidoAbi.events.Submitted.topic}])
    })
})
