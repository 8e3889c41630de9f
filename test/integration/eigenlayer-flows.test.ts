import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import * as pod from '../../lib/abi/EigenPod'
import * as epmAbi from '../../lib/abi/EigenPodManager'
import * as sb from '../../lib/abi/StrategyBaseTVLLimits'
import * as sfAbi from '../../lib/abi/StrategyFactory'
import * as smAbi from '../../lib/abi/StrategyManager'
import * as dmAbi from '../../lib/abi/DelegationManager'
import {DEMO, demoScenario, IN_EFFECT, PENDING_UNTIL} from '../../lib/protocols/eigenlayer/demo'
import {book, encodeEvent, Stack, startStack} from '../harness'

const EL = book.eigenLayer
const E = 10n ** 18n
const s = (x: bigint) => x.toString()
const strategy = (symbol: string) => EL.strategies.find((x) => x.symbol == symbol)!.address
const CBETH = strategy('cbETH') // the M1 stakers' strategy
const RETH = strategy('rETH')
const EIGEN = strategy('EIGEN')
const ETHX = strategy('ETHx') // the demo's factory strategy
const LSETH = strategy('lsETH') // the demo's duration vault
const BEACON = EL.beaconChainEthStrategy
const POD = EL.eigenPodBeacon // bob's pod (see demo.ts)
const POD2 = EL.strategies.find((x) => x.symbol == 'cbETH')!.underlyingToken! // alice's pod
const CBETH_TOKEN = '0xbe9895146f7af43049ca1c1ae358b0541ea49704'
const RETH_TOKEN = '0xae78736cd615f374d3085123a210448e74fc6393'
const EIGEN_TOKEN = '0xec53bf9167f50cdeb3ae105f56099aaab9061f83'
const BEIGEN = '0x83e9115d334d248ce39a6f36144aeab5b3456e75'
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

    it('deposits: real deposits and restakes only (no completion as shares, no balance update or checkpoint)', async () => {
        let {deposits} = await stack.gql(`{
            deposits(where: {protocol_eq: EIGENLAYER}, orderBy: [blockNumber_ASC, logIndex_ASC]) { account { id } asset amount shares amountEth strategy { id } blockNumber }
        }`)
        let eth = (who: string, n: bigint, t: number) => ({account: {id: who}, asset: 'ETH', amount: s(n), shares: s(n), amountEth: s(n), strategy: {id: BEACON}, blockNumber: at(t)})
        expect(deposits).toEqual([
            // M1 (no strategy rate yet: tokens not derivable)
            {account: {id: carol}, asset: CBETH_TOKEN, amount: null, shares: s(10n * E), amountEth: null, strategy: {id: CBETH}, blockNumber: at(0)},
            {account: {id: erin}, asset: CBETH_TOKEN, amount: null, shares: s(2n * E), amountEth: null, strategy: {id: CBETH}, blockNumber: at(0)},
            // M1 restakes: BeaconChainETHDeposited after ValidatorRestaked, REQUIRED_BALANCE_WEI 31 ETH each (the 30.5 ETH credit
            // back of the overcommitted validator at its full withdrawal is not a deposit)
            eth(bob, 31n * E, 12),
            eth(bob, 31n * E, 12),
            {account: {id: alice}, asset: RETH_TOKEN, amount: null, shares: s(5n * E), amountEth: null, strategy: {id: RETH}, blockNumber: at(100)},
            // M2 / PEPE restakes (PodSharesUpdated in a ValidatorRestaked transaction); erin's completion as shares is not here
            eth(bob, 32n * E, 112),
            eth(bob, 32n * E, 200),
            // 100 EIGEN into the EIGEN strategy: the deposited token is EIGEN; 100e18 shares x rate 1e18 / 1e18 = 100e18
            {account: {id: dave}, asset: EIGEN_TOKEN, amount: s(100n * E), shares: s(100n * E), amountEth: null, strategy: {id: EIGEN}, blockNumber: at(200)},
            // 3-field Deposit: the strategy's underlying token (bEIGEN, from the address book)
            {account: {id: dave}, asset: BEIGEN, amount: s(20n * E), shares: s(20n * E), amountEth: null, strategy: {id: EIGEN}, blockNumber: at(300)},
            // alice's two v1.6 validators; her rETH completed as shares at 336 is not a deposit
            eth(alice, 64n * E, 324),
        ])
    })

    it('staker deposit shares and strategy totals after deposits, queues, resets and completions of every era', async () => {
        let {stakerStrategyShares} = await stack.gql(`{ stakerStrategyShares { staker { id } strategy { id } shares depositScalingFactor } }`)
        let get = (staker: string, strat: string) => stakerStrategyShares.find((r: any) => r.staker.id == staker && r.strategy.id == strat)
        // carol: 10 - 4 (M1 queue) = 6e18; erin: 2 - 1 (M1 queue; the migration removes nothing) + 1 (M2 completion as shares) = 2e18
        expect(get(carol, CBETH)).toEqual({staker: {id: carol}, strategy: {id: CBETH}, shares: s(6n * E), depositScalingFactor: null})
        expect(get(erin, CBETH).shares).toBe(s(2n * E))
        // alice rETH: 5 - 2 (M2 queue) - 3 (undelegation: all, factor reset) + 3 (completed as shares) = 3e18
        expect(get(alice, RETH)).toMatchObject({shares: s(3n * E), depositScalingFactor: s(E)})
        // alice beacon: 64 + 0.01 (checkpoint) -> 0 (undelegation: NewTotalShares 0)
        expect(get(alice, BEACON)).toMatchObject({shares: '0', depositScalingFactor: s(E)})
        // dave EIGEN: 100 + 20 - 40 (queue: ceil(40e18 x 1e18 / 1e18)) - 80 (force undelegation: the reset logged before the
        // queue says all) = 0
        expect(get(dave, EIGEN)).toMatchObject({shares: '0', depositScalingFactor: s(E)})
        // bob: M1 31 + 31 - 31 (overcommitted, silent) + 30.5 (credit back) - 30.5 (M1 queue) = 31; M2 + 32 - 0.5 - 31.5 (queue) = 31;
        // PEPE + 32 + 0.5 (checkpoint) = 63.5; the beacon-chain slashing lowers his factor, not his deposit shares
        expect(get(bob, BEACON)).toMatchObject({shares: s(635n * E / 10n), depositScalingFactor: s(E)})

        let {strategies} = await stack.gql(`{ strategies(where: {id_in: ["${CBETH}", "${RETH}", "${EIGEN}", "${BEACON}", "${ETHX}", "${LSETH}"]}) { id totalShares exchangeRate burnableShares underlyingToken whitelisted } }`)
        let byId = Object.fromEntries(strategies.map((x: any) => [x.id, x]))
        // token strategies: StrategyBase.totalShares, minted by deposits, out with completions as tokens and burns.
        // cbETH: carol's 10 + erin's 2 (M1), carol's 4 withdrawn (M1: read as tokens; erin's 1 came back as shares) = 8;
        // the 0x0 token of erin's completion is not the underlying
        expect(byId[CBETH]).toMatchObject({totalShares: s(8n * E), underlyingToken: CBETH_TOKEN})
        // rETH: alice's 5 (M2) - 2 withdrawn as tokens; her 3 queued at undelegation came back as shares = 3
        expect(byId[RETH].totalShares).toBe(s(3n * E))
        // EIGEN: dave's 100 + 20 - 6 burnt - 36.2 (his 40 scaled x op3's max magnitude 0.905 at the completion) - 5.4
        // burnt = 72.4 (his 80 queued at the force undelegation are still in); burnable: +6 -6 (v1.3 events) +5.4 -5.4
        // (redistribution events) = 0
        expect(byId[EIGEN]).toEqual({id: EIGEN, totalShares: s(724n * E / 10n), exchangeRate: s(E), burnableShares: '0', underlyingToken: BEIGEN, whitelisted: true})
        // bob 63.5 + alice 0; burnable: the beacon-chain part of the second slash, 5.715e18
        expect(byId[BEACON]).toMatchObject({totalShares: s(635n * E / 10n), burnableShares: s(5715n * E / 1000n), underlyingToken: null})
        // the factory strategy (StrategyTokenSet of its initializer + StrategySetForToken) and the duration vault (its
        // initializer's StrategyTokenSet before the whitelist + DurationVaultDeployed)
        expect(byId[ETHX]).toMatchObject({underlyingToken: DEMO.factoryToken, whitelisted: true})
        expect(byId[LSETH]).toMatchObject({underlyingToken: DEMO.vaultToken, whitelisted: true})
    })

    it('withdrawals of every era, with how each was completed', async () => {
        let {withdrawals} = await stack.gql(`{
            withdrawals(where: {protocol_eq: EIGENLAYER}, orderBy: [requestedBlock_ASC, requestLogIndex_ASC]) {
                id account { id } status shares delegatedTo withdrawer nonce requestedBlock completedBlock receiveAsTokens migratedFrom migratedTo
                strategies(orderBy: id_ASC) { strategy { id } shares sharesToWithdraw }
            }
        }`)
        const ZERO = '0x0000000000000000000000000000000000000000'
        let w = (id: number, who: string, status: string, shares: bigint, delegatedTo: string, nonce: number, requested: number, completed: number | null, receiveAsTokens: boolean | null, strat: string, sharesToWithdraw: bigint | null = null) => ({
            id: wid(id), account: {id: who}, status, shares: s(shares), delegatedTo, withdrawer: who, nonce: String(nonce), requestedBlock: at(requested),
            completedBlock: completed == null ? null : at(completed), receiveAsTokens, migratedFrom: null, migratedTo: null,
            strategies: [{strategy: {id: strat}, shares: s(shares), sharesToWithdraw: sharesToWithdraw == null ? null : s(sharesToWithdraw)}],
        })
        expect(withdrawals).toEqual([
            // M1: the completion event does not say tokens or shares
            w(0xe101, carol, 'COMPLETED', 4n * E, ZERO, 0, 24, 36, null, CBETH),
            {...w(0xe102, erin, 'REQUESTED', 1n * E, ZERO, 0, 24, null, null, CBETH), migratedTo: root(0xe202)},
            w(0xe1b1, bob, 'COMPLETED', 305n * E / 10n, ZERO, 0, 24, 36, null, BEACON),
            // M2: erin's migrated withdrawal completed as shares (the Deposit before WithdrawalCompleted carries its 1e18)
            {...w(0xe202, erin, 'COMPLETED', 1n * E, ZERO, 0, 100, 124, false, CBETH), migratedFrom: root(0xe102)},
            // as tokens: no share log before the completion
            w(0xe204, alice, 'COMPLETED', 2n * E, op2, 0, 112, 124, true, RETH),
            w(0xe2b1, bob, 'COMPLETED', 315n * E / 10n, ZERO, 0, 112, 124, true, BEACON),
            // slashing era: scaled 40e18, withdrawable 38e18 after the 5 % max-magnitude cut; completed as tokens (the strategy's rate)
            w(0xe305, dave, 'COMPLETED', 40n * E, op3, 0, 312, 324, true, EIGEN, 38n * E),
            // alice's undelegation: one withdrawal per strategy; the rETH one completed as shares (the Deposit after it)
            w(0xe306, alice, 'COMPLETED', 3n * E, op2, 1, 336, 336, false, RETH, 3n * E),
            w(0xe307, alice, 'REQUESTED', 64n * E + E / 100n, op2, 2, 336, null, null, BEACON, 64n * E + E / 100n),
            // dave's forced undelegation: 80e18 scaled, 80e18 x 0.905 = 72.4e18 withdrawable
            w(0xe308, dave, 'REQUESTED', 80n * E, op3, 1, 336, null, null, EIGEN, 724n * E / 10n),
        ])
    })

    it('operators, delegation and operator shares (self-delegation, delegate, increase, queue, slashes, undelegate)', async () => {
        let {operators} = await stack.gql(`{
            operators(orderBy: id_ASC) { id metadataURI registeredBlock delegationApprover earningsReceiver stakerOptOutWindowBlocks delegationTerms delegatorCount
                allocationDelay pendingAllocationDelay allocationDelayEffectBlock shares(orderBy: id_ASC) { strategy { id } shares } }
        }`)
        let byId = Object.fromEntries(operators.map((o: any) => [o.id, o]))
        // M1 registerAsOperator delegates op1 to itself (no event): 1
        expect(byId[op1]).toMatchObject({registeredBlock: at(0), delegationTerms: '0x000000000000000000000000000000000000e1d7', delegatorCount: 1, shares: []})
        // op2: itself + alice - alice = 1; rETH 5 - 2 - 3 = 0, beacon 64 + 0.01 - 64.01 = 0
        expect(byId[op2]).toMatchObject({
            metadataURI: 'https://example.org/op2.json', registeredBlock: at(100), earningsReceiver: op2, stakerOptOutWindowBlocks: 50400, delegatorCount: 1,
            shares: [{strategy: {id: RETH}, shares: '0'}, {strategy: {id: BEACON}, shares: '0'}].sort((a, b) => (`${op2}-${a.strategy.id}` < `${op2}-${b.strategy.id}` ? -1 : 1)),
        })
        // op3: itself + dave + frank + bob - dave (forced: StakerForceUndelegated + StakerUndelegated, counted once) = 3
        //   EIGEN 100 + 20 - 6 (slash) - 38 (dave's queue) - 3.6 (slash) - 72.4 (dave's undelegation) = 0
        //   beacon 63.5 (bob) - 6.35 (bob's beacon-chain slashing) - 5.715 (slash) = 51.435e18
        expect(byId[op3]).toMatchObject({
            registeredBlock: at(300), delegationApprover: '0x000000000000000000000000000000000000e1ab', delegatorCount: 3, allocationDelay: 0, pendingAllocationDelay: 0, allocationDelayEffectBlock: IN_EFFECT,
            shares: [{strategy: {id: EIGEN}, shares: '0'}, {strategy: {id: BEACON}, shares: s(51435n * E / 1000n)}],
        })
        // the duration vault is an operator too, delegated to itself, allocation delay 100801 at once
        expect(byId[LSETH]).toMatchObject({delegatorCount: 1, allocationDelay: 100_801})

        let {delegations} = await stack.gql(`{ delegations(orderBy: [blockNumber_ASC, logIndex_ASC]) { staker { id } operator { id } kind blockNumber } }`)
        let d = (staker: string, operator: string, kind: string, t: number) => ({staker: {id: staker}, operator: {id: operator}, kind, blockNumber: at(t)})
        expect(delegations).toEqual([
            d(op2, op2, 'DELEGATED', 100),
            d(alice, op2, 'DELEGATED', 100),
            d(op3, op3, 'DELEGATED', 300),
            d(dave, op3, 'DELEGATED', 300),
            d(frank, op3, 'DELEGATED', 300),
            d(bob, op3, 'DELEGATED', 300),
            d(alice, op2, 'UNDELEGATED', 336),
            d(dave, op3, 'FORCE_UNDELEGATED', 336),
            d(dave, op3, 'UNDELEGATED', 336),
            d(LSETH, LSETH, 'DELEGATED', 348),
        ])
        let {accounts} = await stack.gql(`{ accounts(where: {id_in: ["${alice}", "${dave}", "${frank}", "${bob}", "${op1}"]}) { id delegatedTo { id } } }`)
        let delegatedTo = Object.fromEntries(accounts.map((a: any) => [a.id, a.delegatedTo]))
        expect(delegatedTo).toEqual({[alice]: null, [dave]: null, [frank]: {id: op3}, [bob]: {id: op3}, [op1]: {id: op1}})

        let {avsRegistrations} = await stack.gql(`{ avsRegistrations { operator { id } avs registered updatedBlock } }`)
        expect(avsRegistrations).toEqual([{operator: {id: op2}, avs, registered: true, updatedBlock: at(100)}])
    })

    it('operator sets, allocations (current and pending), magnitudes and one Slashing per slashed strategy', async () => {
        let {operatorSets, operatorAllocations, operatorMagnitudes, slashings} = await stack.gql(`{
            operatorSets(orderBy: id_ASC) { id avs operatorSetId createdBlock members { operator { id } active addedBlock removedBlock } }
            operatorAllocations(orderBy: id_ASC) { operator { id } operatorSet { id } strategy { id } magnitude effectBlock pendingMagnitude pendingEffectBlock updatedBlock }
            operatorMagnitudes(orderBy: id_ASC) { operator { id } strategy { id } maxMagnitude encumberedMagnitude updatedBlock }
            slashings(where: {protocol_eq: EIGENLAYER}, orderBy: [blockNumber_ASC, logIndex_ASC, id_ASC]) { kind operator { id } account { id } operatorSet { id } strategies wadSlashed description amount amountEth factorBefore factorAfter blockNumber }
        }`)
        let set = `${avs}-1`
        expect(operatorSets).toEqual([
            {id: set, avs, operatorSetId: '1', createdBlock: at(300), members: [{operator: {id: op3}, active: false, addedBlock: at(300), removedBlock: at(336)}]},
            {id: `${avs}-2`, avs, operatorSetId: '2', createdBlock: at(348), members: [{operator: {id: LSETH}, active: true, addedBlock: at(348), removedBlock: null}]},
        ])
        expect(operatorAllocations).toEqual([
            // EIGEN: 0.5 -> (slash) 0.45 -> (slash) 0.405e18 in effect; the deallocation to 0.3 pending since 312, cut by each slash:
            // 0.3 -> 0.27 -> 0.243e18
            {operator: {id: op3}, operatorSet: {id: set}, strategy: {id: EIGEN}, magnitude: s((405n * E) / 1000n), effectBlock: IN_EFFECT, pendingMagnitude: s((243n * E) / 1000n), pendingEffectBlock: PENDING_UNTIL, updatedBlock: at(324)},
            // beacon-chain ETH: 0.4 -> 0.3e18
            {operator: {id: op3}, operatorSet: {id: set}, strategy: {id: BEACON}, magnitude: s((3n * E) / 10n), effectBlock: IN_EFFECT, pendingMagnitude: null, pendingEffectBlock: null, updatedBlock: at(324)},
        ].sort((a, b) => (`${op3}-${set}-${a.strategy.id}` < `${op3}-${set}-${b.strategy.id}` ? -1 : 1)))
        expect(operatorMagnitudes).toEqual([
            {operator: {id: op3}, strategy: {id: EIGEN}, maxMagnitude: s((905n * E) / 1000n), encumberedMagnitude: s((405n * E) / 1000n), updatedBlock: at(324)},
            {operator: {id: op3}, strategy: {id: BEACON}, maxMagnitude: s((9n * E) / 10n), encumberedMagnitude: s((3n * E) / 10n), updatedBlock: at(324)},
        ])
        let op = (strat: string, wad: bigint, amount: bigint, amountEth: bigint | null, description: string, t: number) => ({
            kind: 'EIGENLAYER_OPERATOR_SLASHED', operator: {id: op3}, account: null, operatorSet: {id: set}, strategies: [strat], wadSlashed: [s(wad)],
            description, amount: s(amount), amountEth: amountEth == null ? null : s(amountEth), factorBefore: null, factorAfter: null, blockNumber: at(t),
        })
        expect(slashings).toEqual([
            // 10 % of the allocation: 0.05e18 of the stake, the operator's 120e18 EIGEN -> 6e18 slashed; no ETH rate for bEIGEN
            op(EIGEN, E / 20n, 6n * E, null, 'demo: double signing', 312),
            // bob's checkpoint: factor 1e18 -> 0.9e18 is 10 % of his restaked ETH; the checkpoint's balance fell 6.35e18
            {kind: 'EIGENLAYER_BEACON_CHAIN', operator: null, account: {id: bob}, operatorSet: null, strategies: null, wadSlashed: null, description: null, amount: s(E / 10n), amountEth: s((635n * E) / 100n), factorBefore: s(E), factorAfter: s((9n * E) / 10n), blockNumber: at(312)},
            // the second slash, one record per strategy: EIGEN 3.6e18 (the queued 1.8e18 is burnt too, not the operator's),
            // beacon-chain ETH 5.715e18 = 5.715 ETH
            op(EIGEN, 47368421052631578n, (36n * E) / 10n, null, 'demo: downtime', 324),
            op(BEACON, E / 10n, (5715n * E) / 1000n, (5715n * E) / 1000n, 'demo: downtime', 324),
        ])
    })

    it('pods: deployments, events of every pod era, state', async () => {
        let {eigenPods} = await stack.gql(`{
            eigenPods(orderBy: id_ASC) { id owner { id } deployedBlock restakingActivated validatorsRestaked lastCheckpointTimestamp
                events(orderBy: [blockNumber_ASC, logIndex_ASC]) { kind validatorIndex pubkeyHash amount recipient checkpointTimestamp } }
        }`)
        let byId = Object.fromEntries(eigenPods.map((p: any) => [p.id, p]))
        // ValidatorRestaked: 1001, 1002 (M1), 1003 (M2), 1004 (PEPE); last checkpoint: the v1.3 one
        expect(byId[POD]).toMatchObject({owner: {id: bob}, deployedBlock: at(0), restakingActivated: false, validatorsRestaked: 4, lastCheckpointTimestamp: '1745000000'})
        expect(byId[POD].events.map((e: any) => e.kind)).toEqual([
            'EigenPodStaked',
            'ValidatorRestaked', 'ValidatorRestaked', 'ValidatorOvercommitted', 'PartialWithdrawalRedeemed', 'FullWithdrawalRedeemed',
            'RestakedBeaconChainETHWithdrawn',
            'ValidatorRestaked', 'ValidatorBalanceUpdated', 'ValidatorBalanceUpdated', 'PartialWithdrawalRedeemed', 'NonBeaconChainETHReceived', 'NonBeaconChainETHWithdrawn', 'FullWithdrawalRedeemed',
            'RestakedBeaconChainETHWithdrawn',
            'ValidatorRestaked', 'ValidatorBalanceUpdated', 'CheckpointCreated', 'ValidatorBalanceUpdated', 'ValidatorCheckpointed', 'ValidatorBalanceUpdated', 'ValidatorWithdrawn', 'ValidatorCheckpointed', 'CheckpointFinalized',
            'CheckpointCreated', 'ValidatorBalanceUpdated', 'ValidatorCheckpointed', 'CheckpointFinalized',
        ])
        expect(byId[POD].events[4]).toEqual({kind: 'PartialWithdrawalRedeemed', validatorIndex: '1002', pubkeyHash: null, amount: '10000000', recipient: bob, checkpointTimestamp: null})
        expect(byId[POD].events[27]).toEqual({kind: 'CheckpointFinalized', validatorIndex: null, pubkeyHash: null, amount: s((-635n * E) / 100n), recipient: null, checkpointTimestamp: '1745000000'})
        // alice's M2 pod: RestakingActivated from its initializer, then v1.6 events (pubkey hashes) and Pectra requests
        expect(byId[POD2]).toMatchObject({owner: {id: alice}, deployedBlock: at(100), restakingActivated: true, validatorsRestaked: 2, lastCheckpointTimestamp: '1750000100'})
        expect(byId[POD2].events.map((e: any) => e.kind)).toEqual([
            'RestakingActivated', 'EigenPodStaked', 'ValidatorRestaked', 'ValidatorBalanceUpdated', 'ValidatorRestaked', 'ValidatorBalanceUpdated',
            'CheckpointCreated', 'ValidatorBalanceUpdated', 'ValidatorCheckpointed', 'ValidatorBalanceUpdated', 'ValidatorWithdrawn', 'ValidatorCheckpointed', 'CheckpointFinalized',
            'WithdrawalRequested', 'ConsolidationRequested', 'SwitchToCompoundingRequested', 'ExitRequested',
        ])
        expect(byId[POD2].events[3]).toEqual({kind: 'ValidatorBalanceUpdated', validatorIndex: null, pubkeyHash: root(0xa2), amount: '32000000000', recipient: null, checkpointTimestamp: null})
    })

    it('rewards, distribution roots (one disabled), delayed withdrawals, strategy rate history', async () => {
        let data = await stack.gql(`{
            rewardClaims { earner claimer recipient token amount blockNumber }
            distributionRoots(orderBy: id_ASC) { id root rewardsCalculationEndTimestamp activatedAt disabled disabledBlock blockNumber }
            delayedWithdrawals(orderBy: [blockNumber_ASC, logIndex_ASC]) { podOwner recipient amount index }
            delayedWithdrawalClaims { recipient amountClaimed delayedWithdrawalsCompleted }
            exchangeRates(where: {protocol_eq: EIGENLAYER}, orderBy: [blockNumber_ASC, logIndex_ASC]) { asset ethPerUnit blockNumber }
        }`)
        expect(data).toEqual({
            rewardClaims: [{earner: alice, claimer: alice, recipient: alice, token: DEMO.token, amount: s(123n * 10n ** 15n), blockNumber: at(124)}],
            distributionRoots: [
                {id: '0', root: root(0xe3), rewardsCalculationEndTimestamp: '1720000000', activatedAt: '1720100000', disabled: false, disabledBlock: null, blockNumber: at(124)},
                {id: '1', root: root(0xe4), rewardsCalculationEndTimestamp: '1720600000', activatedAt: '1720700000', disabled: true, disabledBlock: at(124), blockNumber: at(124)},
            ],
            // 10_000_000 gwei = 0.01 ETH; 30.5 ETH (M1 beacon-chain withdrawal); 5_000_000 gwei; 0.01 ETH (non-beacon-chain ETH)
            delayedWithdrawals: [
                {podOwner: bob, recipient: bob, amount: s(10n ** 16n), index: '0'},
                {podOwner: bob, recipient: bob, amount: s(305n * E / 10n), index: '1'},
                {podOwner: bob, recipient: bob, amount: s(5n * 10n ** 15n), index: '2'},
                {podOwner: bob, recipient: bob, amount: s(10n ** 16n), index: '3'},
            ],
            delayedWithdrawalClaims: [{recipient: bob, amountClaimed: s(10n ** 16n), delayedWithdrawalsCompleted: '1'}],
            // the EIGEN strategy's rate: dave's PEPE deposit, his slashing-era deposit, the burn, the clear, his withdrawal
            exchangeRates: [200, 300, 312, 324, 324].map((t) => ({asset: EIGEN, ethPerUnit: s(E), blockNumber: at(t)})),
        })
    })

    it('accepts logs of a pod and a factory strategy known only from the database (deployed in an earlier batch)', async () => {
        const NEWPOD = '0x00000000000000000000000000000000000e1e20'
        const STRAT2 = '0x00000000000000000000000000000000000e1e21'
        const OWNER2 = '0x00000000000000000000000000000000000e1e22'
        await stack.chain.setup([NEWPOD, STRAT2])
        let first = await stack.chain.mineBlock({
            timestamp: 1_800_000_500,
            txs: [
                // createPod (v1.x: the pod's initializer logs nothing requested)
                [encodeEvent(EL.eigenPodManager.address, epmAbi.events.PodDeployed, {eigenPod: NEWPOD, podOwner: OWNER2})],
                // deployNewStrategy: the strategy's initializer, the factory, the whitelist
                [
                    encodeEvent(STRAT2, sb.events.StrategyTokenSet, {token: DEMO.token, decimals: 18}),
                    encodeEvent(EL.strategyFactory.address, sfAbi.events.StrategySetForToken, {token: DEMO.token, strategy: STRAT2}),
                    encodeEvent(EL.strategyManager.address, smAbi.events.StrategyAddedToDepositWhitelist, {strategy: STRAT2}),
                ],
            ],
        })
        await stack.waitForHeight(first)
        let second = await stack.chain.mineBlock({
            timestamp: 1_800_000_512,
            txs: [
                // verifyWithdrawalCredentials (v1.6), OWNER2 not delegated
                [
                    encodeEvent(NEWPOD, pod.events.ValidatorRestaked, {pubkeyHash: root(0xbeef)}),
                    encodeEvent(NEWPOD, pod.events.ValidatorBalanceUpdated, {pubkeyHash: root(0xbeef), balanceTimestamp: 1_800_000_000n, newValidatorBalanceGwei: 32_000_000_000n}),
                    encodeEvent(EL.eigenPodManager.address, epmAbi.events.PodSharesUpdated, {podOwner: OWNER2, sharesDelta: 32n * E}),
                    encodeEvent(EL.eigenPodManager.address, epmAbi.events.NewTotalShares, {podOwner: OWNER2, newTotalShares: 32n * E}),
                    encodeEvent(EL.delegationManager.address, dmAbi.events.DepositScalingFactorUpdated, {staker: OWNER2, strategy: BEACON, newDepositScalingFactor: E}),
                ],
                // an older withdrawal (never indexed) completed as tokens: only the strategy's rate names STRAT2
                [encodeEvent(EL.delegationManager.address, dmAbi.events.SlashingWithdrawalCompleted, {withdrawalRoot: root(0xf00d)}), encodeEvent(STRAT2, sb.events.ExchangeRateEmitted, {rate: 2n * E})],
            ],
        })
        await stack.waitForHeight(second)
        let {eigenPodById, strategyById} = await stack.gql(`{
            eigenPodById(id: "${NEWPOD}") { owner { id } validatorsRestaked events(orderBy: logIndex_ASC) { kind pubkeyHash blockNumber } }
            strategyById(id: "${STRAT2}") { underlyingToken whitelisted exchangeRate addedBlock }
        }`)
        expect(eigenPodById).toEqual({
            owner: {id: OWNER2},
            validatorsRestaked: 1,
            events: [
                {kind: 'ValidatorRestaked', pubkeyHash: root(0xbeef), blockNumber: second},
                {kind: 'ValidatorBalanceUpdated', pubkeyHash: root(0xbeef), blockNumber: second},
            ],
        })
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
