import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {analyticsStory, FRESH_START, STORY} from '../../lib/analytics/demo'
import {scenarioAddresses} from '../../lib/devnet/addresses'
import {book, Stack, startStack} from '../harness'

/**
 * Issue 12's scenario (src/analytics/demo/story.ts, also part of `npm run demo`) on a fresh chain: nine days
 * (2027-03-01 .. 03-09; days 3 and 7 without a block), two accounts across Lido, Rocket Pool and EigenLayer, one
 * operator in two operator sets, X's set slashing it. Every expected figure is worked out below from the
 * contracts' arithmetic (lidofinance/core v3.0.1 Accounting / Lido / WithdrawalQueue, Rocket Pool v1.4
 * RocketDepositPool / RocketTokenRETH, EigenLayer v1.9.0 StrategyBase / SlashingLib / AllocationManager /
 * DelegationManager) and docs/analytics.md's definitions, step by step as the story goes; nothing is read back
 * from the program.
 */

const E = 10n ** 18n
const E27 = 10n ** 27n
const s = (x: bigint) => x.toString()
const T0 = 1_803_859_200 // 2027-03-01 00:00 UTC
const HOUR = 3600
const DAY = 86_400
const YEAR = 365n * 86_400n
const DAYS = ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05', '2027-03-06', '2027-03-07', '2027-03-08', '2027-03-09']
const iso = (seconds: number) => new Date((T0 + seconds) * 1000).toISOString()

const {ann, ben, operator: OP, annPod, avsX, avsY, treasury} = STORY
const STETH_STRATEGY = book.eigenLayer.strategies.find((x) => x.symbol == 'stETH')!.address
const BEACON = book.eigenLayer.beaconChainEthStrategy
const WSTETH = book.lido.wsteth.address
const QUEUE = book.lido.withdrawalQueue.address
const DEAD = '0x000000000000000000000000000000000000dead'

// ---- contract arithmetic ---------------------------------------------------------------------------------
const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b
/** SlashingLib.mulWad / divWad (floor) */
const mulWad = (a: bigint, b: bigint) => (a * b) / E
const divWad = (a: bigint, b: bigint) => (a * E) / b
/** Lido getPooledEthByShares / getSharesByPooledEth at (pooled ether, shares), floor */
const ethOf = (shares: bigint, L: {P: bigint; S: bigint}) => (shares * L.P) / L.S
const sharesOf = (eth: bigint, L: {P: bigint; S: bigint}) => (eth * L.S) / L.P
const rateOf = (L: {P: bigint; S: bigint}) => (L.P * E) / L.S
/** StrategyBase.sharesToUnderlyingView: (balance + 1e3) x shares / (totalShares + 1e3) */
const underlying = (shares: bigint, balance: bigint, totalShares: bigint) => ((balance + 1000n) * shares) / (totalShares + 1000n)
/** aprDay (docs/analytics.md): (post - pre) / pre x 365 days / seconds, simple; exact to 1e-30 before the float */
const apr = (pre: bigint, post: bigint, seconds: number) => Number(((post - pre) * 10n ** 30n * YEAR) / (pre * BigInt(seconds))) / 1e30
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length

