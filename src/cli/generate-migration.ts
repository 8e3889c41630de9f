import fs from 'fs'
import os from 'os'
import path from 'path'
import {startEmbeddedPostgres} from '../postgres/embedded'
import {schemaSql} from '../postgres/migrations'
import {runCli} from './services'

// `npm run migration:generate`: rewrites db/migrations/*-Data.js from the compiled model, against a throwaway
// embedded PostgreSQL, so no database needs to be configured. Until the first release the schema is one
// migration; after it, keep old files and add new ones.
runCli('migration', async (_life, log) => {
    let dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stakewatch-migration-'))
    fs.chmodSync(dataDir, 0o755)
    let port = 20000 + Math.floor(Math.random() * 20000)
    let pg = await startEmbeddedPostgres({dataDir: path.join(dataDir, 'pg'), port, user: 'postgres', password: 'postgres', database: 'squid'})
    try {
        Object.assign(process.env, {DB_HOST: '127.0.0.1', DB_PORT: String(port), DB_NAME: 'squid', DB_USER: 'postgres', DB_PASS: 'postgres'})
        let {up, down} = await schemaSql()
        let dir = path.resolve('db', 'migrations')
        fs.mkdirSync(dir, {recursive: true})
        for (let f of fs.readdirSync(dir)) if (f.endsWith('-Data.js')) fs.rmSync(path.join(dir, f))
        let ts = 1764000000000
        let q = (sql: string) => `        await db.query(${JSON.stringify(sql)})`
        let body = [
            `module.exports = class Data${ts} {`,
            `    name = 'Data${ts}'`,
            ``,
            `    async up(db) {`,
            ...up.map(q),
            `    }`,
            ``,
            `    async down(db) {`,
            ...down.map(q),
            `    }`,
            `}`,
            ``,
        ].join('\n')
        fs.writeFileSync(path.join(dir, `${ts}-Data.js`), body)
        log.info(`wrote db/migrations/${ts}-Data.js (${up.length} statements)`)
    } finally {
        await pg.stop()
        fs.rmSync(dataDir, {recursive: true, force: true})
    }
})
