import {Store} from '@subsquid/typeorm-store'
import {In} from 'typeorm'
import {dayStart, dayString} from '../core/days'
import {EntityCache} from '../core/entity-cache'
import {annualisedApr} from '../core/time'
import {Block} from '../core/types'
import {
    Account,
    AnalyticsCursor,
    Deposit,
    ExchangeRate,
    Operator,
    OperatorStrategyShares,
    OperatorDay,
    Protocol,
    ProtocolDay,
    Slashing,
    StakerStrategyShares,
    StrategyDay,
    Withdrawal,
    WithdrawalQueueDay,
    WithdrawalStrategyShares,
} from '../model'
import {AddressBook} from '../networks'
import {ProtocolFacts, splitPairId} from './facts'
import {isRestakedLst, lidoRatePerUnit, PriceBook, sharesToEth, sharesToUnderlying, underlyingToEth} from './pricing'
import {dayRowId, nextOperatorDay, nextProtocolDay, nextQueueDay, nextStrategyDay, PROTOCOL_SCOPES, QUEUE_SCOPE} from './rows'
import {insertSorted, meanOfDefined, nearestRank} from './stats'

const CURSOR_ID = 'daily'
const SMA_DAYS = 7

/** Account figures the series compare before and after a group of blocks */
interface AccountSnapshot {
    steth: bigint
    wst: bigint
    reth: bigint
}

const NO_POSITION: AccountSnapshot = {steth: 0n, wst: 0n, reth: 0n}

/** The day rows currently open (the last day seen), with what the next day starts from. */
interface OpenRows {
    day: number
    protocols: Map<Protocol, ProtocolDay>
    queue: WithdrawalQueueDay
    strategies: Map<string, StrategyDay>
    operators: Map<string, OperatorDay>
    /** aprDay of recent days per protocol, for the 7-day average */
    aprs: Map<Protocol, Map<number, number | null>>
    /**
     * the open day's EigenLayer withdrawals requested and completed, per strategy: priced at the day's close (so
     * a day's figure does not depend on where batches started and ended), recomputed after every group
     */
    elRequested: StrategyShares[]
    elCompleted: StrategyShares[]
}

interface StrategyShares {
    strategy: string
    shares: bigint
}

/**
 * The daily series (ProtocolDay, StrategyDay, OperatorDay, WithdrawalQueueDay). main.ts runs the protocol
 * modules once per UTC day of a batch and calls `afterDay` after each: the state at that moment is the state at
 * the day's close so far, and the cache's group journal holds what that day's blocks inserted and changed.
 *
 * The open rows and the facts live in memory across batches; they are rebuilt from the database at start, after
 * a reorg (a batch that starts at or below the last height seen: the store has rolled the hot blocks back,
 * the rows with them) and after a failed batch.
 */
export class DailySeries {
    private facts?: ProtocolFacts
    private open?: OpenRows
    private height = -1
    /** the last block with an indexed log folded into the series (what the cursor row records) */
    private lastLogBlock = -1

    constructor(private book: AddressBook) {}

    /** Registers the snapshots the series compare (call once per batch, before the modules run). */
    beginBatch(cache: EntityCache, firstBlock: number): void {
        if (firstBlock <= this.height) this.invalidate()
        cache.watch(Account, (a): AccountSnapshot => (a ? {steth: a.stethShares, wst: a.wstethBalance, reth: a.rethBalance} : NO_POSITION))
        cache.watch(StakerStrategyShares, (s) => s?.shares ?? 0n)
    }

    /** Forget the in-memory state (the database is the truth again). */
    invalidate(): void {
        this.facts = undefined
        this.open = undefined
        this.height = -1
        this.lastLogBlock = -1
    }

