import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, BigIntColumn as BigIntColumn_, BooleanColumn as BooleanColumn_, DateTimeColumn as DateTimeColumn_, IntColumn as IntColumn_} from "@subsquid/typeorm-store"

/**
 * protocol totals; id = lido
 */
@Entity_()
export class LidoState {
    constructor(props?: Partial<LidoState>) {
        Object.assign(this, props)
    }

    @PrimaryColumn_()
    id!: string

    @BigIntColumn_({nullable: false})
    totalShares!: bigint

    @BigIntColumn_({nullable: false})
    totalPooledEther!: bigint

    /**
     * V3 stVault shares counted in totalShares
     */
    @BigIntColumn_({nullable: false})
    externalShares!: bigint

    @BooleanColumn_({nullable: false})
    bunkerMode!: boolean

    @DateTimeColumn_({nullable: true})
    bunkerModeSince!: Date | undefined | null

    /**
     * stETH asked for in requests not yet finalized
     */
    @BigIntColumn_({nullable: false})
    withdrawalQueuePendingSteth!: bigint

    /**
     * ETH finalized but not yet claimed
     */
    @BigIntColumn_({nullable: false})
    withdrawalQueueUnclaimedEth!: bigint

    @BigIntColumn_({nullable: true})
    lastRequestId!: bigint | undefined | null

    @BigIntColumn_({nullable: true})
    lastFinalizedRequestId!: bigint | undefined | null

    @IntColumn_({nullable: true})
    lastReportBlock!: number | undefined | null

    @IntColumn_({nullable: false})
    updatedBlock!: number
}
