import { en } from './en';
import { id, type MessageKey, type Messages } from './id';
import { type Language } from './languages';

const dictionaries: Record<Language, Messages> = { id, en };

type PlaceholdersIn<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersIn<Rest>
  : never;

export type MessageParams<K extends MessageKey> = Record<PlaceholdersIn<(typeof id)[K]>, string | number>;

/** Messages with placeholders require their values; messages without take none. */
export type TranslateArgs<K extends MessageKey> = [PlaceholdersIn<(typeof id)[K]>] extends [never]
  ? []
  : [params: MessageParams<K>];

/** Keys of messages without placeholders, safe to pass around as plain labels. */
export type PlainMessageKey = {
  [K in MessageKey]: [PlaceholdersIn<(typeof id)[K]>] extends [never] ? K : never;
}[MessageKey];

export type Translate = <K extends MessageKey>(key: K, ...args: TranslateArgs<K>) => string;

export function createTranslator(language: Language): Translate {
  const messages = dictionaries[language];
  return (key, ...args) => {
    const params: Record<string, string | number> = args[0] ?? {};
    return messages[key].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
      name in params ? String(params[name]) : placeholder
    );
  };
}
