import { describe, expect, it } from 'vitest';
import { languageOf, languageSwitchRedirect } from './language.server';

const cookieFrom = (response: Response) => response.headers.get('Set-Cookie')?.split(';')[0] ?? '';

describe('language choice', () => {
  it('defaults to Indonesian', async () => {
    expect(await languageOf(new Request('http://tiru.test/'))).toBe('id');
  });

  it('stores ?lng=en in a cookie and redirects to the English address without the parameter', async () => {
    const response = await languageSwitchRedirect(new Request('http://tiru.test/programs?q=rumah&lng=en'));
    expect(response?.status).toBe(302);
    expect(response?.headers.get('Location')).toBe('/en/programs?q=rumah');
    const next = new Request('http://tiru.test/programs?q=rumah', { headers: { Cookie: cookieFrom(response!) } });
    expect(await languageOf(next)).toBe('en');
  });

  it('switches back to the bare address for Indonesian', async () => {
    const response = await languageSwitchRedirect(new Request('http://tiru.test/?lng=id'));
    expect(response?.headers.get('Location')).toBe('/');
  });

  it('under /en, redirects within the prefix (Remix adds it back to the address)', async () => {
    const response = await languageSwitchRedirect(new Request('http://tiru.test/en/programs?lng=en'));
    expect(response?.headers.get('Location')).toBe('/programs');
  });

  it('reads the language from the address first, whatever the cookie says', async () => {
    const chosenIndonesian = cookieFrom((await languageSwitchRedirect(new Request('http://tiru.test/?lng=id')))!);
    expect(await languageOf(new Request('http://tiru.test/en/programs/prolita-bontang', { headers: { Cookie: chosenIndonesian } }))).toBe('en');
    expect(await languageOf(new Request('http://tiru.test/en', { headers: { Cookie: chosenIndonesian } }))).toBe('en');
    expect(await languageOf(new Request('http://tiru.test/english-lessons', { headers: { Cookie: chosenIndonesian } }))).toBe('id');
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
