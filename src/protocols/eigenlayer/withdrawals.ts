import {In} from 'typeorm'
import {blockTime} from '../../core/time'
import {BatchContext, Log} from '../../core/types'
import {OperatorMagnitude, Protocol, Withdrawal, WithdrawalStatus, WithdrawalStrategyShares} from '../../model'
import {ElEvent, ElEventOf} from './events'
import {WAD} from '../../core/rates'
import {ElState} from './state'

export function withdrawalId(root: string): string {
    return `eigenlayer-${root.toLowerCase()}`
}

interface Queued {
    root: string
    staker: string
    delegatedTo: string | null
    withdrawer: string
    nonce: bigint
    strategies: string[]
    shares: bigint[]
    sharesToWithdraw: bigint[] | null
}

/** Creates the Withdrawal (saved before its children: it is in SAVE_ORDER) and its per-strategy rows. */
function createWithdrawal(s: ElState, q: Queued, log: Log, status: WithdrawalStatus): Withdrawal {
    let id = withdrawalId(q.root)
    let w = s.cache.getOrCreate(
        Withdrawal,
        id,
        () =>
            new Withdrawal({
                id,
                protocol: Protocol.EIGENLAYER,
                account: s.account(q.staker, log),
                status,
                withdrawalRoot: q.root.toLowerCase(),
                shares: q.shares.reduce((a, b) => a + b, 0n),
                requestedBlock: log.block.height,
                requestedAt: blockTime(log.block),
                requestTxHash: log.transactionHash,
                requestLogIndex: log.logIndex,
                delegatedTo: q.delegatedTo,
                withdrawer: q.withdrawer,
                nonce: q.nonce,
            })
    )
    q.strategies.forEach((strategy, i) => {
        s.cache.insert(
            new WithdrawalStrategyShares({
                id: `${id}-${i}`,
                withdrawal: w,
                strategy: s.strategy(strategy, log),
                shares: q.shares[i],
                sharesToWithdraw: q.sharesToWithdraw?.[i] ?? null,
            })
        )
    })
    return w
}

function complete(w: Withdrawal, log: Log): void {
    w.status = WithdrawalStatus.COMPLETED
    w.completedBlock = log.block.height
    w.completedAt = blockTime(log.block)
    w.completedTxHash = log.transactionHash
}

/** M1: one ShareWithdrawalQueued per strategy, then WithdrawalQueued with the root (same tx, same staker and nonce). */
export function applyM1ShareQueued(s: ElState, e: ElEventOf<'M1ShareWithdrawalQueued'>): void {
    let key = `${e.log.transactionHash}-${e.staker}-${e.nonce}`
    let list = s.m1Pending.get(key)
    if (list == null) s.m1Pending.set(key, (list = []))
    list.push({strategy: e.strategy, shares: e.shares})
}

/** M1 queuing: the StrategyManager held every share (beacon-chain ETH too) and removed them without another log. */
export function applyM1Queued(s: ElState, e: ElEventOf<'M1WithdrawalQueued'>): void {
    let key = `${e.log.transactionHash}-${e.staker}-${e.nonce}`
    let parts = s.m1Pending.get(key) ?? []
    s.m1Pending.delete(key)
    createWithdrawal(
        s,
        {...e, strategies: parts.map((p) => p.strategy), shares: parts.map((p) => p.shares), sharesToWithdraw: null},
        e.log,
        WithdrawalStatus.REQUESTED
    )
    for (let p of parts) s.addStakerShares(e.staker, p.strategy, -p.shares, e.log)
}

/**
 * M1 completion. A completion whose queuing we never saw (indexing started later) still gets its record, from
 * what the event gives: staker, withdrawer, nonce, root; its request fields are then those of the completion.
 * The event does not say tokens or shares; as for the staker's shares (a completion as shares logs nothing),
 * it is read as tokens: the queued shares leave their strategies.
 */
