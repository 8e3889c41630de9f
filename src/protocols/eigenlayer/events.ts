import {Log} from '../../core/types'

/**
 * EigenLayer events after decoding, with every era's variant normalised to one shape (e.g. the 4-field M1/M2
 * `Deposit` and the 3-field slashing-era one are both a `Deposit`, `token` null in the latter). Addresses are
 * lowercase. The handlers only see these.
 */
export type ElEvent = {log: Log} & (
    // StrategyManager / StrategyFactory / strategies
    | {type: 'Deposit'; staker: string; token: string | null; strategy: string; shares: bigint}
    | {type: 'StrategyWhitelisted'; strategy: string; token: string | null; whitelisted: boolean}
    /** the strategy's underlying token: its initializer's StrategyTokenSet, or the factory's DurationVaultDeployed */
    | {type: 'StrategyTokenSet'; strategy: string; token: string}
    | {type: 'ExchangeRate'; strategy: string; rate: bigint}
    | {type: 'BurnableShares'; strategy: string; delta: bigint}
    | {type: 'M1ShareWithdrawalQueued'; staker: string; nonce: bigint; strategy: string; shares: bigint}
    | {type: 'M1WithdrawalQueued'; staker: string; nonce: bigint; withdrawer: string; delegatedTo: string; root: string}
    | {type: 'M1WithdrawalCompleted'; staker: string; nonce: bigint; withdrawer: string; root: string}
    // DelegationManager
    | {
          type: 'OperatorRegistered'
          operator: string
          delegationApprover: string | null
          earningsReceiver: string | null
          stakerOptOutWindowBlocks: number | null
          delegationTerms: string | null
      }
    | {
          type: 'OperatorDetailsModified'
          operator: string
          delegationApprover: string
          earningsReceiver: string | null
          stakerOptOutWindowBlocks: number | null
      }
    | {type: 'OperatorMetadataURIUpdated'; operator: string; metadataURI: string}
    | {type: 'Delegation'; kind: 'DELEGATED' | 'UNDELEGATED' | 'FORCE_UNDELEGATED'; staker: string; operator: string}
    /** OperatorSharesIncreased / Decreased; staker 0x0 = the operator's part of a slashing (slashOperatorShares) */
    | {type: 'OperatorShares'; operator: string; staker: string; strategy: string; delta: bigint}
    | {
          type: 'WithdrawalQueued'
          era: 'm2' | 'slashing'
          root: string
          staker: string
          delegatedTo: string
          withdrawer: string
          nonce: bigint
          startBlock: number
          strategies: string[]
          shares: bigint[]
          sharesToWithdraw: bigint[] | null
      }
    | {type: 'WithdrawalCompleted'; era: 'm2' | 'slashing'; root: string}
    | {type: 'WithdrawalMigrated'; oldRoot: string; newRoot: string}
    | {type: 'DepositScalingFactor'; staker: string; strategy: string; factor: bigint}
    // EigenPodManager
    | {type: 'PodDeployed'; pod: string; owner: string}
    | {type: 'PodSharesUpdated'; owner: string; delta: bigint}
    | {type: 'NewTotalShares'; owner: string; total: bigint}
    | {type: 'BeaconChainETHDeposited'; owner: string; amount: bigint}
    | {type: 'BeaconChainSlashing'; staker: string; before: bigint; after: bigint}
    | {type: 'BurnableETHShares'; shares: bigint}
    // EigenPod (any pod)
    | {
          type: 'PodEvent'
          kind: string
          validatorIndex: bigint | null
          pubkeyHash: string | null
          amount: bigint | null
          recipient: string | null
          checkpointTimestamp: bigint | null
          podOwner: string | null
      }
    // DelayedWithdrawalRouter
    | {type: 'DelayedWithdrawalCreated'; podOwner: string; recipient: string; amount: bigint; index: bigint}
    | {type: 'DelayedWithdrawalsClaimed'; recipient: string; amount: bigint; completed: bigint}
    // AllocationManager
    | {type: 'OperatorSetCreated'; avs: string; setId: bigint}
    | {type: 'OperatorSetMembership'; operator: string; avs: string; setId: bigint; added: boolean}
    | {
          type: 'AllocationUpdated'
          operator: string
          avs: string
          setId: bigint
          strategy: string
          magnitude: bigint
          effectBlock: number
      }
    | {type: 'Magnitude'; operator: string; strategy: string; max: bigint | null; encumbered: bigint | null}
    | {type: 'AllocationDelaySet'; operator: string; delay: number; effectBlock: number}
    | {
          type: 'OperatorSlashed'
          operator: string
          avs: string
          setId: bigint
          strategies: string[]
          wadSlashed: bigint[]
          description: string
      }
    // RewardsCoordinator / AVSDirectory
    | {
          type: 'RewardsClaimed'
          root: string
          earner: string
          claimer: string
          recipient: string
          token: string
          amount: bigint
      }
    | {
          type: 'DistributionRootSubmitted'
          rootIndex: number
          root: string
          calculationEnd: bigint
          activatedAt: bigint
      }
    | {type: 'DistributionRootDisabled'; rootIndex: number}
    | {type: 'AvsRegistration'; operator: string; avs: string; registered: boolean}
)

export type ElEventOf<T extends ElEvent['type']> = Extract<ElEvent, {type: T}>
