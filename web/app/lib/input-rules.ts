import rules from '../../../schema/input-rules.json';

/**
 * The API's limits on its GraphQL inputs, as its class-validator decorators declare them (generated into
 * `schema/input-rules.json` by `npm run schema`). Forms read their limits here, never restate them.
 */
export type InputRules = typeof rules;
export type InputName = keyof InputRules;
export type FieldName<Input extends InputName> = keyof InputRules[Input] & string;

export interface FieldRules {
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
  arrayMinSize?: number;
  arrayMaxSize?: number;
  isEmail?: true;
  urlProtocols?: string[];
  pattern?: string;
  each?: Omit<FieldRules, 'each'>;
}

/** The rules the API declares for one field of one input, typed by both names. */
export function fieldRules<Input extends InputName>(input: Input, field: FieldName<Input>): FieldRules {
  return (rules[input] as Record<string, FieldRules>)[field] ?? {};
}
