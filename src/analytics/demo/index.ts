import {ScenarioBlock} from '../../core/types'
import {AddressBook} from '../../networks'
import {lidoDemoEnd} from '../../protocols/lido/demo'
import {rocketPoolDemoEnd} from '../../protocols/rocketpool/demo'
import {analyticsStory, StoryStart} from './story'

export {analyticsStory, FRESH_START, STORY} from './story'
export type {StoryOptions, StoryStart} from './story'

/** The story's day 0 in `npm run demo`: after every protocol demo's last rate-dependent call (Rocket Pool's, at 4 weeks + 1440 s). */
export const DEMO_STORY_OFFSET = 30 * 86_400

/** The protocols as the three module demos leave them (the story runs on the same chain, after them). */
export function demoStoryStart(book: AddressBook, startSeconds: number): StoryStart {
    let l = lidoDemoEnd(book)
    return {
        lido: {
            // the demo's pool has no validator deposited and not yet seen on the consensus layer
            buffered: l.internalEther - l.beaconBalance,
            clBalance: l.beaconBalance,
            clValidators: l.beaconValidators,
            depositedValidators: l.beaconValidators,
            totalShares: l.totalShares,
            externalShares: l.externalShares,
            pending: l.pending,
            lastRequestId: l.lastRequestId,
        },
        rocketPool: rocketPoolDemoEnd(startSeconds),
        // no module demo uses the stETH strategy
        stethStrategyShares: 0n,
        stethStrategyLidoShares: 0n,
    }
}

/** The cross-protocol story's part of the demo (src/devnet/scenario.ts merges it with the modules' own). */
export function analyticsDemo(book: AddressBook, startSeconds: number): ScenarioBlock[] {
    let blocks = analyticsStory(book, {t0: startSeconds + DEMO_STORY_OFFSET, start: demoStoryStart(book, startSeconds)})
    return blocks.map((b) => ({...b, secondsAfterStart: b.secondsAfterStart + DEMO_STORY_OFFSET}))
}
