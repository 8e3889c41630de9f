import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, ManyToOne as ManyToOne_, Index as Index_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"
import {Operator} from "./operator.model"
import {Strategy} from "./strategy.model"

/**
 * id = <operator>-<strategy>
 */
@Entity_()
export class OperatorStrategyShares {
    constructor(props?: Partial<OperatorStrategyShares>) {
        Object.assign(this, props)
    }

    @PrimaryColumn_()
    id!: string

    @Index_()
    @ManyToOne_(() => Operator, {nullable: true})
    operator!: Operator

    @Index_()
    @ManyToOne_(() => Strategy, {nullable: true})
    strategy!: Strategy

    @BigIntColumn_({nullable: false})
    shares!: bigint
}
