import { defineEntity, type EntityName, p } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectCards, UnsupportedCardProperty } from './entity-cards';
import { type Orm, openOrm } from './orm';

// Throwaway entities, one per property kind the cards do not build, in a database of their own.
const Book = defineEntity({ name: 'Book', properties: { id: p.integer().primary(), title: p.string() } });
const Shelf = defineEntity({ name: 'Shelf', properties: { id: p.integer().primary(), books: () => p.manyToMany(Book) } });
const Passport = defineEntity({
  name: 'Passport',
  properties: { id: p.integer().primary(), holder: () => p.oneToOne(Traveller).mappedBy('passport') },
});
const Traveller = defineEntity({ name: 'Traveller', properties: { id: p.integer().primary(), passport: () => p.oneToOne(Passport).owner().nullable() } });
const Address = defineEntity({ name: 'Address', embeddable: true, properties: { street: p.string() } });
const Office = defineEntity({ name: 'Office', properties: { id: p.integer().primary(), address: () => p.embedded(Address) } });
const Room = defineEntity({ name: 'Room', properties: { id: p.integer().primary(), office: () => p.manyToOne(Office) } });

let orm: Orm;

beforeAll(async () => {
  orm = await openOrm({ kind: 'pglite', dataDir: 'memory://' }, { entities: [Book, Shelf, Passport, Traveller, Address, Office, Room], migrations: {} });
  await orm.schema.create();
});

afterAll(async () => {
  await orm?.close(true);
});

/** Cards of every row of the entity's table, in the order of their ids. */
function cardsOf<Entity extends object>(entity: EntityName<Entity>, populate: string[] = []) {
  const { tableName } = orm.getMetadata(entity);
  const ids = { toQuery: () => ({ sql: `select id from ${tableName} order by id`, params: [] }) };
  return selectCards(orm.em.fork(), entity, ids, populate);
}

describe('cards refuse a property kind they do not build, naming entity, property and kind', () => {
  async function expectRefusal(cards: Promise<unknown>, named: string) {
    await expect(cards).rejects.toThrow(UnsupportedCardProperty);
    await expect(cards).rejects.toThrow(named);
  }

  it('a many-to-many', async () => {
    await expectRefusal(cardsOf(Shelf), 'Shelf.books (many-to-many)');
  });

  it('the owning side of a one-to-one', async () => {
    await expectRefusal(cardsOf(Traveller), 'Traveller.passport (one-to-one, owning side)');
  });

  it('the inverse side of a one-to-one', async () => {
    await expectRefusal(cardsOf(Passport), 'Passport.holder (one-to-one, inverse side)');
  });

  it('an embedded object', async () => {
    await expectRefusal(cardsOf(Office), 'Office.address (embedded)');
  });

  it('in a selected relation as in the entity itself', async () => {
    await expectRefusal(cardsOf(Room, ['office']), 'Office.address (embedded)');
  });

  it('and build the kinds they know, leaving out a to-one relation they are not asked to enter', async () => {
    const em = orm.em.fork();
    em.create(Book, { id: 1, title: 'Kas desa' });
    em.create(Office, { id: 1, address: { street: 'Jl. Merdeka' } });
    em.create(Room, { id: 7, office: 1 });
    await em.flush();
    await expect(cardsOf(Book)).resolves.toEqual([{ id: 1, title: 'Kas desa' }]);
    await expect(cardsOf(Room)).resolves.toEqual([{ id: 7, office: { id: 1 } }]);
  });
});
