import * as lidoAbi from '../../abi/Lido'
import * as legacyOracle from '../../abi/LegacyOracle'
import * as wstethAbi from '../../abi/WstETH'
import {ScenarioBlock} from '../../core/types'
import {encodeEvent} from '../../core/encode'
import {AddressBook} from '../../networks'

const E = 10n ** 18n
const DAY = 86400
const ZERO = '0x0000000000000000000000000000000000000000'

/** The accounts of the Lido demo (and of test/integration/lido-shares.test.ts, which checks its figures). */
export const LIDO_DEMO = {
    alice: '0x00000000000000000000000000000000011d0a11',
    bob: '0x00000000000000000000000000000000011d0b0b',
    carol: '0x00000000000000000000000000000000011dca01',
    dave: '0x00000000000000000000000000000000011dda7e',
    vault: '0x00000000000000000000000000000000011d7a17',
}

/**
 * Every event kind of the shares part, with round figures: submits, a positive then a negative V2 report
 * (TokenRebased + ETHDistributed), transfers, a wstETH wrap and unwrap, a burn, a V1 oracle report
 * (Completed + PostTotalShares), a V1-era transfer and submit without TransferShares, and V3 external shares.
 */
export function sharesDemo(book: AddressBook): ScenarioBlock[] {
    let steth = book.lido.steth.address
    let wsteth = book.lido.wsteth.address
    let oracle = book.lido.legacyOracle.address
    let {alice, bob, carol, dave, vault} = LIDO_DEMO
    let ev = <T extends {topic: string; params: any}>(address: string, event: T, args: any) => encodeEvent(address, event, args)
    let submit = (who: string, amount: bigint, shares?: bigint) => [
        ev(steth, lidoAbi.events.Submitted, {sender: who, amount, referral: ZERO}),
        ...(shares == null ? [] : [ev(steth, lidoAbi.events.TransferShares, {from: ZERO, to: who, sharesValue: shares})]),
        ev(steth, lidoAbi.events.Transfer, {from: ZERO, to: who, value: amount}),
    ]
    let transfer = (from: string, to: string, amount: bigint, shares?: bigint) => [
        ev(steth, lidoAbi.events.Transfer, {from, to, value: amount}),
        ...(shares == null ? [] : [ev(steth, lidoAbi.events.TransferShares, {from, to, sharesValue: shares})]),
    ]
    let report = (t: number, elapsed: number, pre: [bigint, bigint], post: [bigint, bigint], cl: [bigint, bigint], el: bigint) => [
        ev(steth, lidoAbi.events.ETHDistributed, {
            reportTimestamp: BigInt(t),
            preCLBalance: cl[0],
            postCLBalance: cl[1],
            withdrawalsWithdrawn: 0n,
            executionLayerRewardsWithdrawn: el,
            postBufferedEther: 0n,
        }),
        ev(steth, lidoAbi.events.TokenRebased, {
            reportTimestamp: BigInt(t),
            timeElapsed: BigInt(elapsed),
            preTotalShares: pre[1],
            preTotalEther: pre[0],
            postTotalShares: post[1],
            postTotalEther: post[0],
            sharesMintedAsFees: 0n,
        }),
    ]
    return [
        // day 0: two submits at 1 ETH per share
        {secondsAfterStart: 0, txs: [submit(alice, 100n * E, 100n * E), submit(bob, 50n * E, 50n * E)]},
        // day 1: +0.03 ETH on 150 -> rate 1.0002
        {secondsAfterStart: DAY, txs: [report(DAY, DAY, [150n * E, 150n * E], [15003n * E / 100n, 150n * E], [100n * E, 10002n * E / 100n], E / 100n)]},
        // day 2: alice sends 10 shares to carol and wraps 20 shares into 20 wstETH
        {
            secondsAfterStart: 2 * DAY,
            txs: [
                transfer(alice, carol, 10002n * E / 1000n, 10n * E),
                [...transfer(alice, wsteth, 20004n * E / 1000n, 20n * E), ev(wsteth, wstethAbi.events.Transfer, {from: ZERO, to: alice, value: 20n * E})],
            ],
        },
        // day 3: alice unwraps 5 wstETH
        {
            secondsAfterStart: 3 * DAY,
            txs: [[ev(wsteth, wstethAbi.events.Transfer, {from: alice, to: ZERO, value: 5n * E}), ...transfer(wsteth, alice, 5001n * E / 1000n, 5n * E)]],
        },
        // day 4: a negative report over 3 days: 150.03 -> 149.955 ETH on 150 shares (CL -0.085, EL +0.01)
        {secondsAfterStart: 4 * DAY, txs: [report(4 * DAY, 3 * DAY, [15003n * E / 100n, 150n * E], [149955n * E / 1000n, 150n * E], [10002n * E / 100n, 99935n * E / 1000n], E / 100n)]},
        // day 5: 1 share of bob burnt
        {
            secondsAfterStart: 5 * DAY,
            txs: [[ev(steth, lidoAbi.events.SharesBurnt, {account: bob, preRebaseTokenAmount: 9997n * E / 10000n, postRebaseTokenAmount: 9997n * E / 10000n, sharesAmount: E})]],
        },
        // day 6: a V1 oracle report: 149.955 -> 150 ETH, 149 shares, over 2 days
        {
            secondsAfterStart: 6 * DAY,
            txs: [[
                ev(oracle, legacyOracle.events.Completed, {epochId: 100n, beaconBalance: 96n * E, beaconValidators: 3n}),
                ev(oracle, legacyOracle.events.PostTotalShares, {postTotalPooledEther: 150n * E, preTotalPooledEther: 149955n * E / 1000n, timeElapsed: BigInt(2 * DAY), totalShares: 149n * E}),
            ]],
        },
        // day 7: V1-era logs (no TransferShares): carol sends 7.5 stETH to bob, then dave submits 1.5 ETH
        {secondsAfterStart: 7 * DAY, txs: [transfer(carol, bob, 75n * E / 10n)]},
        {secondsAfterStart: 7 * DAY + 60, txs: [submit(dave, 15n * E / 10n)]},
        // day 8: V3 stVault shares: 3 minted to the vault, then 1 burnt
        {
            secondsAfterStart: 8 * DAY,
            txs: [[ev(steth, lidoAbi.events.ExternalSharesMinted, {receiver: vault, amountOfShares: 3n * E}), ev(steth, lidoAbi.events.TransferShares, {from: ZERO, to: vault, sharesValue: 3n * E})]],
        },
        {
            secondsAfterStart: 8 * DAY + 60,
            txs: [[ev(steth, lidoAbi.events.SharesBurnt, {account: vault, preRebaseTokenAmount: E, postRebaseTokenAmount: E, sharesAmount: E}), ev(steth, lidoAbi.events.ExternalSharesBurnt, {amountOfShares: E})]],
        },
    ]
}
