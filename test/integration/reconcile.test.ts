import {spawn} from 'child_process'
import path from 'path'
import {keccak256} from '@subsquid/evm-abi'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import * as am from '../../lib/abi/AllocationManager'
import * as dm from '../../lib/abi/DelegationManager'
import * as epm from '../../lib/abi/EigenPodManager'
import * as epmM2 from '../../lib/abi/EigenPodManager.m2'
import * as lidoAbi from '../../lib/abi/Lido'
import * as rdp from '../../lib/abi/RocketDepositPool'
import * as rnb from '../../lib/abi/RocketNetworkBalances'
import * as rnm from '../../lib/abi/RocketNodeManager'
import * as rns from '../../lib/abi/RocketNodeStaking'
import * as rstorage from '../../lib/abi/RocketStorage'
import * as reth from '../../lib/abi/RocketTokenRETH'
import * as sm from '../../lib/abi/StrategyManager'
import * as smSlashing from '../../lib/abi/StrategyManager.slashing'
import * as wq from '../../lib/abi/WithdrawalQueueERC721'
import * as wsteth from '../../lib/abi/WstETH'
import {Anvil} from '../../lib/devnet/anvil'
import {freePort} from '../../lib/devnet/ports'
import {ViewAnswers} from '../../lib/devnet/view-answer'
import {book, encodeEvent, Stack, startStack} from '../harness'
import {LIB} from '../harness/services'

// `npm run reconcile` on a real node: a small scenario of each protocol is indexed, then the ViewAnswer contract
// replaces the log emitter at the real addresses and answers the views with the figures the scenario's contracts
// would report (worked out below from the events, by hand), one deliberately wrong per protocol.

const E = 10n ** 18n
const ZERO = '0x0000000000000000000000000000000000000000'
const a = (n: number) => '0x' + n.toString(16).padStart(40, '0')
const [alice, bob, carol, dave, erin, nina, eve, frank, olga, avs] = [0xa11ce, 0xb0b, 0xca201, 0xda7e, 0xe214, 0x4114a, 0xe7e, 0xf4a4c, 0x0162a, 0xa75].map(a)

const L = book.lido
const RP = book.rocketPool
const EL = book.eigenLayer
const v14 = <T extends {version: string; address: string}>(list: T[]) => list.find((c) => c.version == 'v1.4')!.address
const STETH_STRATEGY = EL.strategies.find((s) => s.symbol == 'stETH')!.address
const BEACON = EL.beaconChainEthStrategy
const FAR = 1_000_000 // an allocation's effect block still ahead at the reconciled block

/** ABI words, written by hand (not with the codec under test): two's complement for negatives. */
const word = (v: bigint | number | boolean | string) => {
    let n = BigInt(v)
    return (n < 0n ? 2n ** 256n + n : n).toString(16).padStart(64, '0')
}
const words = (...vs: (bigint | number | boolean | string)[]) => '0x' + vs.map(word).join('')

interface Run {
    code: number
    stdout: string
    stderr: string
}

function runReconcile(stack: Stack, args: string[], rpcUrl = stack.anvil.url): Promise<Run> {
    return new Promise((resolve) => {
        let child = spawn(process.execPath, [path.join(LIB, 'cli', 'reconcile.js'), ...args], {
            env: {...process.env, ...stack.dbEnv, NETWORK: 'devnet', RPC_ETH_HTTP: rpcUrl, RPC_ETH_RATE_LIMIT: '500'},
            stdio: ['ignore', 'pipe', 'pipe'],
        })
        let out = {stdout: '', stderr: ''}
        child.stdout.on('data', (b) => (out.stdout += b))
        child.stderr.on('data', (b) => (out.stderr += b))
        child.on('exit', (code) => resolve({code: code ?? -1, ...out}))
    })
}

