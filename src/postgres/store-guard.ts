import {Logger} from '@subsquid/logger'
import {TypeormDatabase} from '@subsquid/typeorm-store'
import {DbConfig} from '../config'
import {describeDatabaseError} from './errors'

/* eslint-disable @typescript-eslint/no-explicit-any */

/** lib/main.js exit codes: a setting to fix (or no database at start), and a database lost during a batch. */
export const EXIT_SETTING = 2
export const EXIT_DATABASE_LOST = 75

/**
 * The processor's database, with failures to reach it turned into one line instead of the SDK's stack trace:
 * - at connect: a refusal (password, user, database name, host) or no answer exits 2, naming the setting;
 * - during a batch (PostgreSQL restarted under us): PostgreSQL rolls the batch's transaction back, so nothing
 *   of it is half-written; exit 75 (EX_TEMPFAIL), and the next start resumes after the last committed batch.
 * `npm start` / `npm run process` wait for the database and start the processor again after either, unless
 * the database answers and the exit was about a setting. Every other error (a bug, a failed statement)
 * keeps its stack trace.
 */
export function guardDatabase(db: TypeormDatabase, config: DbConfig, log: Logger): TypeormDatabase {
    for (let method of ['connect', 'transact', 'transactHot', 'transactHot2'] as const) {
        let original = (db as any)[method]
        if (typeof original != 'function') continue
        ;(db as any)[method] = async (...args: any[]) => {
            try {
                return await original.apply(db, args)
            } catch (e) {
                let problem = describeDatabaseError(e, config)
                if (problem == null) throw e
                if (method == 'connect') {
                    log.fatal(problem.message)
                    process.exit(EXIT_SETTING)
                }
                log.fatal(`${problem.message}; the batch in progress was rolled back, the next start resumes after the last committed one`)
                process.exit(problem.kind == 'setting' ? EXIT_SETTING : EXIT_DATABASE_LOST)
            }
        }
    }
    return db
}
