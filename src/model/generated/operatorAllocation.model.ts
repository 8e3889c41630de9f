import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, ManyToOne as ManyToOne_, Index as Index_, BigIntColumn as BigIntColumn_, IntColumn as IntColumn_} from "@subsquid/typeorm-store"
import {Operator} from "./operator.model"
import {OperatorSet} from "./operatorSet.model"
import {Strategy} from "./strategy.model"

/**
 * the operator's allocation to one operator set and strategy; id = <operator>-<avs>-<operatorSetId>-<strategy>. Magnitudes are wad-based (the operator's max magnitude starts at 1e18)
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

    /**
     * current (slashable) magnitude as of updatedBlock
     */
    @BigIntColumn_({nullable: false})
    magnitude!: bigint

    /**
     * block from which magnitude holds
     */
    @IntColumn_({nullable: false})
    effectBlock!: number

    /**
     * magnitude of a pending allocation / deallocation (null: none): it replaces magnitude from pendingEffectBlock on, whether or not a later event says so
     */
    @BigIntColumn_({nullable: true})
    pendingMagnitude!: bigint | undefined | null

    @IntColumn_({nullable: true})
    pendingEffectBlock!: number | undefined | null

    /**
     * block of the last AllocationUpdated of this allocation
     */
    @IntColumn_({nullable: false})
    updatedBlock!: number
}
