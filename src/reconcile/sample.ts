import type {ClientBase} from 'pg'
import {WithdrawalStatus} from '../model'

export interface SampleOptions {
    /** N: the N largest (or newest) rows and N random rows of each sampled table */
    accounts: number
    /** makes the random part repeatable: the same seed on the same database picks the same rows */
    seed: string
}

/** The indexed state reconcile compares, read in one snapshot, and the block it is the state of. */
export interface IndexedSample {
    block: number
    hash: string
    lido: {
        totalPooledEther: bigint
        totalShares: bigint
        pendingSteth: bigint
        lastRequestId: bigint
        lastFinalizedRequestId: bigint
        accounts: {id: string; stethShares: bigint; wstethBalance: bigint}[]
        requests: {requestId: bigint; owner: string; amount: bigint; shares: bigint; status: WithdrawalStatus}[]
    }
    rocketPool: {
        rethSupply: bigint
        /** the last BalancesUpdated rate; null before the first */
        ethPerUnit: bigint | null
        holders: {id: string; rethBalance: bigint}[]
        nodes: {id: string; rplStaked: bigint}[]
    }
    eigenLayer: {
        stakerShares: {staker: string; strategy: string; shares: bigint}[]
        operatorShares: {operator: string; strategy: string; shares: bigint}[]
        magnitudes: {operator: string; strategy: string; maxMagnitude: bigint | null}[]
        allocations: {operator: string; avs: string; operatorSetId: bigint; strategy: string; magnitude: bigint; effectBlock: number}[]
    }
}

/** The squid's own status schema (@subsquid/typeorm-store): the processed height and the unfinalized blocks. */
const STATUS_SCHEMA = 'squid_processor'

/**
 * Reads the sample and the block it belongs to in ONE read-only REPEATABLE READ transaction, so a processor
 * writing at the same time can neither move the block nor change a row between two of these queries.
 */