    async afterDay(store: Store, cache: EntityCache, day: number, blocks: {header: Block; logs: unknown[]}[]): Promise<void> {
        if (this.facts == null) await this.restore(store)
        let facts = this.facts!
        facts.refresh(cache)
        // the series start on the first day with an indexed log (not at the chain's genesis block)
        if (this.open == null && blocks.every((b) => b.logs.length == 0)) return
        let from = blocks[0].header.height
        let to = blocks[blocks.length - 1].header.height
        this.advanceTo(cache, day)
        let open = this.open!
        let prices = facts.priceBook()

        await this.accountFigures(cache, open, day)
        await this.withdrawalFigures(store, cache, open, from, to)
        this.depositFigures(cache, open)
        this.lossFigures(cache, open)
        this.rateFigures(cache, open, day)
        // the last block of the day with an indexed log (blocks without one reach the processor or not,
        // depending on where batches end: they must not change the figures)
        let withLogs = blocks.filter((b) => b.logs.length > 0)
        let closeBlock = withLogs.length ? withLogs[withLogs.length - 1].header.height : null
        this.operatorActivity(cache, open)
        this.closeState(open, prices, closeBlock)

        for (let row of open.protocols.values()) cache.save(row)
        cache.save(open.queue)
        for (let row of open.strategies.values()) cache.save(row)
        for (let row of open.operators.values()) cache.save(row)
        if (closeBlock != null) this.lastLogBlock = closeBlock
        // the cursor records the last block with a log, not the batch's last block: where batches end depends on
        // timing, and two syncs of one chain must write the same rows
        cache.save(new AnalyticsCursor({id: CURSOR_ID, openDay: day, height: this.lastLogBlock}))
        this.height = to
    }

    // ---- the day rows ------------------------------------------------------------------------------------

    /** Opens `day`, with a carried-over row for every day between the open day and it. */
    private advanceTo(cache: EntityCache, day: number): void {
        let open = this.open
        if (open == null) {
            this.open = open = {day, protocols: new Map(), queue: nextQueueDay(day, undefined), strategies: new Map(), operators: new Map(), aprs: new Map(), elRequested: [], elCompleted: []}
            for (let [protocol, scope] of PROTOCOL_SCOPES) open.protocols.set(protocol, nextProtocolDay(protocol, scope, day, undefined))
            return
        }
        if (day < open.day) throw new Error(`daily series: block of ${dayString(day)} after ${dayString(open.day)}`)
        for (let d = open.day + 1; d <= day; d++) {
            for (let [protocol, scope] of PROTOCOL_SCOPES) {
                let row = nextProtocolDay(protocol, scope, d, open.protocols.get(protocol))
                this.recordApr(open, protocol, d, null)
                row.apr7dSma = this.sma(open, protocol, d)
                open.protocols.set(protocol, row)
                if (d < day) cache.save(row)
            }
            open.queue = nextQueueDay(d, open.queue)
            for (let [id, prev] of open.strategies) open.strategies.set(id, nextStrategyDay(id, d, prev))
            // an operator's series goes on while it had delegated shares at the previous close
            for (let [id, prev] of [...open.operators]) {
                if ((prev.strategies as unknown[]).length == 0) open.operators.delete(id)
                else open.operators.set(id, nextOperatorDay(id, d, prev))
            }
            if (d < day) {
                cache.save(open.queue)
                for (let row of open.strategies.values()) cache.save(row)
                for (let row of open.operators.values()) cache.save(row)
            }
        }
        if (open.day != day) {
            open.elRequested = []
            open.elCompleted = []
        }
        open.day = day
    }

    // ---- what the day's blocks did -----------------------------------------------------------------------

