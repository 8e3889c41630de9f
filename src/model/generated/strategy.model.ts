import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, BigIntColumn as BigIntColumn_, DateTimeColumn as DateTimeColumn_, BooleanColumn as BooleanColumn_, IntColumn as IntColumn_} from "@subsquid/typeorm-store"

/**
 * id = strategy address; includes the beacon-chain ETH pseudo-strategy
 */
@Entity_()
export class Strategy {
    constructor(props?: Partial<Strategy>) {
        Object.assign(this, props)
    }

    @PrimaryColumn_()
    id!: string

    /**
     * null for beacon-chain ETH
     */
    @StringColumn_({nullable: true})
    underlyingToken!: string | undefined | null

    /**
     * a token strategy's StrategyBase.totalShares (shares minted by deposits, less those withdrawn by completions as tokens and burns; queued withdrawals and slashed shares stay in until then); beacon-chain ETH: the pod owners' deposit shares
     */
    @BigIntColumn_({nullable: false})
    totalShares!: bigint

    /**
     * latest ExchangeRateEmitted rate (underlying per 1e18 shares)
     */
    @BigIntColumn_({nullable: true})
    exchangeRate!: bigint | undefined | null

    /**
     * time of that rate (for the APR of the next one)
     */
    @DateTimeColumn_({nullable: true})
    exchangeRateAt!: Date | undefined | null

    /**
     * stETH strategy only: Lido's share rate (wei of pooled ETH per 1e18 stETH shares, as indexed at the end of that batch) when exchangeRate was set; stETH rebases, so the strategy's stETH per share moves with Lido's rate until its next ExchangeRateEmitted
     */
    @BigIntColumn_({nullable: true})
    exchangeRateLidoShareRate!: bigint | undefined | null

    @BooleanColumn_({nullable: false})
    whitelisted!: boolean

    @IntColumn_({nullable: true})
    addedBlock!: number | undefined | null

    /**
     * shares slashed and waiting to be burnt or redistributed
     */
    @BigIntColumn_({nullable: false})
    burnableShares!: bigint
}
