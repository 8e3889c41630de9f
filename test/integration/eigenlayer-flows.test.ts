import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import * as pod from '../../lib/abi/EigenPod'
import * as epmAbi from '../../lib/abi/EigenPodManager'
import * as sb from '../../lib/abi/StrategyBaseTVLLimits'
import * as sfAbi from '../../lib/abi/StrategyFactory'
import {DEMO, demoScenario} from '../../lib/protocols/eigenlayer/demo'
import {book, encodeEvent, Stack, startStack} from '../harness'

const EL = book.eigenLayer
const E = 10n ** 18n
const s = (x: bigint) => x.toString()
const strategy = (symbol: string) => EL.strategies.find((x) => x.symbol == symbol)!.address
const STETH = strategy('stETH')
const RETH = strategy('rETH')
const EIGEN = strategy('EIGEN')
const BEACON = EL.beaconChainEthStrategy
const POD = EL.eigenPodBeacon // the demo's pod (see demo.ts)
const root = (n: number) => '0x' + n.toString(16).padStart(64, '0')
const wid = (n: number) => `eigenlayer-${root(n)}`
const {carol, erin, alice, dave, frank, bob, op1, op2, op3, avs} = DEMO

/**
 * The module's demo scenario (every EigenLayer event kind, M1 -> slashing era) replayed on the harness; the
 * expected values are worked out by hand from the scenario's numbers (arithmetic in the comments).
 */
