import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import * as epm from '../../lib/abi/EigenPodManager'
import {book, encodeEvent, Stack, startStack} from '../harness'
import {arg, collisionLogs, RealLog, realLogs, replayBlocks} from '../harness/real-logs'

const EL = book.eigenLayer
const BEACON = EL.beaconChainEthStrategy
const EIGEN = '0xacb55c530acdb2849e6d4f36992cd8c9d50ed8f7'

/** Every EigenLayer log of test/fixtures/real-logs (core contracts, the EIGEN strategy and pods), verbatim. */
function eigenLayerLogs(): RealLog[] {
    return realLogs().filter((l) => /^(EL |EigenPod)/.test(l.addressLabel ?? ''))
}

/**
 * Pods whose PodDeployed is not in the data (README: named pods per rotki's test context). Choice: the test
 * deploys them first with a synthetic PodDeployed (owner = the pod owner the same real transactions name: the
 * PodSharesUpdated / DelayedWithdrawalCreated / withdrawal staker of that tx), because the module only accepts
 * pod logs from pods it has seen deployed. Without it their logs are skipped (asserted in eigenlayer-flows).
 */
const UNDEPLOYED_PODS: [pod: string, owner: string][] = [
    ['0x6188f69c', '0xd007058e9b58e74c33c6bf6fbcd38baab813cbb6'], // DelayedWithdrawalCreated.podOwner, same tx
    ['0x35cb1491', '0x78524beeac12368e600457478738c233f436e9f6'], // PodSharesUpdated.podOwner, same tx
    ['0xa6f93249', '0xeff584e8336da7a23ee32ea19a937b016d69d589'], // PodSharesUpdated.podOwner, next tx of the checkpoint
    ['0x951c0537', '0x79f4b334c0e290250dd5b65799310805fd807f0f'], // the withdrawal's staker, same tx
]

