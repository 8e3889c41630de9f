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

    /**
     * wei: the ether behind the internal (non-external) shares, i.e. buffered + consensus-layer + transient ether, the numerator of stETH's share rate; before V3 it equals totalPooledEther (V3: totalPooledEther = internalEther + externalShares x internalEther / (totalShares - externalShares))
     */
    @BigIntColumn_({nullable: false})
    internalEther!: bigint

    /**
     * wei: validators' balance in the last LegacyOracle Completed report (V1 oracle; V2 kept echoing it until the LegacyOracle was detached)
     */
    @BigIntColumn_({nullable: true})
    beaconBalance!: bigint | undefined | null

    /**
     * count: Lido validators seen on the beacon chain in the last Completed report
     */
    @BigIntColumn_({nullable: true})
    beaconValidators!: bigint | undefined | null

    /**
     * beacon-chain epoch of the last Completed report (V1 reports span (epoch - previous epoch) x 32 slots x 12 s)
     */
    @BigIntColumn_({nullable: true})
    lastCompletedEpoch!: bigint | undefined | null

    @IntColumn_({nullable: false})
    updatedBlock!: number
}
