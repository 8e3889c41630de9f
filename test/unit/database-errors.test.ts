import {describe, expect, it} from 'vitest'
import {QueryRunnerProviderAlreadyReleasedError} from 'typeorm'
import {describeDatabaseError} from '../../lib/postgres/errors'
import {loadConfig} from '../../lib/config'

const db = loadConfig({NETWORK: 'devnet', RPC_ETH_HTTP: 'http://127.0.0.1:8545', DB_HOST: '127.0.0.1', DB_PORT: '5433'}).db

describe('database errors the processor turns into one line', () => {
    it('a connection lost under a batch, however it surfaces', () => {
        let lost = (e: unknown) => describeDatabaseError(e, db)?.kind
        expect(lost(Object.assign(new Error('terminating connection due to administrator command'), {code: '57P01'}))).toBe('unreachable')
        expect(lost(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5433'), {code: 'ECONNREFUSED'}))).toBe('unreachable')
        // TypeORM's error when the batch's connection was released under it (seen when PostgreSQL restarts mid-batch)
        expect(lost(new QueryRunnerProviderAlreadyReleasedError())).toBe('unreachable')
        expect(describeDatabaseError(new QueryRunnerProviderAlreadyReleasedError(), db)?.message).toBe(
            'PostgreSQL at 127.0.0.1:5433/stakewatch does not answer (Database connection provided by a query runner was already released, cannot continue to use its querying methods anymore.): check DB_HOST and DB_PORT and that the server runs'
        )
    })

    it('a bad setting names it; any other error is not a database fault', () => {
        expect(describeDatabaseError(Object.assign(new Error('password authentication failed for user "postgres"'), {code: '28P01'}), db)?.kind).toBe('setting')
        expect(describeDatabaseError(new Error('duplicate key value violates unique constraint'), db)).toBeUndefined()
    })
})
