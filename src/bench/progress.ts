/** A one-line progress display on stderr (throttled); `final` ends the line. */
export function progress(label: string, total: number): (done: number, final?: boolean) => void {
    let started = Date.now()
    let last = 0
    return (done, final = false) => {
        let now = Date.now()
        if (!final && now - last < 500) return
        last = now
        let secs = (now - started) / 1000
        let rate = secs > 0 ? Math.round(done / secs) : 0
        let pct = total > 0 ? Math.min(100, Math.floor((done / total) * 100)) : 100
        process.stderr.write(`\r  ${label}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')} (${pct}%), ${rate.toLocaleString('en')}/s, ${secs.toFixed(1)} s   ${final ? '\n' : ''}`)
    }
}
