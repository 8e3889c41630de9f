import {ProtocolModule} from '../core/types'
import {eigenlayer} from './eigenlayer'
import {lido} from './lido'
import {rocketPool} from './rocketpool'

/** Every protocol module, in the order main.ts runs them on each batch. */
export const PROTOCOLS: ProtocolModule[] = [lido, eigenlayer, rocketPool]
