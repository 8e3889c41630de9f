import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, BigIntColumn as BigIntColumn_, BooleanColumn as BooleanColumn_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_} from "@subsquid/typeorm-store"

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

    /**
     * unix seconds
     */
    @BigIntColumn_({nullable: false})
    rewardsCalculationEndTimestamp!: bigint

    /**
     * unix seconds from which claims against the root are accepted
     */
    @BigIntColumn_({nullable: false})
    activatedAt!: bigint

    /**
     * DistributionRootDisabled: no claim can use the root any more
     */
    @BooleanColumn_({nullable: false})
    disabled!: boolean

    @IntColumn_({nullable: true})
    disabledBlock!: number | undefined | null

    @IntColumn_({nullable: false})
    blockNumber!: number

    @DateTimeColumn_({nullable: false})
    timestamp!: Date

    @StringColumn_({nullable: false})
    txHash!: string
}
