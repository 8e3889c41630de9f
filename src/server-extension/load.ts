import type {EntityManager} from 'typeorm'
import {PriceBook, StrategyFacts} from '../analytics/pricing'
import {AccountRow, AllocationRow, LidoRequestRow, PositionInputs, QueuedRow, slashingFactor, StakerSharesRow} from '../analytics/positions'
import {mainnet} from '../networks'

/**
 * Loaders of the custom resolvers: raw SQL over indexed columns, one query per entity type for any number of
 * ids (`= ANY($1)`), so a batch of accounts costs what one does. The address book is the same on mainnet and
 * the devnet (the devnet reuses the mainnet addresses).
 */
const BOOK = mainnet
const big = (v: string | null | undefined): bigint | null => (v == null ? null : BigInt(v))

/** The height the API's figures are at: the last processed block (hot blocks included), as squidStatus gives it. */
export async function headHeight(em: EntityManager): Promise<number> {
    let rows = await em.query(`
        SELECT COALESCE((SELECT max(height) FROM squid_processor.hot_block), (SELECT height FROM squid_processor.status WHERE id = 0)) AS height`)
    return rows[0]?.height == null ? -1 : Number(rows[0].height)
}

/** Our own rates now: Lido's share rate, the rETH rate, every strategy with its balance where we index its token. */
export async function loadPriceBook(em: EntityManager): Promise<PriceBook> {
    let [lido, rp, strategies] = await Promise.all([
        em.query(`SELECT total_pooled_ether, total_shares FROM lido_state WHERE id = 'lido'`),
        em.query(`SELECT total_eth, reported_reth_supply FROM rocket_pool_state WHERE id = 'rocketpool'`),
        em.query(`SELECT s.id, s.underlying_token, s.total_shares, s.exchange_rate, a.steth_shares, a.reth_balance
                  FROM strategy s LEFT JOIN account a ON a.id = s.id`),
    ])
    let facts = new Map<string, StrategyFacts>()
    for (let s of strategies) {
        facts.set(s.id, {
            id: s.id,
            underlyingToken: s.underlying_token,
            totalShares: BigInt(s.total_shares),
            lastRate: big(s.exchange_rate),
            lidoSharesHeld: BigInt(s.steth_shares ?? 0),
            rethHeld: BigInt(s.reth_balance ?? 0),
        })
    }
    return {
        lido: lido[0] ? {totalPooledEther: BigInt(lido[0].total_pooled_ether), totalShares: BigInt(lido[0].total_shares)} : null,
        reth: rp[0]?.total_eth != null && rp[0]?.reported_reth_supply != null ? {totalEth: BigInt(rp[0].total_eth), rethSupply: BigInt(rp[0].reported_reth_supply)} : null,
        stethToken: BOOK.lido.steth.address,
        rethToken: BOOK.rocketPool.reth.address,
        beaconStrategy: BOOK.eigenLayer.beaconChainEthStrategy,
        strategies: facts,
    }
}