// ---- Lido (fresh deployment: Lido.initialize bootstraps 1 ETH to 0xdead, 1:1) -----------------------------
// day 0: ann submits 100, ben 50, at 1:1 (151 ETH, 151e18 shares); ann wraps 20 stETH (20e18 shares -> 20 wstETH)
// and restakes 30 stETH (30e18 shares to the stETH strategy); 128 buffered ETH go to 4 validators (no log)
const L0 = {P: 151n * E, S: 151n * E}
// L1, day 1 12:00: 4 validators appear with 128.04 ETH (principal 0 + 4 x 32 = 128), EL rewards 0.01: rewards 0.05,
// fee 10 % = 0.005 ETH; postInternalEther 151 + 128.04 - 128 + 0.01 = 151.05; fee shares = fee x 151e18 / (151.05 - fee)
const fee1 = 5n * 10n ** 15n
const P1 = 15105n * E / 100n
const minted1 = (fee1 * L0.S) / (P1 - fee1)
const L1 = {P: P1, S: L0.S + minted1}
// StakingRouter: the curated module gets minted x 5 % / 10 % (floor), the treasury the rest
const module1 = minted1 / 2n
// L2, day 2 12:00: CL 128.04 -> 128.085 (+0.045), EL 0.005: rewards 0.05, fee 0.005; 151.05 + 0.05 = 151.1
const fee2 = 5n * 10n ** 15n
const P2 = 1511n * E / 10n
const minted2 = (fee2 * L1.S) / (P2 - fee2)
const L2 = {P: P2, S: L1.S + minted2}
const module2 = minted2 / 2n
// day 2: ann asks 10 stETH (request 1), ben 5 (request 2) at 15:00; day 4: ann 4 (request 3): shares at L2's rate
const q1 = sharesOf(10n * E, L2)
const q2 = sharesOf(5n * E, L2)
const q3 = sharesOf(4n * E, L2)
// ben's 20 stETH into the strategy (day 2 14:00) move sharesOf(20) Lido shares
const mb1 = sharesOf(20n * E, L2)
// L5, day 5 12:00: CL 128.085 -> 128.115 (+0.03), EL 0.005: rewards 0.035, fee 0.0035; requests 1-3 finalized at the
// oracle's simulated rate (the report without finalization: 151.135 ETH over S2 + its fee shares, 1e27 precision)
const fee5 = 35n * 10n ** 14n
const grown5 = 151135n * E / 1000n
const simRate5 = (grown5 * E27) / (L2.S + (fee5 * L2.S) / (grown5 - fee5))
// each request's own rate (stETH x 1e27 / shares) is at L2's rate, below the simulated one: claimable = its stETH
const claimable = (steth: bigint, shares: bigint) => ((steth * E27) / shares > simRate5 ? (shares * simRate5) / E27 : steth)
const [c1, c2, c3] = [claimable(10n * E, q1), claimable(5n * E, q2), claimable(4n * E, q3)]
const locked5 = c1 + c2 + c3
const burnt5 = q1 + q2 + q3
const P5 = grown5 - locked5
const minted5 = (fee5 * (L2.S - burnt5)) / (P5 - fee5)
const L5 = {P: P5, S: L2.S - burnt5 + minted5}
const module5 = minted5 / 2n
// day 6: ben asks 8 stETH (request 4) at L5's rate
const q4 = sharesOf(8n * E, L5)
// L8, day 8 12:00: CL 128.115 -> 128.065 (-0.05), EL 0.01: a 0.04 ETH loss, no fee (the CL did not grow)
const L8 = {P: P5 - 4n * E / 100n, S: L5.S}
const r0 = rateOf(L0)
const [r1, r2, r5, r8] = [rateOf(L1), rateOf(L2), rateOf(L5), rateOf(L8)]
const lidoApr = {1: apr(r0, r1, DAY), 2: apr(r1, r2, DAY), 5: apr(r2, r5, 3 * DAY), 8: apr(r5, r8, 3 * DAY)}

// ---- Rocket Pool (no balances update yet: rETH 1:1; deposit fee 0.05 %) ------------------------------------
const net = (eth: bigint) => eth - (eth * 5n * 10n ** 14n) / E
// ann deposits 10 ETH (day 0): 9.995 rETH; R0 (day 0 12:10) reports supply 9.995 at rate 1 (total 9.995)
const annReth = net(10n * E)
const R0 = {totalEth: annReth, supply: annReth}
// R1 (day 1 12:10): rate 1.0001: total 9.995 x 1.0001 = 9.9959995
const R1 = {totalEth: (annReth * 10001n) / 10_000n, supply: annReth}
// ben deposits 20 ETH (day 2): 19.99 x supply / total
const benReth = (net(20n * E) * R1.supply) / R1.totalEth
const supply5 = annReth + benReth
// R5 (day 5 12:10): rate 1.0005 of the supply then; ben burns 5 rETH (day 6) at getEthValue; R8 (day 8): 1.0008
const R5 = {totalEth: (supply5 * 10005n) / 10_000n, supply: supply5}
const burnEth = (5n * E * R5.totalEth) / R5.supply
const R8 = {totalEth: ((supply5 - 5n * E) * 10008n) / 10_000n, supply: supply5 - 5n * E}
const rethRate = (R: {totalEth: bigint; supply: bigint}) => (R.totalEth * E) / R.supply
const [e0, e1, e5, e8] = [rethRate(R0), rethRate(R1), rethRate(R5), rethRate(R8)]
// reference times: slots 20 minutes before each update, one update at 12:10 on days 0, 1, 5 and 8
const rpApr = {1: apr(e0, e1, DAY), 5: apr(e1, e5, 4 * DAY), 8: apr(e5, e8, 3 * DAY)}
const rethEth = (reth: bigint) => (reth * R8.totalEth) / R8.supply

