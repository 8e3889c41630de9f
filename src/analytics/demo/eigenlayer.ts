import * as am from '../../abi/AllocationManager'
import * as dm from '../../abi/DelegationManager'
import * as epm from '../../abi/EigenPodManager'
import * as pod from '../../abi/EigenPod'
import {encodeEvent, RawLog} from '../../core/encode'
import {WAD} from '../../core/rates'
import {AddressBook} from '../../networks'
import {
    AllocationChange,
    clearBurnableLogs,
    modifyAllocationsLogs,
    OperatorSetRef,
    podRestakeLogs,
    pubkeyHash,
    queueWithdrawalLogs,
    registerOperatorLogs,
    SlashedStrategy,
    slashOperatorLogs,
    strategyBaseDeposit,
    strategyBaseWithdraw,
    tokenDepositLogs,
} from '../../protocols/eigenlayer/logs'
import {LidoPool} from './lido'

const mulWad = (x: bigint, y: bigint) => (x * y) / WAD
const divWad = (x: bigint, y: bigint) => (x * WAD) / y
const mulWadUp = (x: bigint, y: bigint) => (x * y + WAD - 1n) / WAD
/** mainnet DEALLOCATION_DELAY and MIN_WITHDRAWAL_DELAY_BLOCKS (14 days of blocks) */
export const DEALLOCATION_DELAY = 100_800
/** StrategyManager DEFAULT_BURN_ADDRESS: where a non-redistributing set's slashed tokens go */
export const DEFAULT_BURN_ADDRESS = '0x00000000000000000000000000000000000e16e4'

/**
 * Effect blocks: real heights when the story knows them (a test mines its blocks in order), else the demo's
 * convention (a change in effect at once: block 1; a pending one: block 10,000,000; src/protocols/eigenlayer/demo.ts).
 */
export interface Heights {
    now(): number | null
}

interface Allocation {
    current: bigint
    pendingDiff: bigint
    effectBlock: number
}

interface Staker {
    shares: bigint
    depositScalingFactor: bigint
}

/**
 * EigenLayer v1.9.0 for one operator, its operator sets and the strategies of a story (the stETH strategy, whose
 * token is Lido's stETH, and beacon-chain ETH): the contracts' state as far as the logs need it, so each logged
 * figure is the contracts' (StrategyBase, SlashingLib, AllocationManager, DelegationManager arithmetic).
 */
export class Restaking {
    /** StrategyBase.totalShares of the stETH strategy */
    stethStrategyShares: bigint
    readonly steth: string
    readonly beacon: string
    maxMagnitude = new Map<string, bigint>()
    encumbered = new Map<string, bigint>()
    allocations = new Map<string, Allocation>()
    operatorShares = new Map<string, bigint>()
    stakers = new Map<string, Staker>()
    delegatedTo = new Map<string, string>()
    /** scaled shares queued through the operator, per strategy, with their block (slashable for DEALLOCATION_DELAY blocks) */
    queued: {strategy: string; scaled: bigint}[] = []
    nonces = new Map<string, bigint>()
    slashIds = new Map<string, bigint>()

    constructor(
        private book: AddressBook,
        private lido: LidoPool,
        readonly operator: string,
        private heights: Heights,
        stethStrategyShares: bigint
    ) {
        this.steth = book.eigenLayer.strategies.find((s) => s.symbol == 'stETH')!.address
        this.beacon = book.eigenLayer.beaconChainEthStrategy
        this.stethStrategyShares = stethStrategyShares
    }

    private get AM() {
        return this.book.eigenLayer.allocationManager.address
    }
    private get DM() {
        return this.book.eigenLayer.delegationManager.address
    }
    /** block.number, or the demo's "in effect" block */
    private get block(): number {
        return this.heights.now() ?? 1
    }
    /** the block a slashable deallocation completes at: block.number + DEALLOCATION_DELAY + 1 */
    private get deallocationBlock(): number {
        let now = this.heights.now()
        return now == null ? 10_000_000 : now + DEALLOCATION_DELAY + 1
    }
    private max(strategy: string): bigint {
        return this.maxMagnitude.get(strategy) ?? WAD
    }
    private staker(account: string, strategy: string): Staker {
        let key = `${account}-${strategy}`
        let s = this.stakers.get(key)
        if (s == null) this.stakers.set(key, (s = {shares: 0n, depositScalingFactor: WAD}))
        return s
    }
    private addOperatorShares(strategy: string, delta: bigint): void {
        this.operatorShares.set(strategy, (this.operatorShares.get(strategy) ?? 0n) + delta)
    }

    /** registerAsOperator(approver 0x0, allocation delay 0, uri): its allocations take effect in their own block */
    register(uri: string): RawLog[] {
        return registerOperatorLogs(this.book, this.operator, 0, this.block, uri)
    }

