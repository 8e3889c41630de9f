import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {DEMO_QUERIES} from '../../lib/cli/demo-queries'
import {buildDemoScenario} from '../../lib/devnet/scenario'
import {PROTOCOLS} from '../../lib/protocols'
import {book, Stack, startStack} from '../harness'
import {documentedQueries, markdownQueries} from '../harness/documented-queries'

// The README's promise: every query it, docs/ and the demo show works as written. Run with the API exactly as
// users get it (default limits), against the demo scenario indexed by the real processor.
describe('every documented query runs as written against the demo data', () => {
    let stack: Stack
    beforeAll(async () => {
        stack = await startStack({apiArgs: []})
        let last = await stack.mineScenario(buildDemoScenario(PROTOCOLS, book, Math.floor(Date.now() / 1000) - 45 * 24 * 3600))
        await stack.waitForHeight(last)
    })
    afterAll(async () => {
        await stack?.stop()
    })

    it('finds the queries of README.md, docs/*.md and the demo', () => {
        let found = documentedQueries()
        expect(found.filter((q) => q.where.startsWith('README.md')).length).toBeGreaterThanOrEqual(5)
        expect(found.filter((q) => q.where.includes('DEMO_QUERIES')).map((q) => q.query)).toEqual(DEMO_QUERIES)
        // the extractor itself: blocks split into documents, comments dropped, inline spans, JSON ignored
        let md = 'a `{ squidStatus { height } }` and `{"query": "..."}`\n```graphql\n# one\n{ a { b } }\n\n# two\n{ c(x: "}") {\n  d } }\n```\n'
        expect(markdownQueries('x.md', md)).toEqual([
            {where: 'x.md:1', query: '{ squidStatus { height } }'},
            {where: 'x.md:4', query: '{ a { b } }'},
            {where: 'x.md:7', query: '{ c(x: "}") {\n  d } }'},
        ])
    })

    it('each answers without errors, and with data from the demo (no empty answer)', async () => {
        let failures: string[] = []
        for (let {where, query} of documentedQueries()) {
            let res = await fetch(stack.gqlUrl, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify({query})})
            let body: any = await res.json()
            if (body.errors) {
                failures.push(`${where}: ${body.errors.map((e: any) => e.message).join('; ')}\n    ${query}`)
                continue
            }
            for (let [field, value] of Object.entries(body.data ?? {})) {
                if (value == null || (Array.isArray(value) && value.length == 0)) failures.push(`${where}: ${field} is empty on the demo data\n    ${query}`)
            }
        }
        expect(failures).toEqual([])
    })
})
