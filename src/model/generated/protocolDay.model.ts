import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, Index as Index_, StringColumn as StringColumn_, DateTimeColumn as DateTimeColumn_, BigIntColumn as BigIntColumn_, IntColumn as IntColumn_, FloatColumn as FloatColumn_} from "@subsquid/typeorm-store"
import {Protocol} from "./_protocol"

/**
 * one row per protocol per UTC day; id = <lido|rocketpool|eigenlayer>-<yyyy-mm-dd>
 */
@Entity_()
export class ProtocolDay {
    constructor(props?: Partial<ProtocolDay>) {
        Object.assign(this, props)
    }

    @PrimaryColumn_()
    id!: string

    @Index_()
    @Column_("varchar", {length: 11, nullable: false})
    protocol!: Protocol

    /**
     * yyyy-mm-dd (UTC)
     */
    @Index_()
    @StringColumn_({nullable: false})
    day!: string

    /**
     * 00:00 UTC of the day
     */
    @Index_()
    @DateTimeColumn_({nullable: false})
    date!: Date

    /**
     * TVL in ETH (wei) at close: Lido total pooled ether; Rocket Pool total ETH of the last balances update; EigenLayer the sum over strategies of shares -> underlying -> ETH where our own rates price it (stETH, rETH, beacon-chain ETH), which includes stETH and rETH also counted by Lido and Rocket Pool (see restakedLstEth)
     */
    @BigIntColumn_({nullable: false})
    tvlEth!: bigint

    /**
     * EigenLayer: the part of tvlEth held as stETH or rETH (also in those protocols' TVL); 0 for Lido and Rocket Pool
     */
    @BigIntColumn_({nullable: false})
    restakedLstEth!: bigint

    /**
     * supply at close: Lido total shares, Rocket Pool rETH supply (wei); null for EigenLayer
     */
    @BigIntColumn_({nullable: true})
    supply!: bigint | undefined | null

    /**
     * rate at close (wei of ETH per 1e18 stETH shares / rETH); null for EigenLayer
     */
    @BigIntColumn_({nullable: true})
    rate!: bigint | undefined | null

    /**
     * rate updates (oracle reports / balances updates) that day
     */
    @IntColumn_({nullable: false})
    rateUpdates!: number

    /**
     * seconds the day's rate updates cover (sum of their timeElapsed)
     */
    @IntColumn_({nullable: false})
    rateSeconds!: number

    /**
     * rate at the start of the day's first rate update (its pre-report rate), for aprDay
     */
    @BigIntColumn_({nullable: true})
    rateOpen!: bigint | undefined | null

    /**
     * APR of the day: (last rate of the day - rateOpen) / rateOpen, annualised over rateSeconds (simple); null on days without a rate update
     */
    @FloatColumn_({nullable: true})
    aprDay!: number | undefined | null

    /**
     * simple moving average of aprDay over this day and the 6 before it (days without an update left out); null when none has one
     */
    @FloatColumn_({nullable: true})
    apr7dSma!: number | undefined | null

    /**
     * deposits made that day: count and ETH (EigenLayer: priced deposits only, at the deposit's own amountEth)
     */
    @IntColumn_({nullable: false})
    depositCount!: number

    @BigIntColumn_({nullable: false})
    depositEth!: bigint

    /**
     * withdrawals requested that day (Lido requests in stETH = ETH; Rocket Pool burns; EigenLayer queued withdrawals, priced at the day's close rates where priced)
     */
    @IntColumn_({nullable: false})
    withdrawalRequestCount!: number

    @BigIntColumn_({nullable: false})
    withdrawalRequestEth!: bigint

    /**
     * withdrawals completed that day (Lido claims: ETH paid; Rocket Pool burns: ETH paid; EigenLayer completions, priced at the day's close rates where priced)
     */
    @IntColumn_({nullable: false})
    withdrawalCompletedCount!: number

    @BigIntColumn_({nullable: false})
    withdrawalCompletedEth!: bigint

    /**
     * depositEth - withdrawalCompletedEth
     */
    @BigIntColumn_({nullable: false})
    netFlowEth!: bigint

    /**
     * Slashing records of the protocol that day, and their ETH where the record has it (amountEth)
     */
    @IntColumn_({nullable: false})
    lossCount!: number

    @BigIntColumn_({nullable: false})
    lossEth!: bigint

    /**
     * accounts whose position in the protocol changed that day
     */
    @IntColumn_({nullable: false})
    activeAccounts!: number

    /**
     * accounts with a non-zero position at close (Lido: stETH shares or wstETH; Rocket Pool: rETH; EigenLayer: deposit shares in any strategy), counted incrementally from the first indexed block
     */
    @IntColumn_({nullable: false})
    holders!: number

    /**
     * running totals from the first indexed block to this day's close: deposits, withdrawal requests, completed withdrawals, Slashing records
     */
    @IntColumn_({nullable: false})
    depositsTotal!: number

    @IntColumn_({nullable: false})
    withdrawalRequestsTotal!: number

    @IntColumn_({nullable: false})
    withdrawalsCompletedTotal!: number

    @IntColumn_({nullable: false})
    lossesTotal!: number

    /**
     * last indexed block of the day
     */
    @IntColumn_({nullable: false})
    closeBlock!: number
}
