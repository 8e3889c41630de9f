import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, DateTimeColumn as DateTimeColumn_, IntColumn as IntColumn_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"

/**
 * the Lido withdrawal queue per UTC day; id = lido-queue-<yyyy-mm-dd>
 */
@Entity_()
export class WithdrawalQueueDay {
    constructor(props?: Partial<WithdrawalQueueDay>) {
        Object.assign(this, props)
    }

    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    day!: string

    @Index_()
    @DateTimeColumn_({nullable: false})
    date!: Date

    /**
     * requests not yet finalized at close: count and stETH asked (wei)
     */
    @IntColumn_({nullable: false})
    pendingRequests!: number

    @BigIntColumn_({nullable: false})
    pendingSteth!: bigint

    /**
     * ETH finalized and not yet claimed at close (wei)
     */
    @BigIntColumn_({nullable: false})
    unclaimedEth!: bigint

    /**
     * requests made, finalized and claimed that day
     */
    @IntColumn_({nullable: false})
    requestedCount!: number

    @IntColumn_({nullable: false})
    finalizedCount!: number

    @IntColumn_({nullable: false})
    claimedCount!: number

    /**
     * seconds from request to finalization of every request finalized that day, sorted ascending
     */
    @IntColumn_({array: true, nullable: false})
    finalizationWaits!: (number)[]

    /**
     * median and 90th percentile (nearest rank) of finalizationWaits, seconds; null when none was finalized
     */
    @IntColumn_({nullable: true})
    waitMedianSeconds!: number | undefined | null

    @IntColumn_({nullable: true})
    waitP90Seconds!: number | undefined | null

    @IntColumn_({nullable: false})
    closeBlock!: number
}
