import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, IntColumn as IntColumn_, DateTimeColumn as DateTimeColumn_, OneToMany as OneToMany_} from "@subsquid/typeorm-store"
import {OperatorStrategyShares} from "./operatorStrategyShares.model"
import {Slashing} from "./slashing.model"
import {Account} from "./account.model"
import {Delegation} from "./delegation.model"
import {AvsRegistration} from "./avsRegistration.model"
import {OperatorSetMember} from "./operatorSetMember.model"
import {OperatorAllocation} from "./operatorAllocation.model"
import {OperatorMagnitude} from "./operatorMagnitude.model"

@Entity_()
export class Operator {
    constructor(props?: Partial<Operator>) {
        Object.assign(this, props)
    }

    /**
     * address
     */
    @PrimaryColumn_()
    id!: string

    @StringColumn_({nullable: true})
    metadataURI!: string | undefined | null

    @IntColumn_({nullable: true})
    registeredBlock!: number | undefined | null

    @DateTimeColumn_({nullable: true})
    registeredAt!: Date | undefined | null

    @StringColumn_({nullable: true})
    delegationApprover!: string | undefined | null

    /**
     * M2 operator details
     */
    @StringColumn_({nullable: true})
    earningsReceiver!: string | undefined | null

    @IntColumn_({nullable: true})
    stakerOptOutWindowBlocks!: number | undefined | null

    /**
     * M1 delegation terms contract
     */
    @StringColumn_({nullable: true})
    delegationTerms!: string | undefined | null

    /**
     * stakers currently delegated, the operator's own self-delegation included (every release delegates an operator to itself at registration)
     */
    @IntColumn_({nullable: false})
    delegatorCount!: number

    /**
     * allocation delay in blocks in effect as of the operator's last AllocationManager event (null: none yet)
     */
    @IntColumn_({nullable: true})
    allocationDelay!: number | undefined | null

    /**
     * allocation delay (blocks) of the last AllocationDelaySet and the block from which it applies; it replaces allocationDelay once that block is reached
     */
    @IntColumn_({nullable: true})
    pendingAllocationDelay!: number | undefined | null

    @IntColumn_({nullable: true})
    allocationDelayEffectBlock!: number | undefined | null

    @OneToMany_(() => OperatorStrategyShares, e => e.operator)
    shares!: OperatorStrategyShares[]

    @OneToMany_(() => Slashing, e => e.operator)
    slashings!: Slashing[]

    @OneToMany_(() => Account, e => e.delegatedTo)
    delegators!: Account[]

    @OneToMany_(() => Delegation, e => e.operator)
    delegations!: Delegation[]

    @OneToMany_(() => AvsRegistration, e => e.operator)
    avsRegistrations!: AvsRegistration[]

    @OneToMany_(() => OperatorSetMember, e => e.operator)
    operatorSets!: OperatorSetMember[]

    @OneToMany_(() => OperatorAllocation, e => e.operator)
    allocations!: OperatorAllocation[]

    @OneToMany_(() => OperatorMagnitude, e => e.operator)
    magnitudes!: OperatorMagnitude[]
}
