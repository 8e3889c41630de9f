import fs from 'fs'
import path from 'path'
import {describe, expect, it} from 'vitest'
import {API_FLAGS, ApiFlagError, DEFAULT_API_LIMITS, parseApiFlags} from '../../src/api/flags'
import {loadApiConfig} from '../../src/config'

describe('GraphQL API flags (the one definition of the limits)', () => {
    it('defaults: 5 s statement timeout, depth 8, 10000 response nodes, 256 kB requests, 20 root fields, 500 fields', () => {
        expect(parseApiFlags([])).toEqual({
            maxRequestSizeKb: 256,
            maxRootFields: 20,
            maxResponseSize: 10000,
            sqlStatementTimeoutMs: 5000,
            maxDepth: 8,
            maxFields: 500,
        })
    })

    it('overrides, 0 = off where allowed, and one line naming a bad flag', () => {
        expect(parseApiFlags(['--max-depth', '12', '--sql-statement-timeout=0'])).toEqual({...DEFAULT_API_LIMITS, maxDepth: 12, sqlStatementTimeoutMs: 0})
        expect(() => parseApiFlags(['--max-depth', 'x'])).toThrow(new ApiFlagError('--max-depth="x" is not valid: --max-depth accepts a whole number of levels (0 = no limit)'))
        expect(() => parseApiFlags(['--max-request-size', '0'])).toThrow('--max-request-size="0" is not valid: --max-request-size accepts a whole number of kB >= 1')
        expect(() => parseApiFlags(['--max-depth'])).toThrow('--max-depth="" is not valid')
        expect(() => parseApiFlags(['--nope', '1'])).toThrow(/^unknown option "--nope": the GraphQL server takes --max-request-size, /)
    })

    it('README "GraphQL API limits" lists every flag with its default', () => {
        let readme = fs.readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8')
        let section = readme.slice(readme.indexOf('## GraphQL API limits'))
        for (let f of API_FLAGS) {
            let row = section.split('\n').find((l) => l.startsWith(`| \`${f.flag}\` |`))
            expect(row, f.flag).toBeDefined()
            expect(row!.split('|')[2].trim().split(' ')[0], f.flag).toBe(String(f.default))
        }
    })

    it('every way of serving the API runs the same entry with no flags of its own (so the defaults apply)', () => {
        let root = path.resolve(__dirname, '..', '..')
        let commands = JSON.parse(fs.readFileSync(path.join(root, 'commands.json'), 'utf8')).commands
        expect(commands['serve:prod'].cmd).toEqual(['node', 'lib/api/server.js'])
        expect(fs.readFileSync(path.join(root, 'squid.yaml'), 'utf8')).toMatch(/api:\n\s+cmd: \["sqd", "serve:prod"\]/)
        let services = fs.readFileSync(path.join(root, 'src', 'cli', 'services.ts'), 'utf8')
        expect(services).toContain("path.resolve(__dirname, '..', 'api', 'server.js')")
        // no other place starts graphql-server's own binary, which has none of these limits
        for (let dir of ['src', 'test']) {
            for (let file of fs.readdirSync(path.join(root, dir), {recursive: true}) as string[]) {
                if (!file.endsWith('.ts') || file.endsWith('api-flags.test.ts')) continue
                let text = fs.readFileSync(path.join(root, dir, file), 'utf8')
                expect(text.includes('graphql-server/bin') || text.includes('squid-graphql-server'), `${dir}/${file}`).toBe(false)
            }
        }
    })

    it('the API connects as the read-only role when DB_API_USER is set', () => {
        let base = {DB_HOST: 'db', DB_USER: 'owner', DB_PASS: 'o'}
        expect(loadApiConfig(base)).toEqual({port: 4350, dbEnv: {}})
        expect(loadApiConfig({...base, DB_API_USER: 'reader', DB_API_PASS: 'r', GQL_PORT: '5000'})).toEqual({port: 5000, dbEnv: {DB_USER: 'reader', DB_PASS: 'r'}})
        expect(loadApiConfig({DB_URL: 'postgres://owner:o@db:5432/x', DB_API_USER: 'reader', DB_API_PASS: 'p@ss'}).dbEnv).toEqual({
            DB_URL: 'postgres://reader:p%40ss@db:5432/x',
            DB_USER: '',
            DB_PASS: '',
        })
        expect(() => loadApiConfig({DB_API_USER: 'reader'})).toThrow('DB_API_PASS="" is not valid: DB_API_PASS accepts the password of DB_API_USER (set both, or neither)')
        expect(() => loadApiConfig({DB_API_USER: 'bad-name', DB_API_PASS: 'x'})).toThrow(/^DB_API_USER="bad-name" is not valid/)
    })
})
