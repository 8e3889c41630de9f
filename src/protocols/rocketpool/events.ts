import {Log} from '../../core/types'

/** How an RPL event moves a node's stake; see applyRpl. */
export type RplOp = 'stake' | 'withdraw' | 'unstake' | 'withdrawUnstaked' | 'lock' | 'unlock' | 'burn'

/** One typed shape per Rocket Pool action, the same for every release that logs it (addresses lowercase). */
export type RpEvent =
    // rETH and the deposit pool
    | {kind: 'mint'; log: Log; to: string; reth: bigint; eth: bigint}
    | {kind: 'depositReceived'; log: Log; from: string; amount: bigint}
    | {kind: 'burn'; log: Log; from: string; reth: bigint; eth: bigint}
    | {kind: 'transfer'; log: Log; from: string; to: string; value: bigint}
    | {kind: 'etherDeposited'; log: Log; from: string; amount: bigint}
    // RocketNetworkBalances; referenceTime: v1.3+ slotTimestamp (seconds), null before
    | {kind: 'balances'; log: Log; totalEth: bigint; stakingEth: bigint; rethSupply: bigint; referenceBlock: bigint; referenceTime: bigint | null}
    // nodes and RPL
    | {kind: 'nodeRegistered'; log: Log; node: string}
    | {kind: 'smoothingPool'; log: Log; node: string; state: boolean}
    | {kind: 'rplWithdrawalAddress'; log: Log; node: string; address: string | null}
    | {kind: 'rpl'; log: Log; node: string; op: RplOp; amount: bigint}
    | {kind: 'rplTransfer'; log: Log; from: string; to: string; amount: bigint}
    | {kind: 'rplSlashed'; log: Log; node: string; amount: bigint; ethValue: bigint}
    /** RocketVault TokenWithdrawn by rocketNodeStaking: RPL leaving the staking balance (see rplPayouts) */
    | {kind: 'stakingRplOut'; log: Log; amount: bigint}
    // minipools: the manager's records and the minipool's own logs
    | {kind: 'minipoolCreated'; log: Log; minipool: string; node: string}
    | {kind: 'minipoolDestroyed'; log: Log; minipool: string; node: string}
    | {kind: 'minipoolStatus'; log: Log; minipool: string; status: number}
    | {kind: 'minipoolDistributed'; log: Log; minipool: string; executed: string; nodeAmount: bigint; userAmount: bigint; totalBalance: bigint}
    | {kind: 'minipoolEtherWithdrawn'; log: Log; minipool: string; to: string; amount: bigint}
    | {kind: 'minipoolBondReduced'; log: Log; minipool: string; previousBond: bigint; newBond: bigint}
    // RocketNetworkPenalties: a penalty applied (v1.1-v1.3 PenaltyUpdated, which carries the new rate; v1.4
    // PenaltyApplied, rate from a PenaltyUpdated before it) and v1.4's separate rate update
    | {kind: 'penaltyApplied'; log: Log; minipool: string; rate: bigint | null}
    | {kind: 'penaltyRate'; log: Log; minipool: string; rate: bigint}
    // megapools
    | {kind: 'megapoolFound'; log: Log; megapool: string}
    | {kind: 'megapoolPenalty'; log: Log; megapool: string; amount: bigint; fromMegapool: boolean}
    | {kind: 'megapoolDebt'; log: Log; megapool: string; delta: bigint}

export type Ev<K extends RpEvent['kind']> = Extract<RpEvent, {kind: K}>
