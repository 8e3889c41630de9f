import {RawLog} from '../../core/encode'
import {ZERO_ADDRESS} from '../../core/ids'
import {AddressBook} from '../../networks'
import {lidoCalls, Mint} from '../../protocols/lido/calls'
import {claimableAt, E27, lockedAt} from '../../protocols/lido/claimable'

const E = 10n ** 18n
const DEPOSIT_SIZE = 32n * E
/** StakingRouter fees (mainnet): 10 % in 1e20 precision points, half to the curated module, half to the treasury */
const PRECISION = 100n * E
const TOTAL_FEE = 10n * E
const MODULE_FEE = 5n * E

/** Where a story's Lido starts: a fresh deployment (all zero) or the state an earlier story left. */
export interface LidoStart {
    buffered: bigint
    clBalance: bigint
    clValidators: bigint
    depositedValidators: bigint
    totalShares: bigint
    externalShares: bigint
    /** requests not finalized, oldest first, and the last id given */
    pending: {id: bigint; steth: bigint; shares: bigint}[]
    lastRequestId: bigint
}

export const FRESH_LIDO: LidoStart = {buffered: 0n, clBalance: 0n, clValidators: 0n, depositedValidators: 0n, totalShares: 0n, externalShares: 0n, pending: [], lastRequestId: 0n}

export interface ReportInput {
    /** block time of the report transaction; the report's refslot is 10 minutes before it */
    time: number
    timeElapsed: number
    clValidators: bigint
    clBalance: bigint
    elRewards: bigint
    /** finalize the pending requests up to this id */
    finalizeUpTo?: bigint
    /** the oracle's bunker-mode decision when it changes (a negative consensus-layer rebase turns it on) */
    bunker?: {enabled: true} | {enabled: false}
}

/**
 * Lido V3 (lidofinance/core v3.0.1) as the contracts keep it, so every logged figure is the one the contracts would
 * log: internal ether = buffered + consensus layer + transient (deposited validators not yet seen there, 32 ETH
 * each); the share rate = internal ether / internal shares (`_getShareRateNumerator` / `...Denominator`).
 */
export class LidoPool {
    buffered: bigint
    clBalance: bigint
    clValidators: bigint
    depositedValidators: bigint
    shares: bigint
    external: bigint
    pending: {id: bigint; steth: bigint; shares: bigint}[]
    lastRequestId: bigint
    /** shares of the accounts the story follows */
    held = new Map<string, bigint>()
    /** ETH each finalized request pays (`_calculateClaimableEther` at its finalization's rate) */
    claimable = new Map<bigint, bigint>()
    /** the last report's refslot time (a bunker mode turned on starts there: AccountingOracle passes it) */
    lastRefSlot = 0n
    private calls: ReturnType<typeof lidoCalls>

    constructor(private book: AddressBook, start: LidoStart, private recipients: {treasury: string; accounting: string}) {
        this.buffered = start.buffered
        this.clBalance = start.clBalance
        this.clValidators = start.clValidators
        this.depositedValidators = start.depositedValidators
        this.shares = start.totalShares
        this.external = start.externalShares
        this.pending = [...start.pending]
        this.lastRequestId = start.lastRequestId
        this.calls = lidoCalls(book)
    }

    get internalEther(): bigint {
        return this.buffered + this.clBalance + (this.depositedValidators - this.clValidators) * DEPOSIT_SIZE
    }
    get internalShares(): bigint {
        return this.shares - this.external
    }
    /** `_getTotalPooledEther`: internal ether + the external shares at the internal rate */
    get totalPooledEther(): bigint {
        return this.internalEther + (this.external == 0n ? 0n : (this.external * this.internalEther) / this.internalShares)
    }
    /** getSharesByPooledEth / getPooledEthByShares (floor) */
    sharesByEth(eth: bigint): bigint {
        return (eth * this.internalShares) / this.internalEther
    }
    ethByShares(shares: bigint): bigint {
        return (shares * this.internalEther) / this.internalShares
    }
    sharesOf(account: string): bigint {
        return this.held.get(account) ?? 0n
    }
    balanceOf(account: string): bigint {
        return this.ethByShares(this.sharesOf(account))
    }