describe('npm run reconcile on the devnet', () => {
    let stack: Stack
    let answers: ViewAnswers
    let instantBlock: number

    /** the views' answers: `wrong` = one deliberately different figure per protocol */
    async function answerViews(wrong: boolean): Promise<void> {
        let st = lidoAbi.functions
        let put = (to: string, calldata: string, result: string) => answers.answer(to, calldata, result)
        // Lido: alice 10 + bob 5 submitted at 1 share per ETH, then a report: 16.5 ETH on 15 shares (1.1 ETH per
        // share); alice sent 2 shares to carol and 3 into wstETH; bob (1 share = 1.1 stETH) and carol (0.5 share =
        // 0.55 stETH) requested withdrawals (their shares moved to the queue)
        await put(L.steth.address, st.getTotalPooledEther.encode({}), words(165n * E / 10n))
        await put(L.steth.address, st.getTotalShares.encode({}), words(15n * E))
        let shares: Record<string, bigint> = {[alice]: 5n * E, [bob]: 4n * E, [carol]: 15n * E / 10n + (wrong ? 1n : 0n), [L.wsteth.address]: 3n * E, [L.withdrawalQueue.address]: 15n * E / 10n}
        for (let account of ACCOUNTS) await put(L.steth.address, st.sharesOf.encode({_account: account}), words(shares[account] ?? 0n))
        let q = L.withdrawalQueue.address
        await put(q, wq.functions.unfinalizedStETH.encode({}), words(55n * E / 100n)) // request 2 only: 1 is finalized
        await put(q, wq.functions.getLastRequestId.encode({}), words(2))
        await put(q, wq.functions.getLastFinalizedRequestId.encode({}), words(1))
        // WithdrawalRequestStatus[]: (amountOfStETH, amountOfShares, owner, timestamp, isFinalized, isClaimed)
        await put(q, wq.functions.getWithdrawalStatus.encode({_requestIds: [1n, 2n]}), words(0x20, 2, 11n * E / 10n, E, bob, 0, true, false, 55n * E / 100n, E / 2n, carol, 0, false, false))

        // Rocket Pool: dave minted 2 rETH and sent 0.5 to erin; balances report 2.2 ETH for 2 rETH -> 1.1; nina staked 1000 RPL
        let r = RP.reth.address
        await put(r, reth.functions.totalSupply.encode({}), words(2n * E))
        await put(r, reth.functions.getExchangeRate.encode({}), words(11n * E / 10n))
        let reths: Record<string, bigint> = {[dave]: 15n * E / 10n, [erin]: E / 2n - (wrong ? 7n : 0n)}
        for (let account of ACCOUNTS) await put(r, reth.functions.balanceOf.encode({account}), words(reths[account] ?? 0n))
        // RocketStorage names the v1.4 RocketNodeStaking: key = keccak256(abi.encodePacked("contract.address", "rocketNodeStaking"))
        let key = '0x' + keccak256(Buffer.from('contract.addressrocketNodeStaking')).toString('hex')
        await put(RP.storage.address, rstorage.functions.getAddress.encode({_key: key}), words(v14(RP.nodeStakings)))
        await put(v14(RP.nodeStakings), rns.functions.getNodeStakedRPL.encode({_nodeAddress: nina}), words(1000n * E))

        // EigenLayer (slashing release for tokens; the pod owner's shares answered only by the M2 getter, so the
        // era is found by the newer getter reverting): eve 7 stETH-strategy shares delegated to olga; frank 32 ETH
        await put(EL.strategyManager.address, sm.functions.stakerDepositShares.encode({staker: eve, strategy: STETH_STRATEGY}), words(7n * E))
        await put(EL.eigenPodManager.address, epmM2.functions.podOwnerShares.encode({_0: frank}), words(32n * E))
        await put(EL.delegationManager.address, dm.functions.operatorShares.encode({operator: olga, strategy: STETH_STRATEGY}), words(7n * E + (wrong ? 1000n : 0n)))
        // no MaxMagnitudeUpdated yet: WAD
        await put(EL.allocationManager.address, am.functions.getMaxMagnitude.encode({_0: olga, _1: STETH_STRATEGY}), words(E))
        // set 1: 0.4 pending until FAR (current 0, pendingDiff 0.4); set 2: 0.3 effective at once (pending applied)
        await put(EL.allocationManager.address, am.functions.getAllocation.encode({_0: olga, _1: {avs, id: 1}, _2: STETH_STRATEGY}), words(0, 4n * E / 10n, FAR))
        await put(EL.allocationManager.address, am.functions.getAllocation.encode({_0: olga, _1: {avs, id: 2}, _2: STETH_STRATEGY}), words(3n * E / 10n, 0, 0))
        // the answers are read at a block: mine one and let the squid index it
        await stack.waitForHeight(await stack.chain.mineEmpty(1))
    }

    /** every account the scenario names (the Lido and rETH views are asked about each) */
    const ACCOUNTS = [alice, bob, carol, dave, erin, eve, frank, L.wsteth.address, L.withdrawalQueue.address].sort()

    beforeAll(async () => {
        stack = await startStack()
        let ev = encodeEvent
        let steth = L.steth.address
        // stETH moves as the contract logs them: Transfer (stETH at the rate) then TransferShares
        let move = (from: string, to: string, shares: bigint, ethPerShare: [bigint, bigint]) => [
            ev(steth, lidoAbi.events.Transfer, {from, to, value: (shares * ethPerShare[0]) / ethPerShare[1]}),
            ev(steth, lidoAbi.events.TransferShares, {from, to, sharesValue: shares}),
        ]
        let submit = (who: string, amount: bigint) => [ev(steth, lidoAbi.events.Submitted, {sender: who, amount, referral: ZERO}), ...move(ZERO, who, amount, [1n, 1n])]
        let after = [11n, 10n] as [bigint, bigint] // 1.1 ETH per share after the report
        let report = [
            ev(steth, lidoAbi.events.ETHDistributed, {reportTimestamp: 0n, preCLBalance: 15n * E, postCLBalance: 165n * E / 10n, withdrawalsWithdrawn: 0n, executionLayerRewardsWithdrawn: 0n, postBufferedEther: 0n}),
            ev(steth, lidoAbi.events.TokenRebased, {reportTimestamp: 0n, timeElapsed: 86400n, preTotalShares: 15n * E, preTotalEther: 15n * E, postTotalShares: 15n * E, postTotalEther: 165n * E / 10n, sharesMintedAsFees: 0n}),
        ]
        // WithdrawalQueue._requestWithdrawal: stETH transferFrom, WithdrawalRequested, then the NFT mint
        let request = (id: bigint, who: string, shares: bigint) => [
            ...move(who, L.withdrawalQueue.address, shares, after),
            ev(L.withdrawalQueue.address, wq.events.WithdrawalRequested, {requestId: id, requestor: who, owner: who, amountOfStETH: (shares * 11n) / 10n, amountOfShares: shares}),
            ev(L.withdrawalQueue.address, wq.events.Transfer, {from: ZERO, to: who, tokenId: id}),
        ]
        let t = 1_700_000_000
        let blocks = [
            [submit(alice, 10n * E), submit(bob, 5n * E)],
            [report],
            [move(alice, carol, 2n * E, after), [...move(alice, L.wsteth.address, 3n * E, after), ev(L.wsteth.address, wsteth.events.Transfer, {from: ZERO, to: alice, value: 3n * E})]],
            [request(1n, bob, E), request(2n, carol, E / 2n)],
            [[ev(L.withdrawalQueue.address, wq.events.WithdrawalsFinalized, {from: 1n, to: 1n, amountOfETHLocked: 11n * E / 10n, sharesToBurn: E, timestamp: BigInt(t)})]],
            // Rocket Pool (v1.4 contracts)
            [
                [
                    ev(RP.reth.address, reth.events.Transfer, {from: ZERO, to: dave, value: 2n * E}),
                    ev(RP.reth.address, reth.events.TokensMinted, {to: dave, amount: 2n * E, ethAmount: 2n * E, time: 0n}),
                    ev(v14(RP.depositPools), rdp.events.DepositReceived, {from: dave, amount: 2n * E, time: 0n}),
                ],
                [ev(RP.reth.address, reth.events.Transfer, {from: dave, to: erin, value: E / 2n})],
                [ev(v14(RP.networkBalances), rnb.events.BalancesUpdated, {block: 1n, slotTimestamp: 0n, totalEth: 22n * E / 10n, stakingEth: 2n * E, rethSupply: 2n * E, blockTimestamp: 0n})],
                [ev(v14(RP.nodeManagers), rnm.events.NodeRegistered, {node: nina, time: 0n})],
                [ev(v14(RP.nodeStakings), rns.events['RPLStaked(address indexed,address,uint256,uint256)'], {node: nina, from: nina, amount: 1000n * E, time: 0n})],
            ],
            // EigenLayer (slashing release)
            [
                [ev(EL.delegationManager.address, dm.events.OperatorRegistered, {operator: olga, delegationApprover: ZERO})],
                [ev(EL.delegationManager.address, dm.events.StakerDelegated, {staker: eve, operator: olga})],
                [
                    ev(EL.strategyManager.address, smSlashing.events.Deposit, {staker: eve, strategy: STETH_STRATEGY, shares: 7n * E}),
                    ev(EL.delegationManager.address, dm.events.DepositScalingFactorUpdated, {staker: eve, strategy: STETH_STRATEGY, newDepositScalingFactor: E}),
                    ev(EL.delegationManager.address, dm.events.OperatorSharesIncreased, {operator: olga, staker: eve, strategy: STETH_STRATEGY, shares: 7n * E}),
                ],
                [ev(EL.eigenPodManager.address, epm.events.PodDeployed, {eigenPod: EL.eigenPodBeacon, podOwner: frank})],
                [
                    ev(EL.eigenPodManager.address, epm.events.PodSharesUpdated, {podOwner: frank, sharesDelta: 32n * E}),
                    ev(EL.eigenPodManager.address, epm.events.NewTotalShares, {podOwner: frank, newTotalShares: 32n * E}),
                ],
                [ev(EL.allocationManager.address, am.events.OperatorSetCreated, {operatorSet: {avs, id: 1}}), ev(EL.allocationManager.address, am.events.OperatorSetCreated, {operatorSet: {avs, id: 2}})],
                [
                    ev(EL.allocationManager.address, am.events.EncumberedMagnitudeUpdated, {operator: olga, strategy: STETH_STRATEGY, encumberedMagnitude: 4n * E / 10n}),
                    ev(EL.allocationManager.address, am.events.AllocationUpdated, {operator: olga, operatorSet: {avs, id: 1}, strategy: STETH_STRATEGY, magnitude: 4n * E / 10n, effectBlock: FAR}),
                ],
            ],
        ]
        for (let [i, txs] of blocks.entries()) await stack.chain.mineBlock({timestamp: t + 12 * i, txs})
        // an allocation effective in its own block (as an instant one is: effectBlock = block.number)
        instantBlock = (await stack.anvil.rpc.blockNumber()) + 1
        let last = await stack.chain.mineBlock({
            timestamp: t + 12 * blocks.length,
            txs: [[
                ev(EL.allocationManager.address, am.events.EncumberedMagnitudeUpdated, {operator: olga, strategy: STETH_STRATEGY, encumberedMagnitude: 7n * E / 10n}),
                ev(EL.allocationManager.address, am.events.AllocationUpdated, {operator: olga, operatorSet: {avs, id: 2}, strategy: STETH_STRATEGY, magnitude: 3n * E / 10n, effectBlock: instantBlock}),
            ]],
        })
        expect(last).toBe(instantBlock)
        await stack.waitForHeight(last)

        // the contracts' views from now on: ViewAnswer at the real addresses; wstETH has no code (not deployed)
        answers = new ViewAnswers(stack.anvil.rpc)
        await answers.place([L.steth.address, L.withdrawalQueue.address, RP.reth.address, RP.storage.address, v14(RP.nodeStakings), EL.strategyManager.address, EL.delegationManager.address, EL.eigenPodManager.address, EL.allocationManager.address])
        await stack.anvil.rpc.call('anvil_setCode', [L.wsteth.address, '0x'])
    })
    afterAll(async () => {
        await stack?.stop()
    })

    it('the index holds the scenario accounts (the views are asked about each)', async () => {
        let rows = await stack.sql<{id: string}>(`SELECT id FROM account ORDER BY id`)
        expect(rows.map((r) => r.id)).toEqual(ACCOUNTS)
    })

    it('reports one difference per protocol with both values, skips what has no code, exits 1', async () => {
        await answerViews(true)
        let run = await runReconcile(stack, ['--accounts', '20', '--seed', 'test', '--json'])
        expect(run.code, run.stderr).toBe(1)
        let report = JSON.parse(run.stdout)
        let head = await stack.anvil.rpc.blockNumber()
        expect(report.block).toBe(head)
        let byProtocol = Object.fromEntries(report.protocols.map((p: any) => [p.protocol, p]))
        let different = (p: string) => byProtocol[p].checks.filter((c: any) => c.status == 'different').map((c: any) => [c.view, c.subject, c.indexed, c.chain, c.difference])
        expect(different('Lido')).toEqual([['stETH.sharesOf', carol, String(15n * E / 10n), String(15n * E / 10n + 1n), '1']])
        expect(different('Rocket Pool')).toEqual([['rETH.balanceOf', erin, String(E / 2n), String(E / 2n - 7n), '-7']])
        expect(different('EigenLayer')).toEqual([['DelegationManager.operatorShares', `${olga} / ${STETH_STRATEGY}`, String(7n * E), String(7n * E + 1000n), '1000']])
        // Lido: 2 totals + 9 share balances + 3 queue figures + 2 requests x 5 fields; wstETH (9) skipped
        expect(byProtocol['Lido']).toMatchObject({checked: 24, equal: 23, different: 1, skipped: 9})
        expect(byProtocol['Lido'].skips).toEqual([{view: 'wstETH.balanceOf', reason: `wstETH (${L.wsteth.address}) has no code at block ${head}`, count: 9}])
        // Rocket Pool: supply, rate, 9 balances, 1 node stake through the v1.4 view RocketStorage names
        expect(byProtocol['Rocket Pool']).toMatchObject({checked: 12, equal: 11, different: 1, skipped: 0})
        // EigenLayer: 2 staker rows, 1 operator row, 1 magnitude, 2 allocations x 2 fields
        expect(byProtocol['EigenLayer']).toMatchObject({checked: 8, equal: 7, different: 1, skipped: 0})
        let views = report.protocols.flatMap((p: any) => p.views.map((v: any) => v.view))
        expect(views).toEqual(
            expect.arrayContaining([
                'RocketNodeStaking.getNodeStakedRPL (v1.4)',
                'StrategyManager.stakerDepositShares',
                'EigenPodManager.podOwnerShares',
                'AllocationManager.getAllocation.effectBlock',
                'WithdrawalQueue.getWithdrawalStatus.isFinalized',
            ])
        )
        expect(report).toMatchObject({checked: 44, equal: 41, different: 3, skipped: 9})
        expect(run.stderr).toContain(`reconcile: index at block ${head}`)
    })

    it('exits 0 when every compared figure is equal; the text report has a table per protocol', async () => {
        await answerViews(false)
        let run = await runReconcile(stack, ['--accounts', '20', '--seed', 'test'])
        expect(run.code, run.stderr + run.stdout).toBe(0)
        let head = await stack.anvil.rpc.blockNumber()
        expect(run.stdout).toContain(`reconcile at block ${head}: 44 checked, 44 equal, 0 different, 9 skipped — ALL EQUAL`)
        expect(run.stdout).toMatch(/^Lido: 24 checked, 24 equal, 0 different, 9 skipped$/m)
        expect(run.stdout).toMatch(/^ {2}stETH\.sharesOf +9 +9 +0 +0$/m)
        expect(run.stdout).toMatch(/^ {2}AllocationManager\.getAllocation\.effectBlock +2 +2 +0 +0$/m)
    })

    it('--accounts N samples the N largest and N random rows, the same ones for the same seed', async () => {
        let subjects = async (seed: string) => {
            let run = await runReconcile(stack, ['--accounts', '1', '--seed', seed, '--json'])
            expect(run.code, run.stderr).toBe(0)
            let checks = JSON.parse(run.stdout).protocols.flatMap((p: any) => p.checks)
            let of = (view: string) => checks.filter((c: any) => c.view == view).map((c: any) => c.subject)
            return {steth: of('stETH.sharesOf'), reth: of('rETH.balanceOf')}
        }
        let first = await subjects('s1')
        expect(await subjects('s1')).toEqual(first)
        // Lido: the largest by stETH shares (alice, 5) and by wstETH (alice again), and one random account
        expect(first.steth).toContain(alice)
        expect(first.steth.length).toBeGreaterThanOrEqual(1)
        expect(first.steth.length).toBeLessThanOrEqual(2)
        // rETH: the largest holder (dave, 1.5) and one random account
        expect(first.reth).toContain(dave)
        expect(first.reth.length).toBeLessThanOrEqual(2)
        // other seeds draw other random accounts (9 accounts: some seed of a few picks another one)
        let drawn = new Set<string>()
        for (let seed of ['s2', 's3', 's4', 's5']) for (let a of (await subjects(seed)).reth) drawn.add(a)
        expect(drawn.size).toBeGreaterThan(2)
    })

    it('refuses a node on another chain, or behind the index, in one line (exit code 3)', async () => {
        let other = await Anvil.start({port: await freePort()})
        try {
            let head = await stack.anvil.rpc.blockNumber()
            let behind = await runReconcile(stack, [], other.url)
            expect(behind.code).toBe(3)
            expect(behind.stderr.trim().split('\n').pop()).toBe(`stakewatch reconcile: the node at ${other.url}/ does not have block ${head} yet (the index is ahead of it); use a synced node`)
            await other.rpc.call('anvil_mine', ['0x' + (head + 1).toString(16)])
            let forked = await runReconcile(stack, [], other.url)
            expect(forked.code).toBe(3)
            expect(forked.stderr).toMatch(new RegExp(`stakewatch reconcile: block ${head} is 0x[0-9a-f]{64} on the node but 0x[0-9a-f]{64} in the index: not the same chain`))
        } finally {
            await other.stop()
        }
    })

    it('a bad flag is one line naming it, exit code 2', async () => {
        let run = await runReconcile(stack, ['--accounts', 'many'])
        expect(run.code).toBe(2)
        expect(run.stderr.trim()).toBe('stakewatch: --accounts="many" is not valid: --accounts accepts a whole number from 1 to 100000')
    })
})
