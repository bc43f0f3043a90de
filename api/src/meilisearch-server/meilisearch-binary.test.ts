import { createHash } from 'node:crypto';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertFileSha256,
  FileChecksumMismatchError,
  locateMeilisearchBinary,
  MEILISEARCH_BINARY_SHA256,
  sha256OfFile,
} from './meilisearch-binary';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tiru-meili-binary-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('locateMeilisearchBinary', () => {
  it('returns the packaged server, verified and executable', async () => {
    const binary = await locateMeilisearchBinary(dir);
    expect(binary).toMatch(/@gaubee\/meilisearch-linux-amd64\/meilisearch$/);
    expect((await stat(binary)).mode & 0o111).not.toBe(0);
    expect(await sha256OfFile(binary)).toBe(MEILISEARCH_BINARY_SHA256);
  });
});

describe('assertFileSha256', () => {
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

  it('accepts a file with the expected digest', async () => {
    const file = join(dir, 'good');
    await writeFile(file, 'meilisearch');
    await expect(assertFileSha256(file, sha256('meilisearch'))).resolves.toBeUndefined();
  });

  it('rejects a file whose content changed after it was verified', async () => {
    const file = join(dir, 'swapped');
    await writeFile(file, 'genuine');
    await assertFileSha256(file, sha256('genuine'));
    await writeFile(file, 'tampered!');
    await expect(assertFileSha256(file, sha256('genuine'))).rejects.toBeInstanceOf(FileChecksumMismatchError);
  });
});
