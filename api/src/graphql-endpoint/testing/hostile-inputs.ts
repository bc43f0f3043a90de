import fc from 'fast-check';
import {
  type GraphQLArgument,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

/** Strings that have broken web applications somewhere: injections, markup, control and odd Unicode, sheer size. */
export const HOSTILE_STRINGS = [
  "'; DROP TABLE program; --",
  "' OR '1'='1",
  "1); DELETE FROM account; --",
  '$1',
  '\\',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg/onload=alert(1)>',
  '<mark>not a match</mark>',
  '&lt;b&gt;entity&lt;/b&gt;',
  'javascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'JaVaScRiPt:alert(1)',
  'http://127.0.0.1:5432/',
  '{{7*7}}${7*7}<%= 7*7 %>',
  '%s%s%s%n',
  '../../../../etc/passwd',
  '\u0000',
  'nul\u0000inside',
  Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).join(''),
  '\r\n\t\b\f\v',
  '\u202Eevil\u202C',
  '\uFEFF\u200B\u2028\u2029',
  '\uD800',
  '\uE000marker\uE001',
  '🇮🇩'.repeat(500),
  'x'.repeat(100_000),
  ' ',
  '',
  'NaN',
  '-1',
  '1e309',
  '2026-02-30',
  '9999-12-31',
  '9999-12-30',
  '0001-01-01',
  '+275760-09-13',
  '0000-00-00',
  '2026-13-01T25:61:00Z',
];

/** Numbers at and past every edge a column or a JavaScript number has. */
const HOSTILE_INTEGERS = [0, -1, 1, -2_147_483_648, 2_147_483_647, 2_147_483_648, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1e21, 1.5];
const HOSTILE_FLOATS = [0, -0, -1, 1e308, -1e308, 5e-324, 100.0001, 1e21, 0.1];
const HOSTILE_BIG_INTEGERS = ['-1', '0', '9'.repeat(19), '9'.repeat(30), '9'.repeat(31), '1e9', '12.5', '-9223372036854775809', '9223372036854775807', '9223372036854775808', '60000000000'];

/** Deeply nested JSON, where a scalar or an input object was expected. */
export const deeplyNested = fc.integer({ min: 50, max: 800 }).map((depth) => {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = level % 2 ? [value] : { nested: value };
  return value;
});

/** A value the test resolves just before sending, from what is in the database then (a slug that exists, its current version…). */
export class Known {
  constructor(
    readonly kind: KnownKind,
    readonly pick: number,
  ) {}
}
export type KnownKind = 'slug' | 'version' | 'id' | 'regency' | 'agency' | 'date' | 'time' | 'email' | 'url' | 'period' | 'phone';

/** Which database value an argument or input field most likely wants, by its name. */
function knownKindOf(name: string, namedType: string): KnownKind | undefined {
  if (/slugs?$/i.test(name)) return 'slug';
  if (name === 'version') return 'version';
  if (/agencyIds?$/i.test(name)) return 'agency';
  if (/regencyCodes?$/i.test(name)) return 'regency';
  if (namedType === 'ID' && /^(id|.+Id)$/.test(name)) return 'id';
  if (/^dates?$/.test(name)) return 'date';
  if (/Time$/.test(name)) return 'time';
  if (name === 'email') return 'email';
  if (name === 'url') return 'url';
  if (name === 'period') return 'period';
  if (name === 'phone') return 'phone';
  return undefined;
}

const hostileString = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 50 }));

/**
 * Text that passes the usual length rules (a summary wants 20 characters, an acronym allows 40) yet
 * still carries markup, quotes or an injection, so the input gets past validation and is stored.
 */
const plausibleText = fc
  .tuple(fc.constantFrom(...HOSTILE_STRINGS.filter((text) => text.length <= 40 && !text.includes('\u0000'))), fc.string({ minLength: 0, maxLength: 8 }))
  .map(([hostile, noise]) => `${hostile} ${noise} teks uji panjang`.slice(0, 36).padEnd(24, '.'));

/** Mostly something a form could send, sometimes something no form would. */
function mostlyPlausible(plausible: fc.Arbitrary<unknown>, hostile: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 3, arbitrary: plausible }, { weight: 1, arbitrary: hostile });
}

