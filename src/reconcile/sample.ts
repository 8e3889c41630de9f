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
        // $1 = N, $2 = the seed of this sample: md5(seed || id) orders rows at random, the same way every time
        let random = (table: string, where = 'TRUE') => `(SELECT id FROM ${table} WHERE ${where} ORDER BY md5($2 || id) LIMIT $1)`
        let largest = (table: string, column: string, where = 'TRUE') => `(SELECT id FROM ${table} WHERE ${where} ORDER BY ${column} DESC, id LIMIT $1)`
        /** `columns` of the N rows largest by each of `by` and N random rows of `table` (FROM `from`, default the table) */
        let sample = async (purpose: string, table: string, columns: string, by: string[], opts: {from?: string; where?: string; order?: string} = {}) => {
            let ids = [...by.map((column) => largest(table, column, opts.where)), random(table, opts.where)].join(' UNION ')
            let sql = `SELECT ${columns} FROM ${opts.from ?? table} WHERE ${table}.id IN (${ids}) ORDER BY ${opts.order ?? `${table}.id`}`
            return (await db.query(sql, [n, `${options.seed}:${purpose}:`])).rows
        }

        let lidoState = (await db.query(`SELECT * FROM lido_state WHERE id = 'lido'`)).rows[0]
        let lidoAccounts = await sample('lido-accounts', 'account', 'id, steth_shares, wsteth_balance', ['steth_shares', 'wsteth_balance'])
        // the newest requests (those still moving) and random ones
        let requests = await sample('lido-requests', 'withdrawal', 'request_id, account_id, amount, shares, status', ['request_id'], {
            where: `protocol = 'LIDO' AND request_id IS NOT NULL`,
            order: 'request_id',
        })
        let rpState = (await db.query(`SELECT * FROM rocket_pool_state WHERE id = 'rocketpool'`)).rows[0]
        let holders = await sample('reth-holders', 'account', 'id, reth_balance', ['reth_balance'])
        let nodes = await sample('rp-nodes', 'rocket_pool_node', 'id, rpl_staked', ['rpl_staked'])
        let stakerShares = await sample('el-stakers', 'staker_strategy_shares', 'staker_id, strategy_id, shares', ['shares'])
        let operatorShares = await sample('el-operators', 'operator_strategy_shares', 'operator_id, strategy_id, shares', ['shares'])
        // magnitudes and allocations: the most recently changed ones (slashings, new allocations) and random ones
        let magnitudes = await sample('el-magnitudes', 'operator_magnitude', 'operator_id, strategy_id, max_magnitude', ['updated_block'])
        let allocations = await sample(
            'el-allocations',
            'operator_allocation',
            'operator_allocation.operator_id, s.avs, s.operator_set_id, operator_allocation.strategy_id, operator_allocation.magnitude, operator_allocation.effect_block',
            ['updated_block'],
            {from: 'operator_allocation JOIN operator_set s ON s.id = operator_allocation.operator_set_id'}
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
