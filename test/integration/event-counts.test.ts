import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import * as minipoolAbi from '../../lib/abi/RocketMinipoolDelegate'
import * as nodeManagerAbi from '../../lib/abi/RocketNodeManager'
import * as stakingAbi from '../../lib/abi/RocketNodeStaking'
import * as rethAbi from '../../lib/abi/RocketTokenRETH'
import * as vaultAbi from '../../lib/abi/RocketVault'
import * as delegationAbi from '../../lib/abi/DelegationManager'
import * as podAbi from '../../lib/abi/EigenPod'
import * as lidoAbi from '../../lib/abi/Lido'
import * as queueAbi from '../../lib/abi/WithdrawalQueueERC721'
import {relevanceMatcher, squidFilters} from '../../lib/bench/history'
import {lidoCalls} from '../../lib/protocols/lido/calls'
import {depositLogs as elDepositLogs} from '../../lib/protocols/eigenlayer/logs'
import {depositLogs, RPL_TOKEN, rplBurnLogs} from '../../lib/protocols/rocketpool/logs'
import {vaultKey} from '../../lib/protocols/rocketpool/normalize'
import {book, encodeEvent, RawLog, Stack, startStack} from '../harness'

const ZERO = '0x0000000000000000000000000000000000000000'
const ALICE = '0x00000000000000000000000000000000000a11ce'
const BOB = '0x0000000000000000000000000000000000000b0b'
const NODE = '0x0000000000000000000000000000000000004142'
const STAKER = '0x00000000000000000000000000000000000057a1'
/** an address no module tracks, logging topic0s the modules ask for */
const DECOY = '0x00000000000000000000000000000000000dec05'
const E = 10n ** 18n
const T0 = 1_800_000_000

const L = book.lido
const RP = book.rocketPool
const EL = book.eigenLayer
const DP14 = RP.depositPools.find((c) => c.version == 'v1.4')!.address
const STAKING14 = RP.nodeStakings.find((c) => c.version == 'v1.4')!.address
const NODE_MANAGER14 = RP.nodeManagers.find((c) => c.version == 'v1.4')!.address
const STETH_STRATEGY = EL.strategies.find((s) => s.symbol == 'stETH')!.address

