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
     * rETH supply from mints minus burns
     */
    @BigIntColumn_({nullable: false})
    rethSupply!: bigint

    /**
     * latest BalancesUpdated figures
     */
    @BigIntColumn_({nullable: true})
    totalEth!: bigint | undefined | null

    @BigIntColumn_({nullable: true})
    stakingEth!: bigint | undefined | null

    @BigIntColumn_({nullable: true})
    reportedRethSupply!: bigint | undefined | null

    /**
     * ETH sent into rETH as collateral (EtherDeposited on the rETH contract)
     */
    @BigIntColumn_({nullable: false})
    etherDepositedTotal!: bigint

    /**
     * latest rETH rate (wei per 1e18 rETH) and when it was reported: the base of the next update's APR
     */
    @BigIntColumn_({nullable: true})
    ethPerUnit!: bigint | undefined | null

    @DateTimeColumn_({nullable: true})
    rateUpdatedAt!: Date | undefined | null

    @IntColumn_({nullable: false})
    updatedBlock!: number
}
