/**
 * A real headless Chromium (the system's, e.g. Debian's `chromium` package; puppeteer-core never downloads one)
 * for the dashboard tests. `findChromium()` is undefined where none is installed: those tests skip with one line.
 */
import {execFileSync} from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'
import puppeteer, {Browser, Page} from 'puppeteer-core'
import {ROOT} from './services'

export const SCREENSHOTS = path.join(ROOT, '.vitest', 'dashboard')

/** CHROMIUM_PATH, else the first of the usual names on PATH. */
export function findChromium(): string | undefined {
    if (process.env.CHROMIUM_PATH) return fs.existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined
    for (let name of ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome']) {
        try {
            return execFileSync('sh', ['-c', `command -v ${name}`], {encoding: 'utf8'}).trim() || undefined
        } catch {}
    }
    return undefined
}

export interface TestBrowser {
    browser: Browser
    /** a new page at `url` whose console errors and uncaught exceptions are collected */
    open(url: string, viewport?: {width: number; height: number}): Promise<{page: Page; errors: string[]}>
    close(): Promise<void>
}

export async function launchBrowser(executablePath: string): Promise<TestBrowser> {
    let profile = fs.mkdtempSync(path.join(os.tmpdir(), 'stakewatch-chromium-'))
    let browser = await puppeteer.launch({
        executablePath,
        headless: true,
        userDataDir: profile,
        // what works as root on a CI machine without a GPU or network
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    })
    fs.mkdirSync(SCREENSHOTS, {recursive: true})
    return {
        browser,
        async open(url, viewport = {width: 1280, height: 800}) {
            let page = await browser.newPage()
            let errors: string[] = []
            page.on('console', (m) => {
                if (m.type() == 'error') errors.push(`console: ${m.text()}`)
            })
            page.on('pageerror', (e) => errors.push(`page error: ${(e as Error).message ?? e}`))
            await page.setViewport(viewport)
            await page.goto(url, {waitUntil: 'load'})
            return {page, errors}
        },
        async close() {
            await browser.close().catch(() => {})
            fs.rmSync(profile, {recursive: true, force: true})
        },
    }
}
