import { describe, expect, it } from 'vitest';
import { requestIsFromOrigin } from './csrf';

const SITE = 'https://tiru.example.go.id';

describe('requestIsFromOrigin', () => {
  it.each([
    [{ secFetchSite: 'same-origin', origin: SITE }, true],
    [{ secFetchSite: 'same-origin' }, true],
    [{ secFetchSite: 'same-site', origin: 'https://evil.example.go.id' }, false],
    [{ secFetchSite: 'cross-site', origin: 'https://evil.example' }, false],
    [{ secFetchSite: 'none' }, false],
    [{ secFetchSite: 'same-origin', origin: 'https://evil.example' }, false],
    [{ origin: SITE }, true],
    [{ origin: 'null' }, false],
    [{ origin: 'https://tiru.example.go.id.evil.example' }, false],
    [{ origin: 'http://tiru.example.go.id' }, false],
    [{ referer: `${SITE}/visits/new?host=64.74` }, true],
    [{ referer: 'https://evil.example/?next=https://tiru.example.go.id/' }, false],
    [{ referer: 'not a url' }, false],
    [{}, false],
  ])('%o → %s', (headers, accepted) => {
    expect(requestIsFromOrigin(headers, SITE)).toBe(accepted);
  });
});