export async function readIndexedSample(db: ClientBase, options: SampleOptions): Promise<IndexedSample> {
    await db.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    try {
        let {block, hash} = await indexedBlock(db)
        let n = options.accounts
        let q = async (sql: string, purpose: string) => (await db.query(sql, [n, `${options.seed}:${purpose}:`])).rows
        // $1 = N, $2 = the seed of this sample: md5(seed || id) orders rows at random, the same way every time
        let random = (table: string, where = 'TRUE') => `(SELECT id FROM ${table} WHERE ${where} ORDER BY md5($2 || id) LIMIT $1)`
        let largest = (table: string, column: string, where = 'TRUE') => `(SELECT id FROM ${table} WHERE ${where} ORDER BY ${column} DESC, id LIMIT $1)`

        let lidoState = (await db.query(`SELECT * FROM lido_state WHERE id = 'lido'`)).rows[0]
        let lidoAccounts = await q(
            `SELECT id, steth_shares, wsteth_balance FROM account WHERE id IN (
                ${largest('account', 'steth_shares')} UNION ${largest('account', 'wsteth_balance')} UNION ${random('account')}) ORDER BY id`,
            'lido-accounts'
        )
        let lido = `protocol = 'LIDO' AND request_id IS NOT NULL`
        let requests = await q(
            `SELECT request_id, account_id, amount, shares, status FROM withdrawal WHERE id IN (
                ${largest('withdrawal', 'request_id', lido)} UNION ${random('withdrawal', lido)}) ORDER BY request_id`,
            'lido-requests'
        )
        let rpState = (await db.query(`SELECT * FROM rocket_pool_state WHERE id = 'rocketpool'`)).rows[0]
        let holders = await q(
            `SELECT id, reth_balance FROM account WHERE id IN (${largest('account', 'reth_balance')} UNION ${random('account')}) ORDER BY id`,
            'reth-holders'
        )
        let nodes = await q(
            `SELECT id, rpl_staked FROM rocket_pool_node WHERE id IN (
                ${largest('rocket_pool_node', 'rpl_staked')} UNION ${random('rocket_pool_node')}) ORDER BY id`,
            'rp-nodes'
        )
        let stakerShares = await q(
            `SELECT staker_id, strategy_id, shares FROM staker_strategy_shares WHERE id IN (
                ${largest('staker_strategy_shares', 'shares')} UNION ${random('staker_strategy_shares')}) ORDER BY id`,
            'el-stakers'
        )
        let operatorShares = await q(
            `SELECT operator_id, strategy_id, shares FROM operator_strategy_shares WHERE id IN (
                ${largest('operator_strategy_shares', 'shares')} UNION ${random('operator_strategy_shares')}) ORDER BY id`,
            'el-operators'
        )
        // magnitudes and allocations: the most recently changed ones (slashings, new allocations) and random ones
        let magnitudes = await q(
            `SELECT operator_id, strategy_id, max_magnitude FROM operator_magnitude WHERE id IN (
                ${largest('operator_magnitude', 'updated_block')} UNION ${random('operator_magnitude')}) ORDER BY id`,
            'el-magnitudes'
        )
        let allocations = await q(
            `SELECT a.operator_id, s.avs, s.operator_set_id, a.strategy_id, a.magnitude, a.effect_block
             FROM operator_allocation a JOIN operator_set s ON s.id = a.operator_set_id WHERE a.id IN (
                ${largest('operator_allocation', 'updated_block')} UNION ${random('operator_allocation')}) ORDER BY a.id`,
            'el-allocations'
        )
        await db.query('COMMIT')

        let big = (v: string | null | undefined) => BigInt(v ?? 0)
        return {
            block,
            hash,
            lido: {
                totalPooledEther: big(lidoState?.total_pooled_ether),
                totalShares: big(lidoState?.total_shares),
                pendingSteth: big(lidoState?.withdrawal_queue_pending_steth),
                lastRequestId: big(lidoState?.last_request_id),
                lastFinalizedRequestId: big(lidoState?.last_finalized_request_id),
                accounts: lidoAccounts.map((r) => ({id: r.id, stethShares: big(r.steth_shares), wstethBalance: big(r.wsteth_balance)})),
                requests: requests.map((r) => ({requestId: big(r.request_id), owner: r.account_id, amount: big(r.amount), shares: big(r.shares), status: r.status})),
            },
            rocketPool: {
                rethSupply: big(rpState?.reth_supply),
                ethPerUnit: rpState?.eth_per_unit == null ? null : BigInt(rpState.eth_per_unit),
                holders: holders.map((r) => ({id: r.id, rethBalance: big(r.reth_balance)})),
                nodes: nodes.map((r) => ({id: r.id, rplStaked: big(r.rpl_staked)})),
            },
            eigenLayer: {
                stakerShares: stakerShares.map((r) => ({staker: r.staker_id, strategy: r.strategy_id, shares: big(r.shares)})),
                operatorShares: operatorShares.map((r) => ({operator: r.operator_id, strategy: r.strategy_id, shares: big(r.shares)})),
                magnitudes: magnitudes.map((r) => ({operator: r.operator_id, strategy: r.strategy_id, maxMagnitude: r.max_magnitude == null ? null : BigInt(r.max_magnitude)})),
                allocations: allocations.map((r) => ({
                    operator: r.operator_id,
                    avs: r.avs,
                    operatorSetId: big(r.operator_set_id),
                    strategy: r.strategy_id,
                    magnitude: big(r.magnitude),
                    effectBlock: r.effect_block,
                })),
            },
        }
    } catch (e) {
        await db.query('ROLLBACK').catch(() => {})
        throw e
    }
}

/**
 * The block the database's state is the state of: the newest unfinalized (hot) block when there are any (the
 * store applies hot blocks' changes to the same tables), else the finalized height of the status row.
 */
async function indexedBlock(db: ClientBase): Promise<{block: number; hash: string}> {
    let exists = await db.query(`SELECT to_regclass('${STATUS_SCHEMA}.status') IS NOT NULL AS ok`)
    if (!exists.rows[0].ok) throw new Error(`the database has no ${STATUS_SCHEMA}.status table: the squid has not indexed into it yet`)
    let hot = await db.query(`SELECT height, hash FROM ${STATUS_SCHEMA}.hot_block ORDER BY height DESC LIMIT 1`)
    let row = hot.rows[0] ?? (await db.query(`SELECT height, hash FROM ${STATUS_SCHEMA}.status WHERE id = 0`)).rows[0]
    if (row == null || row.height < 0) throw new Error('the squid has not indexed a block yet: nothing to reconcile')
    return {block: Number(row.height), hash: row.hash}
}
