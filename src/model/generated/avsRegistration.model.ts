import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, ManyToOne as ManyToOne_, Index as Index_, StringColumn as StringColumn_, BooleanColumn as BooleanColumn_, IntColumn as IntColumn_} from "@subsquid/typeorm-store"
import {Operator} from "./operator.model"

/**
 * id = <operator>-<avs>
 */
@Entity_()
export class AvsRegistration {
    constructor(props?: Partial<AvsRegistration>) {
        Object.assign(this, props)
    }

    @PrimaryColumn_()
    id!: string

    @Index_()
    @ManyToOne_(() => Operator, {nullable: true})
    operator!: Operator

    @Index_()
    @StringColumn_({nullable: false})
    avs!: string

    @BooleanColumn_({nullable: false})
    registered!: boolean

    @IntColumn_({nullable: false})
    updatedBlock!: number
}
