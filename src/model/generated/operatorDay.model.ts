import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, Index as Index_, ManyToOne as ManyToOne_, StringColumn as StringColumn_, DateTimeColumn as DateTimeColumn_, BigIntColumn as BigIntColumn_, JSONColumn as JSONColumn_, IntColumn as IntColumn_} from "@subsquid/typeorm-store"
import {Operator} from "./operator.model"

/**
 * one row per EigenLayer operator per UTC day while it has delegated shares or activity; id = <operator>-<yyyy-mm-dd>
 */
@Index_(["day", "delegatedEth"], {unique: false})
@Entity_()
export class OperatorDay {
    constructor(props?: Partial<OperatorDay>) {
        Object.assign(this, props)
    }

    @PrimaryColumn_()
    id!: string

    @Index_()
    @ManyToOne_(() => Operator, {nullable: true})
    operator!: Operator

    @StringColumn_({nullable: false})
    day!: string

    @Index_()
    @DateTimeColumn_({nullable: false})
    date!: Date

    /**
     * delegated ETH at close: sum over strategies of operator shares -> underlying -> ETH where priced (wei)
     */
    @BigIntColumn_({nullable: false})
    delegatedEth!: bigint

    /**
     * per strategy at close: [{strategy, shares, ethValue}] with shares and ethValue as decimal strings (ethValue null where unpriced)
     */
    @JSONColumn_({nullable: false})
    strategies!: unknown

    /**
     * stakers delegated at close
     */
    @IntColumn_({nullable: false})
    delegatorCount!: number

    /**
     * Slashing records naming this operator that day
     */
    @IntColumn_({nullable: false})
    slashingCount!: number

    @IntColumn_({nullable: false})
    closeBlock!: number
}
