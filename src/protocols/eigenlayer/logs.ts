import {createHash} from 'crypto'
import {fun, keccak256} from '@subsquid/evm-abi'
import * as p from '@subsquid/evm-codec'
import * as am from '../../abi/AllocationManager'
import * as dm from '../../abi/DelegationManager'
import * as epm from '../../abi/EigenPodManager'
import * as pod from '../../abi/EigenPod'
import * as sm from '../../abi/StrategyManager'
import * as sb from '../../abi/StrategyBaseTVLLimits'
import {encodeEvent, RawLog} from '../../core/encode'
import {ZERO_ADDRESS} from '../../core/ids'
import {WAD} from '../../core/rates'
import {AddressBook} from '../../networks'

/**
 * Log builders for the demos, the tests and the bench load: each returns the logs one slashing-era call emits, in
 * the order the contracts emit them (EigenLayer v1.3.0 .. v1.9.0, functions named at each builder), less the events
 * the squid does not request (OperatorSharesSlashed, TVL limits, the token contracts' own Approval). The figures
 * are the caller's: work them out with the contracts' arithmetic (the helpers below give StrategyBase's).
 */

/** StrategyBase's virtual shares and balance (SHARES_OFFSET, BALANCE_OFFSET) */
const OFFSET = 1000n

/**
 * StrategyBase.deposit, after the StrategyManager moved `amount` tokens in (`balanceAfter` = the strategy's token
 * balance with them): newShares = amount x (totalShares + 1e3) / (balanceAfter + 1e3 - amount), and the rate it
 * logs, 1e18 x (balanceAfter + 1e3) / (totalShares + newShares + 1e3), both rounded down.
 */
export function strategyBaseDeposit(totalShares: bigint, balanceAfter: bigint, amount: bigint): {shares: bigint; rate: bigint} {
    let shares = (amount * (totalShares + OFFSET)) / (balanceAfter + OFFSET - amount)
    return {shares, rate: (WAD * (balanceAfter + OFFSET)) / (totalShares + shares + OFFSET)}
}

/**
 * StrategyBase.withdraw of `shares`: amountOut = (balance + 1e3) x shares / (totalShares + 1e3), and the rate it
 * logs before sending them, 1e18 x (balance + 1e3 - amountOut) / (totalShares - shares + 1e3), rounded down.
 */
export function strategyBaseWithdraw(totalShares: bigint, balance: bigint, shares: bigint): {amountOut: bigint; rate: bigint} {
    let amountOut = ((balance + OFFSET) * shares) / (totalShares + OFFSET)
    return {amountOut, rate: (WAD * (balance + OFFSET - amountOut)) / (totalShares - shares + OFFSET)}
}

export interface OperatorSetRef {
    avs: string
    id: number
}

export const allocationLog = (book: AddressBook, operator: string, operatorSet: OperatorSetRef, strategy: string, magnitude: bigint, effectBlock: number): RawLog =>
    encodeEvent(book.eigenLayer.allocationManager.address, am.events.AllocationUpdated, {operator, operatorSet, strategy, magnitude, effectBlock})
export const encumberedLog = (book: AddressBook, operator: string, strategy: string, encumberedMagnitude: bigint): RawLog =>
    encodeEvent(book.eigenLayer.allocationManager.address, am.events.EncumberedMagnitudeUpdated, {operator, strategy, encumberedMagnitude})
export const maxMagnitudeLog = (book: AddressBook, operator: string, strategy: string, maxMagnitude: bigint): RawLog =>
    encodeEvent(book.eigenLayer.allocationManager.address, am.events.MaxMagnitudeUpdated, {operator, strategy, maxMagnitude})

/**
 * DelegationManager.registerAsOperator (v1.3.0 on): AllocationManager.setAllocationDelay (AllocationDelaySet; from
 * v1.9.0 a new operator's delay is in effect at once, effectBlock = block.number), the approver, the self-delegation
 * (`_delegate`: StakerDelegated, no shares yet), OperatorRegistered, OperatorMetadataURIUpdated.
 */
