import {Arg, Int, Query, Resolver} from 'type-graphql'
import type {EntityManager} from 'typeorm'
import {dayString} from '../../core/days'
import {position} from '../../analytics/positions'
import {PriceBook, sharesToEth, strategyTokenBalance, BALANCE_OFFSET, SHARES_OFFSET} from '../../analytics/pricing'
import {PROTOCOL_SCOPES} from '../../analytics/rows'
import {allContractAddresses, mainnet} from '../../networks'
import {headHeight, loadAllocations, loadMaxMagnitudes, loadOperatorShares, loadPositionInputs, loadPriceBook} from '../load'
import {setExposures} from '../../analytics/positions'
import {EntityCounts, Losses, ProtocolTotals, RankedAccount, RankedAvs, RankedOperator} from './types'

export const MAX_RANK = 100
export const MAX_LOSS_ITEMS = 1000

function limitOf(limit: number, max: number, name: string): number {
    if (!Number.isInteger(limit) || limit < 1 || limit > max) throw new Error(`${name}: limit must be from 1 to ${max} (got ${limit})`)
    return limit
}

/**
 * Aggregates OpenReader cannot answer: each from indexed tables in one or a few queries (the daily series carry
 * the running totals, so nothing here counts a large table).
 */
@Resolver()
export class TotalsResolver {
    constructor(private tx: () => Promise<EntityManager>) {}

    @Query(() => ProtocolTotals, {description: 'current totals per protocol (the open day of the daily series), with the ETH counted by two protocols'})
    async protocolTotals(): Promise<ProtocolTotals> {
        let em = await this.tx()
        let [atBlock, rows] = await Promise.all([headHeight(em), openDayRows(em)])
        let protocols = rows.map((r: any) => ({
            protocol: r.protocol,
            day: r.day,
            tvlEth: BigInt(r.tvl_eth),
            restakedLstEth: BigInt(r.restaked_lst_eth),
            supply: r.supply == null ? null : BigInt(r.supply),
            rate: r.rate == null ? null : BigInt(r.rate),
            aprDay: r.apr_day,
            apr7dSma: r.apr7d_sma,
            holders: r.holders,
            depositsTotal: r.deposits_total,
            withdrawalRequestsTotal: r.withdrawal_requests_total,
            withdrawalsCompletedTotal: r.withdrawals_completed_total,
            lossesTotal: r.losses_total,
        }))
        let sumTvlEth = protocols.reduce((s: bigint, p: any) => s + p.tvlEth, 0n)
        let overlapEth = protocols.reduce((s: bigint, p: any) => s + p.restakedLstEth, 0n)
        return {atBlock, protocols, sumTvlEth, overlapEth, uniqueTvlEth: sumTvlEth - overlapEth}
    }

    @Query(() => [RankedOperator], {description: `operators by delegated ETH (at most ${MAX_RANK}), with the AVSs they are registered with`})
    async topOperators(@Arg('limit', () => Int, {defaultValue: 10}) limit: number): Promise<RankedOperator[]> {
        limitOf(limit, MAX_RANK, 'topOperators')
        let em = await this.tx()
        let cursor = await em.query(`SELECT open_day FROM analytics_cursor WHERE id = 'daily'`)
        if (cursor.length == 0) return []
        let rows = await em.query(
            `SELECT d.operator_id, d.delegated_eth, d.delegator_count, o.metadata_uri FROM operator_day d JOIN operator o ON o.id = d.operator_id
             WHERE d.day = $1 ORDER BY d.delegated_eth DESC, d.operator_id LIMIT $2`,
            [dayString(cursor[0].open_day), limit]
        )
        let avss = await em.query(
            `SELECT DISTINCT m.operator_id, s.avs FROM operator_set_member m JOIN operator_set s ON s.id = m.operator_set_id
             WHERE m.active AND m.operator_id = ANY($1::text[]) ORDER BY s.avs`,
            [rows.map((r: any) => r.operator_id)]
        )
        return rows.map((r: any) => ({
            operator: r.operator_id,
            metadataURI: r.metadata_uri,
            delegatedEth: BigInt(r.delegated_eth),
            delegatorCount: r.delegator_count,
            avss: avss.filter((a: any) => a.operator_id == r.operator_id).map((a: any) => a.avs),
        }))
    }

