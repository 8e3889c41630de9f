import {keccak256} from '@subsquid/evm-abi'
import {describe, expect, it} from 'vitest'
import {buildReport, Check, compare, exitCode, formatReport, reportJson, summaryLine} from '../../src/reconcile/checks'
import {expectedAllocation, expectedMaxMagnitude, expectedRethRate, nodeStakeView, requestFlags} from '../../src/reconcile/expected'
import {contractAddressKey} from '../../src/reconcile/rocketpool'
import {EraView, liveEra, ViewResult} from '../../src/reconcile/views'
import {WithdrawalStatus} from '../../src/model'

const E = 10n ** 18n
const check = (over: Partial<Check>): Check => ({protocol: 'Lido', view: 'stETH.sharesOf', subject: '0xabc', indexed: 5n, ...over})

describe('reconcile comparison', () => {
    it('equal integers, addresses in any case, flags', () => {
        expect(compare(check({indexed: 5n, chain: 5n})).status).toBe('equal')
        expect(compare(check({indexed: '0xAbC', chain: '0xabc'})).status).toBe('equal')
        expect(compare(check({indexed: true, chain: true})).status).toBe('equal')
    })

    it('a difference carries both values and chain - indexed', () => {
        let r = compare(check({indexed: 5n, chain: 3n}))
        expect(r).toMatchObject({status: 'different', indexed: 5n, chain: 3n, difference: -2n})
        expect(compare(check({indexed: true, chain: false}))).toMatchObject({status: 'different', difference: undefined})
        // a value of another type is never equal (0 vs false, '5' vs 5n)
        expect(compare(check({indexed: 5n, chain: '5'})).status).toBe('different')
    })

    it('a skipped check is neither equal nor different, and keeps its reason', () => {
        expect(compare(check({skipped: 'no code'}))).toMatchObject({status: 'skipped', skipped: 'no code'})
        expect(compare(check({})).status).toBe('skipped')
    })

    it('the report tallies per protocol and view, groups skips by reason, and sets the exit code', () => {
        let report = buildReport(100, '0xh', [
            check({chain: 5n}),
            check({subject: '0xdef', indexed: 7n, chain: 8n}),
            check({view: 'wstETH.balanceOf', skipped: 'wstETH has no code'}),
            check({view: 'wstETH.balanceOf', subject: '0xdef', skipped: 'wstETH has no code'}),
            {protocol: 'Rocket Pool', view: 'rETH.totalSupply', subject: '', indexed: 1n, chain: 1n},
        ])
        expect(report).toMatchObject({block: 100, checked: 3, equal: 2, different: 1, skipped: 2})
        let lido = report.protocols.find((p) => p.protocol == 'Lido')!
        expect(lido.views).toEqual([
            {view: 'stETH.sharesOf', checked: 2, equal: 1, different: 1, skipped: 0},
            {view: 'wstETH.balanceOf', checked: 0, equal: 0, different: 0, skipped: 2},
        ])
        expect(lido.skips).toEqual([{view: 'wstETH.balanceOf', reason: 'wstETH has no code', count: 2}])
        expect(report.protocols.find((p) => p.protocol == 'EigenLayer')).toMatchObject({checked: 0, skipped: 0, views: []})
        expect(exitCode(report)).toBe(1)
        expect(summaryLine(report)).toBe('reconcile at block 100: 3 checked, 2 equal, 1 different, 2 skipped — DIFFERENT')
        let text = formatReport(report)
        expect(text).toMatch(/^ {4}stETH\.sharesOf +0xdef +7 +8 +\+1$/m)
        expect(text).toContain('  skipped wstETH.balanceOf (2): wstETH has no code')
        let json: any = reportJson(report)
        expect(json.protocols[0].checks[1]).toEqual({view: 'stETH.sharesOf', subject: '0xdef', status: 'different', indexed: '7', chain: '8', difference: '1', reason: null})
    })

    it('exit code 0 only when something was compared and all of it is equal', () => {
        expect(exitCode(buildReport(1, '0x', [check({chain: 5n}), check({skipped: 'x'})]))).toBe(0)
        expect(exitCode(buildReport(1, '0x', [check({skipped: 'x'})]))).toBe(3)
        expect(exitCode(buildReport(1, '0x', []))).toBe(3)
    })
})

describe('what the views return, from the contracts', () => {
    it('rETH getExchangeRate: the last report rate, 1e18 before any report', () => {
        expect(expectedRethRate(null)).toBe(E)
        expect(expectedRethRate(1_100_000_000_000_000_000n)).toBe(1_100_000_000_000_000_000n)
    })

    it('withdrawal request flags per status', () => {
        expect(requestFlags(WithdrawalStatus.REQUESTED)).toEqual({isFinalized: false, isClaimed: false})
        expect(requestFlags(WithdrawalStatus.FINALIZED)).toEqual({isFinalized: true, isClaimed: false})
        expect(requestFlags(WithdrawalStatus.COMPLETED)).toEqual({isFinalized: true, isClaimed: true})
    })

    it('getAllocation: effectBlock while pending, 0 once reached (the pending diff applied)', () => {
        expect(expectedAllocation({magnitude: 4n, effectBlock: 120}, 119)).toEqual({magnitude: 4n, effectBlock: 120n})
        expect(expectedAllocation({magnitude: 4n, effectBlock: 120}, 120)).toEqual({magnitude: 4n, effectBlock: 0n})
        expect(expectedAllocation({magnitude: 4n, effectBlock: 120}, 500)).toEqual({magnitude: 4n, effectBlock: 0n})
    })

    it('getMaxMagnitude: WAD without an update', () => {
        expect(expectedMaxMagnitude(null)).toBe(E)
        expect(expectedMaxMagnitude(7n)).toBe(7n)
    })

    it('the RocketNodeStaking view of each release', () => {
        for (let v of ['v1.0', 'v1.1', 'v1.2', 'v1.3', 'v1.3.1']) expect(nodeStakeView(v)).toBe('getNodeRPLStake')
        for (let v of ['v1.4', 'v1.5', 'v2.0']) expect(nodeStakeView(v)).toBe('getNodeStakedRPL')
    })

    it('RocketStorage keys: keccak256(abi.encodePacked("contract.address", name)) = keccak256 of the two strings joined', () => {
        let keccak = (s: string) => '0x' + keccak256(Buffer.from(s, 'utf8')).toString('hex')
        // the hash itself, on a well-known value: the ERC-20 Transfer topic
        expect(keccak('Transfer(address,address,uint256)')).toBe('0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef')
        expect(contractAddressKey('rocketNodeStaking')).toBe(keccak('contract.addressrocketNodeStaking'))
    })
})

describe('the release live at the block', () => {
    let era = (name: string, answers: boolean): EraView<string, bigint> & {asked: string[]} => {
        let asked: string[] = []
        return {
            era: name,
            asked,
            async call(arg: string): Promise<ViewResult<bigint>> {
                asked.push(arg)
                return answers ? {ok: true, value: 1n} : {ok: false, reason: 'the call reverted'}
            },
        }
    }

    it('takes the newest form that answers', async () => {
        let [newest, older, oldest] = [era('slashing', false), era('M2', true), era('M1', true)]
        let live = await liveEra([newest, older, oldest], 'probe')
        expect('era' in live && live.era.era).toBe('M2')
        expect(oldest.asked).toEqual([])
    })

    it('names every form that failed when none answers', async () => {
        let live = await liveEra([era('slashing', false), era('M2', false)], 'probe')
        expect(live).toEqual({reason: "no release's form of the view answers (slashing: the call reverted; M2: the call reverted)"})
    })
})
