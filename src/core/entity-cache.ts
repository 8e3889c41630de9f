import {Store} from '@subsquid/typeorm-store'
import * as model from '../model'
import {BatchWriter} from './batch-writer'

/* eslint-disable @typescript-eslint/no-explicit-any */
interface Entity {
    id: string
}
export type EntityClass<E extends Entity> = {new (props?: Partial<E>): E}

const LOAD_CHUNK = 1000

/**
 * Parents before children, so foreign keys hold when a batch is saved. Entity types not listed are saved
 * after these, in the order they were first touched.
 */
const SAVE_ORDER: EntityClass<any>[] = [
    // Operator first: Account.delegatedTo references it
    model.Operator,
    model.Account,
    model.Strategy,
    model.OperatorSet,
    model.LidoNodeOperator,
    model.RocketPoolNode,
    model.EigenPod,
    model.Withdrawal,
]

/**
 * The batch's view of the database: each protocol module asks for the ids it needs (`defer`), `load` fetches
 * them with one query per entity type, handlers mutate the entities in memory, and `flush` writes each type
 * once. No per-event queries.
 */
export class EntityCache {
    private known = new Map<EntityClass<any>, Map<string, any>>()
    private wanted = new Map<EntityClass<any>, Set<string>>()
    /** ids to upsert (state entities, created or changed) */
    private changed = new Map<EntityClass<any>, Set<string>>()
    /** immutable records to insert */
    private inserts = new Map<EntityClass<any>, any[]>()

    /**
     * The current group of blocks (main.ts runs the modules once per UTC day of a batch): what it inserted and
     * changed, and for watched types the value each entity had when the group first touched it. The daily
     * series read these after each group; the protocol modules never see them.
     */
    private group = new GroupJournal()
    private watched = new Map<EntityClass<any>, (entity: any | undefined) => any>()

    private writer: BatchWriter

    constructor(private store: Store) {
        this.writer = new BatchWriter(store)
    }

    /** Marks ids to load at the next `load()`. */
    defer<E extends Entity>(cls: EntityClass<E>, ids: Iterable<string>): void {
        let known = this.knownOf(cls)
        let wanted = this.wantedOf(cls)
        for (let id of ids) if (!known.has(id)) wanted.add(id)
    }

    /** Loads every deferred id: one query per entity type (in chunks of 1000 ids). */
    async load(): Promise<void> {
        for (let [cls, ids] of this.wanted) {
            if (ids.size == 0) continue
            let known = this.knownOf(cls)
            let list = [...ids]
            ids.clear()
            for (let i = 0; i < list.length; i += LOAD_CHUNK) {
                let chunk = list.slice(i, i + LOAD_CHUNK)
                let rows: any[] = await this.writer.findByIds(cls, chunk)
                for (let row of rows) if (!known.has(row.id)) known.set(row.id, row)
            }
            // remember misses too, so a later defer of the same id does not query again
            for (let id of list) if (!known.has(id)) known.set(id, undefined)
        }
    }

    /** An entity loaded (or created) in this batch; undefined when the database does not have it. */
    get<E extends Entity>(cls: EntityClass<E>, id: string): E | undefined {
        let known = this.knownOf(cls)
        if (!known.has(id)) {
            throw new Error(`${cls.name} ${id} was not loaded: defer() it before load()`)
        }
        let entity = known.get(id)
        // every mutation path starts with get() (getOrCreate too), so this sees the value before the group's changes
        let watch = this.watched.get(cls)
        if (watch != null) this.group.snapshot(cls, id, () => watch!(entity))
        return entity
    }

    /**
     * The entity if this batch already holds it (loaded, created or saved), without loading and without the
     * deferred-first rule: for a module that loads with its own query (say, with a relation) and must still see
     * what earlier days of the same batch created but did not write yet.
     */
    peek<E extends Entity>(cls: EntityClass<E>, id: string): E | undefined {
        return this.knownOf(cls).get(id)
    }

    /** Whether the database (or this batch) has the entity; it must have been deferred and loaded. */
    has<E extends Entity>(cls: EntityClass<E>, id: string): boolean {
        return this.get(cls, id) != null
    }

    /** The entity, created with `init` when missing; marked to be saved either way. */
    getOrCreate<E extends Entity>(cls: EntityClass<E>, id: string, init: () => E): E {
        let entity = this.get(cls, id)
        if (entity == null) {
            entity = init()
            this.knownOf(cls).set(id, entity)
        }
        this.markChanged(cls, id)
        return entity
    }

    /** Marks a loaded or newly made state entity to be upserted at flush. */
    save<E extends Entity>(entity: E): void {
        let cls = entity.constructor as EntityClass<E>
        this.knownOf(cls).set(entity.id, entity)
        this.markChanged(cls, entity.id)
    }

