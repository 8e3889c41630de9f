import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, BooleanColumn as BooleanColumn_, StringColumn as StringColumn_, BigIntColumn as BigIntColumn_, OneToMany as OneToMany_} from "@subsquid/typeorm-store"
import {Minipool} from "./minipool.model"

@Entity_()
export class RocketPoolNode {
    constructor(props?: Partial<RocketPoolNode>) {
        Object.assign(this, props)
    }

    /**
     * node address
     */
    @PrimaryColumn_()
    id!: string

    @IntColumn_({nullable: true})
    registeredBlock!: number | undefined | null

    @DateTimeColumn_({nullable: true})
    registeredAt!: Date | undefined | null

    @BooleanColumn_({nullable: true})
    smoothingPool!: boolean | undefined | null

    @StringColumn_({nullable: true})
    rplWithdrawalAddress!: string | undefined | null

    /**
     * current RPL stake (RPL wei), as RocketNodeStaking.getNodeStakedRPL
     */
    @BigIntColumn_({nullable: false})
    rplStaked!: bigint

    /**
     * v1.4+: RPL unstaked (RPLUnstaked / RPLLegacyUnstaked) and not yet paid out (RPL wei), as getNodeUnstakingRPL
     */
    @BigIntColumn_({nullable: false})
    rplUnstaking!: bigint

    /**
     * RPL locked as pDAO proposal / challenge bonds (RPL wei), as getNodeLockedRPL; part of rplStaked
     */
    @BigIntColumn_({nullable: false})
    rplLocked!: bigint

    /**
     * sum of RPLSlashed amounts (RPL wei)
     */
    @BigIntColumn_({nullable: false})
    rplSlashed!: bigint

    /**
     * minipools of the node, as RocketMinipoolManager.getNodeMinipoolCount: created minus destroyed
     */
    @IntColumn_({nullable: false})
    minipoolCount!: number

    /**
     * as getNodeActiveMinipoolCount: created minus destroyed minus finalised
     */
    @IntColumn_({nullable: false})
    activeMinipoolCount!: number

    /**
     * as getNodeFinalisedMinipoolCount
     */
    @IntColumn_({nullable: false})
    finalisedMinipoolCount!: number

    @StringColumn_({nullable: true})
    megapool!: string | undefined | null

    @OneToMany_(() => Minipool, e => e.node)
    minipools!: Minipool[]
}
