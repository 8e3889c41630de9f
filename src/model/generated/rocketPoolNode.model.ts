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
     * current RPL stake
     */
    @BigIntColumn_({nullable: false})
    rplStaked!: bigint

    /**
     * v1.4+: RPL unstaked (RPLUnstaked / RPLLegacyUnstaked) and not yet withdrawn
     */
    @BigIntColumn_({nullable: false})
    rplUnstaking!: bigint

    @BigIntColumn_({nullable: false})
    rplLocked!: bigint

    @BigIntColumn_({nullable: false})
    rplSlashed!: bigint

    @IntColumn_({nullable: false})
    minipoolCount!: number

    @IntColumn_({nullable: false})
    activeMinipoolCount!: number

    @StringColumn_({nullable: true})
    megapool!: string | undefined | null

    @OneToMany_(() => Minipool, e => e.node)
    minipools!: Minipool[]
}
