import {ProtocolModule} from '../core/types'
import {lido} from './lido'

/** Every protocol module, in the order main.ts runs them on each batch. */
export const PROTOCOLS: ProtocolModule[] = [lido]
