import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, Index as Index_, ManyToOne as ManyToOne_, BigIntColumn as BigIntColumn_, StringColumn as StringColumn_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, BooleanColumn as BooleanColumn_, OneToMany as OneToMany_} from "@subsquid/typeorm-store"
import {Protocol} from "./_protocol"
import {Account} from "./account.model"
import {WithdrawalStatus} from "./_withdrawalStatus"
import {WithdrawalStrategyShares} from "./withdrawalStrategyShares.model"

/**
 * one record per withdrawal request, updated through its life
 */
@Entity_()
export class Withdrawal {
    constructor(props?: Partial<Withdrawal>) {
        Object.assign(this, props)
    }

    /**
     * lido-<requestId>, eigenlayer-<withdrawalRoot>, rocketpool-<txHash>-<logIndex>
     */
    @PrimaryColumn_()
    id!: string

    @Index_()
    @Column_("varchar", {length: 11, nullable: false})
    protocol!: Protocol

    /**
     * Lido: current NFT owner; EigenLayer: staker; Rocket Pool: burner
     */
    @Index_()
    @ManyToOne_(() => Account, {nullable: true})
    account!: Account

    @Index_()
    @Column_("varchar", {length: 9, nullable: false})
    status!: WithdrawalStatus

    /**
     * Lido unstETH NFT id
     */
    @Index_()
    @BigIntColumn_({nullable: true})
    requestId!: bigint | undefined | null

    /**
     * EigenLayer
     */
    @Index_()
    @StringColumn_({nullable: true})
    withdrawalRoot!: string | undefined | null

    /**
     * asked for: stETH (Lido), rETH (Rocket Pool)
     */
    @BigIntColumn_({nullable: true})
    amount!: bigint | undefined | null

    /**
     * Lido shares / rETH burned / sum of EigenLayer shares
     */
    @BigIntColumn_({nullable: false})
    shares!: bigint

    /**
     * ETH finally paid (Lido claimed ETH, Rocket Pool ethAmount) or, once finalized, claimable (Lido)
     */
    @BigIntColumn_({nullable: true})
    amountEth!: bigint | undefined | null

    @Index_()
    @IntColumn_({nullable: false})
    requestedBlock!: number

    @Index_()
    @DateTimeColumn_({nullable: false})
    requestedAt!: Date

    @StringColumn_({nullable: false})
    requestTxHash!: string

    @IntColumn_({nullable: false})
    requestLogIndex!: number

    @IntColumn_({nullable: true})
    finalizedBlock!: number | undefined | null

    @DateTimeColumn_({nullable: true})
    finalizedAt!: Date | undefined | null

    @StringColumn_({nullable: true})
    finalizedTxHash!: string | undefined | null

    /**
     * seconds from request to finalization (Lido)
     */
    @IntColumn_({nullable: true})
    finalizationDelay!: number | undefined | null

    /**
     * Lido: the protocol was in bunker mode when this request was finalized
     */
    @BooleanColumn_({nullable: true})
    finalizedInBunkerMode!: boolean | undefined | null

    @IntColumn_({nullable: true})
    completedBlock!: number | undefined | null

    @DateTimeColumn_({nullable: true})
    completedAt!: Date | undefined | null

    @StringColumn_({nullable: true})
    completedTxHash!: string | undefined | null

    /**
     * Lido: who asked for the withdrawal (the NFT may later move to another owner)
     */
    @StringColumn_({nullable: true})
    requestor!: string | undefined | null

    /**
     * Lido: who received the claimed ETH
     */
    @StringColumn_({nullable: true})
    receiver!: string | undefined | null

    /**
     * EigenLayer: operator the staker was delegated to when queuing
     */
    @StringColumn_({nullable: true})
    delegatedTo!: string | undefined | null

    /**
     * EigenLayer: who may complete the withdrawal
     */
    @StringColumn_({nullable: true})
    withdrawer!: string | undefined | null

    /**
     * EigenLayer: the staker's withdrawal nonce
     */
    @BigIntColumn_({nullable: true})
    nonce!: bigint | undefined | null

    /**
     * EigenLayer M2 and later: completed as tokens (true) or re-credited as shares (false), read from the completion's own logs; null while not completed and for M1
     */
    @BooleanColumn_({nullable: true})
    receiveAsTokens!: boolean | undefined | null

    /**
     * EigenLayer M2: root of the M1 withdrawal this one replaced (WithdrawalMigrated)
     */
    @StringColumn_({nullable: true})
    migratedFrom!: string | undefined | null

    /**
     * EigenLayer M1: root of the M2 withdrawal this one became (WithdrawalMigrated); the record is then no longer counted
     */
    @StringColumn_({nullable: true})
    migratedTo!: string | undefined | null

    /**
     * EigenLayer: per-strategy shares
     */
    @OneToMany_(() => WithdrawalStrategyShares, e => e.withdrawal)
    strategies!: WithdrawalStrategyShares[]
}
