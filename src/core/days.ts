/** UTC days: the daily series' time unit. A day is an integer, days since 1970-01-01 (UTC). */

export const DAY_MS = 86_400_000

export function dayOf(timestampMs: number): number {
    return Math.floor(timestampMs / DAY_MS)
}

/** yyyy-mm-dd of a day */
export function dayString(day: number): string {
    return new Date(day * DAY_MS).toISOString().slice(0, 10)
}

/** 00:00 UTC of a day */
export function dayStart(day: number): Date {
    return new Date(day * DAY_MS)
}

/** Consecutive runs of items that fall on the same UTC day, in order. */
export function groupByDay<T>(items: T[], timestampMs: (item: T) => number): {day: number; items: T[]}[] {
    let groups: {day: number; items: T[]}[] = []
    for (let item of items) {
        let day = dayOf(timestampMs(item))
        let last = groups[groups.length - 1]
        if (last == null || last.day != day) groups.push({day, items: [item]})
        else last.items.push(item)
    }
    return groups
}
