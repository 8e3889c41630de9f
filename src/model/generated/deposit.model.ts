import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, Index as Index_, ManyToOne as ManyToOne_, StringColumn as StringColumn_, BigIntColumn as BigIntColumn_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_} from "@subsquid/typeorm-store"
import {Protocol} from "./_protocol"
import {Account} from "./account.model"
import {Strategy} from "./strategy.model"

@Entity_()
export class Deposit {
    constructor(props?: Partial<Deposit>) {
        Object.assign(this, props)
    }

    /**
     * <block>-<logIndex>, zero-padded
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @Column_("varchar", {length: 11, nullable: false})
    protocol!: Protocol

    /**
     * Lido: sender; Rocket Pool: rETH recipient; EigenLayer: staker (pod owner for beacon-chain ETH)
     */
    @Index_()
    @ManyToOne_(() => Account, {nullable: true})
    account!: Account

    /**
     * ETH, or the deposited token's address (EigenLayer strategy deposits)
     */
    @StringColumn_({nullable: false})
    asset!: string

    /**
     * asset units put in (ETH wei for Lido and Rocket Pool; tokens for EigenLayer where derivable)
     */
    @BigIntColumn_({nullable: true})
    amount!: bigint | undefined | null

    /**
     * what the account received: stETH shares, rETH, or EigenLayer strategy shares
     */
    @BigIntColumn_({nullable: false})
    shares!: bigint

    /**
     * ETH value at that block where the protocol's own rates give it
     */
    @BigIntColumn_({nullable: true})
    amountEth!: bigint | undefined | null

    /**
     * EigenLayer only
     */
    @Index_()
    @ManyToOne_(() => Strategy, {nullable: true})
    strategy!: Strategy | undefined | null

    /**
     * Lido only
     */
    @StringColumn_({nullable: true})
    referral!: string | undefined | null

    @Index_()
    @IntColumn_({nullable: false})
    blockNumber!: number

    @Index_()
    @DateTimeColumn_({nullable: false})
    timestamp!: Date

    @Index_()
    @StringColumn_({nullable: false})
    txHash!: string

    @IntColumn_({nullable: false})
    logIndex!: number
}