export function applyM1Completed(s: ElState, e: ElEventOf<'M1WithdrawalCompleted'>): void {
    let w = s.cache.get(Withdrawal, withdrawalId(e.root))
    if (w == null) {
        w = createWithdrawal(s, {...e, delegatedTo: null, strategies: [], shares: [], sharesToWithdraw: null}, e.log, WithdrawalStatus.COMPLETED)
    } else withdrawFromStrategies(s, w, e.log)
    complete(w, e.log)
    s.cache.save(w)
}

/** One strategy of a withdrawal, as its WithdrawalStrategyShares row keeps it */
export interface StoredPart {
    strategy: string
    shares: bigint
    sharesToWithdraw: bigint | null
}

/**
 * What this batch's completions need: the rows of those queued before it (one query) and the magnitudes of the
 * operators their slashing-era withdrawals were delegated to (one more load). Batches without a completion skip
 * both.
 */
export async function loadCompletedParts(batch: BatchContext, events: ElEvent[], s: ElState): Promise<void> {
    let completed = events.flatMap((e) => (e.type == 'WithdrawalCompleted' || e.type == 'M1WithdrawalCompleted' ? [withdrawalId(e.root)] : []))
    if (completed.length == 0) return
    let queuedHere = new Map<string, ElEventOf<'WithdrawalQueued'> | undefined>()
    for (let e of events) {
        if (e.type == 'WithdrawalQueued') queuedHere.set(withdrawalId(e.root), e)
        if (e.type == 'M1WithdrawalQueued') queuedHere.set(withdrawalId(e.root), undefined)
    }
    let magnitudes = new Set<string>()
    let stored = completed.filter((id) => !queuedHere.has(id) && s.cache.get(Withdrawal, id) != null)
    if (stored.length > 0) {
        let rows = await batch.ctx.store.find(WithdrawalStrategyShares, {where: {withdrawal: {id: In(stored)}}, relations: {withdrawal: true, strategy: true}})
        for (let r of rows) {
            let list = s.storedParts.get(r.withdrawal.id)
            if (list == null) s.storedParts.set(r.withdrawal.id, (list = []))
            list.push({strategy: r.strategy.id, shares: r.shares, sharesToWithdraw: r.sharesToWithdraw ?? null})
            let operator = s.cache.get(Withdrawal, r.withdrawal.id)!.delegatedTo
            if (r.sharesToWithdraw != null && operator != null) magnitudes.add(`${operator}-${r.strategy.id}`)
        }
    }
    // slashing-era withdrawals queued and completed in this batch (their rows are not in the database yet)
    for (let id of completed) {
        let q = queuedHere.get(id)
        if (q?.era == 'slashing') for (let strategy of q.strategies) magnitudes.add(`${q.delegatedTo}-${strategy}`)
    }
    if (magnitudes.size == 0) return
    s.cache.defer(OperatorMagnitude, magnitudes)
    await s.cache.load()
}

/**
 * A completion as tokens: StrategyBase.withdraw takes each strategy's shares out of its totalShares (beacon-chain
 * ETH leaves the pod instead). M1 and M2 withdraw the shares queued; the slashing era the scaled shares x the
 * slashing factor at the end of the withdrawal's slashable window (`scaleForCompleteWithdrawal` with
 * `getMaxMagnitudesAtBlock(delegatedTo, startBlock + MIN_WITHDRAWAL_DELAY_BLOCKS)`): the operator's max magnitude as
 * indexed, which is that one unless the operator was slashed in the strategy after the window (then an estimate).
 */
function withdrawFromStrategies(s: ElState, w: Withdrawal, log: Log): void {
    let parts: StoredPart[] =
        s.storedParts.get(w.id) ??
        s.cache
            .pendingInserts(WithdrawalStrategyShares)
            .filter((p) => p.withdrawal.id == w.id)
            .map((p) => ({strategy: p.strategy.id, shares: p.shares, sharesToWithdraw: p.sharesToWithdraw ?? null}))
    for (let p of parts) {
        if (p.strategy == s.beacon) continue
        let shares = p.shares
        if (p.sharesToWithdraw != null && w.delegatedTo != null) {
            let magnitude = s.cache.peek(OperatorMagnitude, `${w.delegatedTo}-${p.strategy}`)
            shares = (p.shares * (magnitude?.maxMagnitude ?? WAD)) / WAD
        }
        s.strategy(p.strategy, log).totalShares -= shares
    }
}

