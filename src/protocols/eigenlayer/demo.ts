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
import * as smSlashing from '../../abi/StrategyManager.slashing'
import {ScenarioBlock} from '../../core/types'
import {encodeEvent} from '../../core/encode'
import {AddressBook} from '../../networks'

const E = 10n ** 18n
const BEIGEN = '0xec53bf9167f50cdeb3ae105f56099aaab9061f83'
const addr = (n: number) => '0x' + n.toString(16).padStart(40, '0')
const root = (n: number) => '0x' + n.toString(16).padStart(64, '0')

/** Demo actors (made-up addresses). */
export const DEMO = {
    carol: addr(0xe1c001), // M1 staker (stETH)
    erin: addr(0xe1e121), // M1 staker whose queued withdrawal is migrated to M2
    alice: addr(0xe1a11c), // M2 staker (rETH)
    dave: addr(0xe1da7e), // slashing-era staker (EIGEN)
    frank: addr(0xe1f4a1), // stays delegated to op3
    bob: addr(0xe1b0b0), // pod owner
    op1: addr(0xe10001), // M1 operator
    op2: addr(0xe10002), // M2 operator
    op3: addr(0xe10003), // slashing-era operator
    avs: addr(0xe1a775),
    token: addr(0xe17043),
}

/**
 * Every EigenLayer event kind the module requests, as one consistent story across the eras: M1 deposits, pods
 * and withdrawals; M2 delegation, withdrawal + migration of an M1 one; PEPE checkpoints; slashing-era deposits,
 * allocations, an operator slashing and a slashing-era withdrawal; rewards. The demo pod lives at the pod
 * beacon's address: the demo chain has the log emitter only at the address book's addresses, and the module
 * accepts pod logs from any address named by PodDeployed.
 */
