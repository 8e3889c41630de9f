import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, BigIntColumn as BigIntColumn_, BooleanColumn as BooleanColumn_, IntColumn as IntColumn_} from "@subsquid/typeorm-store"

/**
 * curated module or SimpleDVT operator; id = <module address>-<operatorId>
 */
@Entity_()
export class LidoNodeOperator {
    constructor(props?: Partial<LidoNodeOperator>) {
        Object.assign(this, props)
    }

    @PrimaryColumn_()
    id!: string

    @Index_()
    @StringColumn_({nullable: false})
    module!: string

    @BigIntColumn_({nullable: false})
    operatorId!: bigint

    @StringColumn_({nullable: true})
    name!: string | undefined | null

    @StringColumn_({nullable: true})
    rewardAddress!: string | undefined | null

    @BooleanColumn_({nullable: true})
    active!: boolean | undefined | null

    @BigIntColumn_({nullable: true})
    stakingLimit!: bigint | undefined | null

    @BigIntColumn_({nullable: true})
    stuckValidatorsCount!: bigint | undefined | null

    @BigIntColumn_({nullable: true})
    refundedValidatorsCount!: bigint | undefined | null

    @BigIntColumn_({nullable: true})
    stuckPenaltyEndTimestamp!: bigint | undefined | null

    @BigIntColumn_({nullable: true})
    exitedValidatorsCount!: bigint | undefined | null

    /**
     * penalties received (NodeOperatorPenalized), shares
     */
    @BigIntColumn_({nullable: false})
    penalizedShares!: bigint

    @IntColumn_({nullable: false})
    penaltyCount!: number

    /**
     * current ABI: ValidatorExitStatusUpdated reports about this operator's validators, and the last proof slot time
     */
    @IntColumn_({nullable: false})
    exitStatusUpdates!: number

    @BigIntColumn_({nullable: true})
    lastExitStatusProofTimestamp!: bigint | undefined | null

    /**
     * current ABI: validator exits triggered for this operator (ValidatorExitTriggered)
     */
    @IntColumn_({nullable: false})
    exitsTriggered!: number

    @IntColumn_({nullable: true})
    createdBlock!: number | undefined | null

    @IntColumn_({nullable: false})
    updatedBlock!: number
}