export function registerOperatorLogs(book: AddressBook, operator: string, delay: number, effectBlock: number, uri: string, approver = ZERO_ADDRESS): RawLog[] {
    let el = book.eigenLayer
    let DM = el.delegationManager.address
    return [
        encodeEvent(el.allocationManager.address, am.events.AllocationDelaySet, {operator, delay, effectBlock}),
        encodeEvent(DM, dm.events.DelegationApproverUpdated, {operator, newDelegationApprover: approver}),
        encodeEvent(DM, dm.events.StakerDelegated, {staker: operator, operator}),
        encodeEvent(DM, dm.events.OperatorRegistered, {operator, delegationApprover: approver}),
        encodeEvent(DM, dm.events.OperatorMetadataURIUpdated, {operator, metadataURI: uri}),
    ]
}

export interface AllocationChange {
    operatorSet: OperatorSetRef
    strategy: string
    /** the operator's encumbered magnitude after the change, when it changed (allocations, instant deallocations) */
    encumbered: bigint | null
    /** currentMagnitude + pendingDiff after the change */
    magnitude: bigint
    effectBlock: number
}

/**
 * AllocationManager.modifyAllocations, per (set, strategy) in the order given: `_updateAllocationInfo` logs
 * EncumberedMagnitudeUpdated when the encumbered magnitude changed (an allocation takes it at once, a slashable
 * deallocation only when completed), then AllocationUpdated(target magnitude, effect block: block.number +
 * allocation delay; a slashable deallocation block.number + DEALLOCATION_DELAY + 1).
 */
export function modifyAllocationsLogs(book: AddressBook, operator: string, changes: AllocationChange[]): RawLog[] {
    return changes.flatMap((c) => [
        ...(c.encumbered == null ? [] : [encumberedLog(book, operator, c.strategy, c.encumbered)]),
        allocationLog(book, operator, c.operatorSet, c.strategy, c.magnitude, c.effectBlock),
    ])
}

export interface DepositCall {
    staker: string
    strategy: string
    /** the token's own logs of `safeTransferFrom(staker -> strategy)` (stETH: Transfer + TransferShares), if the squid reads them */
    tokenTransfer?: RawLog[]
    /** what StrategyBase.deposit logs (strategyBaseDeposit) */
    rate: bigint
    shares: bigint
    /** the staker's deposit scaling factor after `SlashingLib.update` */
    depositScalingFactor: bigint
    /** the operator the staker is delegated to, if any */
    operator: string | null
}

/**
 * StrategyManager.depositIntoStrategy (`_depositIntoStrategy`): the token transfer into the strategy,
 * StrategyBase.deposit (ExchangeRateEmitted), `_addShares` (Deposit), then DelegationManager.increaseDelegatedShares
 * (`_increaseDelegation`: DepositScalingFactorUpdated, and OperatorSharesIncreased when delegated).
 */
export function tokenDepositLogs(book: AddressBook, d: DepositCall): RawLog[] {
    let {staker, strategy, shares} = d
    return [
        ...(d.tokenTransfer ?? []),
        encodeEvent(strategy, sb.events.ExchangeRateEmitted, {rate: d.rate}),
        encodeEvent(book.eigenLayer.strategyManager.address, sm.events.Deposit, {staker, strategy, shares}),
        ...increaseDelegationLogs(book, staker, strategy, shares, d.depositScalingFactor, d.operator),
    ]
}

/** DelegationManager `_increaseDelegation`: the staker's factor, then OperatorSharesIncreased when delegated */
function increaseDelegationLogs(book: AddressBook, staker: string, strategy: string, shares: bigint, depositScalingFactor: bigint, operator: string | null): RawLog[] {
    let DM = book.eigenLayer.delegationManager.address
    return [
        encodeEvent(DM, dm.events.DepositScalingFactorUpdated, {staker, strategy, newDepositScalingFactor: depositScalingFactor}),
        ...(operator == null ? [] : [encodeEvent(DM, dm.events.OperatorSharesIncreased, {operator, staker, strategy, shares})]),
    ]
}

