import {ProtocolModule} from '../core/types'
import {eigenlayer} from './eigenlayer'
import {lido} from './lido'
import {rocketPool} from './rocketpool'

/** Every protocol module, in the order main.ts runs them on each batch. */
// Lido and Rocket Pool first: EigenLayer prices restaked stETH and rETH at their rates at each of its logs
export const PROTOCOLS: ProtocolModule[] = [lido, rocketPool, eigenlayer]
