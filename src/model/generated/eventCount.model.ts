import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, StringColumn as StringColumn_, Index as Index_, IntColumn as IntColumn_} from "@subsquid/typeorm-store"

/**
 * how many logs of one event of one contract kind and ABI era the squid received, and what became of each; id = <protocol>-<contractKind>-<event>-<era>
 */
@Entity_()
export class EventCount {
    constructor(props?: Partial<EventCount>) {
        Object.assign(this, props)
    }

    /**
     * <protocol>-<contractKind>-<event>-<era>, e.g. lido-steth-Submitted-legacy+current (no part contains '-')
     */
    @PrimaryColumn_()
    id!: string

    /**
     * the module whose log request delivered the log: lido, rocketpool or eigenlayer; 'unattributed' for a log no module counted (a defect: the processor warns about it)
     */
    @Index_()
    @StringColumn_({nullable: false})
    protocol!: string

    /**
     * the module's name for the contract (its contracts.ts), e.g. steth, withdrawalQueue, reth, minipool, delegationManager, eigenPod; 'unknown': an address the module does not track that logged one of the topic0s it requests from any address (a decoy)
     */
    @StringColumn_({nullable: false})
    contractKind!: string

    /**
     * the event the log's topic0 names in the contract's ABI (overloads share one name, as in contracts.ts); for an unattributed log, its topic0
     */
    @Index_()
    @StringColumn_({nullable: false})
    event!: string

    /**
     * the ABI era of the log: Lido and EigenLayer the era files (abi/*.json) declaring the log's exact form joined with '+' (e.g. legacy+current, m1+m2, slashing+current); Rocket Pool the release label of the address in the address book (v1.0 ... v1.4), 'all' for minipools and megapools; 'unknown' when the log fits no form (a decoy, or a topic count no era declares)
     */
    @StringColumn_({nullable: false})
    era!: string

    /**
     * logs delivered by the processor (every one is counted once: handled + ignored + skipped)
     */
    @IntColumn_({nullable: false})
    received!: number

    /**
     * logs decoded and applied by a handler, including those read together with another log of their transaction (ETHDistributed with its TokenRebased, DepositReceived with its rETH mint)
     */
    @IntColumn_({nullable: false})
    handled!: number

    /**
     * logs deliberately not applied: a decoy (contractKind unknown), or a log another log of its transaction supersedes (docs/counters.md lists each case)
     */
    @IntColumn_({nullable: false})
    ignored!: number

    /**
     * logs that could not be decoded: each is also a SkippedLog row
     */
    @IntColumn_({nullable: false})
    skipped!: number

    /**
     * first and last block with a log of this row
     */
    @IntColumn_({nullable: false})
    firstBlock!: number

    @IntColumn_({nullable: false})
    lastBlock!: number
}
