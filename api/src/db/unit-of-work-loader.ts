import { type EntityManager } from '@mikro-orm/core';
import DataLoader from 'dataloader';

/**
 * A loader per unit of work (each request forks its own EntityManager): the loads that GraphQL makes in
 * one tick — the same field of every program of a page — become one call of `batch`. Nothing is cached
 * between ticks, so a value read after a mutation of the same request is read again.
 */
export function loaderPerUnitOfWork<Key, Value>(
  batch: (em: EntityManager, keys: readonly Key[]) => Promise<Value[]>,
): (em: EntityManager) => DataLoader<Key, Value> {
  const loaders = new WeakMap<EntityManager, DataLoader<Key, Value>>();
  return (em) => {
    let loader = loaders.get(em);
    if (!loader) {
      loader = new DataLoader((keys) => batch(em, keys), { cache: false });
      loaders.set(em, loader);
    }
    return loader;
  };
}
