import * as am from '../../abi/AllocationManager'
import * as avsd from '../../abi/AVSDirectory'
import * as dwr from '../../abi/DelayedWithdrawalRouter'
import * as dm from '../../abi/DelegationManager'
import * as dm1 from '../../abi/DelegationManager.m1'
import * as dm2 from '../../abi/DelegationManager.m2'
import * as pod from '../../abi/EigenPod'
import * as pod1 from '../../abi/EigenPod.m1'
import * as pod2 from '../../abi/EigenPod.m2'
import * as podPepe from '../../abi/EigenPod.pepe'
import * as epm from '../../abi/EigenPodManager'
import * as rc from '../../abi/RewardsCoordinator'
import * as sb from '../../abi/StrategyBaseTVLLimits'
import * as sf from '../../abi/StrategyFactory'
import * as sm from '../../abi/StrategyManager'
import * as sm1 from '../../abi/StrategyManager.m1'
import * as sm2 from '../../abi/StrategyManager.m2'
import * as smSlashing from '../../abi/StrategyManager.slashing'
import {ScenarioBlock} from '../../core/types'
import {encodeEvent} from '../../core/encode'
import {AddressBook} from '../../networks'
import {allocationLog, delegateLogs, depositLogs, encumberedLog, maxMagnitudeLog, registerOperatorLogs} from './logs'

const E = 10n ** 18n
const GWEI = 10n ** 9n
const EIGEN_TOKEN = '0xec53bf9167f50cdeb3ae105f56099aaab9061f83'
const addr = (n: number) => '0x' + n.toString(16).padStart(40, '0')
const root = (n: number) => '0x' + n.toString(16).padStart(64, '0')

/**
 * Effect blocks: the demo cannot know the height each of its blocks gets (its blocks are merged with the other
 * protocols'), so a change in effect at once is written with effect block 1 (at or before any block: the
 * AllocationManager writes block.number) and a pending one with 10,000,000 (after any demo block).
 */
export const IN_EFFECT = 1
export const PENDING_UNTIL = 10_000_000

/** Demo actors (made-up addresses). */
export const DEMO = {
    carol: addr(0xe1c001), // M1 staker (cbETH)
    erin: addr(0xe1e121), // M1 staker whose queued withdrawal is migrated to M2, then completed as shares
    alice: addr(0xe1a11c), // M2 staker (rETH) delegated to op2; owns the second pod
    dave: addr(0xe1da7e), // PEPE / slashing-era staker (EIGEN), delegated to op3, force-undelegated
    frank: addr(0xe1f4a1), // stays delegated to op3
    bob: addr(0xe1b0b0), // owner of the first pod (M1 on), delegated to op3 in the slashing era
    op1: addr(0xe10001), // M1 operator
    op2: addr(0xe10002), // M2 operator
    op3: addr(0xe10003), // slashing-era operator
    avs: addr(0xe1a775),
    token: addr(0xe17043), // a reward token
    factoryToken: addr(0xe17e), // the token of the factory strategy
    vaultToken: addr(0xe17f), // the token of the duration vault
}

/**
 * Every EigenLayer event kind the module requests, as one consistent story across the releases, each
 * transaction holding exactly the logs its contract function emits, in their order, less those the squid does
 * not request (admin events, OperatorSharesSlashed, TVL limits, token transfers): M1 (mainnet-deployment), M2
 * (v0.2.3), PEPE (v0.4.2), slashing (v1.3.0), redistribution and Pectra (v1.5 / v1.6), duration vaults (v1.12).
 * The demo chain has the log emitter only at the address book's addresses: bob's pod lives at the pod beacon's
 * address, alice's pod at the cbETH token's, the factory strategy at the ETHx strategy's and the duration vault
 * at the lsETH strategy's.
 */