/**
 * A deposit for an operator never slashed into a strategy whose balance equals its shares (rate 1e18): every
 * deposit scaling factor is then 1e18 (`SlashingLib.update`: 1e18.divWad(1e18), or (prev + added) / (prev +
 * added) / 1e18) and withdrawable shares equal deposit shares. The token's transfer is left out (the strategies
 * this is used for hold tokens the squid does not read). Used by the demo and the bench load.
 */
export function depositLogs(book: AddressBook, staker: string, strategy: string, shares: bigint, operator: string | null): RawLog[] {
    return tokenDepositLogs(book, {staker, strategy, rate: WAD, shares, depositScalingFactor: WAD, operator})
}

/** delegateTo: StakerDelegated, then per strategy the staker holds its factor and the operator's share increase. */
export function delegateLogs(book: AddressBook, staker: string, operator: string, holdings: [strategy: string, shares: bigint][]): RawLog[] {
    let logs = [encodeEvent(book.eigenLayer.delegationManager.address, dm.events.StakerDelegated, {staker, operator})]
    for (let [strategy, shares] of holdings) if (shares != 0n) logs.push(...increaseDelegationLogs(book, staker, strategy, shares, WAD, operator))
    return logs
}

/** EigenPod `_calcPubkeyHash`: sha256(pubkey ++ 16 zero bytes) */
export function pubkeyHash(pubkey: string): string {
    return '0x' + createHash('sha256').update(Buffer.from(pubkey.slice(2) + '00'.repeat(16), 'hex')).digest('hex')
}

export interface PodRestake {
    pod: string
    owner: string
    /** the validators proven, each with its effective balance (gwei) */
    validators: {pubkeyHash: string; balanceGwei: bigint}[]
    /** the pod's lastCheckpointedAt for new validators (0 before its first checkpoint) */
    lastCheckpointedAt: bigint
    /** the owner's deposit shares before */
    sharesBefore: bigint
    depositScalingFactor: bigint
    operator: string | null
}

/**
 * EigenPod.verifyWithdrawalCredentials (v1.3.0 .. v1.9.0): per validator `_verifyWithdrawalCredentials`
 * (ValidatorRestaked, ValidatorBalanceUpdated(hash, lastCheckpointedAt, effective balance)), then
 * EigenPodManager.recordBeaconChainETHBalanceUpdate(+total): `_addShares` (PodSharesUpdated, NewTotalShares) and
 * DelegationManager.increaseDelegatedShares (DepositScalingFactorUpdated, OperatorSharesIncreased when delegated).
 */
export function podRestakeLogs(book: AddressBook, r: PodRestake): RawLog[] {
    let EPM = book.eigenLayer.eigenPodManager.address
    let added = r.validators.reduce((sum, v) => sum + v.balanceGwei * 10n ** 9n, 0n)
    return [
        ...r.validators.flatMap((v) => [
            encodeEvent(r.pod, pod.events.ValidatorRestaked, {pubkeyHash: v.pubkeyHash}),
            encodeEvent(r.pod, pod.events.ValidatorBalanceUpdated, {pubkeyHash: v.pubkeyHash, balanceTimestamp: r.lastCheckpointedAt, newValidatorBalanceGwei: v.balanceGwei}),
        ]),
        encodeEvent(EPM, epm.events.PodSharesUpdated, {podOwner: r.owner, sharesDelta: added}),
        encodeEvent(EPM, epm.events.NewTotalShares, {podOwner: r.owner, newTotalShares: r.sharesBefore + added}),
        ...increaseDelegationLogs(book, r.owner, book.eigenLayer.beaconChainEthStrategy, added, r.depositScalingFactor, r.operator),
    ]
}

