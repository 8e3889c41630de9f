import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, IntColumn as IntColumn_, BigIntColumn as BigIntColumn_} from "@subsquid/typeorm-store"

/**
 * Saturn (v1.4) megapool, one per node; id = address. Discovered from RocketDepositPool FundsRequested (receiver) and RocketMegapoolPenalties events; no ABI we have links a megapool to its node
 */
@Entity_()
export class Megapool {
    constructor(props?: Partial<Megapool>) {
        Object.assign(this, props)
    }

    @PrimaryColumn_()
    id!: string

    @IntColumn_({nullable: false})
    discoveredBlock!: number

    /**
     * current debt to the protocol (MegapoolDebtIncreased minus MegapoolDebtReduced), ETH wei
     */
    @BigIntColumn_({nullable: false})
    debt!: bigint

    /**
     * sum of penalties applied, ETH wei
     */
    @BigIntColumn_({nullable: false})
    penaltyTotal!: bigint
}