// ---- EigenLayer ---------------------------------------------------------------------------------------------
// ann's 30 stETH into the empty stETH strategy at Lido's rate 1: 30e18 Lido shares, balance 30; newShares =
// 30e18 x (0 + 1e3) / (30e18 + 1e3 - 30e18) = 30e18; dsf 1e18 / max magnitude 1e18 = 1e18
// ben's 20 stETH (day 2): the strategy then holds 30e18 + mb1 Lido shares
const ls2 = 30n * E + mb1
const bal2 = ethOf(ls2, L2)
const nb1 = (20n * E * (30n * E + 1000n)) / (bal2 + 1000n - 20n * E)
// StrategyBase.totalShares; the rate the deposit logs and the Deposit's amount (shares x rate / 1e18)
const ts2 = 30n * E + nb1
const rateB1 = (E * (bal2 + 1000n)) / (ts2 + 1000n)
const amountB1 = (nb1 * rateB1) / E
// day 2: ann queues 6e18 deposit shares (dsf 1, max 1): scaled 6e18, withdrawable 6e18; the operator had
// 30 (ann) - 6 + nb1 (ben) stETH strategy shares when X slashed (day 4)
const O = 24n * E + nb1
// X slashes 0.2 of its 0.5 stETH allocation: magnitude slashed mulWadRoundUp(0.5e18, 0.2e18) = 0.1e18, max 1 -> 0.9,
// current 0.4, encumbered 0.8 -> 0.7; the pending deallocation 0.5 -> 0.4 (-0.1) loses mulWadRoundUp(0.1e18, 0.2) =
// 0.02: target 0.4 - 0.08 = 0.32; calcSlashedAmount(O, 1, 0.9) = O - ceil(0.9 O); ann's queued 6e18 scaled:
// 6e18 - ceil(5.4e18) = 0.6e18; both burnt. Beacon: 0.25 of 0.5 (0.5 wad), max 0.75, 64e18 - 48e18 = 16e18 slashed
const opSlashed = O - ceilDiv(O * 9n, 10n)
const burnShares = opSlashed + 6n * E / 10n
const O4 = O - opSlashed
// the Slashing record's amountEth (prices.ts, an estimate): shares x the last ExchangeRateEmitted (ben's deposit),
// carried by Lido's rate now / then (both L2's)
const slashEth = (opSlashed * rateB1) / E
// the burn (day 4 11:30): StrategyBase.withdraw(burnShares) pays (balance + 1e3) x shares / (totalShares + 1e3)
// stETH to 0x...e16e4, which moves sharesOf(amountOut) Lido shares
const burnOut = ((bal2 + 1000n) * burnShares) / (ts2 + 1000n)
const burnMoved = sharesOf(burnOut, L2)
const ls4 = ls2 - burnMoved
const ts4 = ts2 - burnShares
// ben's 10 stETH (day 5, after L5 and the slash)
const mb2 = sharesOf(10n * E, L5)
const ls5 = ls4 + mb2
const bal5 = ethOf(ls5, L5)
const nb2 = (10n * E * (ts4 + 1000n)) / (bal5 + 1000n - 10n * E)
const ts5 = ts4 + nb2
const rateB2 = (E * (bal5 + 1000n)) / (ts5 + 1000n)
const amountB2 = (nb2 * rateB2) / E
// SlashingLib.update with prev nb1, added nb2, slashing factor 0.9e18: (withdrawable(nb1) + nb2) / (nb1 + nb2) / 0.9
const dsfBen = divWad(divWad(mulWad(mulWad(nb1, E), 9n * E / 10n) + nb2, nb1 + nb2), 9n * E / 10n)
const O5 = O4 + nb2
const steth = {0: {ls: 30n * E, L: L0, ts: 30n * E}, 1: {ls: 30n * E, L: L1, ts: 30n * E}, 2: {ls: ls2, L: L2, ts: ts2}, 4: {ls: ls4, L: L2, ts: ts4}, 5: {ls: ls5, L: L5, ts: ts5}, 8: {ls: ls5, L: L8, ts: ts5}}
type At = keyof typeof steth
/** stETH strategy shares -> stETH (= ETH) at a day's close */
const stethEth = (shares: bigint, day: At) => underlying(shares, ethOf(steth[day].ls, steth[day].L), steth[day].ts)
// withdrawable shares at the head: ann 24e18 x 1 x 0.9 = 21.6e18, 64e18 x 1 x 0.75 = 48e18; ben's
const annSteth = 216n * E / 10n
const benSteth = mulWad(mulWad(nb1 + nb2, dsfBen), 9n * E / 10n)
// ann's queued withdrawal at the head: its scaled 6e18 x the operator's max magnitude now (still slashable) = 5.4e18
const annQueued = stethEth(54n * E / 10n, 8)

