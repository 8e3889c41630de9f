import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, ManyToOne as ManyToOne_, Index as Index_, StringColumn as StringColumn_, BigIntColumn as BigIntColumn_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_} from "@subsquid/typeorm-store"
import {EigenPod} from "./eigenPod.model"

/**
 * validator restaked, balance updated, checkpoint, withdrawal... as emitted by a pod (every pod era)
 */
@Entity_()
export class EigenPodEvent {
    constructor(props?: Partial<EigenPodEvent>) {
        Object.assign(this, props)
    }

    @PrimaryColumn_()
    id!: string

    @Index_()
    @ManyToOne_(() => EigenPod, {nullable: true})
    pod!: EigenPod

    /**
     * event name, e.g. ValidatorRestaked, ValidatorBalanceUpdated, CheckpointFinalized
     */
    @Index_()
    @StringColumn_({nullable: false})
    kind!: string

    @BigIntColumn_({nullable: true})
    validatorIndex!: bigint | undefined | null

    @StringColumn_({nullable: true})
    pubkeyHash!: string | undefined | null

    /**
     * gwei for balances and withdrawals as emitted; wei for totalShareDeltaWei / amounts
     */
    @BigIntColumn_({nullable: true})
    amount!: bigint | undefined | null

    @StringColumn_({nullable: true})
    recipient!: string | undefined | null

    @BigIntColumn_({nullable: true})
    checkpointTimestamp!: bigint | undefined | null

    @Index_()
    @IntColumn_({nullable: false})
    blockNumber!: number

    @DateTimeColumn_({nullable: false})
    timestamp!: Date

    @StringColumn_({nullable: false})
    txHash!: string

    @IntColumn_({nullable: false})
    logIndex!: number
}
