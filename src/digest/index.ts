import crypto from 'crypto'
import type {ClientBase} from 'pg'

/** One table's content: its rows and a hash over all of its columns, row by row in id order. */
export interface TableDigest {
    table: string
    rows: number
    /** sha256, hex */
    hash: string
}

export interface Digest {
    tables: TableDigest[]
    rows: number
    /** sha256 over every table's name, rows and hash, in table-name order */
    total: string
}

/** the squid's tables live in this schema; its processor status lives apart, in squid_processor (not covered) */
const SCHEMA = 'public'
/** TypeORM's list of applied migrations: bookkeeping of how the schema was built, not indexed content */
const NOT_CONTENT = ['migrations']

/** rows per partial hash: bounds the server's memory whatever a table's size */
const CHUNK = 10_000

/**
 * A deterministic digest of the indexed content, for comparing two databases (a resync against a long-running
 * one, two machines, before/after an upgrade). Depends on content only:
 * - each row is hashed as its JSON object (to_jsonb: every column by name, keys in a fixed order, so neither the
 *   physical column order nor the row's place on disk matters), with times in UTC and floats in their shortest
 *   exact form (session settings fixed here);
 * - rows are taken in id order under the "C" collation (byte order, whatever the database's locale);
 * - a table's hash chains the hashes of chunks of 10,000 rows, each computed in the server.
 * All tables are read in one REPEATABLE READ snapshot, so a processor writing meanwhile cannot tear it.
 */
export async function computeDigest(db: ClientBase): Promise<Digest> {
    await db.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    try {
        await db.query(`SET LOCAL TimeZone = 'UTC'`)
        await db.query(`SET LOCAL extra_float_digits = 1`)
        await db.query(`SET LOCAL DateStyle = 'ISO, YMD'`)
        let tables = await db.query(
            `SELECT t.tablename, EXISTS (SELECT 1 FROM information_schema.columns c
                 WHERE c.table_schema = t.schemaname AND c.table_name = t.tablename AND c.column_name = 'id') AS has_id
             FROM pg_tables t WHERE t.schemaname = $1 ORDER BY t.tablename COLLATE "C"`,
            [SCHEMA]
        )
        let out: TableDigest[] = []
        for (let {tablename, has_id} of tables.rows) {
            if (NOT_CONTENT.includes(tablename)) continue
            out.push(await tableDigest(db, tablename, has_id))
        }
        await db.query('COMMIT')
        return {tables: out, rows: out.reduce((n, t) => n + t.rows, 0), total: totalHash(out)}
    } catch (e) {
        await db.query('ROLLBACK').catch(() => {})
        throw e
    }
}

async function tableDigest(db: ClientBase, table: string, hasId: boolean): Promise<TableDigest> {
    let name = `"${SCHEMA}"."${table.replace(/"/g, '""')}"`
    // a table without an id column (none in the squid's schema today) is ordered by its rows' hashes
    let key = hasId ? `t.id::text COLLATE "C"` : `encode(sha256(convert_to(to_jsonb(t)::text, 'UTF8')), 'hex') COLLATE "C"`
    let res = await db.query(
        `WITH r AS (
             SELECT ${key} AS k, sha256(convert_to(to_jsonb(t)::text, 'UTF8')) AS h FROM ${name} t
         ), o AS (
             SELECT k, h, (row_number() OVER (ORDER BY k) - 1) / ${CHUNK} AS chunk FROM r
         )
         SELECT chunk, count(*)::int AS n, sha256(string_agg(h, ''::bytea ORDER BY k)) AS hash FROM o GROUP BY chunk ORDER BY chunk`
    )
    let hash = crypto.createHash('sha256')
    let rows = 0
    for (let chunk of res.rows) {
        rows += chunk.n
        hash.update(chunk.hash)
    }
    return {table, rows, hash: hash.digest('hex')}
}

export function totalHash(tables: TableDigest[]): string {
    let hash = crypto.createHash('sha256')
    for (let t of [...tables].sort((a, b) => (a.table < b.table ? -1 : a.table > b.table ? 1 : 0))) hash.update(`${t.table}\t${t.rows}\t${t.hash}\n`)
    return hash.digest('hex')
}

export function formatDigest(d: Digest): string {
    let width = Math.max(5, ...d.tables.map((t) => t.table.length))
    let rowsWidth = Math.max(4, ...d.tables.map((t) => String(t.rows).length), String(d.rows).length)
    let line = (a: string, b: string, c: string) => `${a.padEnd(width)}  ${b.padStart(rowsWidth)}  ${c}`
    return [line('table', 'rows', 'sha256'), ...d.tables.map((t) => line(t.table, String(t.rows), t.hash)), line('total', String(d.rows), d.total)].join('\n')
}
