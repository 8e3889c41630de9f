import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, BigIntColumn as BigIntColumn_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_} from "@subsquid/typeorm-store"

/**
 * ETH entering the rETH contract's balance (rETH EtherDeposited), the collateral that pays burns at once. Not income: mostly user ETH moving (deposit-pool ETH for burns and v1.4 top-ups, minipool principal); reward shares are mixed in
 */
@Entity_()
export class RethCollateralInflow {
    constructor(props?: Partial<RethCollateralInflow>) {
        Object.assign(this, props)
    }

    @PrimaryColumn_()
    id!: string

    /**
     * sender (EtherDeposited.from)
     */
    @Index_()
    @StringColumn_({nullable: false})
    from!: string

    /**
     * DEPOSIT_POOL (a RocketDepositPool: deposit ETH moved into rETH), MINIPOOL (a known minipool: user capital and reward share), MEGAPOOL (a known megapool), OTHER (smoothing pool / rewards relay, unknown minipools, anyone else)
     */
    @Index_()
    @StringColumn_({nullable: false})
    source!: string

    /**
     * ETH wei
     */
    @BigIntColumn_({nullable: false})
    amount!: bigint

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
