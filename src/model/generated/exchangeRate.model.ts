import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, Index as Index_, StringColumn as StringColumn_, BigIntColumn as BigIntColumn_, FloatColumn as FloatColumn_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_} from "@subsquid/typeorm-store"
import {Protocol} from "./_protocol"

/**
 * protocol rate history
 */
@Entity_()
export class ExchangeRate {
    constructor(props?: Partial<ExchangeRate>) {
        Object.assign(this, props)
    }

    @PrimaryColumn_()
    id!: string

    @Index_()
    @Column_("varchar", {length: 11, nullable: false})
    protocol!: Protocol

    /**
     * stETH, rETH, or the EigenLayer strategy address
     */
    @Index_()
    @StringColumn_({nullable: false})
    asset!: string

    /**
     * wei of ETH (or underlying) per 1e18 units
     */
    @BigIntColumn_({nullable: false})
    ethPerUnit!: bigint

    @BigIntColumn_({nullable: true})
    totalEth!: bigint | undefined | null

    @BigIntColumn_({nullable: true})
    totalSupply!: bigint | undefined | null

    /**
     * annualised change since the previous rate of the same asset, where defined (fraction, 0.03 = 3 %)
     */
    @FloatColumn_({nullable: true})
    apr!: number | undefined | null

    /**
     * rate before this report, where the event gives it (Lido)
     */
    @BigIntColumn_({nullable: true})
    preEthPerUnit!: bigint | undefined | null

    /**
     * seconds the change covers, where known
     */
    @IntColumn_({nullable: true})
    timeElapsed!: number | undefined | null

    @Index_()
    @IntColumn_({nullable: false})
    blockNumber!: number

    @Index_()
    @DateTimeColumn_({nullable: false})
    timestamp!: Date

    @StringColumn_({nullable: false})
    txHash!: string

    @IntColumn_({nullable: false})
    logIndex!: number
}
