import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, BigIntColumn as BigIntColumn_, DateTimeColumn as DateTimeColumn_, IntColumn as IntColumn_} from "@subsquid/typeorm-store"

/**
 * protocol totals; id = rocketpool
 */
@Entity_()
export class RocketPoolState {
    constructor(props?: Partial<RocketPoolState>) {
        Object.assign(this, props)
    }

    @PrimaryColumn_()
    id!: string

    /**
     * rETH supply from mints minus burns (rETH wei)
     */
    @BigIntColumn_({nullable: false})
    rethSupply!: bigint

    /**
     * latest BalancesUpdated figures: total ETH backing rETH, ETH staking on the beacon chain, rETH supply as reported (wei)
     */
    @BigIntColumn_({nullable: true})
    totalEth!: bigint | undefined | null

    @BigIntColumn_({nullable: true})
    stakingEth!: bigint | undefined | null

    @BigIntColumn_({nullable: true})
    reportedRethSupply!: bigint | undefined | null

    /**
     * sum of RethCollateralInflow.amount: ETH that entered the rETH contract's own balance (wei); mostly user ETH moving, not income
     */
    @BigIntColumn_({nullable: false})
    etherDepositedTotal!: bigint

    /**
     * latest rETH rate (wei per 1e18 rETH) and the block time of its report
     */
    @BigIntColumn_({nullable: true})
    ethPerUnit!: bigint | undefined | null

    @DateTimeColumn_({nullable: true})
    rateUpdatedAt!: Date | undefined | null

    /**
     * reference time of the latest rate (v1.3+: the report's slotTimestamp; before: its block time): the base of the next APR
     */
    @DateTimeColumn_({nullable: true})
    rateReferenceTime!: Date | undefined | null

    @IntColumn_({nullable: false})
    updatedBlock!: number
}
