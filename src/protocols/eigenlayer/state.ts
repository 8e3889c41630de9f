import {ensureAccount} from '../../core/accounts'
import {BatchContext, Log} from '../../core/types'
import {Account, Operator, OperatorStrategyShares, StakerStrategyShares, Strategy} from '../../model'
import {PreScan} from './prescan'
import type {StoredPart} from './withdrawals'

/**
 * The EigenLayer module's view of the batch: entity accessors over the batch cache (everything was deferred
 * and loaded before), plus the share bookkeeping shared by several handlers.
 */
export class ElState {
    /** M1 ShareWithdrawalQueued logs waiting for their WithdrawalQueued: `<tx>-<staker>-<nonce>` */
    m1Pending = new Map<string, {strategy: string; shares: bigint}[]>()
    /** `<tx>-<staker>-<strategy>`: a queue reset the staker's scaling factor (its shares went to 0), for its SlashingWithdrawalQueued */
    resetByQueue = new Set<string>()
    /** `<tx>-<operator>-<strategy>`: operator shares slashed (OperatorSharesDecreased(op, 0x0)), for the OperatorSlashed after them */
    slashedOperatorShares = new Map<string, bigint>()
    /** tx -> totalShareDeltaWei of its last CheckpointFinalized (a beacon-chain slashing follows it in the same call) */
    checkpointDelta = new Map<string, bigint>()
    /** pod -> owner, for the M1 pod logs that move the owner's shares (pods.ts) */
    podOwners = new Map<string, string>()
    /** the per-strategy rows of withdrawals queued before this batch and completed in it (withdrawals.ts) */
    storedParts = new Map<string, StoredPart[]>()

    constructor(
        readonly batch: BatchContext,
        readonly pre: PreScan,
        readonly knownTokens: Map<string, string | null>
    ) {}

    get cache() {
        return this.batch.cache
    }

    get beacon(): string {
        return this.batch.book.eigenLayer.beaconChainEthStrategy
    }

    account(id: string, log: Log): Account {
        return ensureAccount(this.cache, id, log.block.height)
    }

    operator(id: string): Operator {
        return this.cache.getOrCreate(
            Operator,
            id,
            () => new Operator({id, delegatorCount: 0, allocationDelay: null, pendingAllocationDelay: null, allocationDelayEffectBlock: null})
        )
    }

    strategy(id: string, log: Log | null): Strategy {
        return this.cache.getOrCreate(
            Strategy,
            id,
            () =>
                new Strategy({
                    id,
                    underlyingToken: this.knownTokens.get(id) ?? null,
                    totalShares: 0n,
                    exchangeRate: null,
                    whitelisted: this.knownTokens.has(id) && id != this.beacon,
                    addedBlock: log?.block.height ?? null,
                    burnableShares: 0n,
                })
        )
    }

    stakerShares(staker: string, strategy: string, log: Log): StakerStrategyShares {
        let id = `${staker}-${strategy}`
        return this.cache.getOrCreate(
            StakerStrategyShares,
            id,
            () =>
                new StakerStrategyShares({
                    id,
                    staker: this.account(staker, log),
                    strategy: this.strategy(strategy, log),
                    shares: 0n,
                    depositScalingFactor: null,
                })
        )
    }

    /**
     * Moves a staker's deposit shares. A token strategy's totalShares is StrategyBase.totalShares, which moves only
     * when the strategy mints or withdraws (strategies.ts, withdrawals.ts); beacon-chain ETH has no StrategyBase:
     * its total is the pod owners' deposit shares.
     */
    addStakerShares(staker: string, strategy: string, delta: bigint, log: Log): void {
        if (delta == 0n) return
        let row = this.stakerShares(staker, strategy, log)
        row.shares += delta
        if (strategy == this.beacon) this.strategy(strategy, log).totalShares += delta
    }

    setStakerShares(staker: string, strategy: string, total: bigint, log: Log): bigint {
        let row = this.stakerShares(staker, strategy, log)
        let delta = total - row.shares
        this.addStakerShares(staker, strategy, delta, log)
        return delta
    }

    addOperatorShares(operator: string, strategy: string, delta: bigint, log: Log): void {
        let id = `${operator}-${strategy}`
        let row = this.cache.getOrCreate(
            OperatorStrategyShares,
            id,
            () => new OperatorStrategyShares({id, operator: this.operator(operator), strategy: this.strategy(strategy, log), shares: 0n})
        )
        row.shares += delta
    }
}
