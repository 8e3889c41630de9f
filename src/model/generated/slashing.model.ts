import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, Index as Index_, StringColumn as StringColumn_, ManyToOne as ManyToOne_, BigIntColumn as BigIntColumn_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_} from "@subsquid/typeorm-store"
import {Protocol} from "./_protocol"
import {Operator} from "./operator.model"
import {Account} from "./account.model"
import {OperatorSet} from "./operatorSet.model"
import {LidoNodeOperator} from "./lidoNodeOperator.model"

/**
 * every loss event, all protocols, one timeline
 */
@Entity_()
export class Slashing {
    constructor(props?: Partial<Slashing>) {
        Object.assign(this, props)
    }

    @PrimaryColumn_()
    id!: string

    @Index_()
    @Column_("varchar", {length: 11, nullable: false})
    protocol!: Protocol

    /**
     * EIGENLAYER_OPERATOR_SLASHED, EIGENLAYER_BEACON_CHAIN, ROCKET_POOL_RPL, ROCKET_POOL_PENALTY, LIDO_NEGATIVE_REBASE, LIDO_NODE_OPERATOR_PENALTY
     */
    @Index_()
    @StringColumn_({nullable: false})
    kind!: string

    /**
     * EigenLayer operator slashed
     */
    @Index_()
    @ManyToOne_(() => Operator, {nullable: true})
    operator!: Operator | undefined | null

    /**
     * the node / pod owner / penalised address where there is one
     */
    @Index_()
    @ManyToOne_(() => Account, {nullable: true})
    account!: Account | undefined | null

    /**
     * what was taken, per kind: EIGENLAYER_OPERATOR_SLASHED = operator shares slashed in the record's one strategy (OperatorSharesDecreased(op, 0x0) of the slash; strategy shares, 1 beacon-chain ETH share = 1 wei); EIGENLAYER_BEACON_CHAIN = fraction of the pod owner's restaked ETH lost (wad, 1e18 = all: (factorBefore - factorAfter) x 1e18 / factorBefore, rounded down); other kinds: the unit their event gives (RPL, shares, ETH)
     */
    @BigIntColumn_({nullable: true})
    amount!: bigint | undefined | null

    /**
     * in ETH (wei) where the protocol's own figures give it; EigenLayer: operator slashing priced from the strategy rate and our Lido / rETH rates (estimate, see docs/eigenlayer.md), beacon-chain slashing = the checkpoint's balance decrease (exact)
     */
    @BigIntColumn_({nullable: true})
    amountEth!: bigint | undefined | null

    @StringColumn_({nullable: true})
    description!: string | undefined | null

    /**
     * EigenLayer: the operator set slashed
     */
    @Index_()
    @ManyToOne_(() => OperatorSet, {nullable: true})
    operatorSet!: OperatorSet | undefined | null

    /**
     * EigenLayer operator slashing: one record per (slash, strategy): the strategy and the wad (1e18 = 100 % of the operator's stake in it) taken, as one-element lists of decimal strings
     */
    @StringColumn_({array: true, nullable: true})
    strategies!: (string)[] | undefined | null

    @StringColumn_({array: true, nullable: true})
    wadSlashed!: (string)[] | undefined | null

    /**
     * EigenLayer beacon-chain slashing factor before and after (1e18 = no slashing)
     */
    @BigIntColumn_({nullable: true})
    factorBefore!: bigint | undefined | null

    @BigIntColumn_({nullable: true})
    factorAfter!: bigint | undefined | null

    /**
     * Lido: node operator (module-operatorId) penalised
     */
    @Index_()
    @ManyToOne_(() => LidoNodeOperator, {nullable: true})
    lidoNodeOperator!: LidoNodeOperator | undefined | null

    /**
     * Rocket Pool: minipool or megapool penalised
     */
    @StringColumn_({nullable: true})
    pool!: string | undefined | null

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
