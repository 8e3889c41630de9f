import {EntityCache} from '../../core/entity-cache'
import {WAD} from '../../core/rates'
import {Withdrawal} from '../../model'
import {ElEvent, ElEventOf} from './events'
import {withdrawalId} from './withdrawals'

/**
 * What the in-order handlers need to know about a log from the logs around it in its transaction: the
 * contracts log one action as several events, and some only mean something next to the others.
 */
export interface PreScan {
    /** M2 root created by WithdrawalMigrated -> the M1 root it replaces */
    migratedFrom: Map<string, string>
    /** `<tx>-<podOwner>`: PodSharesUpdated or NewTotalShares for the owner in that tx */
    podShareEventTx: Set<string>
    /** pod -> its PodDeployed in this batch (a new pod's first logs precede PodDeployed in the same tx) */
    podDeployments: Map<string, ElEventOf<'PodDeployed'>>
    /** transactions proving withdrawal credentials (a pod logs ValidatorRestaked): their share credit is a restake */
    restakeTxs: Set<string>
    /** DepositScalingFactorUpdated(staker, strategy, 1e18) logged by a queue that took the staker's shares to 0 */
    scalingFactorResets: Set<ElEvent>
    /** Deposit / PodSharesUpdated that return a completed withdrawal's shares (completion as shares) -> its root */
    recredits: Map<ElEvent, string>
    /** root of each completion of the batch (M2, slashing era) -> completed as tokens (true) or as shares (false) */
    receiveAsTokens: Map<string, boolean>
    /** M1 FullWithdrawalRedeemed of a validator proven overcommitted: its shares come back in the BeaconChainETHDeposited just before */
    m1OvercommittedWithdrawals: Set<ElEvent>
}

/** Queued withdrawal facts a completion needs: from the batch's queue event, else from the database record. */
interface QueuedInfo {
    withdrawer: string
    staker: string | null
    totalShares: bigint
}

export function preScan(events: ElEvent[], cache: EntityCache, beacon: string): PreScan {
    let pre: PreScan = {
        migratedFrom: new Map(),
        podShareEventTx: new Set(),
        podDeployments: new Map(),
        restakeTxs: new Set(),
        scalingFactorResets: new Set(),
        recredits: new Map(),
        receiveAsTokens: new Map(),
        m1OvercommittedWithdrawals: new Set(),
    }
    let queued = new Map<string, QueuedInfo>()
    for (let e of events) {
        let tx = e.log.transactionHash
        if (e.type == 'WithdrawalMigrated') pre.migratedFrom.set(e.newRoot, e.oldRoot)
        if (e.type == 'PodDeployed' && !pre.podDeployments.has(e.pod)) pre.podDeployments.set(e.pod, e)
        if (e.type == 'PodSharesUpdated' || e.type == 'NewTotalShares') pre.podShareEventTx.add(`${tx}-${e.owner}`)
        if (e.type == 'PodEvent' && e.kind == 'ValidatorRestaked') pre.restakeTxs.add(tx)
        if (e.type == 'WithdrawalQueued') {
            queued.set(e.root.toLowerCase(), {withdrawer: e.withdrawer, staker: e.staker, totalShares: e.shares.reduce((x, y) => x + y, 0n)})
        }
    }
    let info = (root: string): QueuedInfo | undefined => {
        let q = queued.get(root.toLowerCase())
        if (q != null) return q
        let w = cache.get(Withdrawal, withdrawalId(root))
        // relations of a loaded record are not loaded: the staker is known only for one made in this batch
        return w && w.withdrawer != null ? {withdrawer: w.withdrawer, staker: w.account?.id ?? null, totalShares: w.shares} : undefined
    }
    for (let tx of byTransaction(events)) {
        tx.forEach((e, i) => {
            if (e.type == 'DepositScalingFactor' && isScalingFactorReset(tx, i, beacon)) pre.scalingFactorResets.add(e)
            if (e.type == 'WithdrawalCompleted' && e.era == 'slashing') slashingCompletion(tx, i, info(e.root), pre)
            if (e.type == 'WithdrawalCompleted' && e.era == 'm2') m2Completion(tx, i, info(e.root), pre)
            // M1 _processFullWithdrawal of an OVERCOMMITTED validator: restakeBeaconChainETH, then FullWithdrawalRedeemed
            if (e.type == 'PodEvent' && e.kind == 'FullWithdrawalRedeemed' && tx[i - 1]?.type == 'BeaconChainETHDeposited') pre.m1OvercommittedWithdrawals.add(e)
        })
    }
    return pre
}

function byTransaction(events: ElEvent[]): ElEvent[][] {
    let txs: ElEvent[][] = []
    for (let e of events) {
        let last = txs[txs.length - 1]
        if (last != null && last[0].log.transactionHash == e.log.transactionHash) last.push(e)
        else txs.push([e])
    }
    return txs
}

/**
 * A DepositScalingFactorUpdated to 1e18 is either the factor of shares just added (`_increaseDelegation`: right
 * after the Deposit / PodSharesUpdated + NewTotalShares that added them, and before the OperatorSharesIncreased of
 * a delegated staker) or the reset `_removeSharesAndQueueWithdrawal` logs when a queue takes the staker's shares of
 * the strategy to 0: then only that queue's own logs (OperatorSharesDecreased, NewTotalShares, resets of the
 * staker's other strategies) stand between it and the SlashingWithdrawalQueued naming the strategy.
 */