    @Query(() => [RankedAvs], {description: `AVSs by the ETH their operator sets can slash now (at most ${MAX_RANK})`})
    async topAvss(@Arg('limit', () => Int, {defaultValue: 10}) limit: number): Promise<RankedAvs[]> {
        limitOf(limit, MAX_RANK, 'topAvss')
        let em = await this.tx()
        let [atBlock, book] = await Promise.all([headHeight(em), loadPriceBook(em)])
        let operators: string[] = (await em.query(`SELECT DISTINCT operator_id FROM operator_allocation WHERE magnitude > 0`)).map((r: any) => r.operator_id)
        if (operators.length == 0) return []
        let [allocations, shares, maxes] = await Promise.all([
            loadAllocations(em, {operators}, atBlock),
            loadOperatorShares(em, operators),
            loadMaxMagnitudes(em, operators),
        ])
        let byAvs = new Map<string, {eth: bigint; sets: Set<string>; operators: Set<string>}>()
        for (let sh of shares) {
            let mine = allocations.filter((a) => a.operator == sh.operator && a.strategy == sh.strategy)
            for (let e of setExposures(sh.strategy, sh.shares, maxes.get(`${sh.operator}-${sh.strategy}`) ?? null, mine, book)) {
                let a = byAvs.get(e.avs)
                if (a == null) byAvs.set(e.avs, (a = {eth: 0n, sets: new Set(), operators: new Set()}))
                a.eth += e.ethAtRisk ?? 0n
                a.sets.add(String(e.operatorSetId))
                if (e.registered) a.operators.add(sh.operator)
            }
        }
        return [...byAvs]
            .map(([avs, a]) => ({avs, ethSlashable: a.eth, operatorSets: a.sets.size, operators: a.operators.size}))
            .sort((x, y) => (y.ethSlashable > x.ethSlashable ? 1 : y.ethSlashable < x.ethSlashable ? -1 : x.avs.localeCompare(y.avs)))
            .slice(0, limit)
    }

    @Query(() => [RankedAccount], {description: `accounts by their ETH across the three protocols (accountPosition.totalEth without in-flight withdrawals; at most ${MAX_RANK}); the protocols' own contracts (wstETH, the withdrawal queue, strategies...) are left out: they hold their users' tokens`})
    async topAccounts(@Arg('limit', () => Int, {defaultValue: 10}) limit: number): Promise<RankedAccount[]> {
        limitOf(limit, MAX_RANK, 'topAccounts')
        let em = await this.tx()
        let book = await loadPriceBook(em)
        // rank by an upper bound computed in SQL (Lido and Rocket Pool exact; EigenLayer deposit shares, which are
        // never below withdrawable shares), then take exact positions of the best candidates; widen the candidate
        // set until the limit-th exact figure beats the bound of every account left out
        for (let candidates = Math.max(50, limit * 4); ; candidates *= 4) {
            let bounds: {id: string; ub: string}[] = await em.query(upperBoundSql(), [...upperBoundParams(book), candidates + 1, protocolContracts(book)])
            let ids = bounds.slice(0, candidates).map((b) => b.id)
            let inputs = await loadPositionInputs(em, ids)
            let ranked = ids
                .map((id) => {
                    let p = position({...inputs.get(id)!, lidoRequests: [], queued: []}, book)
                    return {account: id, lidoEth: p.lido.totalEth, rocketPoolEth: p.rocketPool.ethValue ?? 0n, eigenlayerEth: p.eigenlayer.totalEth, totalEth: p.totalEth}
                })
                .sort((a, b) => (b.totalEth > a.totalEth ? 1 : b.totalEth < a.totalEth ? -1 : a.account.localeCompare(b.account)))
                .slice(0, limit)
            let leftOut = bounds.length > candidates ? BigInt(bounds[candidates].ub) : -1n
            if (bounds.length <= candidates || ranked.length < limit || ranked[limit - 1].totalEth >= leftOut) return ranked.filter((r) => r.totalEth > 0n)
        }
    }

    @Query(() => Losses, {description: `the slashing and penalty timeline of all three protocols between two times (from inclusive, to exclusive), with the loss in ETH`})
    async losses(
        @Arg('from', () => Date) from: Date,
        @Arg('to', () => Date) to: Date,
        @Arg('limit', () => Int, {defaultValue: 100}) limit: number
    ): Promise<Losses> {
        limitOf(limit, MAX_LOSS_ITEMS, 'losses')
        let em = await this.tx()
        let [summary, items] = await Promise.all([
            em.query(
                `SELECT protocol, count(*)::int AS count, COALESCE(sum(amount_eth), 0) AS loss_eth FROM slashing
                 WHERE timestamp >= $1 AND timestamp < $2 GROUP BY protocol ORDER BY protocol`,
                [from, to]
            ),
            em.query(
                `SELECT id, protocol, kind, amount, amount_eth, operator_id, account_id, description, timestamp, block_number, tx_hash FROM slashing
                 WHERE timestamp >= $1 AND timestamp < $2 ORDER BY timestamp, id LIMIT $3`,
                [from, to, limit]
            ),
        ])
        let byProtocol = summary.map((s: any) => ({protocol: s.protocol, count: s.count, lossEth: BigInt(s.loss_eth)}))
        return {
            count: byProtocol.reduce((n: number, p: any) => n + p.count, 0),
            totalEth: byProtocol.reduce((n: bigint, p: any) => n + p.lossEth, 0n),
            byProtocol,
            items: items.map((r: any) => ({
                id: r.id,
                protocol: r.protocol,
                kind: r.kind,
                amount: r.amount == null ? null : BigInt(r.amount),
                amountEth: r.amount_eth == null ? null : BigInt(r.amount_eth),
                operator: r.operator_id,
                account: r.account_id,
                description: r.description,
                timestamp: new Date(r.timestamp),
                blockNumber: r.block_number,
                txHash: r.tx_hash,
            })),
        }
    }