/**
 * M2 WithdrawalQueued / slashing-era SlashingWithdrawalQueued. The operator's shares drop through the
 * OperatorSharesDecreased logs of the same transaction (handled on their own). The staker's deposit shares drop
 * here, except:
 * - beacon-chain ETH when the EigenPodManager logged the owner's new shares in the same tx (PodSharesUpdated /
 *   NewTotalShares, from PEPE on): already applied;
 * - a withdrawal created by WithdrawalMigrated (M1 -> M2): its shares left the staker when the M1 one was queued.
 * Slashing era (`_removeSharesAndQueueWithdrawal`): the struct holds scaledShares = floor(d x f / 1e18) of the
 * d deposit shares removed, f the staker's deposit scaling factor. When d took the staker to 0 the contract
 * resets f and logs DepositScalingFactorUpdated(1e18) BEFORE this event: the staker then has 0 (exact). Else
 * d = ceil(scaled x 1e18 / f), the smallest d giving that floor: exact when f >= 1e18 (d -> floor(d x f / 1e18)
 * is then one-to-one), the least of the candidates when f < 1e18.
 */
export function applyQueued(s: ElState, e: ElEventOf<'WithdrawalQueued'>): void {
    let migratedFrom = s.pre.migratedFrom.get(e.root)
    let w = createWithdrawal(s, e, e.log, WithdrawalStatus.REQUESTED)
    if (migratedFrom != null) {
        w.migratedFrom = migratedFrom.toLowerCase()
        return
    }
    e.strategies.forEach((strategy, i) => {
        if (strategy == s.beacon && s.pre.podShareEventTx.has(`${e.log.transactionHash}-${e.staker}`)) return
        if (e.era == 'm2') return s.addStakerShares(e.staker, strategy, -e.shares[i], e.log)
        let reset = `${e.log.transactionHash}-${e.staker}-${strategy}`
        if (s.resetByQueue.delete(reset)) return void s.setStakerShares(e.staker, strategy, 0n, e.log)
        let factor = s.stakerShares(e.staker, strategy, e.log).depositScalingFactor ?? WAD
        s.addStakerShares(e.staker, strategy, -ceilDiv(e.shares[i] * WAD, factor > 0n ? factor : WAD), e.log)
    })
}

function ceilDiv(a: bigint, b: bigint): bigint {
    return (a + b - 1n) / b
}

/**
 * M2 WithdrawalCompleted / SlashingWithdrawalCompleted: the root only; shares come back through their own logs,
 * which also say whether it was completed as tokens or as shares (prescan.ts).
 */
export function applyCompleted(s: ElState, e: ElEventOf<'WithdrawalCompleted'>): void {
    let w = s.cache.get(Withdrawal, withdrawalId(e.root))
    if (w == null) {
        s.batch.ctx.log.warn({root: e.root, block: e.log.block.height}, 'EigenLayer withdrawal completed but never seen queued: skipped')
        return
    }
    complete(w, e.log)
    w.receiveAsTokens = s.pre.receiveAsTokens.get(e.root.toLowerCase()) ?? null
    if (w.receiveAsTokens) withdrawFromStrategies(s, w, e.log)
    s.cache.save(w)
}

/** WithdrawalMigrated(old M1 root, new M2 root): the M1 record points at its successor and is no longer counted. */
export function applyMigrated(s: ElState, e: ElEventOf<'WithdrawalMigrated'>): void {
    let old = s.cache.get(Withdrawal, withdrawalId(e.oldRoot))
    if (old == null) return
    old.migratedTo = e.newRoot.toLowerCase()
    s.cache.save(old)
}
