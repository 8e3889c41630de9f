import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, BigIntColumn as BigIntColumn_, IntColumn as IntColumn_, OneToMany as OneToMany_} from "@subsquid/typeorm-store"
import {OperatorSetMember} from "./operatorSetMember.model"

/**
 * id = <avs>-<operatorSetId>
 */
@Entity_()
export class OperatorSet {
    constructor(props?: Partial<OperatorSet>) {
        Object.assign(this, props)
    }

    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    avs!: string

    @BigIntColumn_({nullable: false})
    operatorSetId!: bigint

    @IntColumn_({nullable: true})
    createdBlock!: number | undefined | null

    @OneToMany_(() => OperatorSetMember, e => e.operatorSet)
    members!: OperatorSetMember[]
}
