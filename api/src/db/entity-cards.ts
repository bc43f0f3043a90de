import { type Collection, type EntityManager, type EntityMetadata, type EntityName, type EntityProperty, type Ref, Reference, ReferenceKind } from '@mikro-orm/core';
import { selectRows } from './raw-sql';

/**
 * An entity as the catalog's JSON read path returns it: a plain object with every column of the entity;
 * to-one relations as plain objects holding only their primary key unless the query selects them;
 * the to-many relations the query selects as arrays.
 */
export type Card<Entity> = {
  [Key in keyof Entity]: Entity[Key] extends Collection<infer Item>
    ? Card<Item>[]
    : Entity[Key] extends Ref<infer Target> | null | undefined
      ? Card<Target> | Exclude<Entity[Key], Ref<Target>>
      : Entity[Key];
};

type RelationTree = { [relation: string]: RelationTree };

function relationTree(paths: readonly string[]): RelationTree {
  const tree: RelationTree = {};
  for (const path of paths) {
    let node = tree;
    for (const name of path.split('.')) node = node[name] ??= {};
  }
  return tree;
}

type Quote = (identifier: string) => string;

/** The kinds of property a card is built from; to-many relations only when the query selects them. */
const BUILT_KINDS: ReadonlySet<ReferenceKind> = new Set([ReferenceKind.SCALAR, ReferenceKind.MANY_TO_ONE, ReferenceKind.ONE_TO_MANY]);

function kindName(prop: EntityProperty): string {
  if (prop.kind === ReferenceKind.MANY_TO_MANY) return 'many-to-many';
  if (prop.kind === ReferenceKind.ONE_TO_ONE) return prop.owner ? 'one-to-one, owning side' : 'one-to-one, inverse side';
  if (prop.kind === ReferenceKind.EMBEDDED) return 'embedded';
  return prop.kind;
}

export class UnsupportedCardProperty extends Error {
  constructor(meta: EntityMetadata, prop: EntityProperty) {
    super(`Cards cannot build ${meta.className}.${prop.name} (${kindName(prop)}): teach db/entity-cards.ts that kind or read ${meta.className} as entities.`);
    this.name = 'UnsupportedCardProperty';
  }
}

const checkedProperties = new WeakMap<EntityMetadata, EntityProperty[]>();

/**
 * The persisted properties of an entity's cards, checked once per entity: a card leaving out a property
 * whose kind it does not build would answer a page with a field silently missing.
 */
function cardProperties(meta: EntityMetadata): EntityProperty[] {
  let props = checkedProperties.get(meta);
  if (!props) {
    // Not persisted: getters, and the inverse side MikroORM adds to the target of a one-way many-to-many.
    props = meta.props.filter((prop) => prop.persist !== false);
    const unsupported = props.find((prop) => !BUILT_KINDS.has(prop.kind));
    if (unsupported) throw new UnsupportedCardProperty(meta, unsupported);
    checkedProperties.set(meta, props);
  }
  return props;
}

/** Builds one `json_build_object` per entity, with a fresh table alias for every nested subselect. */
class CardSql {
  private aliases = 0;

  constructor(private readonly quote: Quote) {}

  nextAlias(): string {
    return `c${++this.aliases}`;
  }

  object(meta: EntityMetadata, alias: string, tree: RelationTree, backReference?: string): string {
    const entries = cardProperties(meta)
      .filter((prop) => prop.name !== backReference)
      .flatMap((prop) => {
        const value = this.value(meta, prop, alias, tree[prop.name]);
        return value === null ? [] : [`'${prop.name}', ${value}`];
      });
    return `json_build_object(${entries.join(', ')})`;
  }

  private value(meta: EntityMetadata, prop: EntityProperty, alias: string, selected: RelationTree | undefined): string | null {
    if (prop.kind === ReferenceKind.SCALAR) return this.scalar(prop, alias);
    if (prop.kind === ReferenceKind.MANY_TO_ONE) return this.toOne(prop, alias, selected);
    if (prop.kind === ReferenceKind.ONE_TO_MANY && selected) return this.toMany(meta, prop, alias, selected);
    return null;
  }

  private scalar(prop: EntityProperty, alias: string): string {
    const column = `${alias}.${this.quote(onlyColumn(prop))}`;
    // JSON numbers lose precision past 2^53; rupiah amounts travel as digits.
    return prop.runtimeType === 'bigint' ? `${column}::text` : column;
  }

  private toOne(prop: EntityProperty, alias: string, selected: RelationTree | undefined): string {
    const target = prop.targetMeta!;
    const foreignKey = `${alias}.${this.quote(onlyColumn(prop))}`;
    if (!selected) {
      return `case when ${foreignKey} is null then null else json_build_object('${target.primaryKeys[0]}', ${foreignKey}) end`;
    }
    const targetAlias = this.nextAlias();
    const targetKey = `${targetAlias}.${this.quote(primaryKeyColumn(target))}`;
    return `(select ${this.object(target, targetAlias, selected)} from ${this.quote(target.tableName)} ${targetAlias} where ${targetKey} = ${foreignKey})`;
  }

