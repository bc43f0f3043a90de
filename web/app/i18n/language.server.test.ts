import { describe, expect, it } from 'vitest';
import { languageOf, languageSwitchRedirect } from './language.server';

const cookieFrom = (response: Response) => response.headers.get('Set-Cookie')?.split(';')[0] ?? '';

describe('language choice', () => {
  it('defaults to Indonesian', async () => {
    expect(await languageOf(new Request('http://tiru.test/'))).toBe('id');
  });

  it('stores ?lng=en in a cookie and redirects to the address without the parameter', async () => {
    const response = await languageSwitchRedirect(new Request('http://tiru.test/programs?q=rumah&lng=en'));
    expect(response?.status).toBe(302);
    expect(response?.headers.get('Location')).toBe('/programs?q=rumah');
    const next = new Request('http://tiru.test/programs?q=rumah', { headers: { Cookie: cookieFrom(response!) } });
    expect(await languageOf(next)).toBe('en');
  });

  it('ignores an unknown language but still cleans the address', async () => {
    const response = await languageSwitchRedirect(new Request('http://tiru.test/?lng=fr'));
    expect(response?.headers.get('Location')).toBe('/');
    expect(response?.headers.get('Set-Cookie')).toBeNull();
  });

  it('asks for no redirect without ?lng=', async () => {
    expect(await languageSwitchRedirect(new Request('http://tiru.test/compare'))).toBeNull();
  });
});