describe('EigenLayer: every real mainnet log replayed verbatim', () => {
    let stack: Stack
    let logs: RealLog[]
    let podOf: Record<string, string> = {}
    beforeAll(async () => {
        stack = await startStack()
        logs = eigenLayerLogs()
        let pods = [...new Set(logs.filter((l) => l.addressLabel.startsWith('EigenPod')).map((l) => l.address))]
        for (let [prefix] of UNDEPLOYED_PODS) podOf[prefix] = pods.find((p) => p.startsWith(prefix))!
        await stack.chain.setup(pods)
        // the synthetic deployments, one block before the first real log
        let last = await stack.chain.mineBlock({
            timestamp: logs[0].blockTimestamp - 60,
            txs: [UNDEPLOYED_PODS.map(([prefix, owner]) => encodeEvent(EL.eigenPodManager.address, epm.events.PodDeployed, {eigenPod: podOf[prefix], podOwner: owner}))],
        })
        for (let block of replayBlocks(logs)) last = await stack.chain.mineBlock(block)
        await stack.waitForHeight(last)
    })
    afterAll(async () => {
        await stack?.stop()
    })

    it('replays the 64 EigenLayer logs of the README coverage table', () => {
        // EL + EigenPod rows of the table: 1+1+4+1+2+2+1+2+2+3+2+1+1+3+1+1+1+20+1+2+6+1+5 = 64
        expect(logs.length).toBe(64)
    })

    it('no EigenLayer log was skipped as undecodable', async () => {
        let {skippedLogs} = await stack.gql(`{ skippedLogs { id topic0 reason } }`)
        expect(skippedLogs).toEqual([])
    })

    it('deposits: the three StrategyManager Deposits (M1/M2 form) and the restake credit of PodSharesUpdated (not the checkpoint one)', async () => {
        let {deposits} = await stack.gql(`{
            deposits(where: {protocol_eq: EIGENLAYER}, orderBy: [blockNumber_ASC, logIndex_ASC]) { account { id } asset amount shares amountEth strategy { id } timestamp }
        }`)
        let sm = logs.filter((l) => l.decoded[0].event == 'Deposit')
        let podShares = logs.filter((l) => l.decoded[0].event == 'PodSharesUpdated')
        expect(podShares.length).toBe(2)
        // a restake is the PodSharesUpdated of a verifyWithdrawalCredentials transaction (its pod logs ValidatorRestaked);
        // the other is a checkpoint's (CheckpointFinalized in its transaction): restaked rewards, not a deposit
        let restakeTx = (l: RealLog) => logs.some((x) => x.transactionHash == l.transactionHash && x.decoded[0].event == 'ValidatorRestaked')
        let checkpointTx = (l: RealLog) => logs.some((x) => x.transactionHash == l.transactionHash && x.decoded[0].event == 'CheckpointFinalized')
        expect(podShares.map((l) => [restakeTx(l), checkpointTx(l)])).toEqual([
            [true, false],
            [false, true],
        ])
        let pod = podShares.filter(restakeTx)
        expect(sm.length).toBe(3)
        let ts = (l: RealLog) => new Date(l.blockTimestamp * 1000).toISOString().replace('Z', '000Z')
        let expected = [
            ...sm.map((l) => ({
                log: l,
                row: {
                    account: {id: arg(l, 'depositor')},
                    asset: arg(l, 'token'),
                    // no ExchangeRateEmitted of these strategies before the deposit: tokens not derivable
                    amount: null,
                    shares: arg(l, 'shares'),
                    amountEth: null,
                    strategy: {id: arg(l, 'strategy')},
                    timestamp: ts(l),
                },
            })),
            ...pod.map((l) => ({
                log: l,
                row: {
                    account: {id: arg(l, 'podOwner')},
                    asset: 'ETH',
                    // 1 beacon-chain ETH share = 1 wei
                    amount: arg(l, 'sharesDelta'),
                    shares: arg(l, 'sharesDelta'),
                    amountEth: arg(l, 'sharesDelta'),
                    strategy: {id: BEACON},
                    timestamp: ts(l),
                },
            })),
        ]
            .sort((a, b) => a.log.blockNumber - b.log.blockNumber || a.log.logIndex - b.log.logIndex)
            .map((x) => x.row)
        expect(deposits).toEqual(expected)
        expect(deposits.map((d: any) => d.shares)).toEqual(['5740516176725108094', '111319847875262281', '110000000000000000000', '160000000000000000000'])
    })

    it('withdrawals of every era: M1 completion, M2 queue/complete, slashing-era queue/complete', async () => {
        let {withdrawals} = await stack.gql(`{
            withdrawals(where: {protocol_eq: EIGENLAYER}, orderBy: requestedBlock_ASC) {
                id account { id } status withdrawalRoot shares delegatedTo withdrawer nonce requestedBlock completedBlock receiveAsTokens
                strategies(orderBy: id_ASC) { id strategy { id } shares sharesToWithdraw }
            }
        }`)
        let h = (mainnetBlock: number) => blockOf(logs, mainnetBlock)
        let w = (root: string) => `eigenlayer-${root}`
        expect(withdrawals).toEqual([
            {
                // M1 completion whose queuing is not in the data: record made from the completion itself
                id: w('0x004b6649442a087f2511ba88bc5fdf2044dd1f5de7074b720f7726e8cde70369'),
                account: {id: '0x47e50634e32212f43713bf4e4a86e6275acd456d'},
                status: 'COMPLETED',
                withdrawalRoot: '0x004b6649442a087f2511ba88bc5fdf2044dd1f5de7074b720f7726e8cde70369',
                shares: '0',
                delegatedTo: null,
                withdrawer: '0x47e50634e32212f43713bf4e4a86e6275acd456d',
                nonce: '0',
                requestedBlock: h(19205967),
                completedBlock: h(19205967),
                // an M1 completion does not say tokens or shares
                receiveAsTokens: null,
                strategies: [],
            },
            {
                id: w('0x095056ecfcb92d7b60f2e917be58aad008068ba9e34d882eea9eebf65ce81f77'),
                account: {id: '0x6ee701145e1f44c9aa9fc8889f80863198838145'},
                status: 'COMPLETED',
                withdrawalRoot: '0x095056ecfcb92d7b60f2e917be58aad008068ba9e34d882eea9eebf65ce81f77',
                shares: '108683837472776613',
                delegatedTo: '0x5accc90436492f24e6af278569691e2c942a676d',
                withdrawer: '0x6ee701145e1f44c9aa9fc8889f80863198838145',
                nonce: '0',
                requestedBlock: h(20066231),
                completedBlock: h(20132395),
                // M2: no share log before WithdrawalCompleted: completed as tokens
                receiveAsTokens: true,
                strategies: [{id: w('0x095056ecfcb92d7b60f2e917be58aad008068ba9e34d882eea9eebf65ce81f77') + '-0', strategy: {id: '0x54945180db7943c0ed0fee7edab2bd24620256bc'}, shares: '108683837472776613', sharesToWithdraw: null}],
            },
            {
                id: w('0xaa5e010334aa81720474f3625f04109a378cab05e6e6b8c9bcecc2dffab2fb7f'),
                account: {id: '0x02855536652f67cb936851d94c793fb3ba27f9bb'},
                status: 'REQUESTED',
                withdrawalRoot: '0xaa5e010334aa81720474f3625f04109a378cab05e6e6b8c9bcecc2dffab2fb7f',
                shares: '483504529256635749',
                delegatedTo: '0x4d7c3fc856ab52753b91a6c9213adf013309dd25',
                withdrawer: '0x02855536652f67cb936851d94c793fb3ba27f9bb',
                nonce: '0',
                requestedBlock: h(20120140),
                completedBlock: null,
                receiveAsTokens: null,
                strategies: [{id: w('0xaa5e010334aa81720474f3625f04109a378cab05e6e6b8c9bcecc2dffab2fb7f') + '-0', strategy: {id: '0x93c4b944d05dfe6df7645a86cd2206016c51564d'}, shares: '483504529256635749', sharesToWithdraw: null}],
            },
            {
                id: w('0x8e4008a087a4095d217cc2e7996f42e31cbfff67aeead1332d41706de408ec4e'),
                account: {id: '0x1ded04611e3b48f620d42bc97f798cb085403f73'},
                status: 'COMPLETED',
                withdrawalRoot: '0x8e4008a087a4095d217cc2e7996f42e31cbfff67aeead1332d41706de408ec4e',
                shares: '60000000000000000000',
                delegatedTo: '0x5accc90436492f24e6af278569691e2c942a676d',
                withdrawer: '0x1ded04611e3b48f620d42bc97f798cb085403f73',
                nonce: '0',
                requestedBlock: h(23031719),
                completedBlock: h(25530415),
                // slashing era: the EIGEN strategy's ExchangeRateEmitted after the completion is its withdraw: as tokens
                receiveAsTokens: true,
                strategies: [{id: w('0x8e4008a087a4095d217cc2e7996f42e31cbfff67aeead1332d41706de408ec4e') + '-0', strategy: {id: EIGEN}, shares: '60000000000000000000', sharesToWithdraw: '60000000000000000000'}],
            },
            {
                id: w('0x359d4e37f59466007a6e5246531c6a46b53775266572072df45ec1a18848d9b6'),
                account: {id: '0x79f4b334c0e290250dd5b65799310805fd807f0f'},
                status: 'COMPLETED',
                withdrawalRoot: '0x359d4e37f59466007a6e5246531c6a46b53775266572072df45ec1a18848d9b6',
                shares: '6240000000000000000',
                delegatedTo: '0xa026265a0f01a6e1a19b04655519429df0a57c4e',
                withdrawer: '0x79f4b334c0e290250dd5b65799310805fd807f0f',
                nonce: '3',
                requestedBlock: h(25397195),
                completedBlock: h(25546285),
                // beacon-chain ETH: the pod's RestakedBeaconChainETHWithdrawn after the completion: as tokens
                receiveAsTokens: true,
                strategies: [{id: w('0x359d4e37f59466007a6e5246531c6a46b53775266572072df45ec1a18848d9b6') + '-0', strategy: {id: BEACON}, shares: '6240000000000000000', sharesToWithdraw: '6240000000000000000'}],
            },
        ])
    })

    it('staker and operator shares follow the logs (partial history: a queue without its deposit goes negative)', async () => {
        let {stakerStrategyShares} = await stack.gql(`{ stakerStrategyShares { id shares } }`)
        expect(byId(stakerStrategyShares)).toEqual([
            // the EIGEN withdrawal queued (60e18) without the deposit before it in the data: 0 - 60e18
            {id: `0x1ded04611e3b48f620d42bc97f798cb085403f73-${EIGEN}`, shares: '-60000000000000000000'},
            {id: '0x15acaa0e27b70afe3d7631cdaf5516bcabe3bc0f-0x93c4b944d05dfe6df7645a86cd2206016c51564d', shares: '111319847875262281'},
            {id: '0x65151a6343b16c38286f31fcc93e20246629cf8c-' + EIGEN, shares: '110000000000000000000'},
            {id: '0x6ee701145e1f44c9aa9fc8889f80863198838145-0x54945180db7943c0ed0fee7edab2bd24620256bc', shares: '-108683837472776613'},
            // PodSharesUpdated +160e18
            {id: `0x78524beeac12368e600457478738c233f436e9f6-${BEACON}`, shares: '160000000000000000000'},
            // NewTotalShares is authoritative; the beacon ETH withdrawal of the same tx is not removed twice
            {id: `0x79f4b334c0e290250dd5b65799310805fd807f0f-${BEACON}`, shares: '985880306923000000000'},
            {id: '0x02855536652f67cb936851d94c793fb3ba27f9bb-0x93c4b944d05dfe6df7645a86cd2206016c51564d', shares: '-483504529256635749'},
            {id: '0xbec0937e0e99425a886b99a3b956c7ac6c39aa12-0x0fe4f44bee93503346a3ac9ee5a26b130a5796d6', shares: '5740516176725108094'},
            // PodSharesUpdated +74488e9, then NewTotalShares 33885242198e9 (the total wins)
            {id: `0xeff584e8336da7a23ee32ea19a937b016d69d589-${BEACON}`, shares: '33885242198000000000'},
        ].sort(compareIds))

        let {operatorStrategyShares} = await stack.gql(`{ operatorStrategyShares { id shares } }`)
        expect(byId(operatorStrategyShares)).toEqual([
            {id: '0x4d7c3fc856ab52753b91a6c9213adf013309dd25-0x93c4b944d05dfe6df7645a86cd2206016c51564d', shares: '-483504529256635749'},
            {id: '0x5accc90436492f24e6af278569691e2c942a676d-0x54945180db7943c0ed0fee7edab2bd24620256bc', shares: '-108683837472776613'},
            {id: `0x5accc90436492f24e6af278569691e2c942a676d-${EIGEN}`, shares: '-60000000000000000000'},
            {id: `0x5dcdf02a7188257b7c37dd3158756da9ccd4a9cb-${BEACON}`, shares: '160000000000000000000'},
            {id: `0xa026265a0f01a6e1a19b04655519429df0a57c4e-${BEACON}`, shares: '-6240000000000000000'},
        ])
    })

    it('pods: deployments, restaking activation, restaked validators, checkpoints and every pod event', async () => {
        let {eigenPods} = await stack.gql(`{ eigenPods(orderBy: id_ASC) { id owner { id } restakingActivated validatorsRestaked lastCheckpointTimestamp events { kind } } }`)
        let byId = Object.fromEntries(eigenPods.map((p: any) => [p.id, p]))
        expect(eigenPods.length).toBe(7) // 3 real PodDeployed + 4 synthetic
        expect(byId['0x081ac22eb8582ef9f5ae596a5e8df42b451b28b7']).toMatchObject({owner: {id: '0x24557b5d264757a3fce2b55b257709d9f8c5ae94'}, restakingActivated: true, events: [{kind: 'RestakingActivated'}]})
        expect(byId['0x664bfef14a62f316175d39d355809d04d2cb7a23']).toMatchObject({owner: {id: '0x80b7eda1baa2290478205786615f65052c80882f'}, restakingActivated: true})
        expect(byId['0xa2e9c8705286bf81ec4615e453815b5be66331e3']).toMatchObject({owner: {id: '0x789e8dd02ffccd7a753b048559d4fbea1e1a1b7c'}, restakingActivated: false, validatorsRestaked: 0, events: []})
        expect(byId[podOf['0x35cb1491']]).toMatchObject({validatorsRestaked: 5})
        expect(byId[podOf['0xa6f93249']]).toMatchObject({lastCheckpointTimestamp: '1725469127'})
        expect(byId[podOf['0x6188f69c']].events.length).toBe(20)

        let {eigenPodEvents} = await stack.gql(`{ eigenPodEvents(orderBy: [blockNumber_ASC, logIndex_ASC]) { pod { id } kind validatorIndex pubkeyHash amount recipient checkpointTimestamp } }`)
        let podLogs = logs.filter((l) => l.addressLabel.startsWith('EigenPod'))
        expect(eigenPodEvents.length).toBe(podLogs.length)
        // each row carries the decoded values of its log
        eigenPodEvents.forEach((row: any, i: number) => {
            let l = podLogs[i]
            let a = l.decoded[0].args
            expect(row.pod.id).toBe(l.address)
            expect(row.kind).toBe(l.decoded[0].event)
            expect(row.validatorIndex).toBe(a.validatorIndex == null ? null : String(a.validatorIndex))
            expect(row.recipient).toBe(a.recipient == null ? null : a.recipient.toLowerCase())
            expect(row.checkpointTimestamp).toBe(a.checkpointTimestamp ?? null)
            let amount = a.partialWithdrawalAmountGwei ?? a.newValidatorBalanceGwei ?? a.totalShareDeltaWei ?? a.amount ?? null
            expect(row.amount).toBe(amount)
        })
        expect(eigenPodEvents.filter((e: any) => e.kind == 'PartialWithdrawalRedeemed')[0]).toMatchObject({validatorIndex: '1390870', amount: '1066022', recipient: '0xd007058e9b58e74c33c6bf6fbcd38baab813cbb6'})
    })

    it('strategy rate (ExchangeRateEmitted), rewards claim and delayed withdrawals', async () => {
        let rate = logs.find((l) => l.decoded[0].event == 'ExchangeRateEmitted')!
        let {exchangeRates, strategyById} = await stack.gql(`{
            exchangeRates(where: {protocol_eq: EIGENLAYER}) { asset ethPerUnit blockNumber }
            strategyById(id: "${EIGEN}") { exchangeRate underlyingToken }
        }`)
        expect(exchangeRates).toEqual([{asset: EIGEN, ethPerUnit: arg(rate, 'rate'), blockNumber: blockOf(logs, 25530415)}])
        // the EIGEN strategy holds bEIGEN 0x83e9... (address book); the 4-field Deposit's token is what was deposited
        // (EIGEN 0xec53..., which EigenStrategy unwraps) and does not set it
        expect(strategyById).toEqual({exchangeRate: '1000000000000000000', underlyingToken: '0x83e9115d334d248ce39a6f36144aeab5b3456e75'})

        let claim = logs.find((l) => l.decoded[0].event == 'RewardsClaimed')!
        let {rewardClaims} = await stack.gql(`{ rewardClaims { root earner claimer recipient token amount } }`)
        expect(rewardClaims).toEqual([
            {root: arg(claim, 'root'), earner: arg(claim, 'earner'), claimer: arg(claim, 'claimer'), recipient: arg(claim, 'recipient'), token: arg(claim, 'token'), amount: '10159378047479'},
        ])

        let created = logs.find((l) => l.decoded[0].event == 'DelayedWithdrawalCreated')!
        let claimed = logs.find((l) => l.decoded[0].event == 'DelayedWithdrawalsClaimed')!
        let {delayedWithdrawals, delayedWithdrawalClaims} = await stack.gql(`{
            delayedWithdrawals { podOwner recipient amount index }
            delayedWithdrawalClaims { recipient amountClaimed delayedWithdrawalsCompleted }
        }`)
        expect(delayedWithdrawals).toEqual([{podOwner: arg(created, 'podOwner'), recipient: arg(created, 'recipient'), amount: '21045998000000000', index: '60'}])
        expect(delayedWithdrawalClaims).toEqual([{recipient: arg(claimed, 'recipient'), amountClaimed: '4538247000000000', delayedWithdrawalsCompleted: '2'}])
    })

    it('topic0 collisions from other contracts (Beefy Deposit 0x5548c837, eETH TransferShares) land nowhere', async () => {
        let collisions = collisionLogs()
        await stack.chain.setup(collisions.map((l) => l.address))
        let before = await counts(stack)
        // verbatim logs (address, topics, data); only the time moves, the chain is past their mainnet blocks
        let last = await stack.chain.mineBlock({
            timestamp: 1_900_000_000,
            txs: collisions.map((l) => [{address: l.address, topics: l.topics, data: l.data}]),
        })
        await stack.waitForHeight(last)
        expect(collisions.some((l) => l.topics[0] == '0x5548c837ab068cf56a2c2479df0882a4922fd203edb7517321831d95078c5f62')).toBe(true)
        expect(await counts(stack)).toEqual(before)
    })
})

function compareIds(a: {id: string}, b: {id: string}): number {
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

function byId<T extends {id: string}>(rows: T[]): T[] {
    return [...rows].sort(compareIds)
}

/** The devnet block a mainnet block was replayed at: blocks are mined in order, one per mainnet block, after the setup block. */
function blockOf(logs: RealLog[], mainnetBlock: number): number {
    let blocks = [...new Set(logs.map((l) => l.blockNumber))].sort((a, b) => a - b)
    return 2 + blocks.indexOf(mainnetBlock)
}

async function counts(stack: Stack) {
    let data = await stack.gql(`{
        deposits { id } skippedLogs { id } stakerStrategyShares { id shares } withdrawals { id } eigenPodEvents { id } accounts { id }
    }`)
    return Object.fromEntries(Object.entries(data).map(([k, v]: [string, any]) => [k, k == 'stakerStrategyShares' ? v : v.length]))
}
