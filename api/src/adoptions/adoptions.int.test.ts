import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Viewer } from '../core/viewer';
import { createProgram, createViewer, seedTestRegions } from '../testing/factories';
import { startTestApi, type TestApi } from '../testing/test-api';
import { Adoption } from './adoption.entity';

let api: TestApi;
let tangselDelegate: Viewer;
let prabumulihEditor: Viewer;

beforeAll(async () => {
  api = await startTestApi();
  const em = api.em();
  await seedTestRegions(em);
  await createProgram(em, { slug: 'prolita-bontang', hostRegencyCode: '64.74' });
  tangselDelegate = await createViewer(em, 'DELEGATE', { regencyCode: '36.74' });
  prabumulihEditor = await createViewer(em, 'HOST_EDITOR', { regencyCode: '16.74' });
});
afterAll(() => api.close());

const RECORD = `mutation R($input: RecordAdoptionInput!) { recordAdoption(input: $input) { stage year adopterRegency { name } program { slug } } }`;

describe('adoptions', () => {
  it('lets the adopting region record its interest, then advance the same adoption', async () => {
    const interested = await api.execute(RECORD, { input: { programSlug: 'prolita-bontang', adopterRegencyCode: '36.74', stage: 'INTERESTED', year: 2014 } }, tangselDelegate);
    expect(interested.data?.recordAdoption).toEqual({ stage: 'INTERESTED', year: 2014, adopterRegency: { name: 'Kota Tangerang Selatan' }, program: { slug: 'prolita-bontang' } });
    await api.execute(RECORD, { input: { programSlug: 'prolita-bontang', adopterRegencyCode: '36.74', stage: 'PLANNING', year: 2015 } }, tangselDelegate);
    expect(await api.em().count(Adoption, {})).toBe(1);
    const profile = await api.execute('{ program(slug: "prolita-bontang") { adoptionCount adoptions { stage } } }');
    expect(profile.data?.program).toEqual({ adoptionCount: 1, adoptions: [{ stage: 'PLANNING' }] });
    const compared = await api.execute('{ compare(slugs: ["prolita-bontang"]) { program { slug } adoptionCount } }');
    expect(compared.data?.compare).toEqual([{ program: { slug: 'prolita-bontang' }, adoptionCount: 1 }]);
  });

  it('takes notes: null on a recorded adoption as no notes, and keeps notes left out', async () => {
    const input = { programSlug: 'prolita-bontang', adopterRegencyCode: '36.74', stage: 'PLANNING', year: 2015 };
    await api.execute(RECORD, { input: { ...input, notes: 'Mulai di 54 RT' } }, tangselDelegate);
    expect((await api.execute(RECORD, { input }, tangselDelegate)).errors).toBeUndefined();
    expect((await api.em().findOneOrFail(Adoption, { adopterRegency: '36.74' })).notes).toBe('Mulai di 54 RT');
    expect((await api.execute(RECORD, { input: { ...input, notes: null } }, tangselDelegate)).errors).toBeUndefined();
    expect((await api.em().fork().findOneOrFail(Adoption, { adopterRegency: '36.74' })).notes).toBe('');
  });

  it('refuses a third region recording for another', async () => {
    const result = await api.execute(RECORD, { input: { programSlug: 'prolita-bontang', adopterRegencyCode: '36.74', stage: 'ADOPTED', year: 2016 } }, prabumulihEditor);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('names an unknown program or regency', async () => {
    const unknown = await api.execute(RECORD, { input: { programSlug: 'tidak-ada', adopterRegencyCode: '36.74', stage: 'INTERESTED', year: 2020 } }, tangselDelegate);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'programSlug' });
  });
});