export interface QueuedPart {
    strategy: string
    /** deposit shares removed, their scaled shares (x the staker's factor) and withdrawable shares (x the slashing factor) */
    scaledShares: bigint
    withdrawableShares: bigint
    /** the staker's deposit shares left in the strategy */
    sharesLeft: bigint
}

export interface QueuedWithdrawal {
    staker: string
    /** the operator the staker is delegated to (0x0 when not delegated) */
    operator: string
    nonce: bigint
    startBlock: number
    parts: QueuedPart[]
}

const WITHDRAWAL = p.struct({
    staker: p.address,
    delegatedTo: p.address,
    withdrawer: p.address,
    nonce: p.uint256,
    startBlock: p.uint32,
    strategies: p.array(p.address),
    scaledShares: p.array(p.uint256),
})
// abi.encode(withdrawal) is the calldata of a function taking the struct, less the selector
const encodeWithdrawal = fun('0x00000000', 'root((address,address,address,uint256,uint32,address[],uint256[]))', {w: WITHDRAWAL})

/** DelegationManager.calculateWithdrawalRoot: keccak256(abi.encode(withdrawal)) */
export function withdrawalRoot(w: QueuedWithdrawal): string {
    let withdrawal = {staker: w.staker, delegatedTo: w.operator, withdrawer: w.staker, nonce: w.nonce, startBlock: w.startBlock, strategies: w.parts.map((x) => x.strategy), scaledShares: w.parts.map((x) => x.scaledShares)}
    let data = encodeWithdrawal.encode({w: withdrawal})
    return '0x' + Buffer.from(keccak256(Buffer.from(data.slice(10), 'hex'))).toString('hex')
}

/**
 * DelegationManager.queueWithdrawals, one withdrawal (`_removeSharesAndQueueWithdrawal`): per strategy
 * OperatorSharesDecreased(withdrawable) when delegated, the share manager's removal (EigenPodManager logs
 * NewTotalShares; the StrategyManager nothing), the factor reset (DepositScalingFactorUpdated 1e18) when no
 * shares are left, then SlashingWithdrawalQueued(root, withdrawal, withdrawable shares).
 */
export function queueWithdrawalLogs(book: AddressBook, w: QueuedWithdrawal): {logs: RawLog[]; root: string} {
    let el = book.eigenLayer
    let DM = el.delegationManager.address
    let root = withdrawalRoot(w)
    let logs: RawLog[] = []
    for (let x of w.parts) {
        if (w.operator != ZERO_ADDRESS) logs.push(encodeEvent(DM, dm.events.OperatorSharesDecreased, {operator: w.operator, staker: w.staker, strategy: x.strategy, shares: x.withdrawableShares}))
        if (x.strategy == el.beaconChainEthStrategy) logs.push(encodeEvent(el.eigenPodManager.address, epm.events.NewTotalShares, {podOwner: w.staker, newTotalShares: x.sharesLeft}))
        if (x.sharesLeft == 0n) logs.push(encodeEvent(DM, dm.events.DepositScalingFactorUpdated, {staker: w.staker, strategy: x.strategy, newDepositScalingFactor: WAD}))
    }
    logs.push(
        encodeEvent(DM, dm.events.SlashingWithdrawalQueued, {
            withdrawalRoot: root,
            withdrawal: {staker: w.staker, delegatedTo: w.operator, withdrawer: w.staker, nonce: w.nonce, startBlock: w.startBlock, strategies: w.parts.map((x) => x.strategy), scaledShares: w.parts.map((x) => x.scaledShares)},
            sharesToWithdraw: w.parts.map((x) => x.withdrawableShares),
        })
    )
    return {logs, root}
}