// One block per protocol, each with what the module handles, what it deliberately drops, a decoy and an
// undecodable log. The expected rows below are worked out from what each module does with each log (see
// docs/counters.md), not read from the squid.
const lido = lidoCalls(book)
const LIDO_TXS: RawLog[][] = [
    // Submitted, Transfer(0x0 -> alice), TransferShares: the Transfer is superseded by its TransferShares
    lido.submit(ALICE, 10n * E, 10n * E, 10n * E),
    lido.transfer(ALICE, BOB, E, E),
    // a V2 report while the LegacyOracle is the post-rebase receiver: PostTotalShares repeats TokenRebased
    lido.reportV2({
        completed: {epochId: 1n, beaconBalance: 0n, beaconValidators: 0n},
        distributed: {reportTimestamp: BigInt(T0), preCLBalance: 0n, postCLBalance: 0n, withdrawalsWithdrawn: 0n, executionLayerRewardsWithdrawn: E / 10n, postBufferedEther: 10n * E + E / 10n},
        feeMints: [],
        rebased: {reportTimestamp: BigInt(T0), timeElapsed: 86400n, preTotalShares: 10n * E, preTotalEther: 10n * E, postTotalShares: 10n * E, postTotalEther: 10n * E + E / 10n, sharesMintedAsFees: 0n},
        legacyOracle: true,
    }),
    // undecodable: the unstETH NFT's 4-topic Transfer logged at stETH (its topic0 is stETH's 3-topic Transfer's)
    [encodeEvent(L.steth.address, queueAbi.events.Transfer, {from: ALICE, to: BOB, tokenId: 1n})],
    // a Submitted from another contract: Lido asks for Submitted at stETH only, so it is never delivered
    [encodeEvent(DECOY, lidoAbi.events.Submitted, {sender: BOB, amount: E, referral: ZERO})],
]
const RP_TXS: RawLog[][] = [
    // the mint's Transfer, TokensMinted, and the DepositReceived read with them
    depositLogs(RP.reth.address, DP14, ALICE, E, E, E),
    // a vault withdrawal by another contract (the rewards distributor): not node staking's RPL
    [encodeEvent(RP.vault.address, vaultAbi.events.TokenWithdrawn, {by: vaultKey('rocketMerkleDistributorMainnet', RPL_TOKEN), tokenAddress: RPL_TOKEN, amount: 3n, time: 0n})],
    // a registered node stakes RPL (burnRPL is onlyRegisteredNode, and needs the stake)
    [encodeEvent(NODE_MANAGER14, nodeManagerAbi.events.NodeRegistered, {node: NODE, time: 0n})],
    [encodeEvent(STAKING14, stakingAbi.events['RPLStaked(address indexed,address,uint256,uint256)'], {node: NODE, from: NODE, amount: 10n * E, time: 0n})],
    // burnRPL: the vault pays staking (read by no one: RPLBurned says it all), then RPLBurned
    rplBurnLogs(RP.vault.address, STAKING14, NODE, 7n),
    // decoy: a minipool's StatusUpdated from an address that is no minipool
    [encodeEvent(DECOY, minipoolAbi.events.StatusUpdated, {status: 2, time: 0n})],
    // undecodable: TokensMinted with a truncated body
    [{...encodeEvent(RP.reth.address, rethAbi.events.TokensMinted, {to: BOB, amount: E, ethAmount: E, time: 0n}), data: '0x01'}],
]
const EL_TXS: RawLog[][] = [
    // ExchangeRateEmitted (the stETH strategy), Deposit, DepositScalingFactorUpdated
    elDepositLogs(book, STAKER, STETH_STRATEGY, 5n * E, null),
    // decoy: a pod's CheckpointCreated from an address that is no pod
    [encodeEvent(DECOY, podAbi.events.CheckpointCreated, {checkpointTimestamp: 1n, beaconBlockRoot: '0x' + '11'.repeat(32), validatorCount: 1n})],
    // undecodable: a slashing-era Deposit with a topic too many (no era declares that form)
    [(() => {
        let l = elDepositLogs(book, STAKER, STETH_STRATEGY, E, null)[1]
        return {...l, topics: [...l.topics, '0x' + '00'.repeat(32)]}
    })()],
    // undecodable: OperatorSharesIncreased with a truncated body
    [{...encodeEvent(EL.delegationManager.address, delegationAbi.events.OperatorSharesIncreased, {operator: BOB, staker: STAKER, strategy: STETH_STRATEGY, shares: E}), data: '0x01'}],
]

type Row = {received: number; handled: number; ignored: number; skipped: number}
const row = (handled: number, ignored = 0, skipped = 0): Row => ({received: handled + ignored + skipped, handled, ignored, skipped})