    private move(from: string, to: string, shares: bigint): void {
        if (from != ZERO_ADDRESS) this.held.set(from, this.sharesOf(from) - shares)
        if (to != ZERO_ADDRESS) this.held.set(to, this.sharesOf(to) + shares)
    }

    /** `_mintShares` + `_emitTransferAfterMintingShares` (value at the rate after the mint) */
    private mint(to: string, shares: bigint): Mint {
        this.shares += shares
        this.move(ZERO_ADDRESS, to, shares)
        return {to, shares, value: this.ethByShares(shares)}
    }

    /** Lido.initialize on an empty protocol (`_bootstrapInitialHolder`): the contract's balance, 1:1, to 0xdead */
    bootstrap(amount: bigint): RawLog[] {
        this.buffered += amount
        let m = this.mint(INITIAL_TOKEN_HOLDER, amount)
        return this.calls.submit(INITIAL_TOKEN_HOLDER, amount, m.shares, m.value)
    }

    /** `_submit`: shares at the rate before, buffered ether, Submitted, the mint's Transfer + TransferShares */
    submit(sender: string, amount: bigint): RawLog[] {
        let shares = this.sharesByEth(amount)
        this.buffered += amount
        let m = this.mint(sender, shares)
        return this.calls.submit(sender, amount, shares, m.value)
    }

    /** StakingRouter.deposit of buffered ether to new validators: Lido logs only events the squid does not read */
    depositValidators(count: bigint): void {
        this.buffered -= count * DEPOSIT_SIZE
        this.depositedValidators += count
    }

    /** `StETH._transfer`: getSharesByPooledEth(amount) shares; Transfer(amount) + TransferShares */
    transfer(from: string, to: string, amount: bigint): RawLog[] {
        let shares = this.sharesByEth(amount)
        this.move(from, to, shares)
        return this.calls.transfer(from, to, amount, shares)
    }

    /** WstETH.wrap: wstETH = getSharesByPooledEth(amount), then the stETH transfer in */
    wrap(user: string, amount: bigint): RawLog[] {
        let shares = this.sharesByEth(amount)
        this.move(user, this.book.lido.wsteth.address, shares)
        return this.calls.wrap(user, amount, shares)
    }

    requestWithdrawal(owner: string, amount: bigint): RawLog[] {
        let shares = this.sharesByEth(amount)
        let id = ++this.lastRequestId
        this.pending.push({id, steth: amount, shares})
        this.move(owner, this.book.lido.withdrawalQueue.address, shares)
        return this.calls.requestWithdrawal(id, owner, amount, shares)
    }

    /** WithdrawalQueue.claimWithdrawal by the owner, to itself */
    claim(id: bigint, owner: string): RawLog[] {
        return this.calls.claim(id, owner, owner, this.claimable.get(id)!)
    }

