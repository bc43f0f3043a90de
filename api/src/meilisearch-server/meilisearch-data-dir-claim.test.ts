import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimMeilisearchDataDir, MeilisearchDataDirBusyError } from './meilisearch-data-dir-claim';
import type { SearchLogger } from './search-logger';

const silent: SearchLogger = { info: () => {}, warn: () => {}, error: () => {} };
let meiliDir: string;
let dbPath: string;

beforeAll(async () => {
  meiliDir = await mkdtemp(join(tmpdir(), 'tiru-meili-claim-'));
  dbPath = join(meiliDir, 'data.ms');
});

afterAll(async () => {
  await rm(meiliDir, { recursive: true, force: true });
});

/** Running and not a zombie: the init of a container may never reap orphans. */
async function isRunning(pid: number): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  return stat !== undefined && stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
}

/** Starts a long-lived process naming `dbPath` on its command line whose parent has already exited. */
async function spawnOrphan(): Promise<number> {
  const script = `node -e "setTimeout(() => {}, 60000)" ${dbPath} >/dev/null 2>&1 & echo $!`;
  const pid = Number(spawnSync('sh', ['-c', script], { encoding: 'utf8' }).stdout.trim());
  // The background shell execs node a moment after it forked.
  for (let attempt = 0; attempt < 100; attempt++) {
    const commandLine = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => '');
    if (commandLine.includes(dbPath)) return pid;
    await sleep(20);
  }
  throw new Error('the orphan never started');
}

describe('claimMeilisearchDataDir', () => {
  it('refuses a second claim while its owner is alive, and allows one after release', async () => {
    const claim = await claimMeilisearchDataDir(meiliDir, dbPath, silent);
    await expect(claimMeilisearchDataDir(meiliDir, dbPath, silent)).rejects.toBeInstanceOf(MeilisearchDataDirBusyError);
    await claim.release();
    const again = await claimMeilisearchDataDir(meiliDir, dbPath, silent);
    await again.release();
  });

  it('takes over from a dead owner and stops the server it left running', async () => {
    const exitedOwner = spawn(process.execPath, ['-e', '']);
    await new Promise((resolve) => exitedOwner.once('exit', resolve));
    const orphan = await spawnOrphan();
    const ownerRecord = { owner: { pid: exitedOwner.pid, bootId: 'a-previous-boot', startTicks: '1' }, serverPid: orphan };
    await writeFile(join(meiliDir, 'owner.json'), JSON.stringify(ownerRecord));

    const claim = await claimMeilisearchDataDir(meiliDir, dbPath, silent);

    expect(await isRunning(orphan)).toBe(false);
    expect(JSON.parse(await readFile(join(meiliDir, 'owner.json'), 'utf8')).owner.pid).toBe(process.pid);
    await claim.release();
  });

  it('leaves alone a recorded server pid that now belongs to an unrelated process', async () => {
    const unrelated = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    await new Promise((resolve) => unrelated.once('spawn', resolve));
    const ownerRecord = { owner: { pid: 1, bootId: 'a-previous-boot', startTicks: '1' }, serverPid: unrelated.pid };
    await writeFile(join(meiliDir, 'owner.json'), JSON.stringify(ownerRecord));

    const claim = await claimMeilisearchDataDir(meiliDir, dbPath, silent);

    expect(await isRunning(unrelated.pid!)).toBe(true);
    unrelated.kill();
    await claim.release();
  });
});
