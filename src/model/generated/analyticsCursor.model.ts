import {Entity as Entity_, Column as Column_, PrimaryColumn as PrimaryColumn_, IntColumn as IntColumn_} from "@subsquid/typeorm-store"

/**
 * where the daily series stand: id = daily
 */
@Entity_()
export class AnalyticsCursor {
    constructor(props?: Partial<AnalyticsCursor>) {
        Object.assign(this, props)
    }

    @PrimaryColumn_()
    id!: string

    /**
     * the open (last) day, days since 1970-01-01
     */
    @IntColumn_({nullable: false})
    openDay!: number

    /**
     * last block folded into the series
     */
    @IntColumn_({nullable: false})
    height!: number
}