    /**
     * One oracle report (Accounting.handleOracleReport -> `_applyOracleReportContext`, no stVault bad debt, no
     * burn requested but the queue's): the fee on the rewards (`_calculateTotalProtocolFeeShares`, only when the
     * consensus layer grew), the finalization of the pending requests up to `finalizeUpTo` at the oracle's
     * simulated share rate (the rate the report gives without finalizing, `prefinalize` batches), the burn of
     * their shares, then the logs in the contracts' order (calls.ts reportV3).
     */
    report(r: ReportInput): RawLog[] {
        let reportTimestamp = BigInt(r.time - 600)
        let preTotalShares = this.shares
        let preTotalEther = this.totalPooledEther
        let preInternalEther = this.internalEther
        let preInternalShares = this.internalShares
        let principal = this.clBalance + (r.clValidators - this.clValidators) * DEPOSIT_SIZE
        let feeEther = r.clBalance > principal ? ((r.clBalance - principal + r.elRewards) * TOTAL_FEE) / PRECISION : 0n
        let grown = preInternalEther + r.clBalance - principal + r.elRewards
        // the oracle simulates the report without finalization for the rate it finalizes at
        let simulatedFees = feeEther == 0n ? 0n : (feeEther * preInternalShares) / (grown - feeEther)
        let simulatedShareRate = (grown * E27) / (preInternalShares + simulatedFees)

        let batch = r.finalizeUpTo == null ? [] : this.pending.filter((q) => q.id <= r.finalizeUpTo!)
        let etherToLock = lockedAt(batch, simulatedShareRate)
        for (let q of batch) this.claimable.set(q.id, claimableAt(q, simulatedShareRate))
        let sharesToBurn = batch.reduce((sum, q) => sum + q.shares, 0n)
        this.pending = this.pending.slice(batch.length)
        let queue = this.book.lido.withdrawalQueue.address
        let burner = this.book.lido.burners.find((b) => b.version == 'v3')!.address

        // Burner.requestBurnShares(queue, shares): transferSharesFrom at the rate before the report
        let burnRequest = batch.length ? {steth: this.ethByShares(sharesToBurn), shares: sharesToBurn} : undefined
        this.move(queue, burner, sharesToBurn)
        // processClStateUpdate, then commitSharesToBurn -> Lido.burnShares (SharesBurnt: the value before and after)
        this.clBalance = r.clBalance
        this.clValidators = r.clValidators
        let preRebaseTokenAmount = this.ethByShares(sharesToBurn)
        this.shares -= sharesToBurn
        this.move(burner, ZERO_ADDRESS, sharesToBurn)
        let burnt = batch.length ? {preRebaseTokenAmount, postRebaseTokenAmount: this.ethByShares(sharesToBurn), sharesAmount: sharesToBurn} : undefined
        // collectRewardsAndProcessWithdrawals: EL rewards in, the finalized requests' ether out of the buffer
        this.buffered += r.elRewards - etherToLock
        let postInternalEther = this.internalEther
        let sharesMinted = feeEther == 0n ? 0n : (feeEther * this.internalShares) / (postInternalEther - feeEther)
        let fees: {accounting: string; minted: bigint; mintedValue: bigint; transfers: Mint[]} | undefined
        if (sharesMinted > 0n) {
            let accounting = this.recipients.accounting
            let minted = this.mint(accounting, sharesMinted)
            let module = (sharesMinted * MODULE_FEE) / TOTAL_FEE
            let curated = this.book.lido.nodeOperatorRegistries.find((n) => n.module == 'curated')!.address
            let transfers = [
                {to: curated, shares: module, value: this.ethByShares(module)},
                {to: this.recipients.treasury, shares: sharesMinted - module, value: this.ethByShares(sharesMinted - module)},
            ]
            for (let t of transfers) this.move(accounting, t.to, t.shares)
            fees = {accounting, minted: sharesMinted, mintedValue: minted.value, transfers}
        }
        let bunkerSince = this.lastRefSlot
        this.lastRefSlot = reportTimestamp
        return this.calls.reportV3({
            bunker: r.bunker == null ? undefined : r.bunker.enabled ? {enabled: true, since: bunkerSince} : {enabled: false},
            burnRequest,
            burnt,
            finalized: batch.length
                ? {from: batch[0].id, to: batch[batch.length - 1].id, amountOfETHLocked: etherToLock, sharesToBurn, timestamp: BigInt(r.time)}
                : undefined,
            distributed: {
                reportTimestamp,
                preCLBalance: principal,
                postCLBalance: r.clBalance,
                withdrawalsWithdrawn: 0n,
                executionLayerRewardsWithdrawn: r.elRewards,
                postBufferedEther: this.buffered,
            },
            fees,
            rebased: {
                reportTimestamp,
                timeElapsed: BigInt(r.timeElapsed),
                preTotalShares,
                preTotalEther,
                postTotalShares: this.shares,
                postTotalEther: this.totalPooledEther,
                sharesMintedAsFees: sharesMinted,
            },
            internal: {postInternalShares: this.internalShares, postInternalEther},
        })
    }
}

/** Lido's INITIAL_TOKEN_HOLDER */
export const INITIAL_TOKEN_HOLDER = '0x000000000000000000000000000000000000dead'
