import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildDemoScenario} from '../../lib/devnet/scenario'
import {PROTOCOLS} from '../../lib/protocols'
import {book, Stack, startStack} from '../harness'

describe('the demo scenario, indexed end to end', () => {
    let stack: Stack
    beforeAll(async () => {
        stack = await startStack()
    })
    afterAll(async () => {
        await stack?.stop()
    })

    it('decodes every scenario log (nothing skipped) and fills every protocol', async () => {
        let last = await stack.mineScenario(buildDemoScenario(PROTOCOLS, book, 1_700_000_000))
        await stack.waitForHeight(last)
        let {skippedLogs} = await stack.gql(`{ skippedLogs { address topic0 reason } }`)
        expect(skippedLogs).toEqual([])
        let counts = await stack.sql<{protocol: string; n: string}>(`SELECT protocol, count(*) AS n FROM deposit GROUP BY protocol ORDER BY protocol`)
        let protocols = counts.map((c) => c.protocol)
        let expected = PROTOCOLS.map((m) => ({lido: 'LIDO', rocketpool: 'ROCKET_POOL', eigenlayer: 'EIGENLAYER'})[m.name]).sort()
        expect(protocols).toEqual(expected)
    })
})
