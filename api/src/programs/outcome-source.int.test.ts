import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Viewer } from '../core/viewer';
import { createProgram, createViewer, seedTestRegions } from '../testing/factories';
import { startTestApi, type TestApi } from '../testing/test-api';
import { Program, ProgramOutcome } from './program.entities';

let api: TestApi;
let editor: Viewer;
const slug = 'rumah-ritta-prabumulih';

beforeAll(async () => {
  api = await startTestApi();
  const em = api.em();
  await seedTestRegions(em);
  editor = await createViewer(em, 'HOST_EDITOR', { regencyCode: '16.74' });
  await createProgram(em, { slug, hostRegencyCode: '16.74' });
});
afterAll(() => api.close());

const ADD = `mutation A($slug: String!, $version: Int!, $input: OutcomeInput!) {
  addProgramOutcome(slug: $slug, version: $version, input: $input) { version outcomes { id source { title publisher publishedOn url } } }
}`;
const UPDATE = `mutation U($id: ID!, $version: Int!, $input: OutcomeInput!) {
  updateProgramOutcome(id: $id, version: $version, input: $input) { version outcomes { id source { title publisher publishedOn url } } }
}`;
const READ = `query R($slug: String!) { program(slug: $slug) { outcomes { indicator source { title publisher publishedOn url } } } }`;

type Source = { title: string; publisher: string | null; publishedOn: string | null; url: string | null } | null;
type Outcomes = { version: number; outcomes: { id: string; source: Source }[] };

const outcome = { indicator: 'Persentase penduduk miskin', baseline: 11.28, value: 11.23, unit: '%', period: '2023-11-30' };
const article = {
  title: 'Pj Walikota Prabumulih Pimpin Rapat Koordinasi Program Percepatan Penghapusan Kemiskinan Ekstrem',
  publisher: 'Pemerintah Kota Prabumulih',
  publishedOn: '2024-01-16',
  url: 'https://prabumulihkota.go.id/berita/rapat-koordinasi-kemiskinan-ekstrem',
};

async function version(): Promise<number> {
  return (await api.em().findOneOrFail(Program, { slug })).version;
}

async function storedOutcomes() {
  return api.em().find(ProgramOutcome, {}, { orderBy: { id: 'asc' } });
}

describe('the source of an outcome', () => {
  it('is saved as title, publisher, date and address, and read back as one object', async () => {
    const added = await api.execute<{ addProgramOutcome: Outcomes }>(ADD, { slug, version: await version(), input: { ...outcome, source: article } }, editor);
    expect(added.errors).toBeUndefined();
    expect(added.data?.addProgramOutcome.outcomes[0]?.source).toEqual(article);
    const read = await api.execute<{ program: { outcomes: { source: Source }[] } }>(READ, { slug });
    expect(read.data?.program.outcomes[0]?.source).toEqual(article);
    const [row] = await storedOutcomes();
    expect(row).toMatchObject({ sourceTitle: article.title, sourcePublisher: article.publisher, sourcePublishedOn: '2024-01-16', sourceUrl: article.url });
  });

  it('keeps its source when an update leaves it out, and a new source replaces every field of the old one', async () => {
    const [row] = await storedOutcomes();
    const kept = await api.execute<{ updateProgramOutcome: Outcomes }>(UPDATE, { id: String(row!.id), version: await version(), input: { ...outcome, value: 11.2 } }, editor);
    expect(kept.data?.updateProgramOutcome.outcomes[0]?.source).toEqual(article);
    const replaced = await api.execute<{ updateProgramOutcome: Outcomes }>(
      UPDATE,
      { id: String(row!.id), version: await version(), input: { ...outcome, source: { title: '  Berita Resmi Statistik  ', publisher: ' ' } } },
      editor,
    );
    expect(replaced.data?.updateProgramOutcome.outcomes[0]?.source).toEqual({ title: 'Berita Resmi Statistik', publisher: null, publishedOn: null, url: null });
    const removed = await api.execute<{ updateProgramOutcome: Outcomes }>(UPDATE, { id: String(row!.id), version: await version(), input: { ...outcome, source: null } }, editor);
    expect(removed.data?.updateProgramOutcome.outcomes[0]?.source).toBeNull();
    const [after] = await storedOutcomes();
    expect(after).toMatchObject({ sourceTitle: null, sourcePublisher: null, sourcePublishedOn: null, sourceUrl: null });
  });

  it.each([
    ['a javascript: address', { ...article, url: 'javascript:alert(document.cookie)' }, 'source.url'],
    ['a data: address', { ...article, url: 'data:text/html,<script>alert(1)</script>' }, 'source.url'],
    ['a file: address', { ...article, url: 'file:///etc/passwd' }, 'source.url'],
    ['an address of 2 001 characters', { ...article, url: `https://example.org/${'a'.repeat(1982)}` }, 'source.url'],
    ['a title of 5 000 characters', { ...article, title: 'x'.repeat(5000) }, 'source.title'],
    ['a publisher of 201 characters', { ...article, publisher: 'p'.repeat(201) }, 'source.publisher'],
    ['the date 9999-12-31', { ...article, publishedOn: '9999-12-31' }, 'source.publishedOn'],
    ['a day that does not exist', { ...article, publishedOn: '2024-02-30' }, 'source.publishedOn'],
    ['injection text as a date', { ...article, publishedOn: "2024-01-16'; drop table program_outcome; --" }, 'source.publishedOn'],
    ['an address without a title', { url: article.url }, 'source.title'],
    ['a blank title with a publisher', { title: '   ', publisher: 'Sumatera Ekspres' }, 'source.title'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and writes nothing', async (_case, source, field) => {
    const before = { version: await version(), rows: await storedOutcomes() };
    const added = await api.execute(ADD, { slug, version: before.version, input: { ...outcome, indicator: 'Rumah RITTA', source } }, editor);
    expect(added.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const [row] = before.rows;
    const updated = await api.execute(UPDATE, { id: String(row!.id), version: before.version, input: { ...outcome, source } }, editor);
    expect(updated.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(JSON.stringify([added, updated])).not.toMatch(/at .*\.ts|stack/i);
    expect({ version: await version(), rows: await storedOutcomes() }).toEqual(before);
  });
});