    /** Queues an immutable record (deposit, delegation, slashing, ...) for one multi-row insert. */
    insert<E extends Entity>(entity: E): void {
        let cls = entity.constructor as EntityClass<E>
        let list = this.inserts.get(cls)
        if (list == null) this.inserts.set(cls, (list = []))
        list.push(entity)
        this.group.inserted(cls, entity)
    }

    /**
     * Keeps, for each entity of `cls` the current group touches, `snapshot(entity before the group)` (undefined
     * for an entity the database did not have), readable with `groupBefore`.
     */
    watch<E extends Entity>(cls: EntityClass<E>, snapshot: (entity: E | undefined) => any): void {
        this.watched.set(cls, snapshot)
    }

    /** Starts a new group of blocks: the journal of the previous one is dropped. */
    beginGroup(): void {
        this.group = new GroupJournal()
    }

    /** Records of `cls` inserted in the current group, in insertion (chain) order. */
    groupInserts<E extends Entity>(cls: EntityClass<E>): E[] {
        return this.group.insertsOf(cls)
    }

    /** Entities of `cls` created or changed in the current group. */
    groupChanged<E extends Entity>(cls: EntityClass<E>): E[] {
        let known = this.knownOf(cls)
        return [...this.group.changedOf(cls)].map((id) => known.get(id)).filter((e) => e != null)
    }

    /** The snapshot of a watched entity as the current group first saw it; undefined when it was new. */
    groupBefore(cls: EntityClass<any>, id: string): any {
        return this.group.before(cls, id)
    }

    /**
     * Writes the batch: parents first, one upsert and one insert per entity type, each a single
     * `unnest` statement (see BatchWriter); every changed entity is written once however often it changed.
     */
    async flush(): Promise<void> {
        let classes = new Set<EntityClass<any>>(SAVE_ORDER)
        for (let cls of this.changed.keys()) classes.add(cls)
        for (let cls of this.inserts.keys()) classes.add(cls)
        for (let cls of classes) {
            let ids = this.changed.get(cls)
            if (ids?.size) {
                let known = this.knownOf(cls)
                await this.writer.upsert([...ids].map((id) => known.get(id)))
                ids.clear()
            }
            let rows = this.inserts.get(cls)
            if (rows?.length) {
                await this.writer.insert(rows)
                this.inserts.set(cls, [])
            }
        }
    }

    /** Records of `cls` queued for insert in this batch so far (not yet in the database). */
    pendingInserts<E extends Entity>(cls: EntityClass<E>): E[] {
        return this.inserts.get(cls) ?? []
    }

    /** Entities of one type known to this batch (loaded or created), for queries such as "every request in [a, b]". */
    values<E extends Entity>(cls: EntityClass<E>): E[] {
        return [...this.knownOf(cls).values()].filter((e) => e != null)
    }

    private markChanged(cls: EntityClass<any>, id: string): void {
        let set = this.changed.get(cls)
        if (set == null) this.changed.set(cls, (set = new Set()))
        set.add(id)
        this.group.changed(cls, id)
    }

    private knownOf(cls: EntityClass<any>): Map<string, any> {
        let map = this.known.get(cls)
        if (map == null) this.known.set(cls, (map = new Map()))
        return map
    }

    private wantedOf(cls: EntityClass<any>): Set<string> {
        let set = this.wanted.get(cls)
        if (set == null) this.wanted.set(cls, (set = new Set()))
        return set
    }
}

/** What one group of blocks inserted and changed, and the first-seen snapshots of watched entities. */
class GroupJournal {
    private insertsByType = new Map<Function, any[]>()
    private changedByType = new Map<Function, Set<string>>()
    private snapshots = new Map<Function, Map<string, any>>()

    inserted(cls: Function, entity: any): void {
        let list = this.insertsByType.get(cls)
        if (list == null) this.insertsByType.set(cls, (list = []))
        list.push(entity)
    }

    changed(cls: Function, id: string): void {
        let set = this.changedByType.get(cls)
        if (set == null) this.changedByType.set(cls, (set = new Set()))
        set.add(id)
    }

    snapshot(cls: Function, id: string, take: () => any): void {
        let map = this.snapshots.get(cls)
        if (map == null) this.snapshots.set(cls, (map = new Map()))
        if (!map.has(id)) map.set(id, take())
    }

    insertsOf(cls: Function): any[] {
        return this.insertsByType.get(cls) ?? []
    }

    changedOf(cls: Function): Set<string> {
        return this.changedByType.get(cls) ?? new Set()
    }

    before(cls: Function, id: string): any {
        return this.snapshots.get(cls)?.get(id)
    }
}
