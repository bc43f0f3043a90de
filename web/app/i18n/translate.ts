import { en } from './en';
import { id, type MessageKey, type Messages, type PluralMessage } from './id';
import { intlLocales, type Language } from './languages';

const dictionaries: Record<Language, Messages> = { id, en };

type PlaceholdersIn<S> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersIn<Rest>
  : never;

/** The Indonesian text a key's placeholders are read from: the message, or the `other` form of a plural one. */
type SourceText<K extends MessageKey> = (typeof id)[K] extends { other: infer Other extends string } ? Other : (typeof id)[K];

export type MessageParams<K extends MessageKey> = Record<PlaceholdersIn<SourceText<K>>, string | number>;

/** Messages with placeholders require their values; messages without take none. */
export type TranslateArgs<K extends MessageKey> = [PlaceholdersIn<SourceText<K>>] extends [never]
  ? []
  : [params: MessageParams<K>];

/** Keys of messages without placeholders, safe to pass around as plain labels. */
export type PlainMessageKey = {
  [K in MessageKey]: [PlaceholdersIn<SourceText<K>>] extends [never] ? K : never;
}[MessageKey];

export type Translate = <K extends MessageKey>(key: K, ...args: TranslateArgs<K>) => string;

/** The form of a plural message for `count` in `language`, `other` where the language has no such form. */
export function pluralForm(message: PluralMessage, count: number, plurals: Intl.PluralRules): string {
  return message[plurals.select(count)] ?? message.other;
}

export function createTranslator(language: Language): Translate {
  const messages = dictionaries[language];
  const plurals = new Intl.PluralRules(intlLocales[language]);
  return (key, ...args) => {
    const params: Record<string, string | number> = args[0] ?? {};
    const message: string | PluralMessage = messages[key];
    const text = typeof message === 'string' ? message : pluralForm(message, Number(params.count), plurals);
    return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in params ? String(params[name]) : placeholder));
  };
}