    /** Active accounts and holders: Lido and Rocket Pool from Account figures, EigenLayer from deposit shares. */
    private async accountFigures(cache: EntityCache, open: OpenRows, day: number): Promise<void> {
        let lido = open.protocols.get(Protocol.LIDO)!
        let rp = open.protocols.get(Protocol.ROCKET_POOL)!
        let el = open.protocols.get(Protocol.EIGENLAYER)!
        for (let a of cache.groupChanged(Account)) {
            let before: AccountSnapshot = cache.groupBefore(Account, a.id) ?? NO_POSITION
            let lidoBefore = before.steth != 0n || before.wst != 0n
            let lidoNow = a.stethShares != 0n || a.wstethBalance != 0n
            lido.holders += Number(lidoNow) - Number(lidoBefore)
            rp.holders += Number(a.rethBalance != 0n) - Number(before.reth != 0n)
            if (before.steth != a.stethShares || before.wst != a.wstethBalance) markActive(cache, a, 'lidoActiveDay', day, lido)
            if (before.reth != a.rethBalance) markActive(cache, a, 'rocketPoolActiveDay', day, rp)
        }

        let rows = cache.groupChanged(StakerStrategyShares)
        let stakers = new Set(rows.map((r) => splitPairId(r.id)[0]))
        for (let d of cache.groupInserts(Deposit)) if (d.protocol == Protocol.EIGENLAYER) stakers.add(d.account.id)
        if (stakers.size == 0) return
        cache.defer(Account, stakers)
        await cache.load()
        let active = new Set<string>()
        for (let row of rows) {
            let staker = splitPairId(row.id)[0]
            let before: bigint = cache.groupBefore(StakerStrategyShares, row.id) ?? 0n
            if (before != row.shares) active.add(staker)
            let change = Number(row.shares > 0n) - Number(before > 0n)
            if (change == 0) continue
            let account = cache.get(Account, staker)!
            let held = account.restakedStrategyCount
            account.restakedStrategyCount = held + change
            el.holders += Number(held + change > 0) - Number(held > 0)
            cache.save(account)
        }
        for (let d of cache.groupInserts(Deposit)) if (d.protocol == Protocol.EIGENLAYER) active.add(d.account.id)
        for (let staker of active) markActive(cache, cache.get(Account, staker)!, 'eigenlayerActiveDay', day, el)
    }

    private depositFigures(cache: EntityCache, open: OpenRows): void {
        for (let d of cache.groupInserts(Deposit)) {
            let row = open.protocols.get(d.protocol)!
            row.depositCount += 1
            row.depositsTotal += 1
            let eth = d.amountEth ?? (d.asset == 'ETH' ? d.amount ?? null : null)
            if (eth != null) row.depositEth += eth
            if (d.strategy != null) {
                let s = this.strategyRow(open, d.strategy.id)
                s.depositCount += 1
                s.depositShares += d.shares
            }
        }
    }

    /**
     * Requests, completions and the Lido queue, from the withdrawals this day's blocks touched (their stage
     * blocks tell which stages happened in the day). EigenLayer withdrawals are priced from their per-strategy
     * shares at the day's close rates.
     */
    private async withdrawalFigures(store: Store, cache: EntityCache, open: OpenRows, from: number, to: number): Promise<void> {
        let within = (block: number | null | undefined) => block != null && block >= from && block <= to
        // state records (Lido requests, EigenLayer withdrawals) are saved, Rocket Pool burns inserted once, complete
        let touched = [...cache.groupChanged(Withdrawal), ...cache.groupInserts(Withdrawal)]
        let elCompleted: Withdrawal[] = []
        for (let w of touched) {
            let row = open.protocols.get(w.protocol)!
            let requested = within(w.requestedBlock)
            let completed = within(w.completedBlock)
            if (w.protocol == Protocol.EIGENLAYER) {
                // a migrated M2 record is not a new request; a completion seen without its queuing has no request
                requested &&= w.migratedFrom == null && w.requestTxHash != w.completedTxHash
                completed &&= w.migratedTo == null && w.receiveAsTokens !== false
                if (requested) {
                    row.withdrawalRequestCount += 1
                    row.withdrawalRequestsTotal += 1
                }
                if (completed) {
                    row.withdrawalCompletedCount += 1
                    row.withdrawalsCompletedTotal += 1
                    elCompleted.push(w)
                }
                continue
            }
            if (requested) {
                row.withdrawalRequestCount += 1
                row.withdrawalRequestsTotal += 1
                row.withdrawalRequestEth += (w.protocol == Protocol.LIDO ? w.amount : w.amountEth) ?? 0n
            }
            if (completed) {
                row.withdrawalCompletedCount += 1
                row.withdrawalsCompletedTotal += 1
                row.withdrawalCompletedEth += w.amountEth ?? 0n
            }
            if (w.protocol == Protocol.LIDO) {
                let q = open.queue
                if (requested) {
                    q.requestedCount += 1
                    q.pendingRequests += 1
                }
                if (within(w.finalizedBlock)) {
                    q.finalizedCount += 1
                    q.pendingRequests -= 1
                    let waits = [...q.finalizationWaits]
                    insertSorted(waits, w.finalizationDelay ?? 0)
                    q.finalizationWaits = waits
                }
                if (completed) q.claimedCount += 1
            }
        }

        // queued: the per-strategy rows inserted today; completed: their rows, from this batch or the database
        for (let part of cache.groupInserts(WithdrawalStrategyShares)) {
            let w = part.withdrawal
            if (w.migratedFrom != null || w.requestTxHash == w.completedTxHash) continue
            open.elRequested.push({strategy: part.strategy.id, shares: part.sharesToWithdraw ?? part.shares})
            let s = this.strategyRow(open, part.strategy.id)
            s.withdrawalCount += 1
            s.withdrawalShares += part.shares
        }
        if (elCompleted.length > 0) open.elCompleted.push(...(await withdrawalParts(store, cache, elCompleted.map((w) => w.id))))
    }

