import { Kind } from 'graphql';
import { describe, expect, it } from 'vitest';
import { BigIntScalar } from './bigint-scalar';

describe('BigInt scalar', () => {
  it('writes digits as a string and reads strings or safe integers', () => {
    expect(BigIntScalar.serialize(60_000_000_000n)).toBe('60000000000');
    expect(BigIntScalar.parseValue('90000000000000000001')).toBe(90_000_000_000_000_000_001n);
    expect(BigIntScalar.parseValue(50_000_000)).toBe(50_000_000n);
    expect(BigIntScalar.parseLiteral({ kind: Kind.INT, value: '60000000000' })).toBe(60_000_000_000n);
  });
  it.each([['12.5'], ['1e9'], [''], [1.5], [Number.MAX_SAFE_INTEGER + 2], [{}]])('refuses %j', (value) => {
    expect(() => BigIntScalar.parseValue(value)).toThrow(/whole number/);
  });
});