    @Query(() => EntityCounts, {description: 'how much has been indexed: running totals of the daily series and the sizes of the small tables'})
    async counts(): Promise<EntityCounts> {
        let em = await this.tx()
        let [atBlock, rows, small] = await Promise.all([
            headHeight(em),
            openDayRows(em),
            em.query(`SELECT (SELECT count(*) FROM operator)::int AS operators, (SELECT count(*) FROM strategy)::int AS strategies,
                             (SELECT count(*) FROM eigen_pod)::int AS pods, (SELECT count(*) FROM operator_set)::int AS sets,
                             (SELECT count(*) FROM skipped_log)::int AS skipped`),
        ])
        let sum = (k: string) => rows.reduce((n: number, r: any) => n + r[k], 0)
        return {
            atBlock,
            deposits: sum('deposits_total'),
            withdrawalRequests: sum('withdrawal_requests_total'),
            withdrawalsCompleted: sum('withdrawals_completed_total'),
            slashings: sum('losses_total'),
            operators: small[0].operators,
            strategies: small[0].strategies,
            eigenPods: small[0].pods,
            operatorSets: small[0].sets,
            skippedLogs: small[0].skipped,
        }
    }
}

/** The open day's protocol rows (primary-key lookups). */
async function openDayRows(em: EntityManager): Promise<any[]> {
    let cursor = await em.query(`SELECT open_day FROM analytics_cursor WHERE id = 'daily'`)
    if (cursor.length == 0) return []
    let day = dayString(cursor[0].open_day)
    return em.query(`SELECT * FROM protocol_day WHERE id = ANY($1::text[]) ORDER BY protocol`, [PROTOCOL_SCOPES.map(([, scope]) => `${scope}-${day}`)])
}

/**
 * The protocols' own contracts hold tokens for their users (wstETH holds stETH, the withdrawal queue holds the
 * requests' stETH, EigenLayer strategies hold stETH and rETH): ranked beside those users they would count the
 * same ETH twice, so the ranking leaves them out.
 */
function protocolContracts(book: PriceBook): string[] {
    return [...allContractAddresses(mainnet), ...book.strategies.keys()]
}

function upperBoundSql(): string {
    return `WITH p AS (SELECT * FROM unnest($1::text[], $2::numeric[], $3::numeric[], $4::numeric[], $5::numeric[]) AS t(strategy, a, b, c, d)),
        el AS (SELECT s.staker_id, sum(div(div(greatest(s.shares, 0) * p.a, p.b) * p.c, p.d) + 2) AS eth
               FROM staker_strategy_shares s JOIN p ON p.strategy = s.strategy_id GROUP BY s.staker_id)
        SELECT a.id, div((a.steth_shares + a.wsteth_balance) * $6::numeric, $7::numeric) + div(a.reth_balance * $8::numeric, $9::numeric) + COALESCE(el.eth, 0) AS ub
        FROM account a LEFT JOIN el ON el.staker_id = a.id
        WHERE a.id <> ALL($11::text[])
        ORDER BY ub DESC, a.id LIMIT $10`
}

/** Per priced strategy, ETH = floor(floor(shares * a / b) * c / d), as sharesToEth computes it. */
function upperBoundParams(book: PriceBook): unknown[] {
    let ids: string[] = []
    let cols: string[][] = [[], [], [], []]
    let push = (id: string, a: bigint, b: bigint, c: bigint, d: bigint) => {
        ids.push(id)
        ;[a, b, c, d].forEach((v, i) => cols[i].push(String(v)))
    }
    push(book.beaconStrategy, 1n, 1n, 1n, 1n)
    for (let s of book.strategies.values()) {
        if (s.id == book.beaconStrategy) continue
        let balance = strategyTokenBalance(s, book)
        if (balance == null || sharesToEth(s.id, 1n, book) == null) continue
        let [c, d] = s.underlyingToken == book.rethToken ? [book.reth!.totalEth, book.reth!.rethSupply || 1n] : [1n, 1n]
        push(s.id, balance + BALANCE_OFFSET, s.totalShares + SHARES_OFFSET, c, d)
    }
    // the same edge cases as stethOfShares / ethOfReth: no shares yet = 1:1; no balances update yet = not priced
    let lido = book.lido && book.lido.totalShares > 0n ? book.lido : {totalPooledEther: 1n, totalShares: 1n}
    let reth = book.reth == null ? {totalEth: 0n, rethSupply: 1n} : book.reth.rethSupply > 0n ? book.reth : {totalEth: 1n, rethSupply: 1n}
    return [ids, ...cols, String(lido.totalPooledEther), String(lido.totalShares), String(reth.totalEth), String(reth.rethSupply)]
}
