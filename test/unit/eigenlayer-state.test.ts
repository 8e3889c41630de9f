import {describe, expect, it} from 'vitest'
import {encodeEvent} from '../../lib/core/encode'
import {devnet as book} from '../../lib/networks'
import * as model from '../../lib/model'
import * as dm from '../../lib/abi/DelegationManager'
import * as dm1 from '../../lib/abi/DelegationManager.m1'
import * as dm2 from '../../lib/abi/DelegationManager.m2'
import * as epm from '../../lib/abi/EigenPodManager'
import * as pod from '../../lib/abi/EigenPod'
import * as pod1 from '../../lib/abi/EigenPod.m1'
import * as pod2 from '../../lib/abi/EigenPod.m2'
import * as podPepe from '../../lib/abi/EigenPod.pepe'
import * as am from '../../lib/abi/AllocationManager'
import * as rc from '../../lib/abi/RewardsCoordinator'
import * as sm from '../../lib/abi/StrategyManager'
import * as sm2 from '../../lib/abi/StrategyManager.m2'
import * as sb from '../../lib/abi/StrategyBaseTVLLimits'
import * as sf from '../../lib/abi/StrategyFactory'
import {AM, BEACON, DM, E, EIGEN, EPM, inserted, OP, OWNER, POD, RC, root, runBatch, runBlocks, SM, STAKER, STETH, ZERO} from '../harness/eigenlayer-batch'

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * EigenLayer state transitions without a database, each transaction's logs in the order the contracts of its
 * release emit them (M1 mainnet-deployment, M2 v0.2.3, PEPE v0.4.2, slashing v1.3+). Expected values are worked
 * out by hand in the comments.
 */

const EL = book.eigenLayer
const STETH_TOKEN = book.lido.steth.address
const pk = (n: number) => '0x' + n.toString(16).padStart(64, '0')

const shares = (cache: any, staker: string, strat: string) => cache.get(model.StakerStrategyShares, `${staker}-${strat}`)?.shares
const deposits = (cache: any) => inserted(cache, model.Deposit).map((d: any) => ({account: d.account.id, asset: d.asset, shares: d.shares, strategy: d.strategy.id}))