    /** AllocationManager.createOperatorSets: OperatorSetCreated (its strategies and slasher log events not requested) */
    createSet(set: OperatorSetRef): RawLog[] {
        return [encodeEvent(this.AM, am.events.OperatorSetCreated, {operatorSet: set})]
    }

    /** registerForOperatorSets: OperatorAddedToOperatorSet (then the AVS's registrar, which logs nothing we read) */
    joinSet(set: OperatorSetRef): RawLog[] {
        return [encodeEvent(this.AM, am.events.OperatorAddedToOperatorSet, {operator: this.operator, operatorSet: set})]
    }

    /**
     * modifyAllocations: an allocation takes magnitude at once and (delay 0) is in force in its own block; a
     * deallocation of a slashable allocation waits DEALLOCATION_DELAY blocks (the magnitude stays encumbered).
     */
    allocate(changes: {set: OperatorSetRef; strategy: string; magnitude: bigint}[]): RawLog[] {
        let out: AllocationChange[] = []
        for (let c of changes) {
            let key = `${c.set.avs}-${c.set.id}-${c.strategy}`
            let a = this.allocations.get(key) ?? {current: 0n, pendingDiff: 0n, effectBlock: 0}
            let diff = c.magnitude - a.current
            if (diff > 0n) {
                let encumbered = (this.encumbered.get(c.strategy) ?? 0n) + diff
                this.encumbered.set(c.strategy, encumbered)
                // in force at once: `_getUpdatedAllocation` completes it in the same block
                this.allocations.set(key, {current: c.magnitude, pendingDiff: 0n, effectBlock: 0})
                out.push({operatorSet: c.set, strategy: c.strategy, encumbered, magnitude: c.magnitude, effectBlock: this.block})
            } else {
                let effectBlock = this.deallocationBlock
                this.allocations.set(key, {current: a.current, pendingDiff: diff, effectBlock})
                out.push({operatorSet: c.set, strategy: c.strategy, encumbered: null, magnitude: c.magnitude, effectBlock})
            }
        }
        return modifyAllocationsLogs(this.book, this.operator, out)
    }

    /** delegateTo an operator (the staker holds no shares yet: StakerDelegated alone) */
    delegate(staker: string): RawLog[] {
        this.delegatedTo.set(staker, this.operator)
        return [encodeEvent(this.DM, dm.events.StakerDelegated, {staker, operator: this.operator})]
    }

    /** SlashingLib.update of the staker's factor for `added` shares at the operator's slashing factor, and the operator's shares */
    private credit(staker: string, strategy: string, added: bigint): Staker {
        let s = this.staker(staker, strategy)
        let factor = this.delegatedTo.has(staker) ? this.max(strategy) : WAD
        if (s.shares == 0n) s.depositScalingFactor = divWad(s.depositScalingFactor, factor)
        else {
            let current = mulWad(mulWad(s.shares, s.depositScalingFactor), factor)
            s.depositScalingFactor = divWad(divWad(current + added, s.shares + added), factor)
        }
        s.shares += added
        if (this.delegatedTo.has(staker)) this.addOperatorShares(strategy, added)
        return s
    }

    /** depositIntoStrategy(stETH strategy, stETH, amount): the stETH moves in first, then StrategyBase.deposit */
    depositSteth(staker: string, amount: bigint): RawLog[] {
        let transfer = this.lido.transfer(staker, this.steth, amount)
        let {shares, rate} = strategyBaseDeposit(this.stethStrategyShares, this.lido.balanceOf(this.steth), amount)
        this.stethStrategyShares += shares
        let s = this.credit(staker, this.steth, shares)
        return tokenDepositLogs(this.book, {
            staker,
            strategy: this.steth,
            tokenTransfer: transfer,
            rate,
            shares,
            depositScalingFactor: s.depositScalingFactor,
            operator: this.delegatedTo.get(staker) ?? null,
        })
    }

    /** EigenPodManager.createPod: the pod's initializer logs nothing, then PodDeployed */
    createPod(owner: string, podAddress: string): RawLog[] {
        return [encodeEvent(this.book.eigenLayer.eigenPodManager.address, epm.events.PodDeployed, {eigenPod: podAddress, podOwner: owner})]
    }

    /** EigenPodManager.stake: the pod's 32 ETH beacon deposit (the deposit contract's log is not ours), EigenPodStaked */
    stake(podAddress: string, pubkey: string): RawLog[] {
        return [encodeEvent(podAddress, pod.events.EigenPodStaked, {pubkeyHash: pubkeyHash(pubkey)})]
    }

