/**
 * Every GraphQL query the project shows a user, found without a list to keep up to date:
 * - README.md and docs/*.md: every ```graphql (or ```gql) block, split into its top-level documents, and
 *   every inline code span that is a query (`{ squidStatus { height } }`);
 * - the demo's printed queries (DEMO_QUERIES), and any other `{ ... }` line in src/cli/demo.ts.
 */
import fs from 'fs'
import path from 'path'
import {DEMO_QUERIES} from '../../lib/cli/demo-queries'
import {ROOT} from './services'

export interface DocumentedQuery {
    /** file:line where it is shown */
    where: string
    query: string
}

export function documentedQueries(root = ROOT): DocumentedQuery[] {
    let docs = ['README.md', ...fs.readdirSync(path.join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => path.join('docs', f))]
    let found = docs.flatMap((file) => markdownQueries(file, fs.readFileSync(path.join(root, file), 'utf8')))
    found.push(...DEMO_QUERIES.map((query, i) => ({where: `src/cli/demo-queries.ts DEMO_QUERIES[${i}]`, query})))
    let demo = fs.readFileSync(path.join(root, 'src', 'cli', 'demo.ts'), 'utf8').split('\n')
    demo.forEach((line, i) => {
        if (/^\s*\{\s*[_A-Za-z].*\}\s*$/.test(line)) found.push({where: `src/cli/demo.ts:${i + 1}`, query: line.trim()})
    })
    return found
}

export function markdownQueries(file: string, text: string): DocumentedQuery[] {
    let found: DocumentedQuery[] = []
    let lines = text.split('\n')
    let fence: {lang: string; start: number; body: string[]} | undefined
    lines.forEach((line, i) => {
        let m = /^\s*```\s*([\w-]*)/.exec(line)
        if (m && fence == null) {
            fence = {lang: m[1].toLowerCase(), start: i + 1, body: []}
        } else if (m && fence) {
            if (fence.lang == 'graphql' || fence.lang == 'gql') {
                for (let doc of splitDocuments(fence.body.join('\n'))) {
                    found.push({where: `${file}:${fence.start + 1 + doc.line}`, query: doc.text})
                }
            }
            fence = undefined
        } else if (fence) {
            fence.body.push(line)
        } else {
            // inline code spans that are a query: `{ field ... }` or `query ... { ... }` (JSON like `{"a": 1}` is not)
            for (let span of line.matchAll(/`([^`]+)`/g)) {
                let code = span[1].trim()
                if (/^(query\b[^{]*)?\{\s*[_A-Za-z]/.test(code) && code.endsWith('}')) found.push({where: `${file}:${i + 1}`, query: code})
            }
        }
    })
    return found
}

/** Top-level documents of a block: each `{ ... }` (or `query Name(...) { ... }`), comments left out. */
function splitDocuments(block: string): {line: number; text: string}[] {
    let docs: {line: number; text: string}[] = []
    let depth = 0
    let start = -1
    let line = 0
    let startLine = 0
    for (let i = 0; i < block.length; i++) {
        let c = block[i]
        if (c == '\n') line++
        if (c == '#') {
            while (i < block.length && block[i] != '\n') i++
            line++
            continue
        }
        if (c == '"') {
            i++
            while (i < block.length && block[i] != '"') i += block[i] == '\\' ? 2 : 1
            continue
        }
        if (start < 0 && /\S/.test(c)) {
            start = i
            startLine = line
        }
        if (c == '{') depth++
        if (c == '}' && --depth == 0) {
            docs.push({line: startLine, text: block.slice(start, i + 1).trim()})
            start = -1
        }
    }
    if (start >= 0 && block.slice(start).trim()) docs.push({line: startLine, text: block.slice(start).trim()})
    return docs
}
