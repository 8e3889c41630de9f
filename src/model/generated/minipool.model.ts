import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, ManyToOne as ManyToOne_, Index as Index_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, BooleanColumn as BooleanColumn_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"
import {RocketPoolNode} from "./rocketPoolNode.model"

@Entity_()
export class Minipool {
    constructor(props?: Partial<Minipool>) {
        Object.assign(this, props)
    }

    /**
     * minipool address
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @ManyToOne_(() => RocketPoolNode, {nullable: true})
    node!: RocketPoolNode

    @IntColumn_({nullable: false})
    createdBlock!: number

    @DateTimeColumn_({nullable: false})
    createdAt!: Date

    @IntColumn_({nullable: true})
    destroyedBlock!: number | undefined | null

    @DateTimeColumn_({nullable: true})
    destroyedAt!: Date | undefined | null

    /**
     * MinipoolStatus: 0 Initialised, 1 Prelaunch, 2 Staking, 3 Withdrawable (v1.0/v1.1 delegate), 4 Dissolved; from StatusUpdated (0 at creation)
     */
    @Index_()
    @IntColumn_({nullable: true})
    status!: number | undefined | null

    /**
     * finalised (_finalise ran): no longer active; from v1.2 the status stays Staking
     */
    @BooleanColumn_({nullable: false})
    finalised!: boolean

    @IntColumn_({nullable: true})
    finalisedBlock!: number | undefined | null

    @DateTimeColumn_({nullable: true})
    finalisedAt!: Date | undefined | null

    /**
     * v1.2+: a non-owner distributed the exit balance; the owner's next refund / finalise finalises it
     */
    @BooleanColumn_({nullable: false})
    userDistributed!: boolean

    /**
     * node bond after its latest BondReduced (ETH wei); null until one is logged (the creation bond is not in a minipool log)
     */
    @BigIntColumn_({nullable: true})
    bond!: bigint | undefined | null

    /**
     * penalties applied by RocketNetworkPenalties (see docs/rocketpool.md: v1.1-v1.3 log none for the first two)
     */
    @IntColumn_({nullable: false})
    penaltyCount!: number

    /**
     * current penalty rate taken from the node's share at distribution (1e18 = 100 %)
     */
    @BigIntColumn_({nullable: false})
    penaltyRate!: bigint
}
