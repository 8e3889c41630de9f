import * as wq from '../../abi/WithdrawalQueueERC721'
import {ScenarioBlock} from '../../core/types'
import {encodeEvent} from '../../core/encode'
import {AddressBook} from '../../networks'

const E = 10n ** 18n
const DAY = 86400
const ZERO = '0x0000000000000000000000000000000000000000'

/** Accounts and figures of the queue demo (checked by test/integration/lido-queue.test.ts). */
export const QUEUE_DEMO = {
    erin: '0x00000000000000000000000000000000011de410',
    frank: '0x00000000000000000000000000000000011df4a1',
    gina: '0x00000000000000000000000000000000011d6111',
    bunkerSince: 1_700_000_000n,
}

/**
 * Three requests (erin 10 stETH, frank 4 and 1), erin's NFT sold to gina, bunker mode on, requests 1-2
 * finalized at 1.04 ETH per share while in bunker mode, bunker mode off, gina claims request 1.
 */
export function queueDemo(book: AddressBook): ScenarioBlock[] {
    let q = book.lido.withdrawalQueue.address
    let {erin, frank, gina, bunkerSince} = QUEUE_DEMO
    let request = (id: bigint, owner: string, steth: bigint, shares: bigint) => [
        encodeEvent(q, wq.events.WithdrawalRequested, {requestId: id, requestor: owner, owner, amountOfStETH: steth, amountOfShares: shares}),
        encodeEvent(q, wq.events.Transfer, {from: ZERO, to: owner, tokenId: id}),
    ]
    return [
        {secondsAfterStart: 10 * DAY, txs: [request(1n, erin, 10n * E, 95n * E / 10n), request(2n, frank, 4n * E, 38n * E / 10n), request(3n, frank, E, 95n * E / 100n)]},
        {secondsAfterStart: 11 * DAY, txs: [[encodeEvent(q, wq.events.Transfer, {from: erin, to: gina, tokenId: 1n})]]},
        {secondsAfterStart: 11 * DAY + 3600, txs: [[encodeEvent(q, wq.events.BunkerModeEnabled, {_sinceTimestamp: bunkerSince})]]},
        {
            secondsAfterStart: 12 * DAY,
            // 13.3 shares burnt for 13.832 ETH: 1.04 ETH per share
            txs: [[encodeEvent(q, wq.events.WithdrawalsFinalized, {from: 1n, to: 2n, amountOfETHLocked: 13832n * E / 1000n, sharesToBurn: 133n * E / 10n, timestamp: 0n})]],
        },
        {secondsAfterStart: 12 * DAY + 3600, txs: [[encodeEvent(q, wq.events.BunkerModeDisabled, {})]]},
        {
            secondsAfterStart: 13 * DAY,
            txs: [[
                encodeEvent(q, wq.events.WithdrawalClaimed, {requestId: 1n, owner: gina, receiver: gina, amountOfETH: 988n * E / 100n}),
                encodeEvent(q, wq.events.Transfer, {from: gina, to: ZERO, tokenId: 1n}),
            ]],
        },
    ]
}
