import { defineEntity, type EntityManager, type EntityName, p } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectCards, UnsupportedCardProperty } from './entity-cards';
import { type Orm, type Em, openOrm } from './orm';

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

function cardsOf(entity: EntityName<object>, populate: string[] = []) {
  const em = orm.em.fork() as Em;
  const ids = em.createQueryBuilder(entity, 'e').select('e.id');
  return selectCards(em as EntityManager, entity, ids, populate);
}

describe('cards refuse a property kind they do not build, naming entity, property and kind', () => {
  it.each([
    ['a many-to-many', Shelf, 'Shelf.books (many-to-many)'],
    ['the owning side of a one-to-one', Traveller, 'Traveller.passport (one-to-one, owning side)'],
    ['the inverse side of a one-to-one', Passport, 'Passport.holder (one-to-one, inverse side)'],
    ['an embedded object', Office, 'Office.address (embedded)'],
  ])('%s', async (_kind, entity, named) => {
    const refusal = cardsOf(entity);
    await expect(refusal).rejects.toThrow(UnsupportedCardProperty);
    await expect(refusal).rejects.toThrow(named);
  });

  it('in a selected relation as in the entity itself', async () => {
    await expect(cardsOf(Room, ['office'])).rejects.toThrow('Office.address (embedded)');
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