describe('EigenLayer beacon-chain ETH: shares of every era, Deposits for restakes only', () => {
    it('M2 restake is a Deposit; balance updates, checkpoints and queues move the shares without one', async () => {
        const ts = 1_715_000_000n
        let {cache} = await runBlocks([
            // M2 createPod: the pod's initializer logs RestakingActivated, then the manager PodDeployed
            {height: 10, txs: [[encodeEvent(POD, pod2.events.RestakingActivated, {podOwner: OWNER}), encodeEvent(EPM, epm.events.PodDeployed, {eigenPod: POD, podOwner: OWNER})]]},
            {
                height: 20,
                txs: [
                    // M2 verifyWithdrawalCredentials, 2 validators: per validator ValidatorRestaked + ValidatorBalanceUpdated, then
                    // recordBeaconChainETHBalanceUpdate (owner not delegated: no OperatorSharesIncreased) -> PodSharesUpdated(+64e18)
                    [
                        encodeEvent(POD, pod2.events.ValidatorRestaked, {validatorIndex: 1}),
                        encodeEvent(POD, pod2.events.ValidatorBalanceUpdated, {validatorIndex: 1, balanceTimestamp: ts, newValidatorBalanceGwei: 32_000_000_000n}),
                        encodeEvent(POD, pod2.events.ValidatorRestaked, {validatorIndex: 2}),
                        encodeEvent(POD, pod2.events.ValidatorBalanceUpdated, {validatorIndex: 2, balanceTimestamp: ts, newValidatorBalanceGwei: 32_000_000_000n}),
                        encodeEvent(EPM, epm.events.PodSharesUpdated, {podOwner: OWNER, sharesDelta: 64n * E}),
                    ],
                    // M2 verifyBalanceUpdates: validator 1 down to 31 ETH (-1e18), later back to the 32 ETH cap (+1e18: not a deposit)
                    [encodeEvent(POD, pod2.events.ValidatorBalanceUpdated, {validatorIndex: 1, balanceTimestamp: ts + 12n, newValidatorBalanceGwei: 31_000_000_000n}), encodeEvent(EPM, epm.events.PodSharesUpdated, {podOwner: OWNER, sharesDelta: -E})],
                    [encodeEvent(POD, pod2.events.ValidatorBalanceUpdated, {validatorIndex: 1, balanceTimestamp: ts + 24n, newValidatorBalanceGwei: 32_000_000_000n}), encodeEvent(EPM, epm.events.PodSharesUpdated, {podOwner: OWNER, sharesDelta: E})],
                    // M2 queueWithdrawals(10e18 beacon-chain ETH), not delegated: EigenPodManager.removeShares logs nothing -> 54e18
                    [encodeEvent(DM, dm2.events.WithdrawalQueued, {withdrawalRoot: root(1), withdrawal: {staker: OWNER, delegatedTo: ZERO, withdrawer: OWNER, nonce: 0n, startBlock: 20, strategies: [BEACON], shares: [10n * E]}})],
                ],
            },
            {
                height: 30,
                txs: [
                    // PEPE startCheckpoint, then verifyCheckpointProofs: per validator ValidatorBalanceUpdated (changed) + ValidatorCheckpointed,
                    // then recordBeaconChainETHBalanceUpdate (PodSharesUpdated, NewTotalShares), then CheckpointFinalized: +0.2e18 of rewards
                    [encodeEvent(POD, podPepe.events.CheckpointCreated, {checkpointTimestamp: ts + 100n, beaconBlockRoot: root(9), validatorCount: 2n})],
                    [
                        encodeEvent(POD, podPepe.events.ValidatorBalanceUpdated, {validatorIndex: 1, balanceTimestamp: ts + 100n, newValidatorBalanceGwei: 32_100_000_000n}),
                        encodeEvent(POD, podPepe.events.ValidatorCheckpointed, {checkpointTimestamp: ts + 100n, validatorIndex: 1}),
                        encodeEvent(POD, podPepe.events.ValidatorBalanceUpdated, {validatorIndex: 2, balanceTimestamp: ts + 100n, newValidatorBalanceGwei: 32_100_000_000n}),
                        encodeEvent(POD, podPepe.events.ValidatorCheckpointed, {checkpointTimestamp: ts + 100n, validatorIndex: 2}),
                        encodeEvent(EPM, epm.events.PodSharesUpdated, {podOwner: OWNER, sharesDelta: E / 5n}),
                        encodeEvent(EPM, epm.events.NewTotalShares, {podOwner: OWNER, newTotalShares: 54n * E + E / 5n}),
                        encodeEvent(POD, podPepe.events.CheckpointFinalized, {checkpointTimestamp: ts + 100n, totalShareDeltaWei: E / 5n}),
                    ],
                ],
            },
            {
                height: 40,
                txs: [
                    // slashing-era queueWithdrawals(4.2e18), not delegated: removeDepositShares logs NewTotalShares(50e18), no reset (50 > 0)
                    [
                        encodeEvent(EPM, epm.events.NewTotalShares, {podOwner: OWNER, newTotalShares: 50n * E}),
                        encodeEvent(DM, dm.events.SlashingWithdrawalQueued, {withdrawalRoot: root(2), withdrawal: {staker: OWNER, delegatedTo: ZERO, withdrawer: OWNER, nonce: 1n, startBlock: 40, strategies: [BEACON], scaledShares: [(42n * E) / 10n]}, sharesToWithdraw: [(42n * E) / 10n]}),
                    ],
                ],
            },
        ])
        // 64 - 1 + 1 - 10 (M2 queue) + 0.2 (checkpoint) = 54.2 -> 50 (NewTotalShares of the slashing-era queue; not removed twice)
        expect(shares(cache, OWNER, BEACON)).toBe(50n * E)
        // one Deposit: the restake (ValidatorRestaked in its transaction); not the +1e18 balance update nor the +0.2e18 checkpoint
        expect(inserted(cache, model.Deposit).map((d: any) => [d.account.id, d.asset, d.amount, d.shares, d.amountEth, d.blockNumber])).toEqual([[OWNER, 'ETH', 64n * E, 64n * E, 64n * E, 20]])
        expect(cache.get(model.EigenPod, POD)).toMatchObject({restakingActivated: true, validatorsRestaked: 2, lastCheckpointTimestamp: ts + 100n})
    })

    it('M1: BeaconChainETHDeposited after ValidatorRestaked is the restake credit (REQUIRED_BALANCE_WEI, 31 ETH on mainnet)', async () => {
        let {cache} = await runBatch([
            // M1 EigenPodManager.stake deploys the pod first (PodDeployed), then the pod's stake logs EigenPodStaked: no shares
            [encodeEvent(EPM, epm.events.PodDeployed, {eigenPod: POD, podOwner: OWNER}), encodeEvent(POD, pod1.events.EigenPodStaked, {pubkey: '0x' + 'aa'.repeat(48)})],
            // M1 verifyWithdrawalCredentialsAndBalance: ValidatorRestaked, then restakeBeaconChainETH -> BeaconChainETHDeposited
            [encodeEvent(POD, pod1.events.ValidatorRestaked, {validatorIndex: 7}), encodeEvent(EPM, epm.events.BeaconChainETHDeposited, {podOwner: OWNER, amount: 31n * E})],
        ])
        expect(shares(cache, OWNER, BEACON)).toBe(31n * E)
        expect(inserted(cache, model.Deposit).map((d: any) => [d.logIndex, d.amount])).toEqual([[3, 31n * E]])
        expect(cache.get(model.EigenPod, POD)!.validatorsRestaked).toBe(1)
    })
})

