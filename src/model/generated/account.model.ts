import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, BigIntColumn as BigIntColumn_, ManyToOne as ManyToOne_, Index as Index_, OneToMany as OneToMany_, IntColumn as IntColumn_} from "@subsquid/typeorm-store"
import {Operator} from "./operator.model"
import {Deposit} from "./deposit.model"
import {Withdrawal} from "./withdrawal.model"
import {Delegation} from "./delegation.model"
import {StakerStrategyShares} from "./stakerStrategyShares.model"

@Entity_()
export class Account {
    constructor(props?: Partial<Account>) {
        Object.assign(this, props)
    }

    /**
     * address
     */
    @PrimaryColumn_()
    id!: string

    /**
     * current Lido stETH shares (rebase-proof)
     */
    @BigIntColumn_({nullable: false})
    stethShares!: bigint

    /**
     * current wstETH balance
     */
    @BigIntColumn_({nullable: false})
    wstethBalance!: bigint

    /**
     * current rETH balance
     */
    @BigIntColumn_({nullable: false})
    rethBalance!: bigint

    /**
     * current EigenLayer operator, null when not delegated
     */
    @Index_()
    @ManyToOne_(() => Operator, {nullable: true})
    delegatedTo!: Operator | undefined | null

    @OneToMany_(() => Deposit, e => e.account)
    deposits!: Deposit[]

    @OneToMany_(() => Withdrawal, e => e.account)
    withdrawals!: Withdrawal[]

    @OneToMany_(() => Delegation, e => e.staker)
    delegations!: Delegation[]

    /**
     * current EigenLayer deposit shares per strategy
     */
    @OneToMany_(() => StakerStrategyShares, e => e.staker)
    restaked!: StakerStrategyShares[]

    /**
     * first block an indexed event named this account
     */
    @IntColumn_({nullable: false})
    firstSeenBlock!: number

    /**
     * analytics: last UTC day (days since 1970-01-01) this account's Lido position changed; counts it once per day in ProtocolDay.activeAccounts
     */
    @IntColumn_({nullable: true})
    lidoActiveDay!: number | undefined | null

    /**
     * analytics: the same for its Rocket Pool (rETH) position
     */
    @IntColumn_({nullable: true})
    rocketPoolActiveDay!: number | undefined | null

    /**
     * analytics: the same for its EigenLayer position
     */
    @IntColumn_({nullable: true})
    eigenlayerActiveDay!: number | undefined | null

    /**
     * analytics: EigenLayer strategies in which this account holds deposit shares > 0 (it is an EigenLayer holder while > 0)
     */
    @IntColumn_({nullable: false})
    restakedStrategyCount!: number
}