function scalarArbitrary(name: string, fieldName: string): fc.Arbitrary<unknown> {
  switch (name) {
    case 'Int':
      return /year/i.test(fieldName)
        ? mostlyPlausible(fc.integer({ min: 1990, max: 2030 }), fc.constantFrom(...HOSTILE_INTEGERS))
        : mostlyPlausible(fc.integer({ min: 1, max: 5 }), fc.oneof(fc.constantFrom(...HOSTILE_INTEGERS), fc.integer()));
    case 'Float':
      return mostlyPlausible(fc.double({ min: 0, max: 100, noNaN: true }), fc.oneof(fc.constantFrom(...HOSTILE_FLOATS), fc.double({ noNaN: true, noDefaultInfinity: true })));
    case 'Boolean':
      return fc.oneof({ weight: 10, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constant('true') });
    case 'BigInt':
      return mostlyPlausible(fc.bigInt({ min: 0n, max: 10n ** 12n }).map(String), fc.oneof(fc.constantFrom(...HOSTILE_BIG_INTEGERS), fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }).map(String)));
    case 'ID':
      return fc.oneof(fc.constantFrom('0', '-1', '99999999999999999999', '1.5', 'abc', ''), fc.nat().map(String), hostileString);
    default:
      return mostlyPlausible(plausibleText, hostileString);
  }
}

/** A value for a GraphQL input type: mostly of the right shape, often hostile in content, now and then of the wrong shape. */
export function inputArbitrary(type: GraphQLInputType, name: string, depth = 0): fc.Arbitrary<unknown> {
  const wrongShape = fc.oneof(deeplyNested, fc.constant(null), fc.constant({ unexpected: 'field' }), fc.constant([1, 'two', null]));
  if (isNonNullType(type)) return fc.oneof({ weight: 40, arbitrary: inputArbitrary(type.ofType, name, depth) }, { weight: 1, arbitrary: wrongShape });
  const named = getNamedType(type);
  const known = knownKindOf(name, named.name);
  let value: fc.Arbitrary<unknown>;
  if (isListType(type)) {
    const item = inputArbitrary(type.ofType, name, depth + 1);
    value = fc.oneof({ weight: 20, arbitrary: fc.array(item, { minLength: 1, maxLength: 3 }) }, { weight: 1, arbitrary: fc.array(item, { minLength: 200, maxLength: 2_000 }) });
  } else if (known) {
    value = fc.oneof({ weight: 8, arbitrary: fc.nat().map((pick) => new Known(known, pick)) }, { weight: 1, arbitrary: scalarArbitrary(named.name, name) });
  } else if (isEnumType(type)) {
    value = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...type.getValues().map((enumValue) => enumValue.value as unknown)) }, { weight: 1, arbitrary: fc.constantFrom('UNKNOWN_VALUE', 'housing', '') });
  } else if (isScalarType(type)) {
    value = scalarArbitrary(type.name, name);
  } else if (isInputObjectType(type) && depth < 4) {
    const fields = Object.values(type.getFields());
    const record = Object.fromEntries(fields.map((field) => [field.name, inputArbitrary(field.type, field.name, depth + 1)]));
    const required = fields.filter((field) => isNonNullType(field.type)).map((field) => field.name);
    value = fc.record(record, { requiredKeys: required });
  } else {
    value = fc.constant(null);
  }
  return fc.oneof({ weight: 40, arbitrary: value }, { weight: 1, arbitrary: wrongShape });
}

/** Variables for every argument of a field, the required ones nearly always present. */
export function argumentsArbitrary(args: readonly GraphQLArgument[]): fc.Arbitrary<Record<string, unknown>> {
  const record = Object.fromEntries(args.map((arg) => [arg.name, inputArbitrary(arg.type, arg.name)]));
  return fc.record(record, { requiredKeys: args.filter((arg) => isNonNullType(arg.type)).map((arg) => arg.name) });
}

export type KnownPools = Record<KnownKind, readonly unknown[]>;

/** Replaces every `Known` with a value from `pools` (or a made-up one when the pool is empty). */
export function resolveKnown(value: unknown, pools: KnownPools): unknown {
  if (value instanceof Known) {
    const pool = pools[value.kind];
    return pool.length > 0 ? pool[value.pick % pool.length] : 'none';
  }
  if (Array.isArray(value)) return value.map((item) => resolveKnown(item, pools));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveKnown(item, pools)]));
  return value;
}
