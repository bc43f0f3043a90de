import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { SearchLogger } from './search-logger';

// Two Meilisearch servers on one data.ms both start and then overwrite each other's work, and a server
// orphaned by a parent killed with SIGKILL keeps running. So each data dir records which process runs
// its server: a live owner makes a second start fail, a dead owner's orphaned server is stopped.

/** A process told apart from a later one reusing its pid (also across reboots). */
interface ProcessIdentity {
  pid: number;
  bootId: string;
  startTicks: string;
}

interface ClaimRecord {
  owner: ProcessIdentity;
  serverPid: number | null;
}

export interface DataDirClaim {
  recordServer(pid: number): Promise<void>;
  release(): Promise<void>;
}

export class MeilisearchDataDirBusyError extends Error {
  constructor(meiliDir: string, ownerPid: number) {
    super(
      `Process ${ownerPid} already runs Meilisearch on ${meiliDir}. Stop it, use another data dir, ` +
        'or point MEILI_URL at the running server.',
    );
    this.name = 'MeilisearchDataDirBusyError';
  }
}

const ORPHAN_STOP_TIMEOUT_MS = 10_000;

export async function claimMeilisearchDataDir(
  meiliDir: string,
  dbPath: string,
  logger: SearchLogger,
): Promise<DataDirClaim> {
  const file = join(meiliDir, 'owner.json');
  const owner = await identityOf(process.pid);
  if (!owner) throw new Error('Cannot read /proc: the bundled Meilisearch runs only on Linux.');
  for (let attempt = 0; attempt < 2; attempt++) {
    if (await createExclusively(file, { owner, serverPid: null })) return claimOf(file, owner);
    const previous = await readClaim(file);
    if (previous && (await isSameProcess(previous.owner))) throw new MeilisearchDataDirBusyError(meiliDir, previous.owner.pid);
    if (previous?.serverPid) await stopOrphanedServer(previous.serverPid, dbPath, logger);
    await rm(file, { force: true });
  }
  throw new Error(`Another process keeps claiming ${meiliDir}; is a second Tiru API starting on the same data dir?`);
}

function claimOf(file: string, owner: ProcessIdentity): DataDirClaim {
  return {
    recordServer: (pid) => writeFile(file, JSON.stringify({ owner, serverPid: pid } satisfies ClaimRecord)),
    release: () => rm(file, { force: true }),
  };
}

async function createExclusively(file: string, record: ClaimRecord): Promise<boolean> {
  try {
    await writeFile(file, JSON.stringify(record), { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

async function readClaim(file: string): Promise<ClaimRecord | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as ClaimRecord;
  } catch {
    return undefined;
  }
}

async function stopOrphanedServer(pid: number, dbPath: string, logger: SearchLogger): Promise<void> {
  const commandLine = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
  if (!commandLine.split('\0').includes(dbPath)) return;
  logger.warn({ pid, dbPath }, 'Stopping a Meilisearch server left running by a previous process');
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + ORPHAN_STOP_TIMEOUT_MS;
  while (await isRunning(pid)) {
    if (Date.now() > deadline) process.kill(pid, 'SIGKILL');
    await sleep(100);
  }
}

async function isSameProcess(recorded: ProcessIdentity): Promise<boolean> {
  const current = await identityOf(recorded.pid);
  return current?.bootId === recorded.bootId && current.startTicks === recorded.startTicks;
}

/** Running and not a zombie (a container's init may never reap an orphan). */
async function isRunning(pid: number): Promise<boolean> {
  const fields = await statFields(pid);
  return fields !== undefined && fields[0] !== 'Z';
}

async function identityOf(pid: number): Promise<ProcessIdentity | undefined> {
  const fields = await statFields(pid);
  const bootId = await readFile('/proc/sys/kernel/random/boot_id', 'utf8').catch(() => undefined);
  const startTicks = fields?.[STARTTIME_FIELD];
  return bootId && startTicks ? { pid, bootId: bootId.trim(), startTicks } : undefined;
}

// /proc/<pid>/stat fields after the parenthesised command name; field 22 (starttime) is at index 19.
const STARTTIME_FIELD = 19;

async function statFields(pid: number): Promise<string[] | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  return stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
}