describe('completeness counters on the real stack', () => {
    let stack: Stack
    let blocks: {lido: number; rp: number; el: number}
    beforeAll(async () => {
        stack = await startStack()
        await stack.chain.setup([DECOY])
        blocks = {
            lido: await stack.chain.mineBlock({timestamp: T0, txs: LIDO_TXS}),
            rp: await stack.chain.mineBlock({timestamp: T0 + 12, txs: RP_TXS}),
            el: await stack.chain.mineBlock({timestamp: T0 + 24, txs: EL_TXS}),
        }
        await stack.waitForHeight(blocks.el)
    })
    afterAll(async () => {
        await stack?.stop()
    })

    it('counts each log once in the row of its contract, event and era: handled, ignored, skipped as the module decided', async () => {
        let {eventCounts} = await stack.gql(`{ eventCounts(orderBy: id_ASC) { id protocol contractKind event era received handled ignored skipped firstBlock lastBlock } }`)
        let expected: Record<string, Row & {block: number}> = {
            'lido-steth-Submitted-legacy+current': {...row(1), block: blocks.lido},
            // the submit's and the transfer's Transfer (superseded by TransferShares), the NFT-shaped one (skipped)
            'lido-steth-Transfer-legacy+current': {...row(0, 2, 1), block: blocks.lido},
            'lido-steth-TransferShares-legacy+current': {...row(2), block: blocks.lido},
            'lido-steth-ETHDistributed-legacy+current': {...row(1), block: blocks.lido},
            'lido-steth-TokenRebased-legacy+current': {...row(1), block: blocks.lido},
            'lido-legacyOracle-Completed-current': {...row(1), block: blocks.lido},
            'lido-legacyOracle-PostTotalShares-current': {...row(0, 1), block: blocks.lido},
            'rocketpool-reth-Transfer-v1.0': {...row(1), block: blocks.rp},
            'rocketpool-reth-TokensMinted-v1.0': {...row(1, 0, 1), block: blocks.rp},
            'rocketpool-depositPool-DepositReceived-v1.4': {...row(1), block: blocks.rp},
            'rocketpool-vault-TokenWithdrawn-v1.0': {...row(0, 2), block: blocks.rp},
            'rocketpool-nodeManager-NodeRegistered-v1.4': {...row(1), block: blocks.rp},
            'rocketpool-nodeStaking-RPLStaked-v1.4': {...row(1), block: blocks.rp},
            'rocketpool-nodeStaking-RPLBurned-v1.4': {...row(1), block: blocks.rp},
            'rocketpool-unknown-StatusUpdated-unknown': {...row(0, 1), block: blocks.rp},
            'eigenlayer-strategy-ExchangeRateEmitted-current': {...row(1), block: blocks.el},
            'eigenlayer-strategyManager-Deposit-slashing+current': {...row(1), block: blocks.el},
            'eigenlayer-delegationManager-DepositScalingFactorUpdated-current': {...row(1), block: blocks.el},
            'eigenlayer-unknown-CheckpointCreated-unknown': {...row(0, 1), block: blocks.el},
            'eigenlayer-strategyManager-Deposit-unknown': {...row(0, 0, 1), block: blocks.el},
            'eigenlayer-delegationManager-OperatorSharesIncreased-m2+current': {...row(0, 0, 1), block: blocks.el},
        }
        let want = Object.entries(expected)
            .map(([id, {block, ...r}]) => {
                let [protocol, contractKind, event, era] = id.split('-')
                return {id, protocol, contractKind, event, era, ...r, firstBlock: block, lastBlock: block}
            })
            .sort((a, b) => (a.id < b.id ? -1 : 1))
        expect(eventCounts).toEqual(want)
        for (let r of eventCounts) expect([r.id, r.received]).toEqual([r.id, r.handled + r.ignored + r.skipped])
    })

    it('received in all = the logs of the chain that the squid asks for (matched against its filters independently)', async () => {
        let isRequested = relevanceMatcher(squidFilters())
        let emitted = [...LIDO_TXS, ...RP_TXS, ...EL_TXS].flat()
        let requested = emitted.filter((l) => isRequested({...l, address: l.address.toLowerCase(), topics: l.topics.map((t) => t.toLowerCase())}))
        // everything but the Lido decoy's Submitted
        expect(requested.length).toBe(emitted.length - 1)
        let [{total}] = await stack.sql<{total: string}>(`SELECT sum(received) AS total FROM event_count`)
        expect(Number(total)).toBe(requested.length)
        // each skipped log is also a SkippedLog row
        let [{skipped}] = await stack.sql<{skipped: string}>(`SELECT sum(skipped) AS skipped FROM event_count`)
        let {skippedLogs} = await stack.gql(`{ skippedLogs { id } }`)
        expect(Number(skipped)).toBe(skippedLogs.length)
        expect(skippedLogs.length).toBe(4)
    })

    it('the README query: one contract event in a block range, as an explorer counts it', async () => {
        let {eventCounts, squidStatus} = await stack.gql(`{
            eventCounts(where: {contractKind_eq: "steth", event_eq: "Submitted"}) { era received handled ignored skipped firstBlock lastBlock }
            squidStatus { height }
        }`)
        expect(eventCounts).toEqual([{era: 'legacy+current', received: 1, handled: 1, ignored: 0, skipped: 0, firstBlock: blocks.lido, lastBlock: blocks.lido}])
        // what an explorer (or eth_getLogs) answers for stETH + Submitted's topic0 over [0, height]
        let logs: any[] = await stack.anvil.rpc.call('eth_getLogs', [{address: L.steth.address, topics: [lidoAbi.events.Submitted.topic], fromBlock: '0x0', toBlock: '0x' + squidStatus.height.toString(16)}])
        expect(logs.length).toBe(eventCounts[0].received)
    })
})