    private lossFigures(cache: EntityCache, open: OpenRows): void {
        for (let s of cache.groupInserts(Slashing)) {
            let row = open.protocols.get(s.protocol)!
            row.lossCount += 1
            row.lossesTotal += 1
            row.lossEth += s.amountEth ?? 0n
            if (s.operator != null) this.operatorRow(open, s.operator.id).slashingCount += 1
        }
    }

    /** The day's rate updates (stETH reports, rETH balances updates) -> aprDay and the 7-day average. */
    private rateFigures(cache: EntityCache, open: OpenRows, day: number): void {
        let assets: [Protocol, string][] = [
            [Protocol.LIDO, 'stETH'],
            [Protocol.ROCKET_POOL, 'rETH'],
        ]
        for (let [protocol, asset] of assets) {
            let row = open.protocols.get(protocol)!
            let updates = cache.groupInserts(ExchangeRate).filter((r) => r.protocol == protocol && r.asset == asset)
            if (updates.length > 0) {
                for (let u of updates) {
                    if (row.rateUpdates == 0) row.rateOpen = u.preEthPerUnit ?? null
                    row.rateUpdates += 1
                    row.rateSeconds += u.timeElapsed ?? 0
                }
                let last = updates[updates.length - 1].ethPerUnit
                row.aprDay = row.rateOpen == null ? null : annualisedApr(row.rateOpen, last, BigInt(row.rateSeconds)) ?? null
            }
            this.recordApr(open, protocol, day, row.aprDay ?? null)
            row.apr7dSma = this.sma(open, protocol, day)
        }
        this.recordApr(open, Protocol.EIGENLAYER, day, null)
    }

    /** State figures at the day's close so far: TVL, supply, rate, queue, strategies, operators. */
    /** An operator whose shares or delegators changed during the day has a row that day, even if back at zero at close. */
    private operatorActivity(cache: EntityCache, open: OpenRows): void {
        for (let row of cache.groupChanged(OperatorStrategyShares)) this.operatorRow(open, splitPairId(row.id)[0])
        for (let op of cache.groupChanged(Operator)) this.operatorRow(open, op.id)
    }