describe('EigenLayer M1 pods: the silent share debits of overcommitment and short full withdrawals', () => {
    it('ValidatorOvercommitted -31 ETH; an overcommitted full withdrawal credits back; an active one below 31 ETH debits the gap', async () => {
        const DWR = EL.delayedWithdrawalRouter.address
        const dwr = await import('../../lib/abi/DelayedWithdrawalRouter')
        // the pod is in the database (deployed in an earlier batch), with its owner
        const POD2 = '0x00000000000000000000000000000000000000be'
        let dbPod = new model.EigenPod({id: POD, owner: new model.Account({id: OWNER}), deployedBlock: 1, deployedAt: new Date(0), deployTxHash: '0x', restakingActivated: false, validatorsRestaked: 0})
        let dbPod2 = new model.EigenPod({id: POD2, owner: new model.Account({id: STAKER}), deployedBlock: 1, deployedAt: new Date(0), deployTxHash: '0x', restakingActivated: false, validatorsRestaked: 1})
        let {cache} = await runBatch(
            [
                // two restakes (verifyWithdrawalCredentialsAndBalance): 2 x REQUIRED_BALANCE_WEI = 62e18
                [encodeEvent(POD, pod1.events.ValidatorRestaked, {validatorIndex: 7}), encodeEvent(EPM, epm.events.BeaconChainETHDeposited, {podOwner: OWNER, amount: 31n * E})],
                [encodeEvent(POD, pod1.events.ValidatorRestaked, {validatorIndex: 8}), encodeEvent(EPM, epm.events.BeaconChainETHDeposited, {podOwner: OWNER, amount: 31n * E})],
                // verifyOvercommittedStake(7): ValidatorOvercommitted, then recordOvercommittedBeaconChainETH(31 ETH) with no log: 31e18
                [encodeEvent(POD, pod1.events.ValidatorOvercommitted, {validatorIndex: 7})],
                // full withdrawal of 7 (OVERCOMMITTED, 30 ETH < 31): restakeBeaconChainETH(30 ETH) -> BeaconChainETHDeposited, then
                // FullWithdrawalRedeemed; nothing above 31 to send: 31 + 30 = 61e18, and no Deposit (no ValidatorRestaked)
                [
                    encodeEvent(EPM, epm.events.BeaconChainETHDeposited, {podOwner: OWNER, amount: 30n * E}),
                    encodeEvent(POD, pod1.events.FullWithdrawalRedeemed, {validatorIndex: 7, recipient: OWNER, withdrawalAmountGwei: 30_000_000_000n}),
                ],
                // full withdrawal of 8 (ACTIVE, 32 ETH): nothing to the shares, the 1 ETH above 31 to the router
                [
                    encodeEvent(POD, pod1.events.FullWithdrawalRedeemed, {validatorIndex: 8, recipient: OWNER, withdrawalAmountGwei: 32_000_000_000n}),
                    encodeEvent(DWR, dwr.events.DelayedWithdrawalCreated, {podOwner: OWNER, recipient: OWNER, amount: E, index: 0n}),
                ],
                // (a second pod's ACTIVE validator withdrawing 29.5 ETH: recordOvercommittedBeaconChainETH(31 - 29.5 = 1.5 ETH) silently)
                [encodeEvent(POD2, pod1.events.FullWithdrawalRedeemed, {validatorIndex: 9, recipient: STAKER, withdrawalAmountGwei: 29_500_000_000n})],
            ],
            [dbPod, dbPod2, new model.StakerStrategyShares({id: `${STAKER}-${BEACON}`, shares: 31n * E})]
        )
        expect(shares(cache, OWNER, BEACON)).toBe(61n * E)
        expect(shares(cache, STAKER, BEACON)).toBe(295n * E / 10n)
        expect(inserted(cache, model.Deposit).map((d: any) => d.amount)).toEqual([31n * E, 31n * E])
    })
})

