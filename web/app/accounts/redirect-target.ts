/**
 * Where to go after signing in: only a path on this site (`/programs?q=…`), never another origin — neither
 * `https://evil.test` nor the protocol-relative `//evil.test` nor `/\evil.test`, which browsers treat alike.
 */
export function safeRedirectTarget(value: FormDataEntryValue | string | null | undefined, fallback = '/'): string {
  if (typeof value !== 'string' || !value.startsWith('/')) return fallback;
  if (value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}
