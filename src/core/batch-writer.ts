import {Store} from '@subsquid/typeorm-store'
import {EntityManager, In} from 'typeorm'
import type {ColumnMetadata} from 'typeorm/metadata/ColumnMetadata'

/* eslint-disable @typescript-eslint/no-explicit-any */

/** Rows per statement: bounds the size of one parameter array, not the number of statements per batch. */
const ROWS_PER_STATEMENT = 20_000

/**
 * Writes one entity type in ONE statement: `INSERT INTO t (cols) SELECT ... FROM unnest($1::text[], ...)`.
 * TypeORM's own insert/upsert builds a VALUES list with one placeholder per cell and spends most of a sync's
 * CPU doing so (40% in the issue's profile); here each column is one array parameter, Postgres casts.
 *
 * Hot blocks still roll back: the store's change tracker (present only while the processor writes blocks
 * above the finality window) records the rows first, exactly as `store.insert/upsert` would.
 */
/** Table SQL per entity class: metadata does not change while the process runs. */
const TABLES = new Map<Function, TableWriter | null>()

export class BatchWriter {
    private tables = TABLES

    constructor(private store: Store) {}

    /**
     * Entities by id, as `store.findBy(cls, {id: In(ids)})` returns them (relations not loaded, left undefined,
     * so a later upsert keeps them), without TypeORM's query building and hydration.
     */
    async findByIds(cls: Function, ids: string[]): Promise<any[]> {
        let table = this.tableOf(cls)
        if (table == null) return this.store.findBy(cls as any, {id: In(ids)} as any)
        let rows: any[] = await this.em.query(table.selectSql, [ids])
        return rows.map((row) => table!.hydrate(cls, row))
    }

    async insert(rows: any[]): Promise<void> {
        if (rows.length == 0) return
        let table = this.tableOf(rows[0].constructor)
        if (table == null) return this.store.insert(rows)
        await this.changes?.trackInsert(rows[0].constructor, rows)
        await table.write(this.em, rows, false)
    }

    async upsert(rows: any[]): Promise<void> {
        if (rows.length == 0) return
        let table = this.tableOf(rows[0].constructor)
        if (table == null) return this.store.upsert(rows)
        await this.changes?.trackUpsert(rows[0].constructor, rows)
        await table.write(this.em, rows, true)
    }

    private get em(): EntityManager {
        return (this.store as any).em()
    }

    /** The store's hot-block change tracker; undefined for finalized batches. */
    private get changes(): {trackInsert(cls: any, rows: any[]): Promise<void>; trackUpsert(cls: any, rows: any[]): Promise<void>} | undefined {
        return (this.store as any).changes
    }

    private tableOf(cls: Function): TableWriter | null {
        let table = this.tables.get(cls)
        if (table === undefined) {
            table = TableWriter.forEntity(this.em, cls)
            this.tables.set(cls, table)
        }
        return table
    }
}

/** SQL for one table; null (stock store path) when a column cannot travel as one text array (array columns). */
class TableWriter {
    /** columns a plain load fills (relations stay undefined, as with TypeORM's findBy) */
    private plain: ColumnMetadata[]
    readonly selectSql: string

    private constructor(
        private name: string,
        private columns: ColumnMetadata[],
        private types: string[],
        private driver: any
    ) {
        this.plain = columns.filter((c) => c.relationMetadata == null)
        this.selectSql = `SELECT ${this.plain.map((c) => `"${c.databaseName}"`).join(', ')} FROM "${name}" WHERE "id" = ANY($1::text[])`
    }

    hydrate(cls: Function, row: any): any {
        let entity = new (cls as any)()
        for (let c of this.plain) c.setEntityValue(entity, this.driver.prepareHydratedValue(row[c.databaseName], c))
        return entity
    }

    static forEntity(em: EntityManager, cls: Function): TableWriter | null {
        let meta = em.connection.getMetadata(cls)
        let columns = meta.columns
        if (columns.some((c) => c.isArray)) return null
        let driver: any = em.connection.driver
        let types = columns.map((c) => String(driver.normalizeType(c)))
        return new TableWriter(meta.tableName, columns, types, driver)
    }

    async write(em: EntityManager, rows: any[], upsert: boolean): Promise<void> {
        // a property left undefined (a relation not loaded) is left out, as TypeORM does: the row keeps its value
        for (let group of this.groupByDefinedColumns(rows)) {
            for (let i = 0; i < group.rows.length; i += ROWS_PER_STATEMENT) {
                let chunk = group.rows.slice(i, i + ROWS_PER_STATEMENT)
                let params = group.columns.map((c) => chunk.map((row) => this.cell(row, c)))
                await em.query(this.sql(group.columns, upsert), params)
            }
        }
    }

    private cell(row: any, column: number): string | null {
        let c = this.columns[column]
        let value = this.driver.preparePersistentValue(c.getEntityValue(row), c)
        if (value == null) return null
        if (value instanceof Date) return value.toISOString()
        if (Buffer.isBuffer(value) || value instanceof Uint8Array) return '\\x' + Buffer.from(value).toString('hex')
        if (typeof value == 'boolean') return value ? 't' : 'f'
        if (typeof value == 'object') return JSON.stringify(value)
        return String(value)
    }

    private groupByDefinedColumns(rows: any[]): {columns: number[]; rows: any[]}[] {
        let groups = new Map<string, {columns: number[]; rows: any[]}>()
        for (let row of rows) {
            let columns: number[] = []
            for (let i = 0; i < this.columns.length; i++) {
                if (this.columns[i].getEntityValue(row) !== undefined) columns.push(i)
            }
            let key = columns.join(',')
            let group = groups.get(key)
            if (group == null) groups.set(key, (group = {columns, rows: []}))
            group.rows.push(row)
        }
        return [...groups.values()]
    }

    private sqlCache = new Map<string, string>()

    private sql(columns: number[], upsert: boolean): string {
        let key = `${upsert}:${columns.join(',')}`
        let sql = this.sqlCache.get(key)
        if (sql != null) return sql
        let names = columns.map((i) => `"${this.columns[i].databaseName}"`)
        let casts = columns.map((i, k) => `c${k}::${this.types[i]}`)
        let args = columns.map((_, k) => `$${k + 1}::text[]`)
        let aliases = columns.map((_, k) => `c${k}`)
        sql =
            `INSERT INTO "${this.name}" (${names.join(', ')}) ` +
            `SELECT ${casts.join(', ')} FROM unnest(${args.join(', ')}) AS t(${aliases.join(', ')})`
        if (upsert) {
            let updates = names.filter((n) => n != '"id"').map((n) => `${n} = EXCLUDED.${n}`)
            sql += updates.length ? ` ON CONFLICT ("id") DO UPDATE SET ${updates.join(', ')}` : ` ON CONFLICT ("id") DO NOTHING`
        }
        this.sqlCache.set(key, sql)
        return sql
    }
}