export function demoScenario(book: AddressBook): ScenarioBlock[] {
    let el = book.eigenLayer
    let strategy = (symbol: string) => el.strategies.find((s) => s.symbol == symbol)!
    let [reth, eigen, ethx, oseth, cbeth, lseth] = ['rETH', 'EIGEN', 'ETHx', 'osETH', 'cbETH', 'lsETH'].map(strategy)
    let POD = el.eigenPodBeacon
    let POD2 = cbeth.underlyingToken!
    let VAULT = lseth.address
    let {carol, erin, alice, dave, frank, bob, op1, op2, op3, avs, token} = DEMO
    let beacon = el.beaconChainEthStrategy
    let SM = el.strategyManager.address
    let DM = el.delegationManager.address
    let EPM = el.eigenPodManager.address
    let AM = el.allocationManager.address
    let DWR = el.delayedWithdrawalRouter.address
    let RC = el.rewardsCoordinator.address
    let set = {avs, id: 1}
    let vaultSet = {avs, id: 2}
    let m2Details = (blocks: number) => ({earningsReceiver: op2, delegationApprover: addr(0), stakerOptOutWindowBlocks: blocks})

    // M1 StrategyManager.queueWithdrawal: ShareWithdrawalQueued per strategy, then WithdrawalQueued (not delegated)
    let m1Queue = (staker: string, nonce: bigint, strat: string, shares: bigint, r: string) => [
        encodeEvent(SM, sm1.events.ShareWithdrawalQueued, {depositor: staker, nonce, strategy: strat, shares}),
        encodeEvent(SM, sm1.events.WithdrawalQueued, {depositor: staker, nonce, withdrawer: staker, delegatedAddress: addr(0), withdrawalRoot: r}),
    ]
    // slashing-era SlashingWithdrawalQueued of one strategy
    let queued = (r: number, staker: string, operator: string, nonce: bigint, strat: string, scaled: bigint, withdrawable: bigint) =>
        encodeEvent(DM, dm.events.SlashingWithdrawalQueued, {
            withdrawalRoot: root(r),
            withdrawal: {staker, delegatedTo: operator, withdrawer: staker, nonce, startBlock: IN_EFFECT, strategies: [strat], scaledShares: [scaled]},
            sharesToWithdraw: [withdrawable],
        })
    let allocation = (operator: string, s: {avs: string; id: number}, strat: string, magnitude: bigint, effectBlock: number) =>
        allocationLog(book, operator, s, strat, magnitude, effectBlock)
    let encumbered = (operator: string, strat: string, value: bigint) => encumberedLog(book, operator, strat, value)
    let maxMagnitude = (operator: string, strat: string, value: bigint) => maxMagnitudeLog(book, operator, strat, value)
    // slashOperatorShares: OperatorSharesDecreased(op, 0x0, strategy, operator part), then OperatorSharesSlashed
    // (operator part + queued; not requested, so not emitted here), then the burnable shares (below)
    let slashed = (operator: string, strat: string, operatorPart: bigint) =>
        encodeEvent(DM, dm.events.OperatorSharesDecreased, {operator, staker: addr(0), strategy: strat, shares: operatorPart})
    let register = (operator: string, delay: number, uri: string) => registerOperatorLogs(book, operator, delay, IN_EFFECT, uri)
    let m2Pod = (t: bigint, index: number, gwei: bigint) =>
        encodeEvent(POD, pod2.events.ValidatorBalanceUpdated, {validatorIndex: index, balanceTimestamp: t, newValidatorBalanceGwei: gwei})
    let pepe = (t: bigint, index: number, gwei: bigint) =>
        encodeEvent(POD, podPepe.events.ValidatorBalanceUpdated, {validatorIndex: index, balanceTimestamp: t, newValidatorBalanceGwei: gwei})
    let checkpointed = (t: bigint, index: number) => encodeEvent(POD, podPepe.events.ValidatorCheckpointed, {checkpointTimestamp: t, validatorIndex: index})
    let pk = (n: number) => root(n)

    return [
        // --- M1 (2023) ---
        {
            secondsAfterStart: 0,
            txs: [
                // registerAsOperator(dt): delegates op1 to itself silently, then RegisterAsOperator
                [encodeEvent(DM, dm1.events.RegisterAsOperator, {operator: op1, delegationTerms: addr(0xe1d7)})],
                // depositIntoStrategy: carol 10e18 cbETH strategy shares, erin 2e18 (M1 strategies log nothing; the cbETH
                // token's Transfer is not read by the squid: cbETH, not stETH, whose transfers Lido's module reads)
                [encodeEvent(SM, sm1.events.Deposit, {depositor: carol, token: cbeth.underlyingToken!, strategy: cbeth.address, shares: 10n * E})],
                [encodeEvent(SM, sm1.events.Deposit, {depositor: erin, token: cbeth.underlyingToken!, strategy: cbeth.address, shares: 2n * E})],
                [encodeEvent(SM, sm1.events.StrategyAddedToDepositWhitelist, {strategy: oseth.address})],
                [encodeEvent(SM, sm1.events.StrategyRemovedFromDepositWhitelist, {strategy: oseth.address})],
                // EigenPodManager.stake: deploys bob's pod (PodDeployed), then the pod stakes 32 ETH (no shares yet)
                [encodeEvent(EPM, epm.events.PodDeployed, {eigenPod: POD, podOwner: bob}), encodeEvent(POD, pod1.events.EigenPodStaked, {pubkey: '0x' + 'a1'.repeat(48)})],
            ],
        },
        {
            secondsAfterStart: 12,
            txs: [
                // verifyWithdrawalCredentialsAndBalance x2: ValidatorRestaked, restakeBeaconChainETH(REQUIRED_BALANCE_WEI = 31 ETH)
                [encodeEvent(POD, pod1.events.ValidatorRestaked, {validatorIndex: 1001}), encodeEvent(EPM, epm.events.BeaconChainETHDeposited, {podOwner: bob, amount: 31n * E})],
                [encodeEvent(POD, pod1.events.ValidatorRestaked, {validatorIndex: 1002}), encodeEvent(EPM, epm.events.BeaconChainETHDeposited, {podOwner: bob, amount: 31n * E})],
                // verifyOvercommittedStake(1001): the StrategyManager removes 31e18 of bob's shares without a log: 62 - 31 = 31e18
                [encodeEvent(POD, pod1.events.ValidatorOvercommitted, {validatorIndex: 1001})],
                // a partial withdrawal of 1002: 0.01 ETH to the DelayedWithdrawalRouter
                [
                    encodeEvent(POD, pod1.events.PartialWithdrawalRedeemed, {validatorIndex: 1002, recipient: bob, partialWithdrawalAmountGwei: 10_000_000n}),
                    encodeEvent(DWR, dwr.events.DelayedWithdrawalCreated, {podOwner: bob, recipient: bob, amount: 10_000_000n * GWEI, index: 0n}),
                ],
                // full withdrawal of the overcommitted 1001 with 30.5 ETH: restakeBeaconChainETH(30.5 ETH), then
                // FullWithdrawalRedeemed (nothing above 31 ETH to send): 31 + 30.5 = 61.5e18
                [
                    encodeEvent(EPM, epm.events.BeaconChainETHDeposited, {podOwner: bob, amount: 305n * E / 10n}),
                    encodeEvent(POD, pod1.events.FullWithdrawalRedeemed, {validatorIndex: 1001, recipient: bob, withdrawalAmountGwei: 30_500_000_000n}),
                ],
            ],
        },
        {
            secondsAfterStart: 24,
            txs: [
                [encodeEvent(DWR, dwr.events.DelayedWithdrawalsClaimed, {recipient: bob, amountClaimed: 10_000_000n * GWEI, delayedWithdrawalsCompleted: 1n})],
                // carol queues 4e18 cbETH strategy shares (10 - 4 = 6e18 left), erin 1e18 (2 - 1 = 1e18 left), bob 30.5e18 of beacon-chain ETH (31e18 left)
                m1Queue(carol, 0n, cbeth.address, 4n * E, root(0xe101)),
                m1Queue(erin, 0n, cbeth.address, 1n * E, root(0xe102)),
                m1Queue(bob, 0n, beacon, 305n * E / 10n, root(0xe1b1)),
            ],
        },
        {
            secondsAfterStart: 36,
            txs: [
                // completeQueuedWithdrawal as tokens: the M1 strategy's withdraw logs nothing
                [encodeEvent(SM, sm1.events.WithdrawalCompleted, {depositor: carol, nonce: 0n, withdrawer: carol, withdrawalRoot: root(0xe101)})],
                // beacon-chain ETH as tokens: the pod pays out through the router
                [
                    encodeEvent(POD, pod1.events.RestakedBeaconChainETHWithdrawn, {recipient: bob, amount: 305n * E / 10n}),
                    encodeEvent(DWR, dwr.events.DelayedWithdrawalCreated, {podOwner: bob, recipient: bob, amount: 305n * E / 10n, index: 1n}),
                    encodeEvent(SM, sm1.events.WithdrawalCompleted, {depositor: bob, nonce: 0n, withdrawer: bob, withdrawalRoot: root(0xe1b1)}),
                ],
            ],
        },
        // --- M2 (2024) ---
        {
            secondsAfterStart: 100,
            txs: [
                // registerAsOperator(details, uri): details, self-delegation, OperatorRegistered, metadata
                [
                    encodeEvent(DM, dm2.events.OperatorDetailsModified, {operator: op2, newOperatorDetails: m2Details(0)}),
                    encodeEvent(DM, dm2.events.StakerDelegated, {staker: op2, operator: op2}),
                    encodeEvent(DM, dm2.events.OperatorRegistered, {operator: op2, operatorDetails: m2Details(0)}),
                    encodeEvent(DM, dm2.events.OperatorMetadataURIUpdated, {operator: op2, metadataURI: 'https://example.org/op2.json'}),
                ],
                [encodeEvent(DM, dm2.events.OperatorDetailsModified, {operator: op2, newOperatorDetails: m2Details(50400)})],
                [encodeEvent(DM, dm2.events.StakerDelegated, {staker: alice, operator: op2})],
                // alice deposits 5e18 rETH shares, delegated to op2
                [
                    encodeEvent(SM, sm2.events.Deposit, {staker: alice, token: reth.underlyingToken!, strategy: reth.address, shares: 5n * E}),
                    encodeEvent(DM, dm2.events.OperatorSharesIncreased, {operator: op2, staker: alice, strategy: reth.address, shares: 5n * E}),
                ],
                // migrateQueuedWithdrawals: erin's M1 withdrawal becomes an M2 one (its shares left her when queued in M1)
                [
                    encodeEvent(DM, dm2.events.WithdrawalQueued, {withdrawalRoot: root(0xe202), withdrawal: {staker: erin, delegatedTo: addr(0), withdrawer: erin, nonce: 0n, startBlock: IN_EFFECT, strategies: [cbeth.address], shares: [1n * E]}}),
                    encodeEvent(DM, dm2.events.WithdrawalMigrated, {oldWithdrawalRoot: root(0xe102), newWithdrawalRoot: root(0xe202)}),
                ],
                [encodeEvent(el.avsDirectory.address, avsd.events.OperatorAVSRegistrationStatusUpdated, {operator: op2, avs, status: 1})],
                // createPod for alice: the M2 pod's initializer logs RestakingActivated, then the manager PodDeployed
                [encodeEvent(POD2, pod2.events.RestakingActivated, {podOwner: alice}), encodeEvent(EPM, epm.events.PodDeployed, {eigenPod: POD2, podOwner: alice})],
            ],
        },
        {
            secondsAfterStart: 112,
            txs: [
                // alice queues 2e18 rETH shares: 5 - 2 = 3e18 left, op2 too
                [
                    encodeEvent(DM, dm2.events.OperatorSharesDecreased, {operator: op2, staker: alice, strategy: reth.address, shares: 2n * E}),
                    encodeEvent(DM, dm2.events.WithdrawalQueued, {withdrawalRoot: root(0xe204), withdrawal: {staker: alice, delegatedTo: op2, withdrawer: alice, nonce: 0n, startBlock: IN_EFFECT, strategies: [reth.address], shares: [2n * E]}}),
                ],
                // verifyWithdrawalCredentials(1003): ValidatorRestaked + ValidatorBalanceUpdated, then PodSharesUpdated (bob not
                // delegated): a 32e18 restake, 31 + 32 = 63e18
                [
                    encodeEvent(POD, pod2.events.ValidatorRestaked, {validatorIndex: 1003}),
                    m2Pod(1_720_000_000n, 1003, 32_000_000_000n),
                    encodeEvent(EPM, epm.events.PodSharesUpdated, {podOwner: bob, sharesDelta: 32n * E}),
                ],
                // verifyBalanceUpdates(1003 at 31.5 ETH): 63 - 0.5 = 62.5e18
                [m2Pod(1_720_000_012n, 1003, 31_500_000_000n), encodeEvent(EPM, epm.events.PodSharesUpdated, {podOwner: bob, sharesDelta: -E / 2n})],
                // verifyAndProcessWithdrawals, a partial withdrawal: 0.005 ETH to the router, shares unchanged
                [
                    encodeEvent(POD, pod2.events.PartialWithdrawalRedeemed, {validatorIndex: 1003, withdrawalTimestamp: 1_720_000_024n, recipient: bob, partialWithdrawalAmountGwei: 5_000_000n}),
                    encodeEvent(DWR, dwr.events.DelayedWithdrawalCreated, {podOwner: bob, recipient: bob, amount: 5_000_000n * GWEI, index: 2n}),
                ],
                [encodeEvent(POD, pod2.events.NonBeaconChainETHReceived, {amountReceived: E / 100n})],
                [
                    encodeEvent(POD, pod2.events.NonBeaconChainETHWithdrawn, {recipient: bob, amountWithdrawn: E / 100n}),
                    encodeEvent(DWR, dwr.events.DelayedWithdrawalCreated, {podOwner: bob, recipient: bob, amount: E / 100n, index: 3n}),
                ],
                // full withdrawal of 1003 with its restaked 31.5 ETH: nothing to send, no share change
                [encodeEvent(POD, pod2.events.FullWithdrawalRedeemed, {validatorIndex: 1003, withdrawalTimestamp: 1_720_000_036n, recipient: bob, withdrawalAmountGwei: 31_500_000_000n})],
                // bob queues 31.5e18 beacon-chain ETH (EigenPodManager.removeShares logs nothing): 31e18 left
                [encodeEvent(DM, dm2.events.WithdrawalQueued, {withdrawalRoot: root(0xe2b1), withdrawal: {staker: bob, delegatedTo: addr(0), withdrawer: bob, nonce: 0n, startBlock: IN_EFFECT, strategies: [beacon], shares: [315n * E / 10n]}})],
            ],
        },
        {
            secondsAfterStart: 124,
            txs: [
                // completed as tokens: alice's rETH (the M2 strategy logs nothing), bob's beacon-chain ETH (the pod pays out)
                [encodeEvent(DM, dm2.events.WithdrawalCompleted, {withdrawalRoot: root(0xe204)})],
                [encodeEvent(POD, pod2.events.RestakedBeaconChainETHWithdrawn, {recipient: bob, amount: 315n * E / 10n}), encodeEvent(DM, dm2.events.WithdrawalCompleted, {withdrawalRoot: root(0xe2b1)})],
                // erin completes hers as shares, passing token 0x0: Deposit(erin, 0x0, cbETH strategy, 1e18), then the completion: 1 + 1 = 2e18
                [
                    encodeEvent(SM, sm2.events.Deposit, {staker: erin, token: addr(0), strategy: cbeth.address, shares: 1n * E}),
                    encodeEvent(DM, dm2.events.WithdrawalCompleted, {withdrawalRoot: root(0xe202)}),
                ],
                // rewards (RewardsCoordinator v0.3): roots 0 and 1, a claim against 0, root 1 disabled
                [encodeEvent(RC, rc.events.DistributionRootSubmitted, {rootIndex: 0, root: root(0xe3), rewardsCalculationEndTimestamp: 1_720_000_000, activatedAt: 1_720_100_000})],
                [encodeEvent(RC, rc.events.RewardsClaimed, {root: root(0xe3), earner: alice, claimer: alice, recipient: alice, token, claimedAmount: 123n * 10n ** 15n})],
                [encodeEvent(RC, rc.events.DistributionRootSubmitted, {rootIndex: 1, root: root(0xe4), rewardsCalculationEndTimestamp: 1_720_600_000, activatedAt: 1_720_700_000})],
                [encodeEvent(RC, rc.events.DistributionRootDisabled, {rootIndex: 1})],
            ],
        },
        // --- PEPE (Aug 2024): checkpoints, strategy rates, factory strategies ---
        {
            secondsAfterStart: 200,
            txs: [
                // verifyWithdrawalCredentials(1004): ..., PodSharesUpdated, NewTotalShares: a 32e18 restake, 31 + 32 = 63e18
                [
                    encodeEvent(POD, podPepe.events.ValidatorRestaked, {validatorIndex: 1004}),
                    pepe(1_725_000_000n, 1004, 32_000_000_000n),
                    encodeEvent(EPM, epm.events.PodSharesUpdated, {podOwner: bob, sharesDelta: 32n * E}),
                    encodeEvent(EPM, epm.events.NewTotalShares, {podOwner: bob, newTotalShares: 63n * E}),
                ],
                [encodeEvent(POD, podPepe.events.CheckpointCreated, {checkpointTimestamp: 1_725_000_100n, beaconBlockRoot: root(0xbeac), validatorCount: 2n})],
                // verifyCheckpointProofs: 1004 up to 32.5 ETH, 1002 exited (its ETH is in the pod now); then the manager
                // (PodSharesUpdated, NewTotalShares) and CheckpointFinalized: +0.5e18, 63.5e18 (not a deposit)
                [
                    pepe(1_725_000_100n, 1004, 32_500_000_000n),
                    checkpointed(1_725_000_100n, 1004),
                    pepe(1_725_000_100n, 1002, 0n),
                    encodeEvent(POD, podPepe.events.ValidatorWithdrawn, {checkpointTimestamp: 1_725_000_100n, validatorIndex: 1002}),
                    checkpointed(1_725_000_100n, 1002),
                    encodeEvent(EPM, epm.events.PodSharesUpdated, {podOwner: bob, sharesDelta: E / 2n}),
                    encodeEvent(EPM, epm.events.NewTotalShares, {podOwner: bob, newTotalShares: 63n * E + E / 2n}),
                    encodeEvent(POD, podPepe.events.CheckpointFinalized, {checkpointTimestamp: 1_725_000_100n, totalShareDeltaWei: E / 2n}),
                ],
                // dave deposits 100 EIGEN into the EIGEN strategy (it takes EIGEN and holds bEIGEN): its rate, then the 4-field Deposit
                [
                    encodeEvent(eigen.address, sb.events.ExchangeRateEmitted, {rate: E}),
                    encodeEvent(SM, sm2.events.Deposit, {staker: dave, token: EIGEN_TOKEN, strategy: eigen.address, shares: 100n * E}),
                ],
                // StrategyFactory.deployNewStrategy: the new strategy's initializer (StrategyTokenSet), the factory, the whitelist
                [
                    encodeEvent(ethx.address, sb.events.StrategyTokenSet, {token: DEMO.factoryToken, decimals: 18}),
                    encodeEvent(el.strategyFactory.address, sf.events.StrategySetForToken, {token: DEMO.factoryToken, strategy: ethx.address}),
                    encodeEvent(SM, sm2.events.StrategyAddedToDepositWhitelist, {strategy: ethx.address}),
                ],
            ],
        },
        // --- slashing release v1.3.0 (Apr 2025) ---
        {
            secondsAfterStart: 300,
            txs: [
                // op3's allocation delay 0 (its allocations take effect at once)
                register(op3, 0, 'https://example.org/op3.json'),
                [encodeEvent(DM, dm.events.DelegationApproverUpdated, {operator: op3, newDelegationApprover: addr(0xe1ab)})],
                // delegateTo(op3): dave's 100e18 EIGEN (factor 1e18, op3 never slashed), frank (no shares), bob's 63.5e18 beacon-chain ETH
                delegateLogs(book, dave, op3, [[eigen.address, 100n * E]]),
                [encodeEvent(DM, dm.events.StakerDelegated, {staker: frank, operator: op3})],
                delegateLogs(book, bob, op3, [[beacon, 63n * E + E / 2n]]),
                // dave deposits 20 more (the 3-field Deposit): 120e18, op3 too
                depositLogs(book, dave, eigen.address, 20n * E, op3),
                [encodeEvent(AM, am.events.OperatorSetCreated, {operatorSet: set})],
                [encodeEvent(AM, am.events.OperatorAddedToOperatorSet, {operator: op3, operatorSet: set})],
                // modifyAllocations: 0.5e18 of op3's EIGEN (allocation delay 0: in effect at once)
                [encumbered(op3, eigen.address, E / 2n), allocation(op3, set, eigen.address, E / 2n, IN_EFFECT)],
            ],
        },
        {
            secondsAfterStart: 312,
            txs: [
                // deallocation to 0.3e18, slashable: pending (pendingDiff -0.2e18) for DEALLOCATION_DELAY; encumbered unchanged
                [allocation(op3, set, eigen.address, (3n * E) / 10n, PENDING_UNTIL)],
                // slashOperator(EIGEN, wadToSlash 0.1e18): slashed magnitude = mulWadRoundUp(0.5e18, 0.1e18) = 0.05e18, so
                // wadSlashed = 0.05e18 / max 1e18 = 0.05e18; current 0.45e18, max 0.95e18, encumbered 0.45e18; the pending
                // deallocation loses mulWadRoundUp(0.2e18, 0.1e18) = 0.02e18: target 0.45 - 0.18 = 0.27e18; operator shares
                // slashed = 120e18 - ceil(120e18 x 0.95) = 6e18 (no queued withdrawal)
                [
                    allocation(op3, set, eigen.address, (27n * E) / 100n, PENDING_UNTIL),
                    encumbered(op3, eigen.address, (45n * E) / 100n),
                    allocation(op3, set, eigen.address, (45n * E) / 100n, IN_EFFECT),
                    maxMagnitude(op3, eigen.address, (95n * E) / 100n),
                    slashed(op3, eigen.address, 6n * E),
                    encodeEvent(SM, smSlashing.events.BurnableSharesIncreased, {strategy: eigen.address, shares: 6n * E}),
                    encodeEvent(AM, am.events.OperatorSlashed, {operator: op3, operatorSet: set, strategies: [eigen.address], wadSlashed: [E / 20n], description: 'demo: double signing'}),
                ],
                // burnShares(EIGEN): the burnable shares leave through the strategy's withdraw (rate still 1e18)
                [encodeEvent(SM, smSlashing.events.BurnableSharesDecreased, {strategy: eigen.address, shares: 6n * E}), encodeEvent(eigen.address, sb.events.ExchangeRateEmitted, {rate: E})],
                // dave queues 40e18 deposit shares: withdrawable 40e18 x 1e18 x 0.95e18 = 38e18; scaled 40e18; 80e18 left, op3 114 - 38 = 76e18
                [
                    encodeEvent(DM, dm.events.OperatorSharesDecreased, {operator: op3, staker: dave, strategy: eigen.address, shares: 38n * E}),
                    queued(0xe305, dave, op3, 0n, eigen.address, 40n * E, 38n * E),
                ],
                // bob's checkpoint: 1004 falls from 32.5 to 26.15 ETH (restaked 63.5 -> 57.15 ETH): CheckpointFinalized(-6.35e18),
                // factor 1e18 x 57.15 / 63.5 = 0.9e18, op3 loses dsf x 63.5e18 x (1e18 x 0.1e18) = 6.35e18 of bob's delegated shares
                [encodeEvent(POD, podPepe.events.CheckpointCreated, {checkpointTimestamp: 1_745_000_000n, beaconBlockRoot: root(0xbead), validatorCount: 1n})],
                [
                    pepe(1_745_000_000n, 1004, 26_150_000_000n),
                    checkpointed(1_745_000_000n, 1004),
                    encodeEvent(POD, podPepe.events.CheckpointFinalized, {checkpointTimestamp: 1_745_000_000n, totalShareDeltaWei: -(635n * E) / 100n}),
                    encodeEvent(EPM, epm.events.BeaconChainSlashingFactorDecreased, {staker: bob, prevBeaconChainSlashingFactor: E, newBeaconChainSlashingFactor: (9n * E) / 10n}),
                    encodeEvent(DM, dm.events.OperatorSharesDecreased, {operator: op3, staker: bob, strategy: beacon, shares: (635n * E) / 100n}),
                ],
                // op3 allocates 0.4e18 of its beacon-chain ETH too
                [encumbered(op3, beacon, (4n * E) / 10n), allocation(op3, set, beacon, (4n * E) / 10n, IN_EFFECT)],
            ],
        },
        // --- v1.5 / v1.6 (2025): redistribution, pubkey-hash pod events, Pectra requests ---
        {
            secondsAfterStart: 324,
            txs: [
                // slashOperator([EIGEN, beacon], wadsToSlash [0.1e18, 0.25e18]), slash id 1 of the set:
                // EIGEN: mulWadRoundUp(0.45e18, 0.1e18) = 0.045e18; wadSlashed = 0.045e18 x 1e18 / 0.95e18 = 47368421052631578;
                //   current 0.405e18, max 0.905e18, encumbered 0.405e18; pending loses mulWadRoundUp(0.18e18, 0.1e18) = 0.018e18:
                //   target 0.405 - 0.162 = 0.243e18; operator part 76e18 - ceil(76e18 x 0.905 / 0.95) = 3.6e18; dave's queued
                //   40e18 scaled: 38e18 - ceil(38e18 x 0.905 / 0.95) = 1.8e18; burnt 5.4e18
                // beacon: mulWadRoundUp(0.4e18, 0.25e18) = 0.1e18 = wadSlashed; current 0.3e18, max 0.9e18;
                //   operator part 57.15e18 - ceil(57.15e18 x 0.9) = 5.715e18
                [
                    allocation(op3, set, eigen.address, (243n * E) / 1000n, PENDING_UNTIL),
                    encumbered(op3, eigen.address, (405n * E) / 1000n),
                    allocation(op3, set, eigen.address, (405n * E) / 1000n, IN_EFFECT),
                    maxMagnitude(op3, eigen.address, (905n * E) / 1000n),
                    slashed(op3, eigen.address, (36n * E) / 10n),
                    encodeEvent(SM, sm.events.BurnOrRedistributableSharesIncreased, {operatorSet: set, slashId: 1n, strategy: eigen.address, shares: (54n * E) / 10n}),
                    encumbered(op3, beacon, (3n * E) / 10n),
                    allocation(op3, set, beacon, (3n * E) / 10n, IN_EFFECT),
                    maxMagnitude(op3, beacon, (9n * E) / 10n),
                    slashed(op3, beacon, (5715n * E) / 1000n),
                    encodeEvent(EPM, epm.events.BurnableETHSharesIncreased, {shares: (5715n * E) / 1000n}),
                    encodeEvent(AM, am.events.OperatorSlashed, {operator: op3, operatorSet: set, strategies: [eigen.address, beacon], wadSlashed: [47368421052631578n, E / 10n], description: 'demo: downtime'}),
                ],
                // clearBurnOrRedistributableShares: the strategy's withdraw, then the event
                [encodeEvent(eigen.address, sb.events.ExchangeRateEmitted, {rate: E}), encodeEvent(SM, sm.events.BurnOrRedistributableSharesDecreased, {operatorSet: set, slashId: 1n, strategy: eigen.address, shares: (54n * E) / 10n})],
                // dave's withdrawal completed as tokens: 40e18 x 0.905 = 36.2e18 shares leave through the strategy
                [encodeEvent(DM, dm.events.SlashingWithdrawalCompleted, {withdrawalRoot: root(0xe305)}), encodeEvent(eigen.address, sb.events.ExchangeRateEmitted, {rate: E})],
                // alice's pod (v1.6 events): stake, then verifyWithdrawalCredentials of two validators (64e18, a restake;
                // alice is delegated to op2, never slashed: factor 1e18)
                [encodeEvent(POD2, pod.events.EigenPodStaked, {pubkeyHash: pk(0xa2)})],
                [
                    encodeEvent(POD2, pod.events.ValidatorRestaked, {pubkeyHash: pk(0xa2)}),
                    encodeEvent(POD2, pod.events.ValidatorBalanceUpdated, {pubkeyHash: pk(0xa2), balanceTimestamp: 1_750_000_000n, newValidatorBalanceGwei: 32_000_000_000n}),
                    encodeEvent(POD2, pod.events.ValidatorRestaked, {pubkeyHash: pk(0xa3)}),
                    encodeEvent(POD2, pod.events.ValidatorBalanceUpdated, {pubkeyHash: pk(0xa3), balanceTimestamp: 1_750_000_000n, newValidatorBalanceGwei: 32_000_000_000n}),
                    encodeEvent(EPM, epm.events.PodSharesUpdated, {podOwner: alice, sharesDelta: 64n * E}),
                    encodeEvent(EPM, epm.events.NewTotalShares, {podOwner: alice, newTotalShares: 64n * E}),
                    encodeEvent(DM, dm.events.DepositScalingFactorUpdated, {staker: alice, strategy: beacon, newDepositScalingFactor: E}),
                    encodeEvent(DM, dm.events.OperatorSharesIncreased, {operator: op2, staker: alice, strategy: beacon, shares: 64n * E}),
                ],
                [encodeEvent(POD2, pod.events.CheckpointCreated, {checkpointTimestamp: 1_750_000_100n, beaconBlockRoot: root(0xbeae), validatorCount: 2n})],
                // checkpoint: a2 +0.01 ETH, a3 exits (its 32 ETH in the pod): CheckpointFinalized(+0.01e18), then the manager
                [
                    encodeEvent(POD2, pod.events.ValidatorBalanceUpdated, {pubkeyHash: pk(0xa2), balanceTimestamp: 1_750_000_100n, newValidatorBalanceGwei: 32_010_000_000n}),
                    encodeEvent(POD2, pod.events.ValidatorCheckpointed, {checkpointTimestamp: 1_750_000_100n, pubkeyHash: pk(0xa2)}),
                    encodeEvent(POD2, pod.events.ValidatorBalanceUpdated, {pubkeyHash: pk(0xa3), balanceTimestamp: 1_750_000_100n, newValidatorBalanceGwei: 0n}),
                    encodeEvent(POD2, pod.events.ValidatorWithdrawn, {checkpointTimestamp: 1_750_000_100n, pubkeyHash: pk(0xa3)}),
                    encodeEvent(POD2, pod.events.ValidatorCheckpointed, {checkpointTimestamp: 1_750_000_100n, pubkeyHash: pk(0xa3)}),
                    encodeEvent(POD2, pod.events.CheckpointFinalized, {checkpointTimestamp: 1_750_000_100n, totalShareDeltaWei: E / 100n}),
                    encodeEvent(EPM, epm.events.PodSharesUpdated, {podOwner: alice, sharesDelta: E / 100n}),
                    encodeEvent(EPM, epm.events.NewTotalShares, {podOwner: alice, newTotalShares: 64n * E + E / 100n}),
                    encodeEvent(DM, dm.events.DepositScalingFactorUpdated, {staker: alice, strategy: beacon, newDepositScalingFactor: E}),
                    encodeEvent(DM, dm.events.OperatorSharesIncreased, {operator: op2, staker: alice, strategy: beacon, shares: E / 100n}),
                ],
                // Pectra requests (requestWithdrawal: amount > 0 / 0 = exit; requestConsolidation: to another / to itself)
                [encodeEvent(POD2, pod.events.WithdrawalRequested, {validatorPubkeyHash: pk(0xa2), withdrawalAmountGwei: 1_000_000_000n})],
                [
                    encodeEvent(POD2, pod.events.ConsolidationRequested, {sourcePubkeyHash: pk(0xa5), targetPubkeyHash: pk(0xa2)}),
                    encodeEvent(POD2, pod.events.SwitchToCompoundingRequested, {validatorPubkeyHash: pk(0xa2)}),
                ],
                [encodeEvent(POD2, pod.events.ExitRequested, {validatorPubkeyHash: pk(0xa2)})],
            ],
        },
        {
            secondsAfterStart: 336,
            txs: [
                // alice undelegates: both strategies queued, one withdrawal each (rETH, then beacon-chain ETH), both to 0, so
                // each logs the factor reset before its SlashingWithdrawalQueued
                [
                    encodeEvent(DM, dm.events.StakerUndelegated, {staker: alice, operator: op2}),
                    encodeEvent(DM, dm.events.OperatorSharesDecreased, {operator: op2, staker: alice, strategy: reth.address, shares: 3n * E}),
                    encodeEvent(DM, dm.events.DepositScalingFactorUpdated, {staker: alice, strategy: reth.address, newDepositScalingFactor: E}),
                    queued(0xe306, alice, op2, 1n, reth.address, 3n * E, 3n * E),
                    encodeEvent(DM, dm.events.OperatorSharesDecreased, {operator: op2, staker: alice, strategy: beacon, shares: 64n * E + E / 100n}),
                    encodeEvent(EPM, epm.events.NewTotalShares, {podOwner: alice, newTotalShares: 0n}),
                    encodeEvent(DM, dm.events.DepositScalingFactorUpdated, {staker: alice, strategy: beacon, newDepositScalingFactor: E}),
                    queued(0xe307, alice, op2, 2n, beacon, 64n * E + E / 100n, 64n * E + E / 100n),
                ],
                // alice completes the rETH one as shares (not delegated any more): completion, Deposit, factor: 3e18 back
                [
                    encodeEvent(DM, dm.events.SlashingWithdrawalCompleted, {withdrawalRoot: root(0xe306)}),
                    encodeEvent(SM, sm.events.Deposit, {staker: alice, strategy: reth.address, shares: 3n * E}),
                    encodeEvent(DM, dm.events.DepositScalingFactorUpdated, {staker: alice, strategy: reth.address, newDepositScalingFactor: E}),
                ],
                // op3 force-undelegates dave: his 80e18 (withdrawable 80e18 x 0.905 = 72.4e18) queued, factor reset: 0 left, op3 0
                [
                    encodeEvent(DM, dm.events.StakerForceUndelegated, {staker: dave, operator: op3}),
                    encodeEvent(DM, dm.events.StakerUndelegated, {staker: dave, operator: op3}),
                    encodeEvent(DM, dm.events.OperatorSharesDecreased, {operator: op3, staker: dave, strategy: eigen.address, shares: (724n * E) / 10n}),
                    encodeEvent(DM, dm.events.DepositScalingFactorUpdated, {staker: dave, strategy: eigen.address, newDepositScalingFactor: E}),
                    queued(0xe308, dave, op3, 1n, eigen.address, 80n * E, (724n * E) / 10n),
                ],
                [encodeEvent(AM, am.events.OperatorRemovedFromOperatorSet, {operator: op3, operatorSet: set})],
            ],
        },
        // --- v1.12 (2026): a duration vault ---
        {
            secondsAfterStart: 348,
            txs: [
                [encodeEvent(AM, am.events.OperatorSetCreated, {operatorSet: vaultSet})],
                // deployDurationVaultStrategy: the vault's initializer (TVL limits - not requested -, StrategyTokenSet,
                // registerAsOperator, registerForOperatorSets), the whitelist, then DurationVaultDeployed
                [
                    encodeEvent(VAULT, sb.events.StrategyTokenSet, {token: DEMO.vaultToken, decimals: 18}),
                    // allocation delay MIN_WITHDRAWAL_DELAY_BLOCKS + 1 = 100801, a new operator's in effect at once (v1.9 on)
                    ...register(VAULT, 100_801, 'https://example.org/vault.json'),
                    encodeEvent(AM, am.events.OperatorAddedToOperatorSet, {operator: VAULT, operatorSet: vaultSet}),
                    encodeEvent(SM, sm.events.StrategyAddedToDepositWhitelist, {strategy: VAULT}),
                    encodeEvent(el.strategyFactory.address, sf.events.DurationVaultDeployed, {
                        vault: VAULT,
                        underlyingToken: DEMO.vaultToken,
                        vaultAdmin: alice,
                        duration: 2_592_000,
                        maxPerDeposit: 100n * E,
                        stakeCap: 1000n * E,
                        metadataURI: 'https://example.org/vault.json',
                        operatorSetAVS: avs,
                        operatorSetId: 2,
                    }),
                ],
            ],
        },
    ]
}
