import {DbConfig} from '../config'

/* eslint-disable @typescript-eslint/no-explicit-any */

export interface DatabaseProblem {
    /** one line for the user, naming the setting to check */
    message: string
    /**
     * `setting`: the database refuses us (password, user, database name, unknown host): the user's to fix,
     * exit code 2. `unreachable`: nothing answers, or the connection was lost (a restart of PostgreSQL):
     * retrying later can cure it.
     */
    kind: 'setting' | 'unreachable'
}

const LOST = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', '53300'])
const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'EAI_AGAIN'])

/** Where the database is, as the user configured it (password hidden). */
export function databaseTarget(db: DbConfig): string {
    if (db.url) {
        let u = new URL(db.url)
        return `${u.hostname}:${u.port || 5432}/${u.pathname.slice(1) || db.name}`
    }
    return `${db.host}:${db.port}/${db.name}`
}

/**
 * What went wrong with the database, in one line naming the setting, or undefined for an error that is not
 * about reaching or logging in to it (a bug, a failed query: those keep their stack).
 */
export function describeDatabaseError(e: unknown, db: DbConfig): DatabaseProblem | undefined {
    let err = e as any
    let code: string | undefined = err?.code ?? err?.driverError?.code ?? err?.cause?.code
    let text = String(err?.message ?? err)
    let where = `PostgreSQL at ${databaseTarget(db)}`
    let settings = db.kind == 'embedded' ? 'EMBEDDED_DB_PORT' : db.url ? 'DB_URL' : 'DB_HOST and DB_PORT'
    let credentials = db.kind == 'embedded' ? 'DB_USER / DB_PASS (unset them for the embedded database)' : db.url ? 'the user and password in DB_URL (or DB_USER / DB_PASS)' : 'DB_USER and DB_PASS'
    if (code == '28P01' || code == '28000') {
        return {kind: 'setting', message: `${where} refused user "${db.user}" (${firstLine(text)}): check ${credentials}`}
    }
    if (code == '3D000') {
        return {kind: 'setting', message: `${where}: ${firstLine(text)}: check ${db.url ? 'the database name in DB_URL' : 'DB_NAME'}, or create the database`}
    }
    if (code == 'ENOTFOUND') {
        return {kind: 'setting', message: `${where}: host not found: check ${db.url ? 'the host in DB_URL' : 'DB_HOST'}`}
    }
    // TypeORM's QueryRunnerProviderAlreadyReleasedError: the batch's connection was closed under it (the server
    // went away while a query of the batch was being prepared), the same loss seen one step later
    let released = err?.name == 'QueryRunnerProviderAlreadyReleasedError'
    if ((code && (UNREACHABLE.has(code) || LOST.has(code))) || released || /Connection terminated|connection timeout|terminating connection/i.test(text)) {
        return {kind: 'unreachable', message: `${where} does not answer (${code ?? firstLine(text)}): check ${settings} and that the server runs`}
    }
    return undefined
}

function firstLine(s: string): string {
    return s.split('\n')[0].slice(0, 200)
}
