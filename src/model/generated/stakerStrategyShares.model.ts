import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, ManyToOne as ManyToOne_, Index as Index_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"
import {Account} from "./account.model"
import {Strategy} from "./strategy.model"

/**
 * id = <staker>-<strategy>
 */
@Entity_()
export class StakerStrategyShares {
    constructor(props?: Partial<StakerStrategyShares>) {
        Object.assign(this, props)
    }

    @PrimaryColumn_()
    id!: string

    @Index_()
    @ManyToOne_(() => Account, {nullable: true})
    staker!: Account

    @Index_()
    @ManyToOne_(() => Strategy, {nullable: true})
    strategy!: Strategy

    @BigIntColumn_({nullable: false})
    shares!: bigint

    /**
     * slashing era deposit scaling factor (1e18 = none)
     */
    @BigIntColumn_({nullable: true})
    depositScalingFactor!: bigint | undefined | null
}
