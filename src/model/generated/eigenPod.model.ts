import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, ManyToOne as ManyToOne_, Index as Index_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, StringColumn as StringColumn_, BooleanColumn as BooleanColumn_, BigIntColumn as BigIntColumn_, OneToMany as OneToMany_} from "@subsquid/typeorm-store"
import {Account} from "./account.model"
import {EigenPodEvent} from "./eigenPodEvent.model"

@Entity_()
export class EigenPod {
    constructor(props?: Partial<EigenPod>) {
        Object.assign(this, props)
    }

    /**
     * pod address
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @ManyToOne_(() => Account, {nullable: true})
    owner!: Account

    @IntColumn_({nullable: false})
    deployedBlock!: number

    @DateTimeColumn_({nullable: false})
    deployedAt!: Date

    @StringColumn_({nullable: false})
    deployTxHash!: string

    @BooleanColumn_({nullable: false})
    restakingActivated!: boolean

    @IntColumn_({nullable: false})
    validatorsRestaked!: number

    @BigIntColumn_({nullable: true})
    lastCheckpointTimestamp!: bigint | undefined | null

    @OneToMany_(() => EigenPodEvent, e => e.pod)
    events!: EigenPodEvent[]
}
