import {createOrmConfig} from '@subsquid/typeorm-config'
import {DataSource} from 'typeorm'

/**
 * Applies pending migrations from db/migrations (all in one transaction), with the connection settings the
 * Subsquid store itself uses (DB_* variables), so the processor and the migrations can never disagree.
 */
export async function applyMigrations(projectDir = process.cwd()): Promise<string[]> {
    let connection = new DataSource({
        ...createOrmConfig({projectDir}),
        subscribers: [],
        synchronize: false,
        migrationsRun: false,
        dropSchema: false,
        logging: ['error'],
    })
    await connection.initialize()
    try {
        let applied = await connection.runMigrations({transaction: 'all'})
        return applied.map((m) => m.name)
    } finally {
        await connection.destroy().catch(() => null)
    }
}

/** SQL that would bring an empty database to the current model (for generating the migration). */
export async function schemaSql(projectDir = process.cwd()): Promise<{up: string[]; down: string[]}> {
    let connection = new DataSource({...createOrmConfig({projectDir}), synchronize: false, logging: ['error']})
    await connection.initialize()
    try {
        let sql = await connection.driver.createSchemaBuilder().log()
        return {
            up: sql.upQueries.map((q) => q.query),
            down: sql.downQueries.map((q) => q.query).reverse(),
        }
    } finally {
        await connection.destroy().catch(() => null)
    }
}