describe('EigenLayer flows of every era (demo scenario on anvil -> processor -> Postgres -> GraphQL)', () => {
    let stack: Stack
    let heights: number[] = []
    // block index in the scenario -> devnet height
    const at = (secondsAfterStart: number) => heights[demoScenario(book).findIndex((b) => b.secondsAfterStart == secondsAfterStart)]
    beforeAll(async () => {
        stack = await startStack()
        for (let block of demoScenario(book)) {
            heights.push(await stack.chain.mineBlock({timestamp: 1_800_000_000 + block.secondsAfterStart, txs: block.txs}))
        }
        await stack.waitForHeight(heights[heights.length - 1])
    })
    afterAll(async () => {
        await stack?.stop()
    })

    it('deposits of each form: M1/M2 4-field, slashing-era 3-field (token from StrategyTokenSet, amount from the rate), beacon-chain ETH', async () => {
        let {deposits} = await stack.gql(`{
            deposits(where: {protocol_eq: EIGENLAYER}, orderBy: [blockNumber_ASC, logIndex_ASC]) { account { id } asset amount shares amountEth strategy { id } blockNumber }
        }`)
        expect(deposits).toEqual([
            {account: {id: carol}, asset: '0xae7ab96520de3a18e5e111b5eaab095312d7fe84', amount: null, shares: s(10n * E), amountEth: null, strategy: {id: STETH}, blockNumber: at(0)},
            {account: {id: erin}, asset: '0xae7ab96520de3a18e5e111b5eaab095312d7fe84', amount: null, shares: s(2n * E), amountEth: null, strategy: {id: STETH}, blockNumber: at(0)},
            // M1 BeaconChainETHDeposited in a tx without EigenPodStaked nor pod share log: a 32 ETH credit
            {account: {id: bob}, asset: 'ETH', amount: s(32n * E), shares: s(32n * E), amountEth: s(32n * E), strategy: {id: BEACON}, blockNumber: at(12)},
            {account: {id: alice}, asset: '0xae78736cd615f374d3085123a210448e74fc6393', amount: null, shares: s(5n * E), amountEth: null, strategy: {id: RETH}, blockNumber: at(100)},
            {account: {id: bob}, asset: 'ETH', amount: s(E), shares: s(E), amountEth: s(E), strategy: {id: BEACON}, blockNumber: at(112)},
            {account: {id: bob}, asset: 'ETH', amount: s(E / 2n), shares: s(E / 2n), amountEth: s(E / 2n), strategy: {id: BEACON}, blockNumber: at(200)},
            // 100e18 shares x rate 1e18 / 1e18 = 100e18 bEIGEN
            {account: {id: dave}, asset: '0xec53bf9167f50cdeb3ae105f56099aaab9061f83', amount: s(100n * E), shares: s(100n * E), amountEth: null, strategy: {id: EIGEN}, blockNumber: at(300)},
        ])
    })

    it('staker deposit shares and strategy totals after deposits and queued withdrawals of every era', async () => {
        let {stakerStrategyShares} = await stack.gql(`{ stakerStrategyShares { staker { id } strategy { id } shares depositScalingFactor } }`)
        let get = (staker: string, strat: string) => stakerStrategyShares.find((r: any) => r.staker.id == staker && r.strategy.id == strat)
        // carol: 10 - 4 (M1 queue) = 6e18; erin: 2 - 1 (M1 queue; its M2 migration removes nothing again) = 1e18
        expect(get(carol, STETH)).toEqual({staker: {id: carol}, strategy: {id: STETH}, shares: s(6n * E), depositScalingFactor: null})
        expect(get(erin, STETH).shares).toBe(s(E))
        // alice: 5 - 2 (M2 queue) = 3e18
        expect(get(alice, RETH).shares).toBe(s(3n * E))
        // dave: 100 - 40 (slashing-era queue: scaled 40e18 / factor 1e18) = 60e18
        expect(get(dave, EIGEN)).toMatchObject({shares: s(60n * E), depositScalingFactor: s(E)})
        // bob: 32 (M1) + 1 (PodSharesUpdated) + 0.5 (PodSharesUpdated; NewTotalShares 33.5 agrees) = 33.5e18
        expect(get(bob, BEACON).shares).toBe(s(33n * E + E / 2n))

        let {strategies} = await stack.gql(`{ strategies(where: {id_in: ["${STETH}", "${RETH}", "${EIGEN}", "${BEACON}"]}) { id totalShares exchangeRate burnableShares underlyingToken } }`)
        let byId = Object.fromEntries(strategies.map((x: any) => [x.id, x]))
        expect(byId[STETH].totalShares).toBe(s(7n * E)) // 6 + 1
        expect(byId[RETH].totalShares).toBe(s(3n * E))
        // EIGEN burnable: +5 -5 (v1.3 events) +1 -1 (current events) = 0
        expect(byId[EIGEN]).toEqual({id: EIGEN, totalShares: s(60n * E), exchangeRate: s(E), burnableShares: '0', underlyingToken: '0xec53bf9167f50cdeb3ae105f56099aaab9061f83'})
        // BurnableETHSharesIncreased 0.1e18
        expect(byId[BEACON]).toMatchObject({totalShares: s(33n * E + E / 2n), burnableShares: s(E / 10n), underlyingToken: null})
    })

    it('withdrawals: M1 queued -> completed, M1 migrated to M2, M2 queued -> completed, slashing era queued -> completed', async () => {
        let {withdrawals} = await stack.gql(`{
            withdrawals(where: {protocol_eq: EIGENLAYER}, orderBy: [requestedBlock_ASC, requestLogIndex_ASC]) {
                id account { id } status shares delegatedTo withdrawer nonce requestedBlock completedBlock migratedFrom migratedTo
                strategies(orderBy: id_ASC) { strategy { id } shares sharesToWithdraw }
            }
        }`)
        expect(withdrawals).toEqual([
            {id: wid(0xe101), account: {id: carol}, status: 'COMPLETED', shares: s(4n * E), delegatedTo: op1, withdrawer: carol, nonce: '0', requestedBlock: at(24), completedBlock: at(36), migratedFrom: null, migratedTo: null, strategies: [{strategy: {id: STETH}, shares: s(4n * E), sharesToWithdraw: null}]},
            {id: wid(0xe102), account: {id: erin}, status: 'REQUESTED', shares: s(E), delegatedTo: op1, withdrawer: erin, nonce: '0', requestedBlock: at(24), completedBlock: null, migratedFrom: null, migratedTo: root(0xe202), strategies: [{strategy: {id: STETH}, shares: s(E), sharesToWithdraw: null}]},
            {id: wid(0xe202), account: {id: erin}, status: 'REQUESTED', shares: s(E), delegatedTo: op1, withdrawer: erin, nonce: '0', requestedBlock: at(100), completedBlock: null, migratedFrom: root(0xe102), migratedTo: null, strategies: [{strategy: {id: STETH}, shares: s(E), sharesToWithdraw: null}]},
            {id: wid(0xe204), account: {id: alice}, status: 'COMPLETED', shares: s(2n * E), delegatedTo: op2, withdrawer: alice, nonce: '0', requestedBlock: at(112), completedBlock: at(124), migratedFrom: null, migratedTo: null, strategies: [{strategy: {id: RETH}, shares: s(2n * E), sharesToWithdraw: null}]},
            // M2 EigenPodManager BeaconChainETHWithdrawalCompleted of a withdrawal never seen queued
            {id: wid(0xe2b0), account: {id: bob}, status: 'COMPLETED', shares: '0', delegatedTo: '0x0000000000000000000000000000000000000000', withdrawer: bob, nonce: '0', requestedBlock: at(112), completedBlock: at(112), migratedFrom: null, migratedTo: null, strategies: [{strategy: {id: BEACON}, shares: '0', sharesToWithdraw: null}]},
            // scaled 40e18; withdrawable after the 5 % max-magnitude cut: 38e18
            {id: wid(0xe305), account: {id: dave}, status: 'COMPLETED', shares: s(40n * E), delegatedTo: op3, withdrawer: dave, nonce: '0', requestedBlock: at(312), completedBlock: at(324), migratedFrom: null, migratedTo: null, strategies: [{strategy: {id: EIGEN}, shares: s(40n * E), sharesToWithdraw: s(38n * E)}]},
        ])
    })

    it('operators, delegation and operator shares (delegate -> increase -> queue decrease -> slashed -> undelegate)', async () => {
        let {operators} = await stack.gql(`{
            operators(orderBy: id_ASC) { id metadataURI registeredBlock delegationApprover earningsReceiver stakerOptOutWindowBlocks delegationTerms delegatorCount allocationDelay
                shares(orderBy: id_ASC) { strategy { id } shares } }
        }`)
        let byId = Object.fromEntries(operators.map((o: any) => [o.id, o]))
        expect(byId[op1]).toMatchObject({registeredBlock: at(0), delegationTerms: '0x000000000000000000000000000000000000e1d7', delegatorCount: 0, shares: []})
        // alice delegated then undelegated: 1 -> 0; rETH 5 - 2 = 3e18
        expect(byId[op2]).toMatchObject({metadataURI: 'https://example.org/op2.json', registeredBlock: at(100), earningsReceiver: op2, stakerOptOutWindowBlocks: 50400, delegatorCount: 0, shares: [{strategy: {id: RETH}, shares: s(3n * E)}]})
        // dave: +100, slashed -5, queued -38 => 57e18; dave and frank delegated (2), dave force-undelegated, counted
        // once although it logs StakerForceUndelegated + StakerUndelegated: 2 - 1 = 1
        expect(byId[op3]).toMatchObject({registeredBlock: at(300), delegationApprover: '0x000000000000000000000000000000000000e1ab', delegatorCount: 1, allocationDelay: 75, shares: [{strategy: {id: EIGEN}, shares: s(57n * E)}]})

        let {delegations} = await stack.gql(`{ delegations(orderBy: [blockNumber_ASC, logIndex_ASC]) { staker { id } operator { id } kind blockNumber } }`)
        expect(delegations).toEqual([
            {staker: {id: alice}, operator: {id: op2}, kind: 'DELEGATED', blockNumber: at(100)},
            {staker: {id: dave}, operator: {id: op3}, kind: 'DELEGATED', blockNumber: at(300)},
            {staker: {id: frank}, operator: {id: op3}, kind: 'DELEGATED', blockNumber: at(300)},
            {staker: {id: alice}, operator: {id: op2}, kind: 'UNDELEGATED', blockNumber: at(324)},
            {staker: {id: dave}, operator: {id: op3}, kind: 'FORCE_UNDELEGATED', blockNumber: at(324)},
            {staker: {id: dave}, operator: {id: op3}, kind: 'UNDELEGATED', blockNumber: at(324)},
        ])
        let {accounts} = await stack.gql(`{ accounts(where: {id_in: ["${alice}", "${dave}", "${frank}"]}) { id delegatedTo { id } } }`)
        let delegatedTo = Object.fromEntries(accounts.map((a: any) => [a.id, a.delegatedTo]))
        expect(delegatedTo).toEqual({[alice]: null, [dave]: null, [frank]: {id: op3}})

        let {avsRegistrations} = await stack.gql(`{ avsRegistrations { operator { id } avs registered updatedBlock } }`)
        expect(avsRegistrations).toEqual([{operator: {id: op2}, avs, registered: true, updatedBlock: at(100)}])
    })

    it('operator sets, allocations, magnitudes and the operator slashing', async () => {
        let {operatorSets, operatorAllocations, operatorMagnitudes, slashings} = await stack.gql(`{
            operatorSets { id avs operatorSetId createdBlock members { operator { id } active addedBlock removedBlock } }
            operatorAllocations { operator { id } operatorSet { id } strategy { id } magnitude effectBlock updatedBlock }
            operatorMagnitudes { operator { id } strategy { id } maxMagnitude encumberedMagnitude updatedBlock }
            slashings(where: {protocol_eq: EIGENLAYER}, orderBy: [blockNumber_ASC, logIndex_ASC]) { kind operator { id } account { id } operatorSet { id } strategies wadSlashed description amount factorBefore factorAfter blockNumber }
        }`)
        let set = `${avs}-1`
        expect(operatorSets).toEqual([{id: set, avs, operatorSetId: '1', createdBlock: at(300), members: [{operator: {id: op3}, active: false, addedBlock: at(300), removedBlock: at(324)}]}])
        // 0.5 allocated, then cut by 10 %: 0.45e18, effect block 2
        expect(operatorAllocations).toEqual([{operator: {id: op3}, operatorSet: {id: set}, strategy: {id: EIGEN}, magnitude: s((45n * E) / 100n), effectBlock: 2, updatedBlock: at(312)}])
        expect(operatorMagnitudes).toEqual([{operator: {id: op3}, strategy: {id: EIGEN}, maxMagnitude: s((95n * E) / 100n), encumberedMagnitude: s((45n * E) / 100n), updatedBlock: at(312)}])
        expect(slashings).toEqual([
            {kind: 'EIGENLAYER_OPERATOR_SLASHED', operator: {id: op3}, account: null, operatorSet: {id: set}, strategies: [EIGEN], wadSlashed: [s(E / 10n)], description: 'demo: double signing', amount: null, factorBefore: null, factorAfter: null, blockNumber: at(312)},
            // factor 1e18 -> 0.9e18: 0.1e18 lost
            {kind: 'EIGENLAYER_BEACON_CHAIN', operator: null, account: {id: bob}, operatorSet: null, strategies: null, wadSlashed: null, description: null, amount: s(E / 10n), factorBefore: s(E), factorAfter: s((9n * E) / 10n), blockNumber: at(312)},
        ])
    })

    it('pod deployed, its events of every pod era and its state', async () => {
        let {eigenPodById} = await stack.gql(`{
            eigenPodById(id: "${POD}") { owner { id } deployedBlock restakingActivated validatorsRestaked lastCheckpointTimestamp
                events(orderBy: [blockNumber_ASC, logIndex_ASC]) { kind validatorIndex pubkeyHash amount recipient checkpointTimestamp } }
        }`)
        // ValidatorRestaked: M1 (index 1001) + v1.6 (pubkey hash) = 2; last checkpoint: CheckpointFinalized 1725000000
        expect(eigenPodById).toMatchObject({owner: {id: bob}, deployedBlock: at(0), restakingActivated: true, validatorsRestaked: 2, lastCheckpointTimestamp: '1725000000'})
        // 6 (M1) + 6 (M2) + 4 (PEPE) + 9 (v1.6 / Pectra) pod logs
        expect(eigenPodById.events.length).toBe(25)
        expect(eigenPodById.events.map((e: any) => e.kind)).toEqual([
            'EigenPodStaked', 'ValidatorRestaked', 'ValidatorOvercommitted', 'PartialWithdrawalRedeemed', 'FullWithdrawalRedeemed', 'RestakedBeaconChainETHWithdrawn',
            'RestakingActivated', 'ValidatorBalanceUpdated', 'PartialWithdrawalRedeemed', 'FullWithdrawalRedeemed', 'NonBeaconChainETHReceived', 'NonBeaconChainETHWithdrawn',
            'CheckpointCreated', 'ValidatorCheckpointed', 'ValidatorWithdrawn', 'CheckpointFinalized',
            'EigenPodStaked', 'ValidatorRestaked', 'ValidatorBalanceUpdated', 'ValidatorCheckpointed', 'ValidatorWithdrawn', 'WithdrawalRequested', 'ConsolidationRequested', 'ExitRequested', 'SwitchToCompoundingRequested',
        ])
        expect(eigenPodById.events[3]).toEqual({kind: 'PartialWithdrawalRedeemed', validatorIndex: '1001', pubkeyHash: null, amount: '10000000', recipient: bob, checkpointTimestamp: null})
        expect(eigenPodById.events[18]).toEqual({kind: 'ValidatorBalanceUpdated', validatorIndex: null, pubkeyHash: root(0xa2), amount: '32000000000', recipient: null, checkpointTimestamp: null})
        expect(eigenPodById.events[15]).toMatchObject({kind: 'CheckpointFinalized', amount: s(E / 2n), checkpointTimestamp: '1725000000'})
    })

    it('rewards, distribution roots, delayed withdrawals, strategy rate history', async () => {
        let data = await stack.gql(`{
            rewardClaims { earner claimer recipient token amount blockNumber }
            distributionRoots { id root rewardsCalculationEndTimestamp activatedAt blockNumber }
            delayedWithdrawals { podOwner recipient amount index }
            delayedWithdrawalClaims { recipient amountClaimed delayedWithdrawalsCompleted }
            exchangeRates(where: {protocol_eq: EIGENLAYER}) { asset ethPerUnit blockNumber }
        }`)
        expect(data).toEqual({
            rewardClaims: [{earner: alice, claimer: alice, recipient: alice, token: DEMO.token, amount: s(123n * 10n ** 15n), blockNumber: at(124)}],
            distributionRoots: [{id: '0', root: root(0xe3), rewardsCalculationEndTimestamp: '1720000000', activatedAt: '1720100000', blockNumber: at(124)}],
            // 10_000_000 gwei = 0.01 ETH
            delayedWithdrawals: [{podOwner: bob, recipient: bob, amount: s(10n ** 16n), index: '0'}],
            delayedWithdrawalClaims: [{recipient: bob, amountClaimed: s(10n ** 16n), delayedWithdrawalsCompleted: '1'}],
            exchangeRates: [{asset: EIGEN, ethPerUnit: s(E), blockNumber: at(200)}],
        })
    })

    it('accepts logs of a pod and a factory strategy known only from the database (deployed in an earlier batch)', async () => {
        const POD2 = '0x00000000000000000000000000000000000e1e20'
        const STRAT2 = '0x00000000000000000000000000000000000e1e21'
        const OWNER2 = '0x00000000000000000000000000000000000e1e22'
        await stack.chain.setup([POD2, STRAT2])
        let first = await stack.chain.mineBlock({
            timestamp: 1_800_000_500,
            txs: [[
                encodeEvent(EL.eigenPodManager.address, epmAbi.events.PodDeployed, {eigenPod: POD2, podOwner: OWNER2}),
                encodeEvent(EL.strategyFactory.address, sfAbi.events.StrategySetForToken, {token: DEMO.token, strategy: STRAT2}),
            ]],
        })
        await stack.waitForHeight(first)
        let second = await stack.chain.mineBlock({
            timestamp: 1_800_000_512,
            txs: [[encodeEvent(POD2, pod.events.ValidatorRestaked, {pubkeyHash: root(0xbeef)}), encodeEvent(STRAT2, sb.events.ExchangeRateEmitted, {rate: 2n * E})]],
        })
        await stack.waitForHeight(second)
        let {eigenPodById, strategyById} = await stack.gql(`{
            eigenPodById(id: "${POD2}") { owner { id } validatorsRestaked events { kind pubkeyHash blockNumber } }
            strategyById(id: "${STRAT2}") { underlyingToken whitelisted exchangeRate addedBlock }
        }`)
        expect(eigenPodById).toEqual({owner: {id: OWNER2}, validatorsRestaked: 1, events: [{kind: 'ValidatorRestaked', pubkeyHash: root(0xbeef), blockNumber: second}]})
        expect(strategyById).toEqual({underlyingToken: DEMO.token, whitelisted: true, exchangeRate: s(2n * E), addedBlock: first})
    })

    it('ignores pod and strategy logs from addresses never deployed / named as such', async () => {
        const STRANGER = '0x00000000000000000000000000000000000e1e1e'
        await stack.chain.setup([STRANGER])
        let last = await stack.chain.mineBlock({
            timestamp: 1_800_001_000,
            txs: [[
                encodeEvent(STRANGER, pod.events.ValidatorRestaked, {pubkeyHash: root(0xdead)}),
                encodeEvent(STRANGER, sb.events.ExchangeRateEmitted, {rate: 5n * E}),
            ]],
        })
        await stack.waitForHeight(last)
        let {eigenPodEvents, exchangeRates, eigenPods, skippedLogs} = await stack.gql(`{
            eigenPodEvents(where: {blockNumber_eq: ${last}}) { id } exchangeRates(where: {blockNumber_eq: ${last}}) { id } eigenPods(where: {id_eq: "${STRANGER}"}) { id } skippedLogs { id }
        }`)
        expect({eigenPodEvents, exchangeRates, eigenPods, skippedLogs}).toEqual({eigenPodEvents: [], exchangeRates: [], eigenPods: [], skippedLogs: []})
    })
})
