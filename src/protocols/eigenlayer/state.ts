import {ensureAccount} from '../../core/accounts'
import {BatchContext, Log} from '../../core/types'
import {ElEventOf} from './events'
import {Account, Operator, OperatorStrategyShares, StakerStrategyShares, Strategy} from '../../model'

export const WAD = 10n ** 18n

/** Facts about the whole batch, found before applying events in order (logs of one tx may point forward). */
export interface PreScan {
    /** M2 root created by WithdrawalMigrated -> the M1 root it replaces */
    migratedFrom: Map<string, string>
    /** `<tx>-<podOwner>`: PodSharesUpdated or NewTotalShares for the owner in that tx */
    podShareEventTx: Set<string>
    /** transactions with an EigenPodStaked log (a pod staking ETH into a validator: no shares yet) */
    stakingTx: Set<string>
    /** pod -> its PodDeployed in this batch (a new pod's first logs precede PodDeployed in the same tx) */
    podDeployments: Map<string, ElEventOf<'PodDeployed'>>
}

/**
 * The EigenLayer module's view of the batch: entity accessors over the batch cache (everything was deferred
 * and loaded before), plus the share bookkeeping shared by several handlers.
 */
export class ElState {
    /** M1 ShareWithdrawalQueued logs waiting for their WithdrawalQueued: `<tx>-<staker>-<nonce>` */
    m1Pending = new Map<string, {strategy: string; shares: bigint}[]>()

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
        return this.cache.getOrCreate(Operator, id, () => new Operator({id, delegatorCount: 0}))
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

    /** Moves a staker's deposit shares; the strategy's totalShares follows (sum of the tracked stakers). */
    addStakerShares(staker: string, strategy: string, delta: bigint, log: Log): void {
        if (delta == 0n) return
        let row = this.stakerShares(staker, strategy, log)
        row.shares += delta
        this.strategy(strategy, log).totalShares += delta
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
