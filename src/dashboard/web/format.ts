/**
 * Number formatting of the page. Amounts arrive as exact wei strings (the API's BigInt); text is rounded from
 * the exact integer with BigInt arithmetic, and floats appear only where a chart needs a position.
 */
export const WEI_PER_ETH = 10n ** 18n
const MINUS = '\u2212'
const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',')

/** Decimals that keep a figure readable: 2 from 1,000 ETH, 4 from 1 ETH, else 4 significant digits. */
function decimalsFor(abs: bigint): number {
    if (abs >= 1000n * WEI_PER_ETH) return 2
    if (abs >= WEI_PER_ETH) return 4
    let digits = abs.toString().length // abs < 1e18: 18 - digits leading zeros after the point
    return Math.min(18, 18 - digits + 4)
}

/** `wei` rounded to `decimals` (half away from zero), trailing zeros dropped, thousands grouped. */
export function roundEth(wei: bigint, decimals: number): string {
    let neg = wei < 0n
    let abs = neg ? -wei : wei
    let scale = 10n ** BigInt(18 - decimals)
    let q = (abs + scale / 2n) / scale
    let unit = 10n ** BigInt(decimals)
    let int = group((q / unit).toString())
    let frac = decimals > 0 ? (q % unit).toString().padStart(decimals, '0').replace(/0+$/, '') : ''
    let text = frac ? `${int}.${frac}` : int
    return (neg && q != 0n ? MINUS : '') + text
}

/**
 * ETH with sensible decimals ("1,002.1 ETH", "0.075 ETH"); below one gwei the exact wei ("1,998 wei"); null as
 * "—". `signed` puts a + on positive figures (flows).
 */
export function formatEth(wei: string | bigint | null | undefined, opts: {signed?: boolean; unit?: string} = {}): string {
    if (wei == null) return '—'
    let v = BigInt(wei)
    let unit = opts.unit ?? 'ETH'
    let abs = v < 0n ? -v : v
    let sign = opts.signed && v > 0n ? '+' : ''
    if (abs == 0n) return `0 ${unit}`
    if (abs < 10n ** 9n) return `${v < 0n ? MINUS : sign}${group(abs.toString())} wei`
    return `${sign}${roundEth(v, decimalsFor(abs))} ${unit}`
}

/** The exact figure for a title / hover: "1002100000000000000000 wei". */
export function exactWei(wei: string | bigint | null | undefined): string {
    return wei == null ? 'no value' : `${BigInt(wei).toString()} wei`
}

/** ETH as a float, for chart positions only (never for text). */
export function ethNumber(wei: string | bigint | null | undefined): number | null {
    if (wei == null) return null
    let v = BigInt(wei)
    let int = v / WEI_PER_ETH
    return Number(int) + Number(v - int * WEI_PER_ETH) / 1e18
}

/** A chart axis tick in ETH: compact, with the unit on the axis label. */
export function axisEth(v: number): string {
    let abs = Math.abs(v)
    if (abs >= 1e6) return `${trimZeros((v / 1e6).toFixed(2))}M`
    if (abs >= 1e3) return `${trimZeros((v / 1e3).toFixed(1))}k`
    if (abs == 0) return '0'
    return trimZeros(v.toPrecision(3))
}

function trimZeros(s: string): string {
    return s.includes('.') && !s.includes('e') ? s.replace(/\.?0+$/, '') : s
}

/** A fraction as a percentage: 0.0365 -> "3.65 %". */
export function formatPercent(x: number | null | undefined, digits = 2): string {
    if (x == null || !Number.isFinite(x)) return '—'
    return `${(x * 100).toFixed(digits).replace(/^-/, MINUS)} %`
}

/** Seconds as the unit that reads best: "45 min", "5.5 h", "2.0 d". */
export function formatDuration(seconds: number | null | undefined): string {
    if (seconds == null) return '—'
    if (seconds < 3600) return `${Math.round(seconds / 60)} min`
    if (seconds < 2 * 86400) return `${(seconds / 3600).toFixed(1)} h`
    return `${(seconds / 86400).toFixed(1)} d`
}

export function formatInt(n: number | null | undefined): string {
    return n == null ? '—' : group(String(n))
}

/** 0x1234…abcd */
export function shortAddress(a: string | null | undefined): string {
    if (a == null) return '—'
    return a.length > 14 ? `${a.slice(0, 6)}…${a.slice(-4)}` : a
}

/** An ISO time as "2026-10-22 18:46 UTC". */
export function formatTime(iso: string): string {
    let d = new Date(iso)
    return `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 16)} UTC`
}

/** "2026-10-22" -> seconds at 00:00 UTC. */
export function daySeconds(day: string): number {
    return Date.parse(`${day}T00:00:00Z`) / 1000
}

export const ADDRESS_RE = /^0x[0-9a-fA-F]{40}$/