  private toMany(owner: EntityMetadata, prop: EntityProperty, alias: string, selected: RelationTree): string {
    const item = prop.targetMeta!;
    const itemAlias = this.nextAlias();
    const backReference = item.properties[prop.mappedBy]!;
    const ownerKey = `${alias}.${this.quote(primaryKeyColumn(owner))}`;
    const order = orderColumns(item, prop.orderBy, itemAlias, this.quote);
    return (
      `(select coalesce(json_agg(${this.object(item, itemAlias, selected, prop.mappedBy)} order by ${order}), '[]') ` +
      `from ${this.quote(item.tableName)} ${itemAlias} where ${itemAlias}.${this.quote(onlyColumn(backReference))} = ${ownerKey})`
    );
  }
}

function onlyColumn(prop: EntityProperty): string {
  if (prop.fieldNames.length !== 1) throw new Error(`${prop.name}: cards support single-column properties only.`);
  return prop.fieldNames[0]!;
}

function primaryKeyColumn(meta: EntityMetadata): string {
  if (meta.primaryKeys.length !== 1) throw new Error(`${meta.className}: cards support single-column primary keys only.`);
  return onlyColumn(meta.properties[meta.primaryKeys[0]!]!);
}

function orderColumns(meta: EntityMetadata, orderBy: EntityProperty['orderBy'], alias: string, quote: Quote): string {
  const orders = [orderBy ?? {}].flat() as Record<string, string>[];
  const columns = orders.flatMap((order) =>
    Object.entries(order).map(([name, direction]) => `${alias}.${quote(onlyColumn(meta.properties[name]!))} ${direction}`),
  );
  return columns.length > 0 ? columns.join(', ') : `${alias}.${quote(primaryKeyColumn(meta))}`;
}

/** Turns the JSON spellings of bigint and timestamp columns back into the entity's runtime types. */
function revive(meta: EntityMetadata, card: Record<string, unknown>, tree: RelationTree): void {
  for (const prop of meta.props) {
    const value = card[prop.name];
    if (value === null || value === undefined) continue;
    if (prop.kind === ReferenceKind.SCALAR && prop.runtimeType === 'bigint') card[prop.name] = BigInt(value as string);
    else if (prop.kind === ReferenceKind.SCALAR && prop.runtimeType === 'Date') card[prop.name] = new Date(value as string);
    else if (prop.kind === ReferenceKind.MANY_TO_ONE && tree[prop.name]) revive(prop.targetMeta!, value as Record<string, unknown>, tree[prop.name]!);
    else if (prop.kind === ReferenceKind.ONE_TO_MANY && tree[prop.name]) {
      for (const item of value as Record<string, unknown>[]) revive(prop.targetMeta!, item, tree[prop.name]!);
    }
  }
}

/**
 * The rows of `ids` (a query selecting one column, the primary key, in the order wanted) as cards with
 * the relations at `populate`, built as JSON by the database in ONE statement. Loading a page as entities
 * costs several times the CPU of its SQL (the driver parses every column of every row, the ORM hydrates
 * an entity per row); one JSON document is parsed once. For read-only pages: cards are not managed by the
 * entity manager.
 */
export async function selectCards<Entity extends object>(
  em: EntityManager,
  entity: EntityName<Entity>,
  ids: { toQuery(): { sql: string; params: readonly unknown[] } },
  populate: readonly string[],
): Promise<Card<Entity>[]> {
  const { sql: idsSql, params } = ids.toQuery();
  const tree = relationTree(populate);
  const meta = em.getMetadata(entity);
  const quote: Quote = (identifier) => em.getPlatform().quoteIdentifier(identifier);
  const cardSql = new CardSql(quote);
  const alias = cardSql.nextAlias();
  const key = `${alias}.${quote(primaryKeyColumn(meta))}`;
  const [row] = await selectRows<{ cards: Record<string, unknown>[] }>(
    em,
    `select coalesce(json_agg(${cardSql.object(meta, alias, tree)} order by ordered.position), '[]') as cards ` +
      `from unnest(array(${idsSql})) with ordinality as ordered(id, position) join ${quote(meta.tableName)} ${alias} on ${key} = ordered.id`,
    [...params],
  );
  // Both drivers parse a json column themselves.
  const cards = row!.cards;
  for (const card of cards) revive(meta, card, tree);
  return cards as Card<Entity>[];
}

/** A to-one relation of an entity (a reference, loaded on demand) or of a card (the object itself). */
export async function related<Target extends object>(relation: Ref<Target> | Card<Target> | null | undefined): Promise<Target | Card<Target> | null> {
  if (relation === null || relation === undefined) return null;
  if (Reference.isReference<Target>(relation)) return relation.load();
  return relation as Card<Target>;
}

/** A to-many relation of an entity (a collection, loaded on demand) or of a card (the array itself). */
export async function relatedItems<Item extends object>(items: Collection<Item> | Card<Item>[]): Promise<(Item | Card<Item>)[]> {
  return Array.isArray(items) ? items : items.loadItems();
}