export function demoScenario(book: AddressBook): ScenarioBlock[] {
    let el = book.eigenLayer
    let strategy = (symbol: string) => el.strategies.find((s) => s.symbol == symbol)!
    let [steth, reth, eigen, ethx, meth, oseth] = ['stETH', 'rETH', 'EIGEN', 'ETHx', 'mETH', 'osETH'].map(strategy)
    let POD = el.eigenPodBeacon
    let {carol, erin, alice, dave, frank, bob, op1, op2, op3, avs, token} = DEMO
    let beacon = el.beaconChainEthStrategy
    let SM = el.strategyManager.address
    let DM = el.delegationManager.address
    let EPM = el.eigenPodManager.address
    let AM = el.allocationManager.address
    let set = {avs, id: 1}
    // nonces stay 0: @subsquid/evm-codec 0.3.0 encodes uint96/uint128 with swapped 64-bit halves (decoding is right)
    let m1w = (staker: string, strat: string, shares: bigint, r: string) => [
        encodeEvent(SM, sm1.events.ShareWithdrawalQueued, {depositor: staker, nonce: 0n, strategy: strat, shares}),
        encodeEvent(SM, sm1.events.WithdrawalQueued, {depositor: staker, nonce: 0n, withdrawer: staker, delegatedAddress: op1, withdrawalRoot: r}),
    ]
    return [
        // --- M1 (2023) ---
        {
            secondsAfterStart: 0,
            txs: [
                [encodeEvent(DM, dm1.events.RegisterAsOperator, {operator: op1, delegationTerms: addr(0xe1d7)})],
                // carol deposits 10 stETH for 10e18 shares, erin 2 for 2e18
                [encodeEvent(SM, sm1.events.Deposit, {depositor: carol, token: steth.underlyingToken!, strategy: steth.address, shares: 10n * E})],
                [encodeEvent(SM, sm1.events.Deposit, {depositor: erin, token: steth.underlyingToken!, strategy: steth.address, shares: 2n * E})],
                [
                    encodeEvent(SM, sm1.events.StrategyAddedToDepositWhitelist, {strategy: oseth.address}),
                    encodeEvent(SM, sm1.events.StrategyRemovedFromDepositWhitelist, {strategy: oseth.address}),
                ],
                [encodeEvent(EPM, epm.events.PodDeployed, {eigenPod: POD, podOwner: bob})],
            ],
        },
        {
            secondsAfterStart: 12,
            txs: [
                // bob stakes 32 ETH through his pod (no shares yet), then proves the validator: 32e18 shares (M1 credit)
                [encodeEvent(POD, pod1.events.EigenPodStaked, {pubkey: '0x' + 'a1'.repeat(48)})],
                [
                    encodeEvent(POD, pod1.events.ValidatorRestaked, {validatorIndex: 1001}),
                    encodeEvent(EPM, epm.events.BeaconChainETHDeposited, {podOwner: bob, amount: 32n * E}),
                ],
                [encodeEvent(POD, pod1.events.ValidatorOvercommitted, {validatorIndex: 1001})],
                [
                    encodeEvent(POD, pod1.events.PartialWithdrawalRedeemed, {validatorIndex: 1001, recipient: bob, partialWithdrawalAmountGwei: 10_000_000n}),
                    encodeEvent(el.delayedWithdrawalRouter.address, dwr.events.DelayedWithdrawalCreated, {podOwner: bob, recipient: bob, amount: 10_000_000n * 10n ** 9n, index: 0n}),
                ],
                [encodeEvent(POD, pod1.events.FullWithdrawalRedeemed, {validatorIndex: 1002, recipient: bob, withdrawalAmountGwei: 1_000_000n})],
                [encodeEvent(POD, pod1.events.RestakedBeaconChainETHWithdrawn, {recipient: bob, amount: E / 1000n})],
            ],
        },
        {
            secondsAfterStart: 24,
            txs: [
                [encodeEvent(el.delayedWithdrawalRouter.address, dwr.events.DelayedWithdrawalsClaimed, {recipient: bob, amountClaimed: 10_000_000n * 10n ** 9n, delayedWithdrawalsCompleted: 1n})],
                // carol queues 4e18 stETH shares (10 - 4 = 6e18 left), erin 1e18 (2 - 1 = 1e18 left)
                m1w(carol, steth.address, 4n * E, root(0xe101)),
                m1w(erin, steth.address, 1n * E, root(0xe102)),
            ],
        },
        {
            secondsAfterStart: 36,
            txs: [[encodeEvent(SM, sm1.events.WithdrawalCompleted, {depositor: carol, nonce: 0n, withdrawer: carol, withdrawalRoot: root(0xe101)})]],
        },
        // --- M2 (2024) ---
        {
            secondsAfterStart: 100,
            txs: [
                [
                    encodeEvent(DM, dm2.events.OperatorRegistered, {operator: op2, operatorDetails: {earningsReceiver: op2, delegationApprover: addr(0), stakerOptOutWindowBlocks: 0}}),
                    encodeEvent(DM, dm2.events.OperatorMetadataURIUpdated, {operator: op2, metadataURI: 'https://example.org/op2.json'}),
                ],
                [encodeEvent(DM, dm2.events.OperatorDetailsModified, {operator: op2, newOperatorDetails: {earningsReceiver: op2, delegationApprover: addr(0), stakerOptOutWindowBlocks: 50400}})],
                [encodeEvent(DM, dm2.events.StakerDelegated, {staker: alice, operator: op2})],
                // alice deposits 5e18 rETH shares, delegated to op2
                [
                    encodeEvent(SM, sm1.events.Deposit, {depositor: alice, token: reth.underlyingToken!, strategy: reth.address, shares: 5n * E}),
                    encodeEvent(DM, dm2.events.OperatorSharesIncreased, {operator: op2, staker: alice, strategy: reth.address, shares: 5n * E}),
                ],
                // erin's M1 withdrawal migrated to an M2 root: not removed from her shares twice
                [
                    encodeEvent(DM, dm2.events.WithdrawalQueued, {withdrawalRoot: root(0xe202), withdrawal: {staker: erin, delegatedTo: op1, withdrawer: erin, nonce: 0n, startBlock: 1, strategies: [steth.address], shares: [1n * E]}}),
                    encodeEvent(DM, dm2.events.WithdrawalMigrated, {oldWithdrawalRoot: root(0xe102), newWithdrawalRoot: root(0xe202)}),
                ],
                [encodeEvent(el.avsDirectory.address, avsd.events.OperatorAVSRegistrationStatusUpdated, {operator: op2, avs, status: 1})],
            ],
        },
        {
            secondsAfterStart: 112,
            txs: [
                // alice queues 2e18 rETH shares: 5 - 2 = 3e18 left, op2 too
                [
                    encodeEvent(DM, dm2.events.OperatorSharesDecreased, {operator: op2, staker: alice, strategy: reth.address, shares: 2n * E}),
                    encodeEvent(DM, dm2.events.WithdrawalQueued, {withdrawalRoot: root(0xe204), withdrawal: {staker: alice, delegatedTo: op2, withdrawer: alice, nonce: 0n, startBlock: 1, strategies: [reth.address], shares: [2n * E]}}),
                ],
                [encodeEvent(POD, pod2.events.RestakingActivated, {podOwner: bob})],
                [encodeEvent(POD, pod2.events.ValidatorBalanceUpdated, {validatorIndex: 1001, balanceTimestamp: 1_720_000_000n, newValidatorBalanceGwei: 33_000_000_000n})],
                // the balance update credits bob 1e18 shares: 32 + 1 = 33e18
                [encodeEvent(EPM, epm.events.PodSharesUpdated, {podOwner: bob, sharesDelta: 1n * E})],
                [encodeEvent(POD, pod2.events.PartialWithdrawalRedeemed, {validatorIndex: 1001, withdrawalTimestamp: 1_720_000_100n, recipient: bob, partialWithdrawalAmountGwei: 5_000_000n})],
                [encodeEvent(POD, pod2.events.FullWithdrawalRedeemed, {validatorIndex: 1002, withdrawalTimestamp: 1_720_000_100n, recipient: bob, withdrawalAmountGwei: 2_000_000n})],
                [encodeEvent(POD, pod2.events.NonBeaconChainETHReceived, {amountReceived: E / 100n})],
                [encodeEvent(POD, pod2.events.NonBeaconChainETHWithdrawn, {recipient: bob, amountWithdrawn: E / 100n})],
                [encodeEvent(EPM, epm.events.BeaconChainETHWithdrawalCompleted, {podOwner: bob, shares: 0n, nonce: 0n, delegatedAddress: addr(0), withdrawer: bob, withdrawalRoot: root(0xe2b0)})],
            ],
        },
        {
            secondsAfterStart: 124,
            txs: [
                [encodeEvent(DM, dm2.events.WithdrawalCompleted, {withdrawalRoot: root(0xe204)})],
                [encodeEvent(el.rewardsCoordinator.address, rc.events.DistributionRootSubmitted, {rootIndex: 0, root: root(0xe3), rewardsCalculationEndTimestamp: 1_720_000_000, activatedAt: 1_720_100_000})],
                [encodeEvent(el.rewardsCoordinator.address, rc.events.RewardsClaimed, {root: root(0xe3), earner: alice, claimer: alice, recipient: alice, token, claimedAmount: 123n * 10n ** 15n})],
            ],
        },
        // --- PEPE (Aug 2024): checkpoints, strategy rates, factory strategies ---
        {
            secondsAfterStart: 200,
            txs: [
                [encodeEvent(POD, podPepe.events.CheckpointCreated, {checkpointTimestamp: 1_725_000_000n, beaconBlockRoot: root(0xbeac), validatorCount: 1n})],
                [
                    encodeEvent(POD, podPepe.events.ValidatorCheckpointed, {checkpointTimestamp: 1_725_000_000n, validatorIndex: 1001}),
                    encodeEvent(POD, podPepe.events.ValidatorWithdrawn, {checkpointTimestamp: 1_725_000_000n, validatorIndex: 1002}),
                    // +0.5e18: 33 + 0.5 = 33.5e18
                    encodeEvent(EPM, epm.events.PodSharesUpdated, {podOwner: bob, sharesDelta: E / 2n}),
                    encodeEvent(EPM, epm.events.NewTotalShares, {podOwner: bob, newTotalShares: 33n * E + E / 2n}),
                    encodeEvent(POD, podPepe.events.CheckpointFinalized, {checkpointTimestamp: 1_725_000_000n, totalShareDeltaWei: E / 2n}),
                ],
                [encodeEvent(eigen.address, sb.events.ExchangeRateEmitted, {rate: E})],
                [encodeEvent(el.strategyFactory.address, sf.events.StrategySetForToken, {token: meth.underlyingToken ?? addr(0xe1e7), strategy: meth.address})],
                [encodeEvent(ethx.address, sb.events.StrategyTokenSet, {token: addr(0xe17e), decimals: 18})],
                // the EIGEN strategy names its token (bEIGEN): later 3-field deposits get it as their asset
                [encodeEvent(eigen.address, sb.events.StrategyTokenSet, {token: BEIGEN, decimals: 18})],
            ],
        },
        // --- slashing release (2025) ---
        {
            secondsAfterStart: 300,
            txs: [
                [encodeEvent(DM, dm.events.OperatorRegistered, {operator: op3, delegationApprover: addr(0)})],
                [encodeEvent(DM, dm.events.DelegationApproverUpdated, {operator: op3, newDelegationApprover: addr(0xe1ab)})],
                [encodeEvent(DM, dm.events.StakerDelegated, {staker: dave, operator: op3})],
                [encodeEvent(DM, dm.events.StakerDelegated, {staker: frank, operator: op3})],
                // dave deposits 100 EIGEN (rate 1e18: 100e18 shares)
                [
                    encodeEvent(SM, smSlashing.events.Deposit, {staker: dave, strategy: eigen.address, shares: 100n * E}),
                    encodeEvent(DM, dm.events.DepositScalingFactorUpdated, {staker: dave, strategy: eigen.address, newDepositScalingFactor: E}),
                    encodeEvent(DM, dm.events.OperatorSharesIncreased, {operator: op3, staker: dave, strategy: eigen.address, shares: 100n * E}),
                ],
                [
                    encodeEvent(AM, am.events.OperatorSetCreated, {operatorSet: set}),
                    encodeEvent(AM, am.events.OperatorAddedToOperatorSet, {operator: op3, operatorSet: set}),
                    encodeEvent(AM, am.events.AllocationDelaySet, {operator: op3, delay: 75, effectBlock: 1}),
                ],
                [
                    encodeEvent(AM, am.events.AllocationUpdated, {operator: op3, operatorSet: set, strategy: eigen.address, magnitude: E / 2n, effectBlock: 1}),
                    encodeEvent(AM, am.events.EncumberedMagnitudeUpdated, {operator: op3, strategy: eigen.address, encumberedMagnitude: E / 2n}),
                ],
            ],
        },
        {
            secondsAfterStart: 312,
            txs: [
                // the AVS slashes 10 % of op3's allocated EIGEN: magnitude 0.5 -> 0.45, max 1 -> 0.95, 5e18 shares
                [
                    encodeEvent(AM, am.events.AllocationUpdated, {operator: op3, operatorSet: set, strategy: eigen.address, magnitude: (E * 45n) / 100n, effectBlock: 2}),
                    encodeEvent(AM, am.events.EncumberedMagnitudeUpdated, {operator: op3, strategy: eigen.address, encumberedMagnitude: (E * 45n) / 100n}),
                    encodeEvent(AM, am.events.MaxMagnitudeUpdated, {operator: op3, strategy: eigen.address, maxMagnitude: (E * 95n) / 100n}),
                    encodeEvent(DM, dm.events.OperatorSharesSlashed, {operator: op3, strategy: eigen.address, totalSlashedShares: 5n * E}),
                    encodeEvent(SM, smSlashing.events.BurnableSharesIncreased, {strategy: eigen.address, shares: 5n * E}),
                    encodeEvent(AM, am.events.OperatorSlashed, {operator: op3, operatorSet: set, strategies: [eigen.address], wadSlashed: [E / 10n], description: 'demo: double signing'}),
                ],
                [encodeEvent(SM, smSlashing.events.BurnableSharesDecreased, {strategy: eigen.address, shares: 5n * E})],
                [
                    encodeEvent(SM, sm.events.BurnOrRedistributableSharesIncreased, {operatorSet: set, slashId: 1n, strategy: eigen.address, shares: E}),
                    encodeEvent(SM, sm.events.BurnOrRedistributableSharesDecreased, {operatorSet: set, slashId: 1n, strategy: eigen.address, shares: E}),
                ],
                // dave queues 40e18 deposit shares; after the slashing 38e18 are withdrawable (40 x 0.95)
                [
                    encodeEvent(DM, dm.events.OperatorSharesDecreased, {operator: op3, staker: dave, strategy: eigen.address, shares: 38n * E}),
                    encodeEvent(DM, dm.events.SlashingWithdrawalQueued, {withdrawalRoot: root(0xe305), withdrawal: {staker: dave, delegatedTo: op3, withdrawer: dave, nonce: 0n, startBlock: 1, strategies: [eigen.address], scaledShares: [40n * E]}, sharesToWithdraw: [38n * E]}),
                ],
                [encodeEvent(EPM, epm.events.BeaconChainSlashingFactorDecreased, {staker: bob, prevBeaconChainSlashingFactor: E, newBeaconChainSlashingFactor: (E * 9n) / 10n})],
                [encodeEvent(EPM, epm.events.BurnableETHSharesIncreased, {shares: E / 10n})],
            ],
        },
        {
            secondsAfterStart: 324,
            txs: [
                [encodeEvent(DM, dm.events.SlashingWithdrawalCompleted, {withdrawalRoot: root(0xe305)})],
                [encodeEvent(DM, dm.events.StakerUndelegated, {staker: alice, operator: op2})],
                [
                    encodeEvent(DM, dm.events.StakerForceUndelegated, {staker: dave, operator: op3}),
                    encodeEvent(DM, dm.events.StakerUndelegated, {staker: dave, operator: op3}),
                ],
                [encodeEvent(AM, am.events.OperatorRemovedFromOperatorSet, {operator: op3, operatorSet: set})],
                // pod events of v1.6 (pubkey hashes) and Pectra requests
                [
                    encodeEvent(POD, pod.events.EigenPodStaked, {pubkeyHash: root(0xa2)}),
                    encodeEvent(POD, pod.events.ValidatorRestaked, {pubkeyHash: root(0xa2)}),
                    encodeEvent(POD, pod.events.ValidatorBalanceUpdated, {pubkeyHash: root(0xa2), balanceTimestamp: 1_750_000_000n, newValidatorBalanceGwei: 32_000_000_000n}),
                ],
                [
                    encodeEvent(POD, pod.events.ValidatorCheckpointed, {checkpointTimestamp: 1_750_000_000n, pubkeyHash: root(0xa2)}),
                    encodeEvent(POD, pod.events.ValidatorWithdrawn, {checkpointTimestamp: 1_750_000_000n, pubkeyHash: root(0xa3)}),
                    encodeEvent(POD, pod.events.WithdrawalRequested, {validatorPubkeyHash: root(0xa2), withdrawalAmountGwei: 1_000_000_000n}),
                    encodeEvent(POD, pod.events.ConsolidationRequested, {sourcePubkeyHash: root(0xa2), targetPubkeyHash: root(0xa4)}),
                    encodeEvent(POD, pod.events.ExitRequested, {validatorPubkeyHash: root(0xa4)}),
                    encodeEvent(POD, pod.events.SwitchToCompoundingRequested, {validatorPubkeyHash: root(0xa4)}),
                ],
            ],
        },
    ]
}