describe('analytics scenario (issue 12): positions, exposure, daily series and aggregates worked out by hand', () => {
    let stack: Stack
    let first = 0
    /** height of the story's block `i` (mined in order from `first`) */
    const h = (i: number) => first + i
    beforeAll(async () => {
        stack = await startStack()
        first = (await stack.anvil.rpc.blockNumber()) + 1
        let blocks = analyticsStory(book, {t0: T0, start: FRESH_START, firstHeight: first})
        await stack.chain.setup(scenarioAddresses(book, blocks.map((b) => ({txs: b.txs}))))
        let last = 0
        for (let b of blocks) last = await stack.chain.mineBlock({timestamp: T0 + b.secondsAfterStart, txs: b.txs})
        expect(last).toBe(h(26)) // 27 blocks
        await stack.waitForHeight(last)
    })
    afterAll(async () => {
        await stack?.stop()
    })

    it('decodes every log', async () => {
        expect((await stack.gql(`{ skippedLogs { id } }`)).skippedLogs).toEqual([])
    })

    const POSITION = `id atBlock totalEth inFlightEth
        lido { stethShares stethBalance wstethBalance wstethInSteth totalEth requestsEth requests { requestId status amount ethValue } }
        rocketPool { rethBalance ethValue }
        eigenlayer { delegatedTo totalEth restakedLstEth unpricedStrategies queuedEth
          strategies { strategy underlyingToken depositShares depositScalingFactor slashingFactor withdrawableShares underlying ethValue pricing restakedLst }
          queuedWithdrawals { id withdrawalRoot requestedBlock ethValue strategies { strategy shares sharesToWithdraw withdrawableShares } } }`

    function annPosition(queuedId: string) {
        let lidoShares = 50n * E - q1 - q3
        let lidoEth = ethOf(lidoShares, L8) + ethOf(20n * E, L8)
        let el = stethEth(annSteth, 8) + 48n * E
        let inFlight = c3 + annQueued // request 3 finalized (request 1 claimed), the queued 6e18
        return {
            id: ann,
            atBlock: h(26),
            totalEth: s(lidoEth + rethEth(annReth) + el + inFlight),
            inFlightEth: s(inFlight),
            lido: {
                stethShares: s(lidoShares),
                stethBalance: s(ethOf(lidoShares, L8)),
                wstethBalance: s(20n * E),
                wstethInSteth: s(ethOf(20n * E, L8)),
                totalEth: s(lidoEth),
                requestsEth: s(c3),
                requests: [{requestId: '3', status: 'FINALIZED', amount: s(4n * E), ethValue: s(c3)}],
            },
            rocketPool: {rethBalance: s(annReth), ethValue: s(rethEth(annReth))},
            eigenlayer: {
                delegatedTo: OP,
                totalEth: s(el),
                restakedLstEth: s(stethEth(annSteth, 8)),
                unpricedStrategies: 0,
                queuedEth: s(annQueued),
                strategies: [
                    {strategy: STETH_STRATEGY, underlyingToken: book.lido.steth.address, depositShares: s(24n * E), depositScalingFactor: s(E), slashingFactor: s(9n * E / 10n), withdrawableShares: s(annSteth), underlying: s(stethEth(annSteth, 8)), ethValue: s(stethEth(annSteth, 8)), pricing: 'exact', restakedLst: true},
                    {strategy: BEACON, underlyingToken: null, depositShares: s(64n * E), depositScalingFactor: s(E), slashingFactor: s(3n * E / 4n), withdrawableShares: s(48n * E), underlying: s(48n * E), ethValue: s(48n * E), pricing: 'exact', restakedLst: false},
                ],
                queuedWithdrawals: [
                    {id: queuedId, withdrawalRoot: queuedId.slice('eigenlayer-'.length), requestedBlock: h(12), ethValue: s(annQueued), strategies: [{strategy: STETH_STRATEGY, shares: s(6n * E), sharesToWithdraw: s(6n * E), withdrawableShares: s(54n * E / 10n)}]},
                ],
            },
        }
    }

    function benPosition() {
        let lidoShares = 50n * E - mb1 - q2 - mb2 - q4
        let lidoEth = ethOf(lidoShares, L8)
        let el = stethEth(benSteth, 8)
        let inFlight = c2 + 8n * E // request 2 finalized, request 4 still asks its 8 stETH
        return {
            id: ben,
            atBlock: h(26),
            totalEth: s(lidoEth + rethEth(benReth - 5n * E) + el + inFlight),
            inFlightEth: s(inFlight),
            lido: {
                stethShares: s(lidoShares),
                stethBalance: s(lidoEth),
                wstethBalance: '0',
                wstethInSteth: '0',
                totalEth: s(lidoEth),
                requestsEth: s(c2 + 8n * E),
                requests: [
                    {requestId: '2', status: 'FINALIZED', amount: s(5n * E), ethValue: s(c2)},
                    {requestId: '4', status: 'REQUESTED', amount: s(8n * E), ethValue: s(8n * E)},
                ],
            },
            rocketPool: {rethBalance: s(benReth - 5n * E), ethValue: s(rethEth(benReth - 5n * E))},
            eigenlayer: {
                delegatedTo: OP,
                totalEth: s(el),
                restakedLstEth: s(el),
                unpricedStrategies: 0,
                queuedEth: '0',
                strategies: [
                    {strategy: STETH_STRATEGY, underlyingToken: book.lido.steth.address, depositShares: s(nb1 + nb2), depositScalingFactor: s(dsfBen), slashingFactor: s(9n * E / 10n), withdrawableShares: s(benSteth), underlying: s(el), ethValue: s(el), pricing: 'exact', restakedLst: true},
                ],
                queuedWithdrawals: [],
            },
        }
    }

    it('accountPosition of both accounts, every field, and accountPositions equal to them', async () => {
        let {withdrawals} = await stack.gql(`{ withdrawals(where: {protocol_eq: EIGENLAYER}) { id } }`)
        expect(withdrawals).toHaveLength(1)
        let annQ = withdrawals[0].id
        let a = (await stack.gql(`{ accountPosition(id: "${ann}") { ${POSITION} } }`)).accountPosition
        let b = (await stack.gql(`{ accountPosition(id: "${ben.toUpperCase().replace('0X', '0x')}") { ${POSITION} } }`)).accountPosition
        expect(a).toEqual(annPosition(annQ))
        expect(b).toEqual(benPosition())
        let batch = (await stack.gql(`{ accountPositions(ids: ["${ben}", "${ann}", "${ben}"]) { ${POSITION} } }`)).accountPositions
        expect(batch).toEqual([b, a, b])
    })

    const SETS = `avs operatorSetId operator strategy magnitude maxMagnitude fraction slashableShares ethAtRisk registered pendingMagnitude pendingEffectBlock`
    /** one operator set's exposure of `shares` withdrawable (or delegated) shares in a strategy */
    const set = (avs: string, id: number, strategy: string, magnitude: bigint, max: bigint, fraction: number, shares: bigint, pending: [bigint, number] | null) => {
        let slashable = (shares * magnitude) / max
        return {
            avs,
            operatorSetId: String(id),
            operator: OP,
            strategy,
            magnitude: s(magnitude),
            maxMagnitude: s(max),
            fraction,
            slashableShares: s(slashable),
            ethAtRisk: s(strategy == BEACON ? slashable : stethEth(slashable, 8)),
            registered: true,
            pendingMagnitude: pending ? s(pending[0]) : null,
            pendingEffectBlock: pending ? pending[1] : null,
        }
    }
    // at the head: X 0.4 (0.32 pending until block 15 + DEALLOCATION_DELAY 100800 + 1) and 0.25 of max 0.9 / 0.75;
    // Y 0.3 and 0.2. fraction = floor(magnitude x 1e12 / max) / 1e12
    const setsOf = (strategy: string, shares: bigint) =>
        strategy == BEACON
            ? [set(avsX, 1, BEACON, E / 4n, 3n * E / 4n, 0.333333333333, shares, null), set(avsY, 7, BEACON, E / 5n, 3n * E / 4n, 0.266666666666, shares, null)]
            : [set(avsX, 1, strategy, 2n * E / 5n, 9n * E / 10n, 0.444444444444, shares, [8n * E / 25n, first + 15 + 100_801]), set(avsY, 7, strategy, 3n * E / 10n, 9n * E / 10n, 0.333333333333, shares, null)]
    const atRisk = (sets: ReturnType<typeof set>[], avs: string) => sets.filter((x) => x.avs == avs).reduce((sum, x) => sum + BigInt(x.ethAtRisk), 0n)

    it('accountExposure: per set fraction, slashable shares, ETH at risk, the pending deallocation shown', async () => {
        let q = (id: string) => `{ accountExposure(id: "${id}") { id atBlock operator exposedEth byAvs { avs ethAtRisk } strategies { strategy operator shares ethValue sets { ${SETS} } } } }`
        let annSets = [...setsOf(STETH_STRATEGY, annSteth), ...setsOf(BEACON, 48n * E)]
        expect((await stack.gql(q(ann))).accountExposure).toEqual({
            id: ann,
            atBlock: h(26),
            operator: OP,
            exposedEth: s(stethEth(annSteth, 8) + 48n * E),
            // X: 9.6e18 stETH strategy shares + 16 ETH; Y: 7.2e18 + 12.8 ETH
            byAvs: [
                {avs: avsX, ethAtRisk: s(atRisk(annSets, avsX))},
                {avs: avsY, ethAtRisk: s(atRisk(annSets, avsY))},
            ],
            strategies: [
                {strategy: STETH_STRATEGY, operator: OP, shares: s(annSteth), ethValue: s(stethEth(annSteth, 8)), sets: setsOf(STETH_STRATEGY, annSteth)},
                {strategy: BEACON, operator: OP, shares: s(48n * E), ethValue: s(48n * E), sets: setsOf(BEACON, 48n * E)},
            ],
        })
        let benSets = setsOf(STETH_STRATEGY, benSteth)
        expect((await stack.gql(q(ben))).accountExposure).toMatchObject({
            exposedEth: s(stethEth(benSteth, 8)),
            byAvs: [
                {avs: avsX, ethAtRisk: s(atRisk(benSets, avsX))},
                {avs: avsY, ethAtRisk: s(atRisk(benSets, avsY))},
            ],
            strategies: [{strategy: STETH_STRATEGY, shares: s(benSteth), sets: benSets}],
        })
    })

    it('operatorExposure and avsExposure: the delegated shares and what each set can slash now', async () => {
        let opSets = [...setsOf(STETH_STRATEGY, O5), ...setsOf(BEACON, 48n * E)]
        let {operatorExposure} = await stack.gql(`{ operatorExposure(id: "${OP}") { id operator exposedEth byAvs { avs ethAtRisk } strategies { strategy operator shares ethValue sets { ${SETS} } } } }`)
        expect(operatorExposure).toEqual({
            id: OP,
            operator: OP,
            exposedEth: s(stethEth(O5, 8) + 48n * E),
            byAvs: [
                {avs: avsX, ethAtRisk: s(atRisk(opSets, avsX))},
                {avs: avsY, ethAtRisk: s(atRisk(opSets, avsY))},
            ],
            strategies: [
                // delegated shares: ceil(0.9 O) + ben's nb2; beacon 64 - 16 = 48e18
                {strategy: STETH_STRATEGY, operator: OP, shares: s(O5), ethValue: s(stethEth(O5, 8)), sets: setsOf(STETH_STRATEGY, O5)},
                {strategy: BEACON, operator: OP, shares: s(48n * E), ethValue: s(48n * E), sets: setsOf(BEACON, 48n * E)},
            ],
        })
        for (let [avs, id] of [[avsX, 1], [avsY, 7]] as const) {
            let allocations = opSets.filter((x) => x.avs == avs)
            let {avsExposure} = await stack.gql(`{ avsExposure(avs: "${avs}") { avs atBlock totalEthSlashable operatorSets { operatorSetId operators strategies ethSlashable allocations { ${SETS} } } } }`)
            expect(avsExposure).toEqual({
                avs,
                atBlock: h(26),
                totalEthSlashable: s(atRisk(opSets, avs)),
                operatorSets: [{operatorSetId: String(id), operators: [OP], strategies: [STETH_STRATEGY, BEACON].sort(), ethSlashable: s(atRisk(opSets, avs)), allocations}],
            })
        }
    })
})