/** Everything a position needs, for many accounts: one query per entity type. Unknown ids get empty positions. */
export async function loadPositionInputs(em: EntityManager, ids: string[]): Promise<Map<string, PositionInputs>> {
    let [accounts, staker, requests, queued, beacon] = await Promise.all([
        em.query(`SELECT id, steth_shares, wsteth_balance, reth_balance, delegated_to_id FROM account WHERE id = ANY($1::text[])`, [ids]),
        em.query(`SELECT staker_id, strategy_id, shares, deposit_scaling_factor FROM staker_strategy_shares WHERE staker_id = ANY($1::text[]) ORDER BY strategy_id`, [ids]),
        em.query(
            `SELECT account_id, request_id, status, amount, amount_eth FROM withdrawal
             WHERE account_id = ANY($1::text[]) AND protocol = 'LIDO' AND status IN ('REQUESTED', 'FINALIZED') ORDER BY request_id`,
            [ids]
        ),
        em.query(
            `SELECT w.account_id, w.id, w.withdrawal_root, w.requested_block, w.delegated_to, p.strategy_id, p.shares, p.shares_to_withdraw
             FROM withdrawal w JOIN withdrawal_strategy_shares p ON p.withdrawal_id = w.id
             WHERE w.account_id = ANY($1::text[]) AND w.protocol = 'EIGENLAYER' AND w.status = 'REQUESTED' AND w.migrated_to IS NULL
             ORDER BY w.requested_block, w.id, p.id`,
            [ids]
        ),
        // the staker's current beacon-chain slashing factor: the last factor a BeaconChainSlashingFactorDecreased set
        em.query(
            `SELECT DISTINCT ON (account_id) account_id, factor_after FROM slashing
             WHERE account_id = ANY($1::text[]) AND kind = 'EIGENLAYER_BEACON_CHAIN' AND factor_after IS NOT NULL
             ORDER BY account_id, block_number DESC, log_index DESC`,
            [ids]
        ),
    ])
    // the accounts' operators, and those their queued withdrawals were delegated to (still slashable by them)
    let operators = [...new Set<string>([...accounts.map((a: any) => a.delegated_to_id), ...queued.map((q: any) => q.delegated_to)].filter((o: string | null) => o != null))]
    let magnitudes = operators.length
        ? await em.query(`SELECT operator_id, strategy_id, max_magnitude FROM operator_magnitude WHERE operator_id = ANY($1::text[])`, [operators])
        : []

    let out = new Map<string, PositionInputs>()
    for (let id of ids) {
        out.set(id, {
            account: {id, stethShares: 0n, wstethBalance: 0n, rethBalance: 0n, delegatedTo: null},
            staker: [],
            maxMagnitudes: new Map(),
            beaconChainFactor: null,
            lidoRequests: [],
            queued: [],
        })
    }
    let maxOf = new Map<string, bigint>()
    for (let m of magnitudes) if (m.max_magnitude != null) maxOf.set(`${m.operator_id}-${m.strategy_id}`, BigInt(m.max_magnitude))
    for (let a of accounts) {
        let row: AccountRow = {id: a.id, stethShares: BigInt(a.steth_shares), wstethBalance: BigInt(a.wsteth_balance), rethBalance: BigInt(a.reth_balance), delegatedTo: a.delegated_to_id}
        out.get(a.id)!.account = row
        for (let m of magnitudes) if (m.operator_id == row.delegatedTo && m.max_magnitude != null) out.get(a.id)!.maxMagnitudes.set(m.strategy_id, BigInt(m.max_magnitude))
    }
    for (let s of staker) {
        let row: StakerSharesRow = {strategy: s.strategy_id, shares: BigInt(s.shares), depositScalingFactor: big(s.deposit_scaling_factor)}
        out.get(s.staker_id)!.staker.push(row)
    }
    for (let r of requests) {
        let row: LidoRequestRow = {requestId: BigInt(r.request_id), status: r.status, amount: BigInt(r.amount ?? 0), amountEth: big(r.amount_eth)}
        out.get(r.account_id)!.lidoRequests.push(row)
    }
    for (let b of beacon) out.get(b.account_id)!.beaconChainFactor = BigInt(b.factor_after)
    let byId = new Map<string, QueuedRow>()
    for (let q of queued) {
        let input = out.get(q.account_id)!
        let row = byId.get(q.id)
        if (row == null) {
            byId.set(q.id, (row = {id: q.id, withdrawalRoot: q.withdrawal_root, requestedBlock: q.requested_block, parts: []}))
            input.queued.push(row)
        }
        // a slashing-era part withdraws its scaled shares x the slashing factor of the operator it was delegated to (queuedShares)
        let max = q.delegated_to == null ? null : maxOf.get(`${q.delegated_to}-${q.strategy_id}`) ?? null
        let factor = q.shares_to_withdraw == null ? null : slashingFactor(max, input.beaconChainFactor, q.strategy_id == BOOK.eigenLayer.beaconChainEthStrategy)
        row.parts.push({strategy: q.strategy_id, shares: BigInt(q.shares), sharesToWithdraw: big(q.shares_to_withdraw), slashingFactor: factor})
    }
    return out
}

/** Allocations of the given operators (or of every operator in the AVS's sets), with registration and the head applied. */
export async function loadAllocations(em: EntityManager, where: {operators?: string[]; avs?: string}, head: number): Promise<AllocationRow[]> {
    let rows = await em.query(
        `SELECT al.operator_id, s.avs, s.operator_set_id, al.strategy_id, al.magnitude, al.pending_magnitude, al.pending_effect_block, COALESCE(m.active, false) AS registered
         FROM operator_allocation al
         JOIN operator_set s ON s.id = al.operator_set_id
         LEFT JOIN operator_set_member m ON m.id = s.id || '-' || al.operator_id
         WHERE ${where.avs != null ? 's.avs = $1' : 'al.operator_id = ANY($1::text[])'}
         ORDER BY s.avs, s.operator_set_id, al.strategy_id, al.operator_id`,
        [where.avs ?? where.operators]
    )
    return rows.map((r: any): AllocationRow => {
        // a pending change is in force from its effect block on, whether or not a later event said so
        let pending = r.pending_magnitude == null ? null : BigInt(r.pending_magnitude)
        let applied = pending != null && r.pending_effect_block <= head
        return {
            operator: r.operator_id,
            avs: r.avs,
            operatorSetId: BigInt(r.operator_set_id),
            strategy: r.strategy_id,
            magnitude: applied ? pending! : BigInt(r.magnitude),
            pendingMagnitude: applied ? null : pending,
            pendingEffectBlock: applied || pending == null ? null : r.pending_effect_block,
            registered: r.registered,
        }
    })
}

export async function loadMaxMagnitudes(em: EntityManager, operators: string[]): Promise<Map<string, bigint>> {
    let rows = await em.query(`SELECT operator_id, strategy_id, max_magnitude FROM operator_magnitude WHERE operator_id = ANY($1::text[])`, [operators])
    return new Map(rows.filter((r: any) => r.max_magnitude != null).map((r: any) => [`${r.operator_id}-${r.strategy_id}`, BigInt(r.max_magnitude)]))
}

export async function loadOperatorShares(em: EntityManager, operators: string[]): Promise<{operator: string; strategy: string; shares: bigint}[]> {
    let rows = await em.query(`SELECT operator_id, strategy_id, shares FROM operator_strategy_shares WHERE operator_id = ANY($1::text[]) AND shares <> 0 ORDER BY operator_id, strategy_id`, [operators])
    return rows.map((r: any) => ({operator: r.operator_id, strategy: r.strategy_id, shares: BigInt(r.shares)}))
}
