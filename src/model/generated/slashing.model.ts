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
     * what was taken, in the unit the event gives (RPL, shares, wad, ETH)
     */
    @BigIntColumn_({nullable: true})
    amount!: bigint | undefined | null

    /**
     * in ETH where the protocol's own figures give it
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
     * EigenLayer: strategies slashed and the wad (1e18 = 100 %) taken from each, as decimal strings in the same order
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