    /** verifyWithdrawalCredentials of validators at 32 ETH each, on a pod without checkpoints */
    restake(owner: string, podAddress: string, pubkeys: string[]): RawLog[] {
        let before = this.staker(owner, this.beacon).shares
        let s = this.credit(owner, this.beacon, BigInt(pubkeys.length) * 32n * WAD)
        return podRestakeLogs(this.book, {
            pod: podAddress,
            owner,
            validators: pubkeys.map((k) => ({pubkeyHash: pubkeyHash(k), balanceGwei: 32_000_000_000n})),
            lastCheckpointedAt: 0n,
            sharesBefore: before,
            depositScalingFactor: s.depositScalingFactor,
            operator: this.delegatedTo.get(owner) ?? null,
        })
    }

    /** queueWithdrawals of deposit shares of one strategy (a delegated staker stays slashable for the delay) */
    queue(staker: string, strategy: string, depositShares: bigint): RawLog[] {
        let s = this.staker(staker, strategy)
        let operator = this.delegatedTo.get(staker)
        let factor = operator ? this.max(strategy) : WAD
        let scaledShares = mulWad(depositShares, s.depositScalingFactor)
        let withdrawableShares = mulWad(scaledShares, factor)
        s.shares -= depositShares
        if (operator) {
            this.queued.push({strategy, scaled: scaledShares})
            this.addOperatorShares(strategy, -withdrawableShares)
        }
        if (s.shares == 0n) s.depositScalingFactor = WAD
        let nonce = this.nonces.get(staker) ?? 0n
        this.nonces.set(staker, nonce + 1n)
        return queueWithdrawalLogs(this.book, {
            staker,
            operator: operator ?? '0x0000000000000000000000000000000000000000',
            nonce,
            startBlock: this.block,
            parts: [{strategy, scaledShares, withdrawableShares, sharesLeft: s.shares}],
        }).logs
    }

    /**
     * slashOperator(set, strategies ascending, wadsToSlash): per strategy the allocation loses
     * mulWadRoundUp(current, wad), so do the max and encumbered magnitudes; a pending deallocation loses
     * mulWadRoundUp(its size, wad); the operator's shares lose calcSlashedAmount(shares, prev max, new max) and the
     * queue's still-slashable scaled shares calcSlashedAmount(scaled x prev max, prev max, new max), all burnt.
     */
    slash(set: OperatorSetRef, wads: [strategy: string, wad: bigint][], description: string): {logs: RawLog[]; burnt: Map<string, bigint>; slashId: bigint} {
        let setKey = `${set.avs}-${set.id}`
        let slashId = (this.slashIds.get(setKey) ?? 0n) + 1n
        this.slashIds.set(setKey, slashId)
        let burnt = new Map<string, bigint>()
        let strategies: SlashedStrategy[] = wads.map(([strategy, wad]) => {
            let a = this.allocations.get(`${setKey}-${strategy}`)!
            let slashed = mulWadUp(a.current, wad)
            let prevMax = this.max(strategy)
            let newMax = prevMax - slashed
            a.current -= slashed
            this.maxMagnitude.set(strategy, newMax)
            let encumbered = this.encumbered.get(strategy)! - slashed
            this.encumbered.set(strategy, encumbered)
            let pendingDeallocation: SlashedStrategy['pendingDeallocation']
            if (a.pendingDiff < 0n) {
                a.pendingDiff += mulWadUp(-a.pendingDiff, wad)
                pendingDeallocation = {magnitude: a.current + a.pendingDiff, effectBlock: a.effectBlock}
            }
            let slashedAmount = (shares: bigint) => shares - (shares * newMax + prevMax - 1n) / prevMax
            let operatorPart = slashedAmount(this.operatorShares.get(strategy) ?? 0n)
            let queuedScaled = this.queued.filter((q) => q.strategy == strategy).reduce((sum, q) => sum + q.scaled, 0n)
            let sharesToBurn = operatorPart + slashedAmount(mulWad(queuedScaled, prevMax))
            this.addOperatorShares(strategy, -operatorPart)
            burnt.set(strategy, sharesToBurn)
            return {
                strategy,
                pendingDeallocation,
                encumbered,
                magnitude: a.current,
                maxMagnitude: newMax,
                block: this.block,
                operatorSharesSlashed: operatorPart,
                sharesToBurn,
                wadSlashed: divWad(slashed, prevMax),
            }
        })
        return {logs: slashOperatorLogs(this.book, {operator: this.operator, operatorSet: set, slashId, strategies, description}), burnt, slashId}
    }

    /** clearBurnOrRedistributableSharesByStrategy(stETH strategy): StrategyBase.withdraw to DEFAULT_BURN_ADDRESS */
    burnSteth(set: OperatorSetRef, slashId: bigint, shares: bigint): RawLog[] {
        let {amountOut, rate} = strategyBaseWithdraw(this.stethStrategyShares, this.lido.balanceOf(this.steth), shares)
        this.stethStrategyShares -= shares
        return clearBurnableLogs(this.book, set, slashId, this.steth, shares, rate, this.lido.transfer(this.steth, DEFAULT_BURN_ADDRESS, amountOut))
    }
}
