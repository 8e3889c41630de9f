import {RawLog, encodeEvent} from '../../core/encode'
import {ZERO_ADDRESS as ZERO} from '../../core/ids'
import {AddressBook} from '../../networks'
import {LEGACY_ORACLE_SPEC, NODE_OPERATORS_SPEC, STETH_SPEC, WITHDRAWAL_QUEUE_SPEC, WSTETH_SPEC} from './contracts'

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * The logs each Lido contract call emits, in the order the contract emits them, for the demo and the tests (the
 * figures are the caller's: work them out from the contract's arithmetic). Logs of events the squid does not ask
 * the processor for (CLValidatorsUpdated, ELRewardsReceived, Burner's StETHBurnt, RewardsDistributed, ...) are left
 * out: the processor never sees them. Sources: lidofinance/lido-dao v1.0.0 / v1.1.0 / v1.2.0 and lidofinance/core
 * v2.0.0 / v3.0.1, paths and functions named at each call.
 */

const S = STETH_SPEC.handled
const Q = WITHDRAWAL_QUEUE_SPEC.handled
const O = LEGACY_ORACLE_SPEC.handled
const NOR = NODE_OPERATORS_SPEC.handled

/** A mint logged by `_emitTransferAfterMintingShares`: value = getPooledEthByShares(shares) */
export interface Mint {
    to: string
    value: bigint
    shares: bigint
}

type Args<E extends {params: any}> = {[K in keyof E['params']]: any}

export interface V1Report {
    completed: Args<typeof O.Completed>
    /** `distributeRewards` fee mints (insurance fund, operators, treasury), in that order */
    feeMints: Mint[]
    /** LidoOracle v1.1.0+ `_push`: the PostTotalShares figures (absent in v1.0.0) */
    post?: Args<typeof O.PostTotalShares>
}

export interface V2Report {
    /** LegacyOracle.handleConsensusLayerReport (until the LegacyOracle was detached) */
    completed?: Args<typeof O.Completed>
    /** WithdrawalQueue.onOracleReport */
    bunker?: {enabled: true; since: bigint} | {enabled: false}
    /** Burner.requestBurnShares(withdrawalQueue, shares): the queue's stETH moves to the Burner */
    burnRequest?: {steth: bigint; shares: bigint}
    finalized?: Args<typeof Q.WithdrawalsFinalized>
    distributed: Args<typeof S.ETHDistributed>
    /** `_burnShares(burner, sharesToBurn)` */
    burnt?: {preRebaseTokenAmount: bigint; postRebaseTokenAmount: bigint; sharesAmount: bigint}
    /** `_distributeFee`: staking modules, then the treasury */
    feeMints: Mint[]
    rebased: Args<typeof S.TokenRebased>
    /** LegacyOracle.handlePostTokenRebase, while the LegacyOracle is the post-rebase receiver */
    legacyOracle: boolean
}

export interface V3Report {
    bunker?: V2Report['bunker']
    burnRequest?: V2Report['burnRequest']
    /** Accounting: internalizeExternalBadDebt(shares) */
    badDebtShares?: bigint
    burnt?: V2Report['burnt']
    finalized?: V2Report['finalized']
    distributed: Args<typeof S.ETHDistributed>
    /** Accounting: LIDO.mintShares(accounting, fees) then transferShares to modules and treasury */
    fees?: {accounting: string; minted: bigint; mintedValue: bigint; transfers: Mint[]}
    rebased: Args<typeof S.TokenRebased>
    internal: {postInternalShares: bigint; postInternalEther: bigint}
}

export function lidoCalls(book: AddressBook) {
    let steth = book.lido.steth.address
    let wsteth = book.lido.wsteth.address
    let oracle = book.lido.legacyOracle.address
    let queue = book.lido.withdrawalQueue.address
    let burner = (version: string) => book.lido.burners.find((b) => b.version == version)!.address
    let at = (address: string) => (event: any, args: any) => encodeEvent(address, event, args)
    let st = at(steth)
    let q = at(queue)
    /** core StETH `_emitTransferEvents` (lido-dao v1.2.0 `_transfer` too): Transfer, then TransferShares */
    let transfer = (from: string, to: string, value: bigint, shares: bigint): RawLog[] => [
        st(S.Transfer, {from, to, value}),
        st(S.TransferShares, {from, to, sharesValue: shares}),
    ]
    let bunker = (b: V2Report['bunker']): RawLog[] =>
        b == null ? [] : b.enabled ? [q(Q.BunkerModeEnabled, {_sinceTimestamp: b.since})] : [q(Q.BunkerModeDisabled, {})]

    return {
        /** lido-dao v1.0.0–v1.1.x `Lido._submit`: _mintShares (no log), Submitted, Transfer(0x0 -> sender) */
        submitV1(sender: string, amount: bigint, mintedValue: bigint): RawLog[] {
            return [st(S.Submitted, {sender, amount, referral: ZERO}), st(S.Transfer, {from: ZERO, to: sender, value: mintedValue})]
        },
        /** lido-dao v1.2.0+ / core `Lido._submit`: Submitted, then `_emitTransferAfterMintingShares` */
        submit(sender: string, amount: bigint, shares: bigint, mintedValue: bigint, referral = ZERO): RawLog[] {
            return [st(S.Submitted, {sender, amount, referral}), ...transfer(ZERO, sender, mintedValue, shares)]
        },
        /** lido-dao v1.0.0–v1.1.x `StETH._transfer`: Transfer only */
        transferV1(from: string, to: string, amount: bigint): RawLog[] {
            return [st(S.Transfer, {from, to, value: amount})]
        },
        /** `StETH._transfer` / `transferShares` from v1.2.0 on */
        transfer,
        /** `WstETH.wrap`: `_mint` (wstETH Transfer 0x0 -> user) before `stETH.transferFrom(user -> wstETH)` */
        wrap(user: string, stethAmount: bigint, shares: bigint, era: 'v1' | 'current' = 'current'): RawLog[] {
            let move = era == 'v1' ? [st(S.Transfer, {from: user, to: wsteth, value: stethAmount})] : transfer(user, wsteth, stethAmount, shares)
            return [at(wsteth)(WSTETH_SPEC.handled.Transfer, {from: ZERO, to: user, value: shares}), ...move]
        },
        /**
         * `WstETH.unwrap`: `_burn` (wstETH Transfer user -> 0x0), then `stETH.transfer(wstETH -> user, stETHAmount)`
         * with stETHAmount = getPooledEthByShares(wstethAmount); that transfer moves getSharesByPooledEth(stETHAmount)
         * shares, which can be a wei below wstethAmount
         */
        unwrap(user: string, wstethAmount: bigint, stethAmount: bigint, shares: bigint): RawLog[] {
            return [at(wsteth)(WSTETH_SPEC.handled.Transfer, {from: user, to: ZERO, value: wstethAmount}), ...transfer(wsteth, user, stethAmount, shares)]
        },

        /**
         * A V1 oracle report. v1.0.0 `LidoOracle._tryPush`: Completed, then `Lido.pushBeacon` ->
         * `distributeRewards` logs one Transfer(0x0 -> recipient) per fee share transfer. v1.1.0 `_push`: the same,
         * then PostTotalShares. (v1.2.0's `distributeFee` adds a TransferShares after each Transfer: `withShares`.)
         */
        reportV1(r: V1Report, withShares = false): RawLog[] {
            let fees = r.feeMints.flatMap((m) =>
                withShares ? transfer(ZERO, m.to, m.value, m.shares) : [st(S.Transfer, {from: ZERO, to: m.to, value: m.value})]
            )
            return [at(oracle)(O.Completed, r.completed), ...fees, ...(r.post ? [at(oracle)(O.PostTotalShares, r.post)] : [])]
        },

        /**
         * A V2 report transaction (core v2.0.0 `AccountingOracle.submitReportData` -> `_handleConsensusReportData`):
         * LegacyOracle Completed, WithdrawalQueue bunker mode, then `Lido._handleOracleReport`: the Burner takes the
         * queue's shares (Transfer + TransferShares), `finalize` (WithdrawalsFinalized), ETHDistributed, the burn
         * (SharesBurnt), fee mints (Transfer + TransferShares each), `_completeTokenRebase`: LegacyOracle
         * PostTotalShares (handlePostTokenRebase), then TokenRebased.
         */
        reportV2(r: V2Report): RawLog[] {
            let b = burner('v2')
            let e = r.rebased
            return [
                ...(r.completed ? [at(oracle)(O.Completed, r.completed)] : []),
                ...bunker(r.bunker),
                ...(r.burnRequest ? transfer(queue, b, r.burnRequest.steth, r.burnRequest.shares) : []),
                ...(r.finalized ? [q(Q.WithdrawalsFinalized, r.finalized)] : []),
                st(S.ETHDistributed, r.distributed),
                ...(r.burnt ? [st(S.SharesBurnt, {account: b, ...r.burnt})] : []),
                ...r.feeMints.flatMap((m) => transfer(ZERO, m.to, m.value, m.shares)),
                ...(r.legacyOracle
                    ? [at(oracle)(O.PostTotalShares, {postTotalPooledEther: e.postTotalEther, preTotalPooledEther: e.preTotalEther, timeElapsed: e.timeElapsed, totalShares: e.postTotalShares})]
                    : []),
                st(S.TokenRebased, e),
            ]
        },

        /**
         * A V3 report transaction (core v3.0.1 `Accounting._applyOracleReportContext`, after the AccountingOracle's
         * bunker-mode call): Burner.requestBurnShares, `internalizeExternalBadDebt` (ExternalBadDebtInternalized,
         * ExternalSharesBurnt), Burner.commitSharesToBurn -> `Lido.burnShares` (SharesBurnt),
         * `collectRewardsAndProcessWithdrawals` (WithdrawalsFinalized, ETHDistributed), fee `mintShares` to
         * Accounting then `transferShares` to modules and treasury, `emitTokenRebase` (TokenRebased,
         * InternalShareRateUpdated).
         */
        reportV3(r: V3Report): RawLog[] {
            let b = burner('v3')
            let f = r.fees
            return [
                ...bunker(r.bunker),
                ...(r.burnRequest ? transfer(queue, b, r.burnRequest.steth, r.burnRequest.shares) : []),
                ...(r.badDebtShares
                    ? [st(S.ExternalBadDebtInternalized, {amountOfShares: r.badDebtShares}), st(S.ExternalSharesBurnt, {amountOfShares: r.badDebtShares})]
                    : []),
                ...(r.burnt ? [st(S.SharesBurnt, {account: b, ...r.burnt})] : []),
                ...(r.finalized ? [q(Q.WithdrawalsFinalized, r.finalized)] : []),
                st(S.ETHDistributed, r.distributed),
                ...(f ? [...transfer(ZERO, f.accounting, f.mintedValue, f.minted), ...f.transfers.flatMap((m) => transfer(f.accounting, m.to, m.value, m.shares))] : []),
                st(S.TokenRebased, r.rebased),
                st(S.InternalShareRateUpdated, {reportTimestamp: r.rebased.reportTimestamp, ...r.internal, sharesMintedAsFees: r.rebased.sharesMintedAsFees}),
            ]
        },

        /**
         * `WithdrawalQueue._requestWithdrawal`: stETH.transferFrom(owner -> queue), `_enqueue` (WithdrawalRequested),
         * `_emitTransfer` (the unstETH NFT's mint).
         */
        requestWithdrawal(id: bigint, owner: string, stethAmount: bigint, shares: bigint): RawLog[] {
            return [
                ...transfer(owner, queue, stethAmount, shares),
                q(Q.WithdrawalRequested, {requestId: id, requestor: owner, owner, amountOfStETH: stethAmount, amountOfShares: shares}),
                q(Q.Transfer, {from: ZERO, to: owner, tokenId: id}),
            ]
        },
        /** WithdrawalQueueERC721 `_transfer`: the NFT's Transfer */
        transferRequest(from: string, to: string, id: bigint): RawLog[] {
            return [q(Q.Transfer, {from, to, tokenId: id})]
        },
        /** `WithdrawalQueue.claimWithdrawal`: `_claim` (WithdrawalClaimed), then the NFT's burn */
        claim(id: bigint, owner: string, receiver: string, eth: bigint): RawLog[] {
            return [q(Q.WithdrawalClaimed, {requestId: id, owner, receiver, amountOfETH: eth}), q(Q.Transfer, {from: owner, to: ZERO, tokenId: id})]
        },

        /** V3 `Lido.mintExternalShares`: `_emitTransferAfterMintingShares`, then ExternalSharesMinted */
        mintExternal(receiver: string, shares: bigint, mintedValue: bigint): RawLog[] {
            return [...transfer(ZERO, receiver, mintedValue, shares), st(S.ExternalSharesMinted, {receiver, amountOfShares: shares})]
        },
        /**
         * V3 `VaultHub.transferAndBurnShares`: stETH.transferSharesFrom(holder -> VaultHub), then
         * `Lido.burnExternalShares`: SharesBurnt(VaultHub, v, v, shares) (the rate does not move), ExternalSharesBurnt.
         */
        burnExternal(holder: string, vaultHub: string, shares: bigint, value: bigint): RawLog[] {
            return [
                ...transfer(holder, vaultHub, value, shares),
                st(S.SharesBurnt, {account: vaultHub, preRebaseTokenAmount: value, postRebaseTokenAmount: value, sharesAmount: shares}),
                st(S.ExternalSharesBurnt, {amountOfShares: shares}),
            ]
        },
        /** V3 `Lido.rebalanceExternalEtherToInternal` (value = getPooledEthBySharesRoundUp(shares)) */
        rebalanceExternal(shares: bigint, value: bigint): RawLog[] {
            return [st(S.ExternalEtherTransferredToBuffer, {amount: value}), st(S.ExternalSharesBurnt, {amountOfShares: shares})]
        },

        /**
         * core v2.0.0 `NodeOperatorsRegistry._distributeRewards` (in the extra-data transaction): per operator,
         * NodeOperatorPenalized when penalised (half its reward, kept for burning), the stETH transferShares
         * (Transfer + TransferShares), RewardsDistributed (not requested); then Burner.requestBurnShares of the
         * penalties (Transfer + TransferShares to the Burner).
         */
        distributeOperatorRewards(
            registry: string,
            rewards: {recipient: string; shares: bigint; value: bigint; penalized: boolean}[],
            burn?: {steth: bigint; shares: bigint}
        ): RawLog[] {
            return [
                ...rewards.flatMap((r) => [
                    ...(r.penalized ? [at(registry)(NOR.NodeOperatorPenalized, {recipientAddress: r.recipient, sharesPenalizedAmount: r.shares})] : []),
                    ...transfer(registry, r.recipient, r.value, r.shares),
                ]),
                ...(burn ? transfer(registry, burner('v2'), burn.steth, burn.shares) : []),
            ]
        },
    }
}