function isScalingFactorReset(tx: ElEvent[], i: number, beacon: string): boolean {
    let e = tx[i] as ElEventOf<'DepositScalingFactor'>
    if (e.factor != WAD) return false
    let prev = tx[i - 1]
    let next = tx[i + 1]
    let added =
        (prev?.type == 'Deposit' && prev.staker == e.staker && prev.strategy == e.strategy) ||
        (e.strategy == beacon && prev?.type == 'PodSharesUpdated' && prev.owner == e.staker && prev.delta > 0n) ||
        (e.strategy == beacon && prev?.type == 'NewTotalShares' && prev.owner == e.staker && tx[i - 2]?.type == 'PodSharesUpdated')
    let delegated = next?.type == 'OperatorShares' && next.staker == e.staker && next.strategy == e.strategy && next.delta > 0n
    if (added || delegated) return false
    for (let j = i + 1; j < tx.length; j++) {
        let x = tx[j]
        if (x.type == 'WithdrawalQueued') return x.era == 'slashing' && x.staker == e.staker && x.strategies.includes(e.strategy)
        let ownQueueLog =
            (x.type == 'OperatorShares' && x.staker == e.staker && x.delta < 0n) ||
            (x.type == 'NewTotalShares' && x.owner == e.staker) ||
            (x.type == 'DepositScalingFactor' && x.staker == e.staker)
        if (!ownQueueLog) return false
    }
    return false
}

/**
 * Slashing era `_completeQueuedWithdrawal`: SlashingWithdrawalCompleted first, then per strategy either the
 * tokens leave (the strategy's ExchangeRateEmitted / the pod's RestakedBeaconChainETHWithdrawn) or the shares are
 * added back: a StrategyManager Deposit (not preceded by the strategy's ExchangeRateEmitted, which a real deposit
 * logs just before) or a PodSharesUpdated, for the staker (= withdrawer in this release), up to the next completion.
 */
function slashingCompletion(tx: ElEvent[], i: number, w: QueuedInfo | undefined, pre: PreScan): void {
    let root = (tx[i] as ElEventOf<'WithdrawalCompleted'>).root
    let found = false
    for (let j = i + 1; j < tx.length && tx[j].type != 'WithdrawalCompleted'; j++) {
        let x = tx[j]
        let prev = tx[j - 1]
        let isRecredit =
            (x.type == 'Deposit' && (w == null || x.staker == w.withdrawer) && !(prev.type == 'ExchangeRate' && prev.strategy == x.strategy)) ||
            (x.type == 'PodSharesUpdated' && (w == null || x.owner == w.withdrawer) && x.delta >= 0n && !podWithdrawalFollows(tx, j))
        if (isRecredit) {
            pre.recredits.set(x, root)
            found = true
        }
    }
    if (w != null) pre.receiveAsTokens.set(root.toLowerCase(), !found)
}

/** A legacy negative-share payoff (withdrawSharesAsTokens) logs PodSharesUpdated too, then the pod pays out the rest. */
function podWithdrawalFollows(tx: ElEvent[], j: number): boolean {
    for (let k = j + 1; k < tx.length && tx[k].type != 'WithdrawalCompleted'; k++) {
        let x = tx[k]
        if (x.type == 'PodEvent' && x.kind == 'RestakedBeaconChainETHWithdrawn') return true
    }
    return false
}

/**
 * M2 `_completeQueuedWithdrawal` as shares: per strategy a StrategyManager Deposit(withdrawer, tokens[i] - caller
 * supplied, unchecked -, strategy, shares[i]) or a PodSharesUpdated(staker, shares[i]), each followed by the
 * operator's OperatorSharesIncreased when delegated, and WithdrawalCompleted last; as tokens it logs no share
 * event. The shares re-credited are the shortest run of those logs right before the completion whose shares add
 * up to the withdrawal's; none -> completed as tokens. Unknown withdrawal (queued before the start): left alone.
 */
function m2Completion(tx: ElEvent[], i: number, w: QueuedInfo | undefined, pre: PreScan): void {
    if (w == null) return
    let root = (tx[i] as ElEventOf<'WithdrawalCompleted'>).root
    let sum = 0n
    let run: ElEvent[] = []
    for (let j = i - 1; j >= 0; j--) {
        let x = tx[j]
        if (x.type == 'OperatorShares' && x.delta > 0n) continue
        let ours =
            (x.type == 'Deposit' && x.staker == w.withdrawer) ||
            (x.type == 'PodSharesUpdated' && (x.owner == w.withdrawer || x.owner == w.staker) && x.delta >= 0n)
        if (!ours) break
        run.push(x)
        sum += x.type == 'Deposit' ? x.shares : (x as ElEventOf<'PodSharesUpdated'>).delta
        if (sum == w.totalShares) {
            for (let r of run) pre.recredits.set(r, root)
            pre.receiveAsTokens.set(root.toLowerCase(), false)
            return
        }
    }
    pre.receiveAsTokens.set(root.toLowerCase(), true)
}
