import {parseArgs} from 'util'

/** A bad command-line flag: printed as one line naming the flag, exit code 2 (as a bad setting). */
export class FlagError extends Error {}

type Spec = Record<string, {type: 'string' | 'boolean'; default?: string | boolean}>

/** Parses `--name value` / `--name=value` / `--flag`; an unknown flag or a missing value is a FlagError. */
export function parseFlags<S extends Spec>(argv: string[], spec: S, usage: string): {[K in keyof S]: S[K]['type'] extends 'boolean' ? boolean : string | undefined} {
    try {
        return parseArgs({args: argv, options: spec as any, strict: true, allowPositionals: false}).values as any
    } catch (e) {
        throw new FlagError(`${(e as Error).message.split('\n')[0]} (usage: ${usage})`)
    }
}

/** A whole-number flag within [min, max], or its default. */
export function intFlag(name: string, raw: string | undefined, dflt: number, min: number, max: number): number {
    if (raw == null) return dflt
    let n = /^\d+$/.test(raw) ? Number(raw) : NaN
    if (!Number.isSafeInteger(n) || n < min || n > max) throw new FlagError(`--${name}=${JSON.stringify(raw)} is not valid: --${name} accepts a whole number from ${min} to ${max}`)
    return n
}