    private closeState(open: OpenRows, prices: PriceBook, block: number | null): void {
        let facts = this.facts!
        let lido = open.protocols.get(Protocol.LIDO)!
        if (facts.lido) {
            lido.tvlEth = facts.lido.totalPooledEther
            lido.supply = facts.lido.totalShares
            lido.rate = lidoRatePerUnit(facts.lido)
        }
        let rp = open.protocols.get(Protocol.ROCKET_POOL)!
        rp.tvlEth = facts.reth?.totalEth ?? 0n
        rp.supply = facts.rethSupply
        rp.rate = facts.rethRate

        let el = open.protocols.get(Protocol.EIGENLAYER)!
        let priced = (parts: StrategyShares[]) => parts.reduce((sum, p) => sum + (sharesToEth(p.strategy, p.shares, prices) ?? 0n), 0n)
        el.withdrawalRequestEth = priced(open.elRequested)
        el.withdrawalCompletedEth = priced(open.elCompleted)
        el.tvlEth = 0n
        el.restakedLstEth = 0n
        for (let s of facts.strategies.values()) {
            let row = this.strategyRow(open, s.id)
            let {tokens} = sharesToUnderlying(s, s.totalShares, prices)
            let eth = underlyingToEth(s, tokens, prices)
            row.totalShares = s.totalShares
            row.underlying = tokens
            row.ethValue = eth
            if (block != null) row.closeBlock = block
            if (eth != null) {
                el.tvlEth += eth
                if (isRestakedLst(s, prices)) el.restakedLstEth += eth
            }
        }

        for (let id of facts.operatorShares.keys()) this.operatorRow(open, id)
        for (let [id, row] of open.operators) {
            let strategies: {strategy: string; shares: string; ethValue: string | null}[] = []
            let total = 0n
            for (let [strategy, shares] of facts.operatorShares.get(id) ?? []) {
                let eth = sharesToEth(strategy, shares, prices)
                if (eth != null) total += eth
                strategies.push({strategy, shares: String(shares), ethValue: eth == null ? null : String(eth)})
            }
            row.strategies = strategies
            row.delegatedEth = total
            row.delegatorCount = facts.delegatorCounts.get(id) ?? 0
            if (block != null) row.closeBlock = block
        }

        let q = open.queue
        q.pendingSteth = facts.lidoQueue.pendingSteth
        q.unclaimedEth = facts.lidoQueue.unclaimedEth
        q.waitMedianSeconds = nearestRank(q.finalizationWaits, 50)
        q.waitP90Seconds = nearestRank(q.finalizationWaits, 90)
        if (block != null) q.closeBlock = block

        for (let row of open.protocols.values()) {
            row.netFlowEth = row.depositEth - row.withdrawalCompletedEth
            if (block != null) row.closeBlock = block
        }
    }

    private strategyRow(open: OpenRows, strategy: string): StrategyDay {
        let row = open.strategies.get(strategy)
        if (row == null) open.strategies.set(strategy, (row = nextStrategyDay(strategy, open.day, undefined)))
        return row
    }

    private operatorRow(open: OpenRows, operator: string): OperatorDay {
        let row = open.operators.get(operator)
        if (row == null) open.operators.set(operator, (row = nextOperatorDay(operator, open.day, undefined)))
        return row
    }

    private recordApr(open: OpenRows, protocol: Protocol, day: number, apr: number | null): void {
        let aprs = open.aprs.get(protocol)
        if (aprs == null) open.aprs.set(protocol, (aprs = new Map()))
        aprs.set(day, apr)
        for (let d of aprs.keys()) if (d <= day - SMA_DAYS) aprs.delete(d)
    }

    private sma(open: OpenRows, protocol: Protocol, day: number): number | null {
        let aprs = open.aprs.get(protocol)!
        let window: (number | null | undefined)[] = []
        for (let d = day - SMA_DAYS + 1; d <= day; d++) window.push(aprs.get(d))
        return meanOfDefined(window)
    }

    // ---- restart ---------------------------------------------------------------------------------------