export interface SlashedStrategy {
    strategy: string
    /** a pending deallocation cut by the slash: its new target (currentMagnitude + pendingDiff) and its effect block */
    pendingDeallocation?: {magnitude: bigint; effectBlock: number}
    /** after the slash: encumbered, current and max magnitude */
    encumbered: bigint
    magnitude: bigint
    maxMagnitude: bigint
    /** block.number */
    block: number
    /** SlashingLib.calcSlashedAmount of the operator's shares, and that plus the slashable queued shares */
    operatorSharesSlashed: bigint
    sharesToBurn: bigint
    wadSlashed: bigint
}

export interface Slash {
    operator: string
    operatorSet: OperatorSetRef
    slashId: bigint
    strategies: SlashedStrategy[]
    description: string
}

/**
 * AllocationManager.slashOperator (`_slashOperator`, v1.5.0 .. v1.9.0), strategies in ascending order: per
 * strategy a pending deallocation's AllocationUpdated (cut by the slashed fraction, its old effect block),
 * `_updateAllocationInfo` (EncumberedMagnitudeUpdated), AllocationUpdated(current, block.number),
 * `_updateMaxMagnitude` (MaxMagnitudeUpdated), then DelegationManager.slashOperatorShares:
 * OperatorSharesDecreased(operator, 0x0, strategy, operator shares slashed), OperatorSharesSlashed (not requested),
 * the share manager's increaseBurnOrRedistributableShares (StrategyManager BurnOrRedistributableSharesIncreased /
 * EigenPodManager BurnableETHSharesIncreased); OperatorSlashed closes it.
 */
export function slashOperatorLogs(book: AddressBook, s: Slash): RawLog[] {
    let el = book.eigenLayer
    let logs: RawLog[] = []
    for (let x of s.strategies) {
        if (x.pendingDeallocation) logs.push(allocationLog(book, s.operator, s.operatorSet, x.strategy, x.pendingDeallocation.magnitude, x.pendingDeallocation.effectBlock))
        logs.push(
            encumberedLog(book, s.operator, x.strategy, x.encumbered),
            allocationLog(book, s.operator, s.operatorSet, x.strategy, x.magnitude, x.block),
            maxMagnitudeLog(book, s.operator, x.strategy, x.maxMagnitude),
            encodeEvent(el.delegationManager.address, dm.events.OperatorSharesDecreased, {operator: s.operator, staker: ZERO_ADDRESS, strategy: x.strategy, shares: x.operatorSharesSlashed})
        )
        logs.push(
            x.strategy == el.beaconChainEthStrategy
                ? encodeEvent(el.eigenPodManager.address, epm.events.BurnableETHSharesIncreased, {shares: x.sharesToBurn})
                : encodeEvent(el.strategyManager.address, sm.events.BurnOrRedistributableSharesIncreased, {operatorSet: s.operatorSet, slashId: s.slashId, strategy: x.strategy, shares: x.sharesToBurn})
        )
    }
    logs.push(
        encodeEvent(el.allocationManager.address, am.events.OperatorSlashed, {
            operator: s.operator,
            operatorSet: s.operatorSet,
            strategies: s.strategies.map((x) => x.strategy),
            wadSlashed: s.strategies.map((x) => x.wadSlashed),
            description: s.description,
        })
    )
    return logs
}

/**
 * StrategyManager.clearBurnOrRedistributableSharesByStrategy (v1.5.0 .. v1.9.0, `_clearBurnOrRedistributableShares`):
 * StrategyBase.withdraw to the set's recipient (ExchangeRateEmitted, then the token's transfer out), then
 * BurnOrRedistributableSharesDecreased.
 */
export function clearBurnableLogs(book: AddressBook, operatorSet: OperatorSetRef, slashId: bigint, strategy: string, shares: bigint, rate: bigint, tokenTransfer: RawLog[]): RawLog[] {
    return [
        encodeEvent(strategy, sb.events.ExchangeRateEmitted, {rate}),
        ...tokenTransfer,
        encodeEvent(book.eigenLayer.strategyManager.address, sm.events.BurnOrRedistributableSharesDecreased, {operatorSet, slashId, strategy, shares}),
    ]
}
