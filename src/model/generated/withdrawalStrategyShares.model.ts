import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, ManyToOne as ManyToOne_, Index as Index_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"
import {Withdrawal} from "./withdrawal.model"
import {Strategy} from "./strategy.model"

/**
 * EigenLayer: the shares of one strategy inside a withdrawal
 */
@Entity_()
export class WithdrawalStrategyShares {
    constructor(props?: Partial<WithdrawalStrategyShares>) {
        Object.assign(this, props)
    }

    /**
     * <withdrawal id>-<position>
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @ManyToOne_(() => Withdrawal, {nullable: true})
    withdrawal!: Withdrawal

    @Index_()
    @ManyToOne_(() => Strategy, {nullable: true})
    strategy!: Strategy

    /**
     * shares as queued (for slashing-era withdrawals: the scaled shares of the withdrawal struct)
     */
    @BigIntColumn_({nullable: false})
    shares!: bigint

    /**
     * slashing era: shares actually withdrawable at queue time (sharesToWithdraw)
     */
    @BigIntColumn_({nullable: true})
    sharesToWithdraw!: bigint | undefined | null
}
