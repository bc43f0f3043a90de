/**
 * Reads a number as people write it in the page's language: Indonesian `1.200` / `11,28` / `42.500.000`, English
 * `1,200` / `11.28`. Rules: the language's decimal sign may appear once; its group sign is accepted only between
 * groups of exactly three digits (`1.200`, `42.500.000` in Indonesian). A group sign followed by anything else
 * (`1.2`, `1.20` in Indonesian) is the other language's decimal sign or a typo: refused as ambiguous, so the
 * person is shown both readings instead of having one silently stored.
 */
export interface NumberSigns {
  group: string;
  decimal: string;
}

export type NumberReading =
  | { kind: 'number'; value: number }
  | { kind: 'ambiguous'; asDecimal: string; asGrouped: string }
  | { kind: 'invalid' };

function escaped(sign: string): string {
  return sign.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function readNumber(input: string, { group, decimal }: NumberSigns): NumberReading {
  const text = input.replace(/[\s\u00a0\u202f]/g, '');
  const g = escaped(group);
  const d = escaped(decimal);
  const wellFormed = new RegExp(`^-?(\\d{1,3}(${g}\\d{3})+|\\d+)(${d}\\d+)?$`);
  if (wellFormed.test(text)) {
    const value = Number(text.split(group).join('').replace(decimal, '.'));
    return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'invalid' };
  }
  if (new RegExp(`^-?\\d+${g}\\d+$`).test(text)) {
    return { kind: 'ambiguous', asDecimal: text.replace(group, decimal), asGrouped: text.replace(group, '') };
  }
  return { kind: 'invalid' };
}