    /** Rebuilds the facts and the open rows from the database (start, or after a reorg / a failed batch). */
    private async restore(store: Store): Promise<void> {
        this.facts = await ProtocolFacts.load(store, this.book)
        let cursor = await store.get(AnalyticsCursor, CURSOR_ID)
        if (cursor == null) return
        let day = cursor.openDay
        this.lastLogBlock = cursor.height
        let open: OpenRows = {
            day,
            protocols: new Map(),
            queue: (await store.get(WithdrawalQueueDay, dayRowId(QUEUE_SCOPE, day))) ?? nextQueueDay(day, undefined),
            strategies: new Map(),
            operators: new Map(),
            aprs: new Map(),
            ...(await openDayWithdrawals(store, day)),
        }
        let ids: string[] = []
        for (let d = day - SMA_DAYS + 1; d <= day; d++) for (let [, scope] of PROTOCOL_SCOPES) ids.push(dayRowId(scope, d))
        let recent = await store.findBy(ProtocolDay, {id: In(ids)})
        for (let row of recent.sort((a, b) => a.day.localeCompare(b.day))) {
            this.recordApr(open, row.protocol, dayOfRow(row.day), row.aprDay ?? null)
            if (row.day == dayString(day)) open.protocols.set(row.protocol, row)
        }
        for (let [protocol, scope] of PROTOCOL_SCOPES) {
            if (!open.protocols.has(protocol)) open.protocols.set(protocol, nextProtocolDay(protocol, scope, day, undefined))
        }
        for (let row of await store.findBy(StrategyDay, {day: dayString(day)})) {
            row.strategy = {id: row.id.slice(0, 42)} as any
            open.strategies.set(row.id.slice(0, 42), row)
        }
        for (let row of await store.findBy(OperatorDay, {day: dayString(day)})) {
            row.operator = {id: row.id.slice(0, 42)} as any
            open.operators.set(row.id.slice(0, 42), row)
        }
        this.open = open
    }
}

function dayOfRow(day: string): number {
    return Math.floor(Date.parse(`${day}T00:00:00Z`) / 86_400_000)
}

type ActiveDayField = 'lidoActiveDay' | 'rocketPoolActiveDay' | 'eigenlayerActiveDay'

/** Counts the account once per day among the protocol's active accounts. */
function markActive(cache: EntityCache, account: Account, field: ActiveDayField, day: number, row: ProtocolDay): void {
    if (account[field] === day) return
    account[field] = day
    row.activeAccounts += 1
    cache.save(account)
}

/** The per-strategy shares of withdrawals: this batch's new rows, then the database for the others. */
async function withdrawalParts(store: Store, cache: EntityCache, ids: string[]): Promise<{strategy: string; shares: bigint}[]> {
    let wanted = new Set(ids)
    let out: {strategy: string; shares: bigint}[] = []
    let found = new Set<string>()
    for (let part of cache.pendingInserts(WithdrawalStrategyShares)) {
        if (!wanted.has(part.withdrawal.id)) continue
        found.add(part.withdrawal.id)
        out.push({strategy: part.strategy.id, shares: part.sharesToWithdraw ?? part.shares})
    }
    let rest = ids.filter((id) => !found.has(id))
    if (rest.length == 0) return out
    let rows: {strategy_id: string; shares: string; shares_to_withdraw: string | null}[] = await (store as any)
        .em()
        .query('SELECT strategy_id, shares, shares_to_withdraw FROM withdrawal_strategy_shares WHERE withdrawal_id = ANY($1::text[])', [rest])
    for (let r of rows) out.push({strategy: r.strategy_id, shares: BigInt(r.shares_to_withdraw ?? r.shares)})
    return out
}

/** The EigenLayer withdrawals requested and completed on `day`, per strategy, as the series count them. */
async function openDayWithdrawals(store: Store, day: number): Promise<{elRequested: StrategyShares[]; elCompleted: StrategyShares[]}> {
    let [from, to] = [dayStart(day), dayStart(day + 1)]
    let parts = (where: string) =>
        (store as any)
            .em()
            .query(
                `SELECT p.strategy_id, COALESCE(p.shares_to_withdraw, p.shares) AS shares FROM withdrawal w JOIN withdrawal_strategy_shares p ON p.withdrawal_id = w.id
                 WHERE w.protocol = 'EIGENLAYER' AND ${where} ORDER BY p.id`,
                [from, to]
            )
            .then((rows: any[]) => rows.map((r) => ({strategy: r.strategy_id, shares: BigInt(r.shares)})))
    return {
        elRequested: await parts(
            `w.requested_at >= $1 AND w.requested_at < $2 AND w.migrated_from IS NULL AND w.request_tx_hash IS DISTINCT FROM w.completed_tx_hash`
        ),
        elCompleted: await parts(`w.completed_at >= $1 AND w.completed_at < $2 AND w.migrated_to IS NULL AND w.receive_as_tokens IS DISTINCT FROM false`),
    }
}
