import { getMetadataStorage as getValidationStorage, type ValidationTypes } from 'class-validator';
import { isInputObjectType } from 'graphql';
import { getMetadataStorage as getGraphqlStorage } from 'type-graphql';
import { buildTiruSchema } from './schema';

/** One field's limits as its class-validator decorators declare them; `each` holds those of every list item. */
export interface FieldRules {
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
  arrayMinSize?: number;
  arrayMaxSize?: number;
  isEmail?: true;
  /** `@IsUrl`: the protocols a web address may have (every one when empty). */
  urlProtocols?: string[];
  /** The source of a `@Matches` pattern, without flags. */
  pattern?: string;
  each?: Omit<FieldRules, 'each'>;
}

export type InputRules = Record<string, Record<string, FieldRules>>;

const numericRules = ['minLength', 'maxLength', 'min', 'max', 'arrayMinSize', 'arrayMaxSize'] as const;


interface Decorator {
  name?: string;
  type: (typeof ValidationTypes)[keyof typeof ValidationTypes] | string;
  constraints?: unknown[];
  each?: boolean;
}

function urlProtocolsOf(options: unknown): string[] {
  const protocols = (options as { protocols?: unknown } | undefined)?.protocols;
  return Array.isArray(protocols) ? protocols.filter((protocol): protocol is string => typeof protocol === 'string') : [];
}

function ruleOf(decorator: Decorator): Omit<FieldRules, 'each'> | null {
  const name = decorator.name;
  const [first] = decorator.constraints ?? [];
  if (numericRules.some((rule) => rule === name) && typeof first === 'number') return { [name as string]: first };
  if (name === 'isEmail') return { isEmail: true };
  if (name === 'isUrl') return { urlProtocols: urlProtocolsOf(first) };
  if (name === 'matches' && first instanceof RegExp) return { pattern: first.source };
  return null;
}

function sortedByKey<Value>(record: Record<string, Value>): Record<string, Value> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * The limits of every GraphQL input type, read from the class-validator decorators on its type-graphql class
 * (inherited ones included), so the web validates with the API's own numbers; `npm run schema` writes them to
 * `schema/input-rules.json`.
 */
export async function readInputRules(): Promise<InputRules> {
  const schema = await buildTiruSchema();
  const validation = getValidationStorage();
  const rules: InputRules = {};
  for (const input of getGraphqlStorage().inputTypes) {
    if (!isInputObjectType(schema.getType(input.name))) continue;
    const fields: Record<string, FieldRules> = {};
    for (const decorator of validation.getTargetValidationMetadatas(input.target, '', true, false)) {
      const rule = ruleOf(decorator);
      if (!rule) continue;
      const field = (fields[decorator.propertyName] ??= {});
      if (decorator.each) field.each = { ...field.each, ...rule };
      else Object.assign(field, rule);
    }
    if (Object.keys(fields).length > 0) rules[input.name] = sortedByKey(fields);
  }
  return sortedByKey(rules);
}

export async function printInputRules(): Promise<string> {
  return JSON.stringify(await readInputRules(), null, 2) + '\n';
}