describe('EigenLayer completions as shares are not deposits, and never name a token', () => {
    const X = '0x00000000000000000000000000000000000e1e21' // a strategy of unknown underlying token
    const TOKEN = '0x00000000000000000000000000000000000e1e99'
    const m2Withdrawal = (r: number, nonce: bigint, strat: string, n: bigint, delegatedTo = ZERO) =>
        encodeEvent(DM, dm2.events.WithdrawalQueued, {withdrawalRoot: root(r), withdrawal: {staker: STAKER, delegatedTo, withdrawer: STAKER, nonce, startBlock: 100, strategies: [strat], shares: [n]}})
    const m2Deposit = (token: string, strat: string, n: bigint) => encodeEvent(SM, sm2.events.Deposit, {staker: STAKER, token, strategy: strat, shares: n})

    it('M2: Deposits carrying the withdrawal shares right before WithdrawalCompleted are the completion (token 0x0 ignored)', async () => {
        let {cache} = await runBlocks(
            [
                {
                    height: 100,
                    txs: [
                        // M2 depositIntoStrategy, not delegated: Deposit only (X was whitelisted earlier; its token is unknown to us)
                        [m2Deposit(STETH_TOKEN, STETH, 10n * E)],
                        [m2Deposit(TOKEN, X, 5n * E)],
                        // M2 queueWithdrawals, not delegated: StrategyManager.removeShares logs nothing
                        [m2Withdrawal(1, 0n, STETH, 4n * E)],
                        [m2Withdrawal(2, 1n, X, 5n * E)],
                        [m2Withdrawal(3, 2n, STETH, 1n * E)],
                    ],
                },
                {
                    height: 200,
                    txs: [
                        // completeQueuedWithdrawal(receiveAsTokens false, tokens [0x0]): addShares logs Deposit(withdrawer, tokens[i], ...) then WithdrawalCompleted
                        [m2Deposit(ZERO, STETH, 4n * E), encodeEvent(DM, dm2.events.WithdrawalCompleted, {withdrawalRoot: root(1)})],
                        [m2Deposit(ZERO, X, 5n * E), encodeEvent(DM, dm2.events.WithdrawalCompleted, {withdrawalRoot: root(2)})],
                        // as tokens: the strategy's withdraw logs nothing in M2
                        [encodeEvent(DM, dm2.events.WithdrawalCompleted, {withdrawalRoot: root(3)})],
                    ],
                },
            ],
            [new model.Strategy({id: X, underlyingToken: null, totalShares: 0n, whitelisted: true, burnableShares: 0n})]
        )
        // stETH: 10 - 4 - 1 + 4 (re-credited) = 9e18; X: 5 - 5 + 5 = 5e18
        expect(shares(cache, STAKER, STETH)).toBe(9n * E)
        expect(shares(cache, STAKER, X)).toBe(5n * E)
        // the two real deposits only; the deposited token is their asset
        expect(deposits(cache)).toEqual([
            {account: STAKER, asset: STETH_TOKEN, shares: 10n * E, strategy: STETH},
            {account: STAKER, asset: TOKEN, shares: 5n * E, strategy: X},
        ])
        // the underlying token comes from the book / whitelist / factory / StrategyTokenSet only: not from a Deposit
        expect(cache.get(model.Strategy, STETH)!.underlyingToken).toBe(STETH_TOKEN)
        expect(cache.get(model.Strategy, X)!.underlyingToken).toBeNull()
        let w = (r: number) => cache.get(model.Withdrawal, `eigenlayer-${root(r)}`)!
        expect([w(1), w(2), w(3)].map((x) => [x.status, x.receiveAsTokens])).toEqual([
            ['COMPLETED', false],
            ['COMPLETED', false],
            ['COMPLETED', true],
        ])
    })

    it('M2: a delegated staker re-credited as shares (Deposit, OperatorSharesIncreased per strategy, then WithdrawalCompleted)', async () => {
        let {cache} = await runBlocks([
            {
                height: 100,
                txs: [
                    [encodeEvent(DM, dm2.events.StakerDelegated, {staker: STAKER, operator: OP})],
                    [m2Deposit(STETH_TOKEN, STETH, 10n * E), encodeEvent(DM, dm2.events.OperatorSharesIncreased, {operator: OP, staker: STAKER, strategy: STETH, shares: 10n * E})],
                    [encodeEvent(DM, dm2.events.OperatorSharesDecreased, {operator: OP, staker: STAKER, strategy: STETH, shares: 3n * E}), m2Withdrawal(1, 0n, STETH, 3n * E, OP)],
                ],
            },
            {
                height: 200,
                txs: [
                    // a real deposit right before the completion in one transaction (a contract), then the completion as shares
                    [
                        m2Deposit(STETH_TOKEN, STETH, 2n * E),
                        encodeEvent(DM, dm2.events.OperatorSharesIncreased, {operator: OP, staker: STAKER, strategy: STETH, shares: 2n * E}),
                        m2Deposit(STETH_TOKEN, STETH, 3n * E),
                        encodeEvent(DM, dm2.events.OperatorSharesIncreased, {operator: OP, staker: STAKER, strategy: STETH, shares: 3n * E}),
                        encodeEvent(DM, dm2.events.WithdrawalCompleted, {withdrawalRoot: root(1)}),
                    ],
                ],
            },
        ])
        // 10 - 3 + 2 + 3 = 12e18, operator the same
        expect(shares(cache, STAKER, STETH)).toBe(12n * E)
        expect(cache.get(model.OperatorStrategyShares, `${OP}-${STETH}`)!.shares).toBe(12n * E)
        // the 2e18 deposit is one; the 3e18 re-credit (the shortest run before the completion adding up to its 3e18) is not
        expect(deposits(cache).map((d: any) => d.shares)).toEqual([10n * E, 2n * E])
        expect(cache.get(model.Withdrawal, `eigenlayer-${root(1)}`)!.receiveAsTokens).toBe(false)
    })

    it('slashing era: SlashingWithdrawalCompleted then the re-credit (Deposit / PodSharesUpdated) is as shares; the strategy paying out is as tokens', async () => {
        const queue = (r: number, nonce: bigint, strat: string, n: bigint) =>
            encodeEvent(DM, dm.events.SlashingWithdrawalQueued, {withdrawalRoot: root(r), withdrawal: {staker: STAKER, delegatedTo: ZERO, withdrawer: STAKER, nonce, startBlock: 100, strategies: [strat], scaledShares: [n]}, sharesToWithdraw: [n]})
        const completed = (r: number) => encodeEvent(DM, dm.events.SlashingWithdrawalCompleted, {withdrawalRoot: root(r)})
        let {cache} = await runBlocks(
            [
                {
                    height: 100,
                    txs: [
                        // deposit 10e18 EIGEN (rate, Deposit, factor), not delegated; beacon-chain shares from the database (20e18)
                        [encodeEvent(EIGEN, sb.events.ExchangeRateEmitted, {rate: E}), encodeEvent(SM, sm.events.Deposit, {staker: STAKER, strategy: EIGEN, shares: 10n * E}), encodeEvent(DM, dm.events.DepositScalingFactorUpdated, {staker: STAKER, strategy: EIGEN, newDepositScalingFactor: E})],
                        [queue(1, 0n, EIGEN, 4n * E)],
                        [queue(2, 1n, EIGEN, 1n * E)],
                        [encodeEvent(EPM, epm.events.NewTotalShares, {podOwner: STAKER, newTotalShares: 15n * E}), queue(3, 2n, BEACON, 5n * E)],
                        [encodeEvent(EPM, epm.events.NewTotalShares, {podOwner: STAKER, newTotalShares: 13n * E}), queue(4, 3n, BEACON, 2n * E)],
                    ],
                },
                {
                    height: 200,
                    txs: [
                        // as shares: completion first, then StrategyManager.addShares (Deposit) and _increaseDelegation (factor; not delegated: no increase)
                        [completed(1), encodeEvent(SM, sm.events.Deposit, {staker: STAKER, strategy: EIGEN, shares: 4n * E}), encodeEvent(DM, dm.events.DepositScalingFactorUpdated, {staker: STAKER, strategy: EIGEN, newDepositScalingFactor: E})],
                        // as tokens: the strategy's withdraw logs its rate
                        [completed(2), encodeEvent(EIGEN, sb.events.ExchangeRateEmitted, {rate: E})],
                        // beacon-chain ETH as shares: EigenPodManager._addShares (PodSharesUpdated, NewTotalShares), then the factor
                        [completed(3), encodeEvent(EPM, epm.events.PodSharesUpdated, {podOwner: STAKER, sharesDelta: 5n * E}), encodeEvent(EPM, epm.events.NewTotalShares, {podOwner: STAKER, newTotalShares: 18n * E}), encodeEvent(DM, dm.events.DepositScalingFactorUpdated, {staker: STAKER, strategy: BEACON, newDepositScalingFactor: E})],
                        // beacon-chain ETH as tokens: the pod pays out
                        [completed(4), encodeEvent(POD, pod.events.RestakedBeaconChainETHWithdrawn, {recipient: STAKER, amount: 2n * E})],
                    ],
                },
            ],
            [new model.EigenPod({id: POD, deployedBlock: 1, deployedAt: new Date(0), deployTxHash: '0x', restakingActivated: true, validatorsRestaked: 1}), new model.StakerStrategyShares({id: `${STAKER}-${BEACON}`, shares: 20n * E, depositScalingFactor: null})]
        )
        // EIGEN 10 - 4 - 1 + 4 = 9e18; beacon 20 -> 15 -> 13 -> 18
        expect(shares(cache, STAKER, EIGEN)).toBe(9n * E)
        expect(shares(cache, STAKER, BEACON)).toBe(18n * E)
        // the real deposit only
        expect(deposits(cache)).toEqual([{account: STAKER, asset: '0x83e9115d334d248ce39a6f36144aeab5b3456e75', shares: 10n * E, strategy: EIGEN}])
        expect([1, 2, 3, 4].map((r) => cache.get(model.Withdrawal, `eigenlayer-${root(r)}`)!.receiveAsTokens)).toEqual([false, true, false, true])
    })
})

