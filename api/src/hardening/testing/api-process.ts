import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';

const API_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

export type ApiProcess = {
  child: ChildProcess;
  url: string;
  /** Every line the process wrote to stdout, parsed (the API logs JSON lines). */
  logLines: Record<string, unknown>[];
  output(): string;
  exited: Promise<number | null>;
  /** Ids of every process below the API's (its Meilisearch). */
  descendants(): number[];
  cleanUp(): Promise<void>;
};

function descendantsOf(pid: number): number[] {
  const table = execFileSync('ps', ['-e', '-o', 'pid=,ppid=']).toString().trim().split('\n').map((line) => line.trim().split(/\s+/).map(Number));
  const children = table.filter(([, parent]) => parent === pid).map(([child]) => child!);
  return children.flatMap((child) => [child, ...descendantsOf(child)]);
}

/**
 * `src/server/main.ts` as its own process, the way `npm start` runs it: its own database (a fresh
 * PGlite folder or PostgreSQL database), its own Meilisearch child, a free port.
 */
export async function spawnApi(kind: 'pglite' | 'postgresql', env: Record<string, string> = {}): Promise<ApiProcess> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'tiru-api-process-'));
  const database: TestDatabase | undefined = kind === 'postgresql' ? await createTestDatabase('postgresql') : undefined;
  const { MEILI_URL: _url, MEILI_MASTER_KEY: _key, DATABASE_URL: _database, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: API_ROOT,
    env: {
      ...inherited,
      NODE_ENV: 'test',
      API_PORT: '0',
      API_HOST: '127.0.0.1',
      TIRU_DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      ...(database?.target.kind === 'postgresql' ? { DATABASE_URL: database.target.url } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const logLines: Record<string, unknown>[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const lines = stdout.split('\n');
      stdout = lines.pop()!;
      for (const line of lines.filter(Boolean)) {
        try {
          const parsed = JSON.parse(line) as Record<string, unknown>;
          logLines.push(parsed);
          if (parsed.msg === 'Tiru API ready') resolve(String(parsed.url));
        } catch {
          logLines.push({ text: line });
        }
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    void exited.then((code) => reject(new Error(`the API exited with ${code} before it was ready: ${stderr}`)));
  });
  return {
    child,
    url,
    logLines,
    output: () => `${logLines.map((line) => JSON.stringify(line)).join('\n')}\n${stdout}\n${stderr}`,
    exited,
    descendants: () => descendantsOf(child.pid!),
    async cleanUp() {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
      await rm(dataDir, { recursive: true, force: true });
      await database?.drop();
    },
  };
}
