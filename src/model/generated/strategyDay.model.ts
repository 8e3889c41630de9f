import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, ManyToOne as ManyToOne_, Index as Index_, StringColumn as StringColumn_, DateTimeColumn as DateTimeColumn_, BigIntColumn as BigIntColumn_, IntColumn as IntColumn_} from "@subsquid/typeorm-store"
import {Strategy} from "./strategy.model"

/**
 * one row per EigenLayer strategy per UTC day (from the day the strategy is first seen); id = <strategy>-<yyyy-mm-dd>
 */
@Entity_()
export class StrategyDay {
    constructor(props?: Partial<StrategyDay>) {
        Object.assign(this, props)
    }

    @PrimaryColumn_()
    id!: string

    @Index_()
    @ManyToOne_(() => Strategy, {nullable: true})
    strategy!: Strategy

    @Index_()
    @StringColumn_({nullable: false})
    day!: string

    @Index_()
    @DateTimeColumn_({nullable: false})
    date!: Date

    /**
     * total shares at close (Strategy.totalShares: StrategyBase.totalShares; beacon-chain ETH the pod owners' deposit shares)
     */
    @BigIntColumn_({nullable: false})
    totalShares!: bigint

    /**
     * underlying tokens of totalShares at close (StrategyBase.sharesToUnderlyingView with our own balance where we track the token: stETH, rETH; else the last ExchangeRateEmitted rate; beacon-chain ETH 1:1); null when unknown
     */
    @BigIntColumn_({nullable: true})
    underlying!: bigint | undefined | null

    /**
     * ETH value of underlying at close where our own rates price it (stETH, rETH, beacon-chain ETH); null otherwise
     */
    @BigIntColumn_({nullable: true})
    ethValue!: bigint | undefined | null

    /**
     * deposits that day: count and shares
     */
    @IntColumn_({nullable: false})
    depositCount!: number

    @BigIntColumn_({nullable: false})
    depositShares!: bigint

    /**
     * withdrawals queued that day in this strategy: count and shares (as queued)
     */
    @IntColumn_({nullable: false})
    withdrawalCount!: number

    @BigIntColumn_({nullable: false})
    withdrawalShares!: bigint

    @IntColumn_({nullable: false})
    closeBlock!: number
}
