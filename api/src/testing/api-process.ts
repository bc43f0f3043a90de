import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from './test-database';

const API_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export type ApiProcess = {
  child: ChildProcess;
  url: string;
  /** Every line the process wrote to stdout, parsed (the API logs JSON lines). */
  logLines: Record<string, unknown>[];
  output(): string;
  exited: Promise<number | null>;
  /** Every process below the API's: its Meilisearch, and esbuild started by tsx. */
  descendants(): ProcessEntry[];
  cleanUp(): Promise<void>;
};

export type ProcessEntry = { pid: number; command: string };

function processTable(): (ProcessEntry & { parent: number })[] {
  return execFileSync('ps', ['-e', '-o', 'pid=,ppid=,comm='])
    .toString()
    .trim()
    .split('\n')
    .map((line) => {
      const [pid, parent, ...command] = line.trim().split(/\s+/);
      return { pid: Number(pid), parent: Number(parent), command: command.join(' ') };
    });
}

function descendantsOf(pid: number, table = processTable()): ProcessEntry[] {
  return table
    .filter(({ parent }) => parent === pid)
    .flatMap(({ pid: child, command }) => [{ pid: child, command }, ...descendantsOf(child, table)]);
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
    child.stdout.on('data', (chunk: Buffer) => {
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
    child.stderr.on('data', (chunk: Buffer) => {
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
