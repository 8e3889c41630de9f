import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, BigIntColumn as BigIntColumn_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_} from "@subsquid/typeorm-store"

@Entity_()
export class DistributionRoot {
    constructor(props?: Partial<DistributionRoot>) {
        Object.assign(this, props)
    }

    /**
     * root index
     */
    @PrimaryColumn_()
    id!: string

    @StringColumn_({nullable: false})
    root!: string

    @BigIntColumn_({nullable: false})
    rewardsCalculationEndTimestamp!: bigint

    @BigIntColumn_({nullable: false})
    activatedAt!: bigint

    @IntColumn_({nullable: false})
    blockNumber!: number

    @DateTimeColumn_({nullable: false})
    timestamp!: Date

    @StringColumn_({nullable: false})
    txHash!: string
}
