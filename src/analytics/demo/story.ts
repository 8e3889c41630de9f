import {RawLog} from '../../core/encode'
import {ScenarioBlock} from '../../core/types'
import {AddressBook} from '../../networks'
import {LIDO_DEMO} from '../../protocols/lido/demo'
import {Restaking} from './eigenlayer'
import {FRESH_LIDO, LidoPool, LidoStart} from './lido'
import {FRESH_ROCKET_POOL, RocketPoolNetwork, RocketPoolStart} from './rocketpool'

const E = 10n ** 18n
const HOUR = 3600
const DAY = 86_400
const actor = (n: number) => '0x' + n.toString(16).padStart(40, '0')

/** The story's actors (made-up addresses, 0x…5c…). */
export const STORY = {
    ann: actor(0x5ca001),
    ben: actor(0x5cb002),
    operator: actor(0x5c0e01),
    /** ann's EigenPod */
    annPod: actor(0x5cbd01),
    avsX: actor(0x5ca5a1),
    avsY: actor(0x5ca5a2),
    /** X's operator set 1 slashes; Y's set 7 does not */
    setX: {avs: actor(0x5ca5a1), id: 1},
    setY: {avs: actor(0x5ca5a2), id: 7},
    pubkeys: ['0x' + '5c01'.repeat(24), '0x' + '5c02'.repeat(24)],
    /** Lido fee recipients the story's reports pay (the Lido demo's: the same chain) */
    treasury: LIDO_DEMO.treasury,
    accounting: LIDO_DEMO.accounting,
}

/** Where the protocols stand when the story starts. */
export interface StoryStart {
    lido: LidoStart
    rocketPool: RocketPoolStart
    /** StrategyBase.totalShares of the stETH strategy (its stETH balance: the Lido shares it holds, 0 before the story) */
    stethStrategyShares: bigint
    stethStrategyLidoShares: bigint
}

export const FRESH_START: StoryStart = {lido: FRESH_LIDO, rocketPool: FRESH_ROCKET_POOL, stethStrategyShares: 0n, stethStrategyLidoShares: 0n}

export interface StoryOptions {
    /** unix seconds of the story's day 0, 00:00 */
    t0: number
    start: StoryStart
    /** the height the story's first block gets, when its blocks are mined in order with nothing between (tests) */
    firstHeight?: number
}

/**
 * Nine days across the three protocols, two accounts and an operator (docs/analytics.md; the expected figures are
 * worked out in test/integration/analytics-scenario.test.ts): ann and ben stake with Lido (ann wraps some), take
 * rETH, restake stETH in EigenLayer's stETH strategy and ann her validators' ETH through a pod, delegated to one
 * operator allocated to two operator sets; X's set slashes it, with a pending deallocation and a queued withdrawal
 * of ann's in its window; Lido reports daily or every few days (one negative: bunker mode), finalizes three
 * withdrawal requests and pays one; Rocket Pool's balances move the rETH rate; days 3 and 7 have no block.
 * Every transaction logs what its contract calls log, in their order (the modules' log builders), with the
 * contracts' arithmetic (LidoPool, RocketPoolNetwork, Restaking).
 */
