import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {analyticsStory, FRESH_START, STORY} from '../../lib/analytics/demo'
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

const {ann, ben, operator: OP, avsX, avsY, treasury} = STORY
const STETH_STRATEGY = book.eigenLayer.strategies.find((x) => x.symbol == 'stETH')!.address
const BEACON = book.eigenLayer.beaconChainEthStrategy
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
        // the emitter also at ann's pod
        let last = await stack.mineScenario(blocks.map((b) => ({timestamp: T0 + b.secondsAfterStart, txs: b.txs})))
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
    /** an exposure of withdrawable (or delegated) shares per strategy: the sets of each, ETH at risk per AVS (X above Y) */
    const exposure = (holdings: [strategy: string, shares: bigint][]) => {
        let eth = (strategy: string, shares: bigint) => (strategy == BEACON ? shares : stethEth(shares, 8))
        let sets = holdings.flatMap(([strategy, shares]) => setsOf(strategy, shares))
        return {
            exposedEth: s(holdings.reduce((sum, [strategy, shares]) => sum + eth(strategy, shares), 0n)),
            byAvs: [avsX, avsY].map((avs) => ({avs, ethAtRisk: s(atRisk(sets, avs))})),
            strategies: holdings.map(([strategy, shares]) => ({strategy, operator: OP, shares: s(shares), ethValue: s(eth(strategy, shares)), sets: setsOf(strategy, shares)})),
        }
    }

    it('accountExposure: per set fraction, slashable shares, ETH at risk, the pending deallocation shown', async () => {
        let q = (id: string) => `{ accountExposure(id: "${id}") { id atBlock operator exposedEth byAvs { avs ethAtRisk } strategies { strategy operator shares ethValue sets { ${SETS} } } } }`
        // ann: X 9.6e18 stETH strategy shares + 16 ETH, Y 7.2e18 + 12.8 ETH
        expect((await stack.gql(q(ann))).accountExposure).toEqual({id: ann, atBlock: h(26), operator: OP, ...exposure([[STETH_STRATEGY, annSteth], [BEACON, 48n * E]])})
        expect((await stack.gql(q(ben))).accountExposure).toEqual({id: ben, atBlock: h(26), operator: OP, ...exposure([[STETH_STRATEGY, benSteth]])})
    })

    it('operatorExposure and avsExposure: the delegated shares and what each set can slash now', async () => {
        let opSets = [...setsOf(STETH_STRATEGY, O5), ...setsOf(BEACON, 48n * E)]
        let {operatorExposure} = await stack.gql(`{ operatorExposure(id: "${OP}") { id operator exposedEth byAvs { avs ethAtRisk } strategies { strategy operator shares ethValue sets { ${SETS} } } } }`)
        // delegated shares: ceil(0.9 O) + ben's nb2; beacon 64 - 16 = 48e18
        expect(operatorExposure).toEqual({id: OP, operator: OP, ...exposure([[STETH_STRATEGY, O5], [BEACON, 48n * E]])})
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

    // ---- the daily series -------------------------------------------------------------------------------
    // days' last blocks: 0 -> story block 7, 1 -> 10, 2 -> 14, 4 -> 18, 5 -> 21, 6 -> 24, 8 -> 26 (days 3 and 7 have
    // none: their rows carry the day before's close)
    const closeOf = () => [h(7), h(10), h(14), h(14), h(18), h(21), h(24), h(24), h(26)]
    const FLOATS = ['aprDay', 'apr7dSma'] as const

    /**
     * A protocol's rows from the figures of each day: a day's state figures (TVL, supply, rate, holders, running
     * totals) are the day before's unless given, its flows are 0 unless given (docs/analytics.md: a day without
     * an event carries the previous close, flows at zero).
     */
    function protocolRows(protocol: string, days: Record<string, unknown>[]) {
        let close = closeOf()
        let prev: Record<string, unknown> = {tvlEth: '0', restakedLstEth: '0', supply: null, rate: null, holders: 0, depositsTotal: 0, withdrawalRequestsTotal: 0, withdrawalsCompletedTotal: 0, lossesTotal: 0}
        return days.map((d, i) => {
            let row = {
                protocol,
                day: DAYS[i],
                tvlEth: prev.tvlEth,
                restakedLstEth: prev.restakedLstEth,
                supply: prev.supply,
                rate: prev.rate,
                rateUpdates: 0,
                rateSeconds: 0,
                rateOpen: null,
                aprDay: null,
                depositCount: 0,
                depositEth: '0',
                withdrawalRequestCount: 0,
                withdrawalRequestEth: '0',
                withdrawalCompletedCount: 0,
                withdrawalCompletedEth: '0',
                netFlowEth: '0',
                lossCount: 0,
                lossEth: '0',
                activeAccounts: 0,
                holders: prev.holders,
                depositsTotal: prev.depositsTotal,
                withdrawalRequestsTotal: prev.withdrawalRequestsTotal,
                withdrawalsCompletedTotal: prev.withdrawalsCompletedTotal,
                lossesTotal: prev.lossesTotal,
                closeBlock: close[i],
                ...d,
            }
            prev = row
            return row
        })
    }

    async function expectRows(got: any[], want: any[]) {
        expect(got.map((r) => r.day)).toEqual(want.map((r) => r.day))
        got.forEach((row, i) => {
            let w = want[i]
            for (let f of FLOATS) {
                if (!(f in w)) throw new Error(`${w.day}: the expected ${f} is missing`)
                if (w[f] == null) expect(row[f], `${w.day} ${f}`).toBeNull()
                else expect(row[f], `${w.day} ${f}`).toBeCloseTo(w[f], 12)
            }
            let strip = (r: any) => Object.fromEntries(Object.entries(r).filter(([k]) => !(FLOATS as readonly string[]).includes(k)))
            expect(strip(row), w.day).toEqual(strip(w))
        })
    }

    const PROTOCOL_DAY = `protocol day tvlEth restakedLstEth supply rate rateUpdates rateSeconds rateOpen aprDay apr7dSma depositCount depositEth
        withdrawalRequestCount withdrawalRequestEth withdrawalCompletedCount withdrawalCompletedEth netFlowEth lossCount lossEth activeAccounts holders
        depositsTotal withdrawalRequestsTotal withdrawalsCompletedTotal lossesTotal closeBlock`
    const protocolDays = async (protocol: string) =>
        (await stack.gql(`{ protocolDays(where: {protocol_eq: ${protocol}}, orderBy: day_ASC) { ${PROTOCOL_DAY} } }`)).protocolDays

    it('ProtocolDay LIDO: every field of every day (the 7-day SMA drops day 1 on day 8)', async () => {
        let a = lidoApr
        let sma = (...xs: number[]) => mean(xs)
        await expectRows(
            await protocolDays('LIDO'),
            protocolRows('LIDO', [
                // day 0: 0xdead's bootstrap, ann's and ben's submits; 5 accounts move (0xdead, ann, ben, wstETH, the strategy)
                {tvlEth: s(L0.P), supply: s(L0.S), rate: s(r0), apr7dSma: null, depositCount: 3, depositEth: s(151n * E), netFlowEth: s(151n * E), activeAccounts: 5, holders: 5, depositsTotal: 3},
                // day 1: L1; its fee shares make the curated module and the treasury holders
                {tvlEth: s(L1.P), supply: s(L1.S), rate: s(r1), rateUpdates: 1, rateSeconds: DAY, rateOpen: s(r0), aprDay: a[1], apr7dSma: a[1], activeAccounts: 2, holders: 7},
                // day 2: L2, requests 1 (10) and 2 (5); ann, ben, the queue (a holder now), the strategy, module, treasury move
                {tvlEth: s(L2.P), supply: s(L2.S), rate: s(r2), rateUpdates: 1, rateSeconds: DAY, rateOpen: s(r1), aprDay: a[2], apr7dSma: sma(a[1], a[2]), withdrawalRequestCount: 2, withdrawalRequestEth: s(15n * E), activeAccounts: 6, holders: 8, withdrawalRequestsTotal: 2},
                {apr7dSma: sma(a[1], a[2])},
                // day 4: request 3 (4); the burn sends stETH from the strategy to 0x...e16e4, a holder
                {apr7dSma: sma(a[1], a[2]), withdrawalRequestCount: 1, withdrawalRequestEth: s(4n * E), activeAccounts: 4, holders: 9, withdrawalRequestsTotal: 3},
                // day 5: L5 finalizes 1-3: the queue's shares burnt (no longer a holder); ben restakes; module, treasury
                {tvlEth: s(L5.P), supply: s(L5.S), rate: s(r5), rateUpdates: 1, rateSeconds: 3 * DAY, rateOpen: s(r2), aprDay: a[5], apr7dSma: sma(a[1], a[2], a[5]), activeAccounts: 5, holders: 8},
                // day 6: ann claims request 1 (10 ETH: netFlow -10), ben asks 8 (the queue holds again); a claim moves no shares
                {apr7dSma: sma(a[1], a[2], a[5]), withdrawalRequestCount: 1, withdrawalRequestEth: s(8n * E), withdrawalCompletedCount: 1, withdrawalCompletedEth: s(c1), netFlowEth: s(-c1), activeAccounts: 2, holders: 9, withdrawalRequestsTotal: 4, withdrawalsCompletedTotal: 1},
                {apr7dSma: sma(a[1], a[2], a[5])},
                // day 8: L8 loses 0.04 ETH (a LIDO_NEGATIVE_REBASE); the window is days 2..8
                {tvlEth: s(L8.P), rate: s(r8), rateUpdates: 1, rateSeconds: 3 * DAY, rateOpen: s(r5), aprDay: a[8], apr7dSma: sma(a[2], a[5], a[8]), lossCount: 1, lossEth: s(4n * E / 100n), lossesTotal: 1},
            ])
        )
    })

    it('ProtocolDay ROCKET_POOL: every field of every day', async () => {
        let b = rpApr
        await expectRows(
            await protocolDays('ROCKET_POOL'),
            protocolRows('ROCKET_POOL', [
                // day 0: ann's 9.995 ETH credited; R0 (the first update: no previous rate, no APR, timeElapsed unknown)
                {tvlEth: s(R0.totalEth), supply: s(annReth), rate: s(e0), rateUpdates: 1, apr7dSma: null, depositCount: 1, depositEth: s(annReth), netFlowEth: s(annReth), activeAccounts: 1, holders: 1, depositsTotal: 1},
                {tvlEth: s(R1.totalEth), rate: s(e1), rateUpdates: 1, rateSeconds: DAY, rateOpen: s(e0), aprDay: b[1], apr7dSma: b[1]},
                // day 2: ben's 19.99 ETH credited
                {apr7dSma: b[1], supply: s(supply5), depositCount: 1, depositEth: s(net(20n * E)), netFlowEth: s(net(20n * E)), activeAccounts: 1, holders: 2, depositsTotal: 2},
                {apr7dSma: b[1]},
                {apr7dSma: b[1]},
                {tvlEth: s(R5.totalEth), rate: s(e5), rateUpdates: 1, rateSeconds: 4 * DAY, rateOpen: s(e1), aprDay: b[5], apr7dSma: mean([b[1], b[5]])},
                // day 6: ben burns 5 rETH: requested and completed at once
                {apr7dSma: mean([b[1], b[5]]), supply: s(supply5 - 5n * E), withdrawalRequestCount: 1, withdrawalRequestEth: s(burnEth), withdrawalCompletedCount: 1, withdrawalCompletedEth: s(burnEth), netFlowEth: s(-burnEth), activeAccounts: 1, withdrawalRequestsTotal: 1, withdrawalsCompletedTotal: 1},
                {apr7dSma: mean([b[1], b[5]])},
                // day 8: the window is days 2..8
                {tvlEth: s(R8.totalEth), rate: s(e8), rateUpdates: 1, rateSeconds: 3 * DAY, rateOpen: s(e5), aprDay: b[8], apr7dSma: mean([b[5], b[8]])},
            ])
        )
    })

    /** EigenLayer TVL at a day's close: the stETH strategy's totalShares -> stETH, plus the pods' 64e18 from day 1 */
    const elTvl = (day: At) => stethEth(steth[day].ts, day) + (day >= 1 ? 64n * E : 0n)
    it('ProtocolDay EIGENLAYER: every field of every day', async () => {
        let tvl = (day: At) => ({tvlEth: s(elTvl(day)), restakedLstEth: s(stethEth(steth[day].ts, day))})
        await expectRows(
            await protocolDays('EIGENLAYER'),
            protocolRows('EIGENLAYER', [
                // ann's 30 stETH (the Deposit's amount: 30e18 shares x rate 1e18)
                {...tvl(0), apr7dSma: null, depositCount: 1, depositEth: s(30n * E), netFlowEth: s(30n * E), activeAccounts: 1, holders: 1, depositsTotal: 1},
                // ann's restake: 64 ETH
                {...tvl(1), apr7dSma: null, depositCount: 1, depositEth: s(64n * E), netFlowEth: s(64n * E), activeAccounts: 1, depositsTotal: 2},
                // ben's deposit (nb1 x its rate); ann's queued 6e18 priced at the day's close
                {...tvl(2), apr7dSma: null, depositCount: 1, depositEth: s(amountB1), netFlowEth: s(amountB1), withdrawalRequestCount: 1, withdrawalRequestEth: s(stethEth(6n * E, 2)), activeAccounts: 2, holders: 2, depositsTotal: 3, withdrawalRequestsTotal: 1},
                {apr7dSma: null},
                // the slash: a Slashing per strategy (stETH: its estimate; beacon-chain ETH: 16 ETH); the burn shrinks the strategy
                {...tvl(4), apr7dSma: null, lossCount: 2, lossEth: s(slashEth + 16n * E), lossesTotal: 2},
                {...tvl(5), apr7dSma: null, depositCount: 1, depositEth: s(amountB2), netFlowEth: s(amountB2), activeAccounts: 1, depositsTotal: 4},
                {...tvl(5), apr7dSma: null},
                {apr7dSma: null},
                {...tvl(8), apr7dSma: null},
            ])
        )
    })

    it('StrategyDay of the stETH strategy and beacon-chain ETH; the other strategies stay empty', async () => {
        let {strategyDays} = await stack.gql(`{ strategyDays(orderBy: [day_ASC, id_ASC], limit: 1000) { strategy { id } day totalShares underlying ethValue depositCount depositShares withdrawalCount withdrawalShares closeBlock } }`)
        let close = closeOf()
        let row = (strategy: string, i: number, totalShares: bigint, value: bigint, flows: Record<string, unknown> = {}) => ({
            strategy: {id: strategy},
            day: DAYS[i],
            totalShares: s(totalShares),
            underlying: s(value),
            ethValue: s(value),
            depositCount: 0,
            depositShares: '0',
            withdrawalCount: 0,
            withdrawalShares: '0',
            closeBlock: close[i],
            ...flows,
        })
        let stethAt = (i: number, day: At, flows?: Record<string, unknown>) => row(STETH_STRATEGY, i, steth[day].ts, stethEth(steth[day].ts, day), flows)
        expect(strategyDays.filter((r: any) => r.strategy.id == STETH_STRATEGY)).toEqual([
            stethAt(0, 0, {depositCount: 1, depositShares: s(30n * E)}),
            stethAt(1, 1),
            // ben's nb1 shares; ann's withdrawal queued with 6e18 scaled shares (they stay in totalShares until completed)
            stethAt(2, 2, {depositCount: 1, depositShares: s(nb1), withdrawalCount: 1, withdrawalShares: s(6n * E)}),
            stethAt(3, 2),
            stethAt(4, 4),
            stethAt(5, 5, {depositCount: 1, depositShares: s(nb2)}),
            stethAt(6, 5),
            stethAt(7, 5),
            stethAt(8, 8),
        ])
        expect(strategyDays.filter((r: any) => r.strategy.id == BEACON)).toEqual([
            row(BEACON, 0, 0n, 0n),
            row(BEACON, 1, 64n * E, 64n * E, {depositCount: 1, depositShares: s(64n * E)}),
            ...[2, 3, 4, 5, 6, 7, 8].map((i) => row(BEACON, i, 64n * E, 64n * E)),
        ])
        // every address-book strategy has a row every day from the first EigenLayer event, all empty
        let others = strategyDays.filter((r: any) => r.strategy.id != STETH_STRATEGY && r.strategy.id != BEACON)
        expect(others).toHaveLength(12 * 9)
        for (let r of others) expect(r).toMatchObject({totalShares: '0', depositCount: 0, depositShares: '0', withdrawalCount: 0, withdrawalShares: '0'})
    })

    it('OperatorDay: delegated shares and ETH per strategy, delegators, slashings', async () => {
        let {operatorDays} = await stack.gql(`{ operatorDays(orderBy: day_ASC) { operator { id } day delegatedEth strategies delegatorCount slashingCount closeBlock } }`)
        let close = closeOf()
        let row = (i: number, stethShares: bigint, day: At, beacon: bigint | null, delegators: number, slashings = 0) => {
            let strategies = [{strategy: STETH_STRATEGY, shares: s(stethShares), ethValue: s(stethEth(stethShares, day))}]
            if (beacon != null) strategies.push({strategy: BEACON, shares: s(beacon), ethValue: s(beacon)})
            return {operator: {id: OP}, day: DAYS[i], delegatedEth: s(stethEth(stethShares, day) + (beacon ?? 0n)), strategies, delegatorCount: delegators, slashingCount: slashings, closeBlock: close[i]}
        }
        expect(operatorDays).toEqual([
            // itself and ann; ann's 30e18
            row(0, 30n * E, 0, null, 2),
            row(1, 30n * E, 1, 64n * E, 2),
            // ben delegates: 30 - 6 + nb1
            row(2, O, 2, 64n * E, 3),
            row(3, O, 2, 64n * E, 3),
            // the slash: ceil(0.9 O) and 48e18 left, two Slashing records
            row(4, O4, 4, 48n * E, 3, 2),
            row(5, O5, 5, 48n * E, 3),
            row(6, O5, 5, 48n * E, 3),
            row(7, O5, 5, 48n * E, 3),
            row(8, O5, 8, 48n * E, 3),
        ])
    })

    it('WithdrawalQueueDay: pending, unclaimed, counts, every wait, median and p90', async () => {
        let {withdrawalQueueDays} = await stack.gql(`{ withdrawalQueueDays(orderBy: day_ASC) { day pendingRequests pendingSteth unclaimedEth requestedCount finalizedCount claimedCount finalizationWaits waitMedianSeconds waitP90Seconds closeBlock } }`)
        let close = closeOf()
        let row = (i: number, pending: number, pendingSteth: bigint, unclaimed: bigint, flows: Record<string, unknown> = {}) => ({
            day: DAYS[i],
            pendingRequests: pending,
            pendingSteth: s(pendingSteth),
            unclaimedEth: s(unclaimed),
            requestedCount: 0,
            finalizedCount: 0,
            claimedCount: 0,
            finalizationWaits: [],
            waitMedianSeconds: null,
            waitP90Seconds: null,
            closeBlock: close[i],
            ...flows,
        })
        // waits: request 3 (day 4 10:00 -> day 5 12:00) 26 h, request 2 (day 2 15:00) 69 h, request 1 (day 2 13:00) 71 h;
        // nearest rank: median = rank ceil(1.5) = 2, p90 = rank ceil(2.7) = 3
        let waits = [26 * HOUR, 69 * HOUR, 71 * HOUR]
        expect(withdrawalQueueDays).toEqual([
            row(0, 0, 0n, 0n),
            row(1, 0, 0n, 0n),
            row(2, 2, 15n * E, 0n, {requestedCount: 2}),
            row(3, 2, 15n * E, 0n),
            row(4, 3, 19n * E, 0n, {requestedCount: 1}),
            row(5, 0, 0n, locked5, {finalizedCount: 3, finalizationWaits: waits, waitMedianSeconds: waits[1], waitP90Seconds: waits[2]}),
            row(6, 1, 8n * E, locked5 - c1, {requestedCount: 1, claimedCount: 1}),
            row(7, 1, 8n * E, locked5 - c1),
            row(8, 1, 8n * E, locked5 - c1),
        ])
    })

    // ---- aggregates -------------------------------------------------------------------------------------
    it('protocolTotals: the open day (day 8) of each protocol, the restaked stETH counted once', async () => {
        let {protocolTotals} = await stack.gql(`{ protocolTotals { atBlock sumTvlEth overlapEth uniqueTvlEth protocols { protocol day tvlEth restakedLstEth supply rate aprDay apr7dSma holders depositsTotal withdrawalRequestsTotal withdrawalsCompletedTotal lossesTotal } } }`)
        let restaked = stethEth(ts5, 8)
        let sum = elTvl(8) + L8.P + R8.totalEth
        let {protocols, ...rest} = protocolTotals
        expect(rest).toEqual({atBlock: h(26), sumTvlEth: s(sum), overlapEth: s(restaked), uniqueTvlEth: s(sum - restaked)})
        let figures = [
            {protocol: 'EIGENLAYER', tvlEth: s(elTvl(8)), restakedLstEth: s(restaked), supply: null, rate: null, aprDay: null, apr7dSma: null, holders: 2, depositsTotal: 4, withdrawalRequestsTotal: 1, withdrawalsCompletedTotal: 0, lossesTotal: 2},
            {protocol: 'LIDO', tvlEth: s(L8.P), restakedLstEth: '0', supply: s(L8.S), rate: s(r8), aprDay: lidoApr[8], apr7dSma: mean([lidoApr[2], lidoApr[5], lidoApr[8]]), holders: 9, depositsTotal: 3, withdrawalRequestsTotal: 4, withdrawalsCompletedTotal: 1, lossesTotal: 1},
            {protocol: 'ROCKET_POOL', tvlEth: s(R8.totalEth), restakedLstEth: '0', supply: s(supply5 - 5n * E), rate: s(e8), aprDay: rpApr[8], apr7dSma: mean([rpApr[5], rpApr[8]]), holders: 2, depositsTotal: 2, withdrawalRequestsTotal: 1, withdrawalsCompletedTotal: 1, lossesTotal: 0},
        ].map((f) => ({day: DAYS[8], ...f}))
        await expectRows(protocols, figures)
    })

    it('topOperators, topAvss, topAccounts', async () => {
        let {topOperators, topAvss, topAccounts} = await stack.gql(`{
            topOperators(limit: 5) { operator metadataURI delegatedEth delegatorCount avss }
            topAvss(limit: 5) { avs ethSlashable operatorSets operators }
            topAccounts(limit: 5) { account totalEth lidoEth rocketPoolEth eigenlayerEth } }`)
        expect(topOperators).toEqual([{operator: OP, metadataURI: 'https://example.org/story-operator.json', delegatedEth: s(stethEth(O5, 8) + 48n * E), delegatorCount: 3, avss: [avsX, avsY]}])
        let opSets = [...setsOf(STETH_STRATEGY, O5), ...setsOf(BEACON, 48n * E)]
        expect(topAvss).toEqual([
            {avs: avsX, ethSlashable: s(atRisk(opSets, avsX)), operatorSets: 1, operators: 1},
            {avs: avsY, ethSlashable: s(atRisk(opSets, avsY)), operatorSets: 1, operators: 1},
        ])
        // every account's stETH (+ wstETH), rETH and EigenLayer ETH, in-flight withdrawals left out; the protocols' own
        // contracts (the strategy, wstETH, the queue, the curated module, EigenLayer's burn address) hold their users'
        // tokens and are left out; 0xdead (Lido's initial holder) and the treasury are holders like any other
        let lidoOnly = (account: string, shares: bigint) => ({account, totalEth: s(ethOf(shares, L8)), lidoEth: s(ethOf(shares, L8)), rocketPoolEth: '0', eigenlayerEth: '0'})
        let annLido = ethOf(50n * E - q1 - q3, L8) + ethOf(20n * E, L8)
        let benLido = ethOf(50n * E - mb1 - q2 - mb2 - q4, L8)
        let ranked = [
            {account: ann, totalEth: s(annLido + rethEth(annReth) + stethEth(annSteth, 8) + 48n * E), lidoEth: s(annLido), rocketPoolEth: s(rethEth(annReth)), eigenlayerEth: s(stethEth(annSteth, 8) + 48n * E)},
            {account: ben, totalEth: s(benLido + rethEth(benReth - 5n * E) + stethEth(benSteth, 8)), lidoEth: s(benLido), rocketPoolEth: s(rethEth(benReth - 5n * E)), eigenlayerEth: s(stethEth(benSteth, 8))},
            lidoOnly(DEAD, E),
            lidoOnly(treasury, minted1 - module1 + minted2 - module2 + minted5 - module5),
        ].sort((x, y) => (BigInt(y.totalEth) > BigInt(x.totalEth) ? 1 : -1))
        expect(topAccounts).toEqual(ranked.slice(0, 5))
    })

    it('losses: the slashing timeline of every protocol with its ETH, and the window bounds', async () => {
        let q = (from: string, to: string) => `{ losses(from: "${from}", to: "${to}", limit: 20) { count totalEth byProtocol { protocol count lossEth } items { protocol kind amount amountEth operator account timestamp blockNumber } } }`
        let el = [
            {protocol: 'EIGENLAYER', kind: 'EIGENLAYER_OPERATOR_SLASHED', amount: s(opSlashed), amountEth: s(slashEth), operator: OP, account: null, timestamp: iso(4 * DAY + 11 * HOUR), blockNumber: h(17)},
            {protocol: 'EIGENLAYER', kind: 'EIGENLAYER_OPERATOR_SLASHED', amount: s(16n * E), amountEth: s(16n * E), operator: OP, account: null, timestamp: iso(4 * DAY + 11 * HOUR), blockNumber: h(17)},
        ]
        let lido = {protocol: 'LIDO', kind: 'LIDO_NEGATIVE_REBASE', amount: null, amountEth: s(4n * E / 100n), operator: null, account: null, timestamp: iso(8 * DAY + 12 * HOUR), blockNumber: h(25)}
        expect((await stack.gql(q(iso(0), iso(9 * DAY)))).losses).toEqual({
            count: 3,
            totalEth: s(slashEth + 16n * E + 4n * E / 100n),
            byProtocol: [
                {protocol: 'EIGENLAYER', count: 2, lossEth: s(slashEth + 16n * E)},
                {protocol: 'LIDO', count: 1, lossEth: s(4n * E / 100n)},
            ],
            items: [...el, lido],
        })
        // from inclusive, to exclusive
        expect((await stack.gql(q(iso(4 * DAY + 11 * HOUR), iso(8 * DAY + 12 * HOUR)))).losses).toMatchObject({count: 2, items: el})
    })

    it('counts: the running totals of every protocol and the small tables', async () => {
        let {counts} = await stack.gql(`{ counts { atBlock deposits withdrawalRequests withdrawalsCompleted slashings operators strategies eigenPods operatorSets skippedLogs } }`)
        expect(counts).toEqual({
            atBlock: h(26),
            // Lido 3 + Rocket Pool 2 + EigenLayer 4; requests 4 + 1 + 1; completed: a claim, a burn
            deposits: 9,
            withdrawalRequests: 6,
            withdrawalsCompleted: 2,
            slashings: 3,
            operators: 1,
            // the 13 address-book strategies and beacon-chain ETH
            strategies: 14,
            eigenPods: 1,
            operatorSets: 2,
            skippedLogs: 0,
        })
    })
})