describe('EigenLayer strategies, operators and rewards', () => {
    it('a duration vault keeps its token: StrategyTokenSet of its initializer (before the whitelist) and DurationVaultDeployed', async () => {
        const VAULT = '0x00000000000000000000000000000000000e1e30'
        const TOKEN = '0x00000000000000000000000000000000000e1e31'
        const AVS = '0x00000000000000000000000000000000000e1e32'
        let {cache} = await runBatch([
            [
                // deployDurationVaultStrategy (v1.12.0): the BeaconProxy runs DurationVaultStrategy.initialize (TVL limits, StrategyTokenSet,
                // then registerAsOperator: allocation delay, approver, self-delegation, OperatorRegistered, metadata; registerForOperatorSets),
                // then the StrategyManager whitelists it, then the factory logs DurationVaultDeployed
                encodeEvent(VAULT, sb.events.MaxPerDepositUpdated, {previousValue: 0n, newValue: 100n * E}),
                encodeEvent(VAULT, sb.events.MaxTotalDepositsUpdated, {previousValue: 0n, newValue: 1000n * E}),
                encodeEvent(VAULT, sb.events.StrategyTokenSet, {token: TOKEN, decimals: 18}),
                encodeEvent(AM, am.events.AllocationDelaySet, {operator: VAULT, delay: 100_801, effectBlock: 500}),
                encodeEvent(DM, dm.events.DelegationApproverUpdated, {operator: VAULT, newDelegationApprover: ZERO}),
                encodeEvent(DM, dm.events.StakerDelegated, {staker: VAULT, operator: VAULT}),
                encodeEvent(DM, dm.events.OperatorRegistered, {operator: VAULT, delegationApprover: ZERO}),
                encodeEvent(DM, dm.events.OperatorMetadataURIUpdated, {operator: VAULT, metadataURI: 'vault'}),
                encodeEvent(AM, am.events.OperatorAddedToOperatorSet, {operator: VAULT, operatorSet: {avs: AVS, id: 1}}),
                encodeEvent(SM, sm.events.StrategyAddedToDepositWhitelist, {strategy: VAULT}),
                encodeEvent(EL.strategyFactory.address, sf.events.DurationVaultDeployed, {vault: VAULT, underlyingToken: TOKEN, vaultAdmin: OWNER, duration: 86_400, maxPerDeposit: 100n * E, stakeCap: 1000n * E, metadataURI: 'vault', operatorSetAVS: AVS, operatorSetId: 1}),
            ],
        ])
        expect(cache.get(model.Strategy, VAULT)).toMatchObject({underlyingToken: TOKEN, whitelisted: true, addedBlock: 500})
        // the vault is an operator of its own, delegated to itself
        expect(cache.get(model.Operator, VAULT)).toMatchObject({delegatorCount: 1, allocationDelay: 100_801})
    })

    it('an operator counts its own delegation in every release (M1 registerAsOperator delegates it silently)', async () => {
        const OP1 = '0x00000000000000000000000000000000000000c1'
        const OP2 = '0x00000000000000000000000000000000000000c2'
        let {cache} = await runBatch([
            // M1 registerAsOperator(dt): _delegate(op, op) logs nothing, then RegisterAsOperator
            [encodeEvent(DM, dm1.events.RegisterAsOperator, {operator: OP1, delegationTerms: OWNER})],
            // M2 registerAsOperator: OperatorDetailsModified, StakerDelegated(op, op), OperatorRegistered, OperatorMetadataURIUpdated
            [
                encodeEvent(DM, dm2.events.OperatorDetailsModified, {operator: OP2, newOperatorDetails: {earningsReceiver: OP2, delegationApprover: ZERO, stakerOptOutWindowBlocks: 0}}),
                encodeEvent(DM, dm2.events.StakerDelegated, {staker: OP2, operator: OP2}),
                encodeEvent(DM, dm2.events.OperatorRegistered, {operator: OP2, operatorDetails: {earningsReceiver: OP2, delegationApprover: ZERO, stakerOptOutWindowBlocks: 0}}),
                encodeEvent(DM, dm2.events.OperatorMetadataURIUpdated, {operator: OP2, metadataURI: 'op2'}),
            ],
        ])
        expect(cache.get(model.Operator, OP1)!.delegatorCount).toBe(1)
        expect(cache.get(model.Account, OP1)!.delegatedTo!.id).toBe(OP1)
        expect(cache.get(model.Operator, OP2)!.delegatorCount).toBe(1)
    })

    it('DistributionRootDisabled marks the root disabled', async () => {
        let {cache} = await runBatch([
            [encodeEvent(RC, rc.events.DistributionRootSubmitted, {rootIndex: 3, root: root(0xabc), rewardsCalculationEndTimestamp: 1_720_000_000, activatedAt: 1_720_100_000})],
            [encodeEvent(RC, rc.events.DistributionRootSubmitted, {rootIndex: 4, root: root(0xabd), rewardsCalculationEndTimestamp: 1_720_600_000, activatedAt: 1_720_700_000})],
            [encodeEvent(RC, rc.events.DistributionRootDisabled, {rootIndex: 3})],
        ])
        expect(cache.get(model.DistributionRoot, '3')).toMatchObject({disabled: true, disabledBlock: 500})
        expect(cache.get(model.DistributionRoot, '4')).toMatchObject({disabled: false, disabledBlock: null})
    })

    it('the EIGEN strategy holds bEIGEN 0x83e9...; a deposit of EIGEN 0xec53... names EIGEN as its asset', async () => {
        const EIGEN_TOKEN = '0xec53bf9167f50cdeb3ae105f56099aaab9061f83'
        let {cache} = await runBatch([[encodeEvent(SM, sm2.events.Deposit, {staker: STAKER, token: EIGEN_TOKEN, strategy: EIGEN, shares: 110n * E})]])
        expect(cache.get(model.Strategy, EIGEN)!.underlyingToken).toBe('0x83e9115d334d248ce39a6f36144aeab5b3456e75')
        expect(deposits(cache)).toEqual([{account: STAKER, asset: EIGEN_TOKEN, shares: 110n * E, strategy: EIGEN}])
    })

    it('pod logs: accepted from a pod deployed in the same tx (even before PodDeployed) or known to the database; not from a pod deployed later in another tx', async () => {
        const LATE = '0x00000000000000000000000000000000000000be'
        const OLD = '0x00000000000000000000000000000000000000bf'
        const OTHER_OWNER = '0x000000000000000000000000000000000000000c'
        const restake = (address: string, owner: string, hash: string) => [
            // v1.6 verifyWithdrawalCredentials: ValidatorRestaked + ValidatorBalanceUpdated, then PodSharesUpdated + NewTotalShares
            // (+ the owner's factor; not delegated)
            encodeEvent(address, pod.events.ValidatorRestaked, {pubkeyHash: hash}),
            encodeEvent(address, pod.events.ValidatorBalanceUpdated, {pubkeyHash: hash, balanceTimestamp: 1_750_000_000n, newValidatorBalanceGwei: 32_000_000_000n}),
            encodeEvent(EPM, epm.events.PodSharesUpdated, {podOwner: owner, sharesDelta: 32n * E}),
            encodeEvent(EPM, epm.events.NewTotalShares, {podOwner: owner, newTotalShares: 32n * E}),
            encodeEvent(DM, dm.events.DepositScalingFactorUpdated, {staker: owner, strategy: BEACON, newDepositScalingFactor: E}),
        ]
        let dbPod = new model.EigenPod({id: OLD, deployedBlock: 1, deployedAt: new Date(0), deployTxHash: '0x', restakingActivated: false, validatorsRestaked: 3})
        let {cache} = await runBatch(
            [
                [encodeEvent(POD, pod2.events.RestakingActivated, {podOwner: OWNER}), encodeEvent(EPM, epm.events.PodDeployed, {eigenPod: POD, podOwner: OWNER})],
                restake(LATE, OTHER_OWNER, pk(9)),
                [encodeEvent(EPM, epm.events.PodDeployed, {eigenPod: LATE, podOwner: OTHER_OWNER})],
                restake(OLD, STAKER, pk(8)),
            ],
            [dbPod]
        )
        expect(cache.get(model.EigenPod, POD)!.restakingActivated).toBe(true)
        expect(cache.get(model.EigenPod, LATE)!.validatorsRestaked).toBe(0)
        expect(cache.get(model.EigenPod, OLD)!.validatorsRestaked).toBe(4) // 3 in the database + 1
    })

    it('deposit amount from the strategy rate (floor(shares x rate / 1e18)); ETH value for stETH only', async () => {
        // slashing-era depositIntoStrategy: the strategy's deposit logs ExchangeRateEmitted, then Deposit, then the factor
        const dep = (strat: string, rate: bigint, n: bigint) => [
            encodeEvent(strat, sb.events.ExchangeRateEmitted, {rate}),
            encodeEvent(SM, sm.events.Deposit, {staker: STAKER, strategy: strat, shares: n}),
            encodeEvent(DM, dm.events.DepositScalingFactorUpdated, {staker: STAKER, strategy: strat, newDepositScalingFactor: E}),
        ]
        let {cache} = await runBatch([dep(STETH, (105n * E) / 100n, 10n * E), dep(EIGEN, 3n, 7n)])
        // 10e18 x 1.05e18 / 1e18 = 10.5e18 stETH = 10.5e18 wei; EIGEN: 7 x 3 / 1e18 = 0 (floor) bEIGEN, no ETH value
        expect(inserted(cache, model.Deposit).map((d: any) => [d.asset, d.amount, d.amountEth])).toEqual([
            [STETH_TOKEN, (105n * E) / 10n, (105n * E) / 10n],
            ['0x83e9115d334d248ce39a6f36144aeab5b3456e75', 0n, null],
        ])
        expect(inserted(cache, model.ExchangeRate).map((r: any) => [r.asset, r.ethPerUnit])).toEqual([
            [STETH, (105n * E) / 100n],
            [EIGEN, 3n],
        ])
    })

    it('strategy rate history: previous rate, seconds since, simple annualised change', async () => {
        // two deposits half a year apart (182.5 days = 15_768_000 s): 1.00 -> 1.02 is +2 % in half a year = 4 % a year
        const dep = (rate: bigint) => [
            encodeEvent(EIGEN, sb.events.ExchangeRateEmitted, {rate}),
            encodeEvent(SM, sm.events.Deposit, {staker: STAKER, strategy: EIGEN, shares: E}),
            encodeEvent(DM, dm.events.DepositScalingFactorUpdated, {staker: STAKER, strategy: EIGEN, newDepositScalingFactor: E}),
        ]
        let {cache} = await runBlocks([
            {height: 1000, txs: [dep(E)]},
            {height: 1000 + 1_314_000, txs: [dep((102n * E) / 100n)]},
        ])
        let rows = inserted(cache, model.ExchangeRate).map((r: any) => [r.ethPerUnit, r.preEthPerUnit, r.timeElapsed, r.apr])
        // runBlocks: 12 s a block, 1_314_000 blocks = 15_768_000 s
        expect(rows).toEqual([
            [E, null, null, null],
            [(102n * E) / 100n, E, 15_768_000, 0.04],
        ])
    })

    it('a completion of an unknown root is warned about and skipped; an undecodable log becomes a SkippedLog', async () => {
        let bad = encodeEvent(SM, sm.events.Deposit, {staker: STAKER, strategy: EIGEN, shares: 1n})
        let {cache, skipped, warnings} = await runBatch([
            // a withdrawal queued before the indexed range, completed as tokens (the strategy's withdraw logs its rate)
            [encodeEvent(DM, dm.events.SlashingWithdrawalCompleted, {withdrawalRoot: root(77)}), encodeEvent(EIGEN, sb.events.ExchangeRateEmitted, {rate: E})],
            [{...bad, data: '0x1234'}],
        ])
        expect(cache.get(model.Withdrawal, `eigenlayer-${root(77)}`)).toBeUndefined()
        expect(warnings.some((w) => w.includes('never seen queued'))).toBe(true)
        expect(skipped.count).toBe(1)
    })
})
