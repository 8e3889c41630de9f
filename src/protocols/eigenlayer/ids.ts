import {EntityCache, EntityClass} from '../../core/entity-cache'
import {LIDO_STATE_ID, ROCKET_POOL_STATE_ID} from '../../core/rates'
import {
    Account,
    AvsRegistration,
    DistributionRoot,
    EigenPod,
    LidoState,
    Operator,
    OperatorAllocation,
    OperatorMagnitude,
    OperatorSet,
    OperatorSetMember,
    OperatorStrategyShares,
    RocketPoolState,
    StakerStrategyShares,
    Strategy,
    Withdrawal,
} from '../../model'
import {operatorSetId} from './allocations'
import {ElEvent} from './events'
import {withdrawalId} from './withdrawals'

/* eslint-disable @typescript-eslint/no-explicit-any */

/** Every entity id the batch's events will touch, gathered before the one `cache.load()`. */
export class BatchIds {
    private ids = new Map<EntityClass<any>, Set<string>>()

    constructor(private beacon: string) {}

    add(cls: EntityClass<any>, id: string): void {
        let set = this.ids.get(cls)
        if (set == null) this.ids.set(cls, (set = new Set()))
        set.add(id)
    }

    deferAll(cache: EntityCache): void {
        for (let [cls, ids] of this.ids) cache.defer(cls, ids)
    }

    stakerStrategy(staker: string, strategy: string): void {
        this.add(Account, staker)
        this.add(Strategy, strategy)
        this.add(StakerStrategyShares, `${staker}-${strategy}`)
    }

    private operatorSet(avs: string, setId: bigint): string {
        let id = operatorSetId(avs, setId)
        this.add(OperatorSet, id)
        return id
    }

    of(e: ElEvent): void {
        switch (e.type) {
            case 'Deposit':
            case 'M1ShareWithdrawalQueued':
            case 'DepositScalingFactor':
                return this.stakerStrategy(e.staker, e.strategy)
            case 'ExchangeRate':
                // the stETH strategy's rate is noted with Lido's share rate of the moment
                this.add(LidoState, LIDO_STATE_ID)
                return this.add(Strategy, e.strategy)
            case 'StrategyWhitelisted':
            case 'StrategyTokenSet':
            case 'BurnableShares':
                return this.add(Strategy, e.strategy)
            case 'BurnableETHShares':
                return this.add(Strategy, this.beacon)
            case 'M1WithdrawalQueued':
            case 'M1WithdrawalCompleted':
                this.add(Account, e.staker)
                return this.add(Withdrawal, withdrawalId(e.root))
            case 'OperatorRegistered':
                // M1 registration delegates the operator to itself without a StakerDelegated
                this.add(Account, e.operator)
                return this.add(Operator, e.operator)
            case 'OperatorDetailsModified':
            case 'OperatorMetadataURIUpdated':
            case 'AllocationDelaySet':
                return this.add(Operator, e.operator)
            case 'Delegation':
                this.add(Account, e.staker)
                return this.add(Operator, e.operator)
            case 'OperatorShares':
                this.add(Operator, e.operator)
                this.add(Strategy, e.strategy)
                return this.add(OperatorStrategyShares, `${e.operator}-${e.strategy}`)
            case 'WithdrawalQueued':
                this.add(Account, e.staker)
                this.add(Withdrawal, withdrawalId(e.root))
                for (let strategy of e.strategies) this.stakerStrategy(e.staker, strategy)
                return
            case 'WithdrawalCompleted':
                return this.add(Withdrawal, withdrawalId(e.root))
            case 'WithdrawalMigrated':
                this.add(Withdrawal, withdrawalId(e.oldRoot))
                return this.add(Withdrawal, withdrawalId(e.newRoot))
            case 'PodDeployed':
                this.add(Account, e.owner)
                return this.add(EigenPod, e.pod)
            case 'PodSharesUpdated':
            case 'NewTotalShares':
            case 'BeaconChainETHDeposited':
                return this.stakerStrategy(e.owner, this.beacon)
            case 'BeaconChainSlashing':
                return this.add(Account, e.staker)
            case 'PodEvent':
                return this.add(EigenPod, e.log.address)
            case 'OperatorSetCreated':
                this.operatorSet(e.avs, e.setId)
                return
            case 'OperatorSetMembership': {
                let set = this.operatorSet(e.avs, e.setId)
                this.add(Operator, e.operator)
                return this.add(OperatorSetMember, `${set}-${e.operator}`)
            }
            case 'AllocationUpdated': {
                let set = this.operatorSet(e.avs, e.setId)
                this.add(Operator, e.operator)
                this.add(Strategy, e.strategy)
                return this.add(OperatorAllocation, `${e.operator}-${set}-${e.strategy}`)
            }
            case 'Magnitude':
                this.add(Operator, e.operator)
                this.add(Strategy, e.strategy)
                return this.add(OperatorMagnitude, `${e.operator}-${e.strategy}`)
            case 'OperatorSlashed':
                // losses priced at our own rates (stETH, rETH)
                this.add(LidoState, LIDO_STATE_ID)
                this.add(RocketPoolState, ROCKET_POOL_STATE_ID)
                this.operatorSet(e.avs, e.setId)
                for (let strategy of e.strategies) this.add(Strategy, strategy)
                return this.add(Operator, e.operator)
            case 'DistributionRootSubmitted':
            case 'DistributionRootDisabled':
                return this.add(DistributionRoot, String(e.rootIndex))
            case 'AvsRegistration':
                this.add(Operator, e.operator)
                return this.add(AvsRegistration, `${e.operator}-${e.avs}`)
            case 'RewardsClaimed':
            case 'DelayedWithdrawalCreated':
            case 'DelayedWithdrawalsClaimed':
                return
        }
    }
}
