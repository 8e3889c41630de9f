import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, ManyToOne as ManyToOne_, Index as Index_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_} from "@subsquid/typeorm-store"
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

    @IntColumn_({nullable: true})
    status!: number | undefined | null
}
