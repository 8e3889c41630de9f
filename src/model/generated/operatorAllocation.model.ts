import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, ManyToOne as ManyToOne_, Index as Index_, BigIntColumn as BigIntColumn_, IntColumn as IntColumn_} from "@subsquid/typeorm-store"
import {Operator} from "./operator.model"
import {OperatorSet} from "./operatorSet.model"
import {Strategy} from "./strategy.model"

/**
 * the operator's current allocation to one operator set and strategy; id = <operator>-<avs>-<operatorSetId>-<strategy>
 */
@Entity_()
export class OperatorAllocation {
    constructor(props?: Partial<OperatorAllocation>) {
        Object.assign(this, props)
    }

    @PrimaryColumn_()
    id!: string

    @Index_()
    @ManyToOne_(() => Operator, {nullable: true})
    operator!: Operator

    @Index_()
    @ManyToOne_(() => OperatorSet, {nullable: true})
    operatorSet!: OperatorSet

    @Index_()
    @ManyToOne_(() => Strategy, {nullable: true})
    strategy!: Strategy

    @BigIntColumn_({nullable: false})
    magnitude!: bigint

    @IntColumn_({nullable: false})
    effectBlock!: number

    @IntColumn_({nullable: false})
    updatedBlock!: number
}