export function analyticsStory(book: AddressBook, opts: StoryOptions): ScenarioBlock[] {
    let s = STORY
    let blocks: ScenarioBlock[] = []
    let heights = {now: () => (opts.firstHeight == null ? null : opts.firstHeight + blocks.length)}
    let lido = new LidoPool(book, opts.start.lido, {treasury: s.treasury, accounting: s.accounting})
    let rp = new RocketPoolNetwork(book, opts.start.rocketPool)
    let el = new Restaking(book, lido, s.operator, heights, opts.start.stethStrategyShares)
    lido.held.set(el.steth, opts.start.stethStrategyLidoShares)
    /** the block at `seconds` after day 0 (its calls are made before it is added: `heights.now()` is its height) */
    let at = (seconds: number, ...txs: RawLog[][]) => blocks.push({secondsAfterStart: seconds, txs})
    let time = (seconds: number) => opts.t0 + seconds
    // balances updates land 20 minutes after their slot; rates relative to the rate the story starts at
    let rate0 = rp.rate
    let balances = (seconds: number, bp: bigint) => rp.update(time(seconds), time(seconds) - 1200, (rate0 * (10_000n + bp)) / 10_000n)

    // ---- day 0: stake everywhere --------------------------------------------------------------------------
    // a fresh chain's Lido starts with Lido.initialize's bootstrap (the contract's 1 ETH to 0xdead)
    if (lido.shares == 0n) at(8 * HOUR, lido.bootstrap(E))
    at(9 * HOUR, lido.submit(s.ann, 100n * E), lido.submit(s.ben, 50n * E))
    at(9 * HOUR + 600, rp.deposit(s.ann, 10n * E))
    at(
        9 * HOUR + 1200,
        el.register('https://example.org/story-operator.json'),
        el.createSet(s.setX),
        el.createSet(s.setY),
        el.joinSet(s.setX),
        el.joinSet(s.setY),
        el.allocate([
            {set: s.setX, strategy: el.steth, magnitude: E / 2n},
            {set: s.setX, strategy: el.beacon, magnitude: E / 2n},
            {set: s.setY, strategy: el.steth, magnitude: (3n * E) / 10n},
            {set: s.setY, strategy: el.beacon, magnitude: E / 5n},
        ])
    )
    at(9 * HOUR + 1800, el.delegate(s.ann), lido.wrap(s.ann, 20n * E))
    // the StakingRouter deposits 128 buffered ETH to 4 validators (no log the squid reads)
    lido.depositValidators(4n)
    at(9 * HOUR + 2400, el.depositSteth(s.ann, 30n * E))
    at(9 * HOUR + 3000, el.createPod(s.ann, s.annPod), el.stake(s.annPod, s.pubkeys[0]), el.stake(s.annPod, s.pubkeys[1]))
    at(12 * HOUR + 600, balances(12 * HOUR + 600, 0n))

    // ---- day 1: the first report; ann restakes her two validators -----------------------------------------
    let cl0 = lido.clBalance
    let validators = lido.clValidators + 4n
    let report = (seconds: number, elapsed: number, cl: bigint, elRewards: bigint, more: {finalizeUpTo?: bigint; bunker?: {enabled: true}} = {}) =>
        lido.report({time: time(seconds), timeElapsed: elapsed, clValidators: validators, clBalance: cl, elRewards, ...more})
    at(DAY + 12 * HOUR, report(DAY + 12 * HOUR, DAY, cl0 + 12804n * E / 100n, E / 100n))
    at(DAY + 12 * HOUR + 600, balances(DAY + 12 * HOUR + 600, 1n))
    at(DAY + 13 * HOUR, el.restake(s.ann, s.annPod, s.pubkeys))

    // ---- day 2: a report; ann asks Lido for 10 stETH and queues 6 strategy shares; ben joins ---------------
    at(2 * DAY + 12 * HOUR, report(2 * DAY + 12 * HOUR, DAY, cl0 + 128085n * E / 1000n, E / 200n))
    let [req1, req3] = [lido.lastRequestId + 1n, lido.lastRequestId + 3n]
    at(2 * DAY + 13 * HOUR, lido.requestWithdrawal(s.ann, 10n * E), el.queue(s.ann, el.steth, 6n * E))
    at(2 * DAY + 14 * HOUR, el.delegate(s.ben), rp.deposit(s.ben, 20n * E), el.depositSteth(s.ben, 20n * E))
    at(2 * DAY + 15 * HOUR, lido.requestWithdrawal(s.ben, 5n * E))

    // ---- day 3: nothing happens ---------------------------------------------------------------------------
    // ---- day 4: a pending deallocation, a request, X slashes the operator, the slashed stETH is burnt --------
    at(4 * DAY + 9 * HOUR, el.allocate([{set: s.setX, strategy: el.steth, magnitude: (2n * E) / 5n}]))
    at(4 * DAY + 10 * HOUR, lido.requestWithdrawal(s.ann, 4n * E))
    let slash = el.slash(s.setX, [[el.steth, E / 5n], [el.beacon, E / 2n]], 'story: equivocation')
    at(4 * DAY + 11 * HOUR, slash.logs)
    at(4 * DAY + 11 * HOUR + 1800, el.burnSteth(s.setX, slash.slashId, slash.burnt.get(el.steth)!))

    // ---- day 5: a report finalizes the three requests; ben restakes more after the slash --------------------
    at(5 * DAY + 12 * HOUR, report(5 * DAY + 12 * HOUR, 3 * DAY, cl0 + 128115n * E / 1000n, E / 200n, {finalizeUpTo: req3}))
    at(5 * DAY + 12 * HOUR + 600, balances(5 * DAY + 12 * HOUR + 600, 5n))
    at(5 * DAY + 14 * HOUR, el.depositSteth(s.ben, 10n * E))

    // ---- day 6: ann claims, ben burns rETH and asks Lido for 8 stETH ----------------------------------------
    at(6 * DAY + 9 * HOUR, lido.claim(req1, s.ann))
    at(6 * DAY + 10 * HOUR, rp.burn(s.ben, 5n * E))
    at(6 * DAY + 11 * HOUR, lido.requestWithdrawal(s.ben, 8n * E))

    // ---- day 7: nothing happens; day 8: a negative report (bunker mode), the last balances update -----------
    at(8 * DAY + 12 * HOUR, report(8 * DAY + 12 * HOUR, 3 * DAY, cl0 + 128065n * E / 1000n, E / 100n, {bunker: {enabled: true}}))
    at(8 * DAY + 12 * HOUR + 600, balances(8 * DAY + 12 * HOUR + 600, 8n))
    return blocks
}
