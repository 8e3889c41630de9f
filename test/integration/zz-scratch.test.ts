import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildDemoScenario} from '../../lib/devnet/scenario'
import {PROTOCOLS} from '../../lib/protocols'
import {book, Stack, startStack} from '../harness'

describe('scratch', () => {
    let stack: Stack
    beforeAll(async () => { stack = await startStack() })
    afterAll(async () => { await stack?.stop() })
    it('runs', async () => {
        let last = 0
        for (let block of buildDemoScenario(PROTOCOLS, book, 1_700_000_000)) last = await stack.chain.mineBlock(block)
        await stack.waitForHeight(last)
        let q = async (s: string) => { try { console.log(JSON.stringify(await stack.gql(s)).slice(0, 3000)) } catch (e) { console.log(String(e).slice(0, 2000)) } }
        await q(`{ protocolTotals { atBlock sumTvlEth overlapEth uniqueTvlEth protocols { protocol day tvlEth supply rate aprDay apr7dSma holders depositsTotal withdrawalRequestsTotal lossesTotal } } }`)
        await q(`{ protocolDays(orderBy: [day_ASC, protocol_ASC], limit: 60) { id tvlEth rate aprDay apr7dSma depositCount depositEth withdrawalRequestCount withdrawalCompletedEth lossCount lossEth activeAccounts holders } }`)
        await q(`{ topOperators(limit: 5) { operator delegatedEth delegatorCount avss } topAvss(limit: 5) { avs ethSlashable operatorSets operators } topAccounts(limit: 5) { account totalEth lidoEth rocketPoolEth eigenlayerEth } }`)
        await q(`{ counts { deposits withdrawalRequests slashings operators strategies eigenPods skippedLogs } }`)
        await q(`{ losses(from: "2020-01-01T00:00:00Z", to: "2030-01-01T00:00:00Z", limit: 5) { count totalEth byProtocol { protocol count lossEth } items { kind amountEth timestamp } } }`)
        await q(`{ accountPosition(id: "0x00000000000000000000000000000000011d0a11") { id atBlock totalEth lido { stethShares stethBalance wstethBalance wstethInSteth totalEth } rocketPool { rethBalance ethValue } eigenlayer { totalEth strategies { strategy withdrawableShares ethValue pricing } } } }`)
        await q(`{ withdrawalQueueDays(orderBy: day_ASC, limit: 30) { day pendingRequests pendingSteth unclaimedEth requestedCount finalizedCount claimedCount waitMedianSeconds waitP90Seconds } }`)
        await q(`{ strategyDays(orderBy: day_DESC, limit: 10) { id totalShares underlying ethValue depositCount withdrawalCount } operatorDays(orderBy: day_DESC, limit: 5) { id delegatedEth strategies delegatorCount slashingCount } }`)
        await q(`{ accountExposure(id: "0x0000000000000000000000000000000000e1da7e") { operator exposedEth byAvs { avs ethAtRisk } strategies { strategy shares ethValue sets { avs operatorSetId magnitude maxMagnitude fraction slashableShares ethAtRisk registered pendingMagnitude pendingEffectBlock } } } }`)
        await q(`{ avsExposure(avs: "0x0000000000000000000000000000000000e1a775") { totalEthSlashable operatorSets { operatorSetId operators strategies ethSlashable } } }`)
        console.log(stack.processorOutput().split('\n').filter(l => /error|warn/i.test(l)).slice(0, 20).join('\n'))
    })
})
