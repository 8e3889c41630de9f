import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, ManyToOne as ManyToOne_, Index as Index_, BooleanColumn as BooleanColumn_, IntColumn as IntColumn_} from "@subsquid/typeorm-store"
import {OperatorSet} from "./operatorSet.model"
import {Operator} from "./operator.model"

/**
 * id = <avs>-<operatorSetId>-<operator>
 */
@Entity_()
export class OperatorSetMember {
    constructor(props?: Partial<OperatorSetMember>) {
        Object.assign(this, props)
    }

    @PrimaryColumn_()
    id!: string

    @Index_()
    @ManyToOne_(() => OperatorSet, {nullable: true})
    operatorSet!: OperatorSet

    @Index_()
    @ManyToOne_(() => Operator, {nullable: true})
    operator!: Operator

    @BooleanColumn_({nullable: false})
    active!: boolean

    @IntColumn_({nullable: true})
    addedBlock!: number | undefined | null

    @IntColumn_({nullable: true})
    removedBlock!: number | undefined | null
}
