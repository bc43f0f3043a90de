import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import getPort from 'get-port';
import { locateMeilisearchBinary } from './meilisearch-binary';
import { claimMeilisearchDataDir, type DataDirClaim } from './meilisearch-data-dir-claim';
import { type SearchLogger, stderrWarningsLogger } from './search-logger';

/** A Meilisearch server run as a child of this process and restarted when it dies. */
export interface MeilisearchProcess {
  /** Stays the same across restarts. */
  readonly url: string;
  readonly masterKey: string;
  /** Pid of the running server; undefined while it is down. */
  readonly pid: number | undefined;
  /** How many times the server was brought back after dying. */
  readonly restarts: number;
  /** Resolves once the server answers /health (at once when it is up); rejects once stopped. */
  ready(): Promise<void>;
  /** Shuts the server down for good: SIGTERM, then SIGKILL after a timeout. Never restarts afterwards. */
  stop(): Promise<void>;
  /** Signals the server as a crash would (default SIGKILL); the supervisor restarts it. For fault tests. */
  kill(signal?: NodeJS.Signals): void;
}

export interface StartMeilisearchOptions {
  /** Holds `meilisearch/` (database, master key) and, if node_modules is read-only, `bin/`. */
  dataDir: string;
  logger?: SearchLogger;
  /** Loopback port to listen on; a free one when left out. A restart after stop() can take the old port back. */
  port?: number;
  startupTimeoutMs?: number;
  stopTimeoutMs?: number;
  restartDelayMs?: { initial: number; max: number };
}

const DEFAULT_STARTUP_TIMEOUT_MS = 30_000;
const DEFAULT_STOP_TIMEOUT_MS = 10_000;
const DEFAULT_RESTART_DELAY_MS = { initial: 250, max: 10_000 };
// A server that stayed up this long before dying is restarted without the accumulated backoff.
const STABLE_UPTIME_MS = 30_000;
const HEALTH_POLL_INTERVAL_MS = 100;
const OUTPUT_LINES_KEPT = 20;

export async function startMeilisearch(options: StartMeilisearchOptions): Promise<MeilisearchProcess> {
  const logger = options.logger ?? stderrWarningsLogger;
  const meiliDir = join(options.dataDir, 'meilisearch');
  await mkdir(meiliDir, { recursive: true });
  const binary = await locateMeilisearchBinary(options.dataDir);
  const masterKey = await readOrCreateMasterKey(meiliDir);
  const dbPath = join(meiliDir, 'data.ms');
  const claim = await claimMeilisearchDataDir(meiliDir, dbPath, logger);
  const port = options.port ?? (await getPort({ host: '127.0.0.1' }));
  const server = new SupervisedMeilisearch({
    binary,
    meiliDir,
    dbPath,
    port,
    masterKey,
    claim,
    logger,
    startupTimeoutMs: options.startupTimeoutMs ?? DEFAULT_STARTUP_TIMEOUT_MS,
    stopTimeoutMs: options.stopTimeoutMs ?? DEFAULT_STOP_TIMEOUT_MS,
    restartDelayMs: options.restartDelayMs ?? DEFAULT_RESTART_DELAY_MS,
  });
  try {
    await server.start();
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

/** The key is kept beside the database: the data of a previous run is only readable with the same key. */
async function readOrCreateMasterKey(meiliDir: string): Promise<string> {
  const file = join(meiliDir, 'master-key');
  const existing = await readFile(file, 'utf8').catch(() => undefined);
  if (existing?.trim()) return existing.trim();
  const key = randomBytes(32).toString('base64url');
  await writeFile(file, key, { mode: 0o600 });
  return key;
}

interface SupervisorSettings {
  binary: string;
  meiliDir: string;
  dbPath: string;
  port: number;
  masterKey: string;
  claim: DataDirClaim;
  logger: SearchLogger;
  startupTimeoutMs: number;
  stopTimeoutMs: number;
  restartDelayMs: { initial: number; max: number };
}

type SupervisorState = 'starting' | 'running' | 'restarting' | 'stopped';

class SupervisedMeilisearch implements MeilisearchProcess {
  readonly url: string;
  readonly masterKey: string;
  #restarts = 0;
  #state: SupervisorState = 'starting';
  #child: ChildProcess | undefined;
  #readiness = new Readiness();
  #recentOutput: string[] = [];
  #failuresInARow = 0;
  #upSince = 0;
  #restartTimer: NodeJS.Timeout | undefined;
  #stopping: Promise<void> | undefined;
  readonly #settings: SupervisorSettings;
  readonly #terminateOnParentExit = () => this.#child?.kill('SIGTERM');

  constructor(settings: SupervisorSettings) {
    this.#settings = settings;
    this.url = `http://127.0.0.1:${settings.port}`;
    this.masterKey = settings.masterKey;
  }

  get pid(): number | undefined {
    return this.#child?.pid;
  }

  get restarts(): number {
    return this.#restarts;
  }

  ready(): Promise<void> {
    return this.#readiness.promise;
  }

  async start(): Promise<void> {
    process.on('exit', this.#terminateOnParentExit);
    await this.#launch();
    this.#state = 'running';
    this.#readiness.succeed();
    this.#settings.logger.info({ url: this.url, pid: this.pid, dbPath: this.#settings.dbPath }, 'Meilisearch started');
  }

  kill(signal: NodeJS.Signals = 'SIGKILL'): void {
    if (!this.#child) return;
    // Callers awaiting ready() right after kill() must wait for the replacement, not see the old server.
    this.#readiness.reset();
    this.#child.kill(signal);
  }

  stop(): Promise<void> {
    this.#stopping ??= this.#shutDown();
    return this.#stopping;
  }

  async #shutDown(): Promise<void> {
    this.#state = 'stopped';
    clearTimeout(this.#restartTimer);
    this.#readiness.fail(new Error('Meilisearch was stopped'));
    if (this.#child) await terminate(this.#child, this.#settings.stopTimeoutMs);
    process.off('exit', this.#terminateOnParentExit);
    await this.#settings.claim.release();
    this.#settings.logger.info({ url: this.url }, 'Meilisearch stopped');
  }

  async #launch(): Promise<void> {
    const { binary, meiliDir, claim } = this.#settings;
    this.#recentOutput = [];
    const child = spawn(binary, this.#arguments(), { cwd: meiliDir, env: this.#environment(), stdio: ['ignore', 'pipe', 'pipe'] });
    this.#child = child;
    const spawned = once(child, 'spawn');
    child.once('exit', (code, signal) => this.#onExit(child, code, signal));
    child.on('error', (error) => this.#settings.logger.error({ err: error }, 'Meilisearch process error'));
    this.#captureOutput(child);
    try {
      await spawned;
    } catch (error) {
      this.#child = undefined;
      throw error;
    }
    if (child.pid !== undefined) await claim.recordServer(child.pid);
    await this.#waitForHealth(child);
    this.#upSince = Date.now();
  }

  #arguments(): string[] {
    const { dbPath, meiliDir, port } = this.#settings;
    return [
      '--no-analytics',
      '--env', 'production',
      '--db-path', dbPath,
      '--http-addr', `127.0.0.1:${port}`,
      '--dump-dir', join(meiliDir, 'dumps'),
      '--snapshot-dir', join(meiliDir, 'snapshots'),
      '--log-level', 'WARN',
    ];
  }

  /** The key goes through the environment so `ps` does not show it; inherited MEILI_* settings are dropped. */
  #environment(): NodeJS.ProcessEnv {
    const inherited = Object.entries(process.env).filter(([name]) => !name.startsWith('MEILI_'));
    return { ...Object.fromEntries(inherited), MEILI_MASTER_KEY: this.masterKey, NO_COLOR: '1' };
  }

  #captureOutput(child: ChildProcess): void {
    for (const [stream, name] of [[child.stdout, 'stdout'], [child.stderr, 'stderr']] as const) {
      if (!stream) continue;
      createInterface({ input: stream }).on('line', (line) => {
        if (!line.trim()) return;
        this.#recentOutput = [...this.#recentOutput.slice(1 - OUTPUT_LINES_KEPT), line];
        this.#settings.logger.debug?.({ stream: name, line }, 'meilisearch output');
      });
    }
  }

  async #waitForHealth(child: ChildProcess): Promise<void> {
    const deadline = Date.now() + this.#settings.startupTimeoutMs;
    while (Date.now() < deadline) {
      if (hasExited(child)) throw this.#startupError(`exited during startup (code ${child.exitCode}, signal ${child.signalCode})`);
      if (await isHealthy(this.url)) return;
      await sleep(HEALTH_POLL_INTERVAL_MS);
    }
    child.kill('SIGKILL');
    throw this.#startupError(`did not answer ${this.url}/health within ${this.#settings.startupTimeoutMs} ms`);
  }

  #startupError(what: string): Error {
    const output = this.#recentOutput.length ? `\nLast output:\n${this.#recentOutput.join('\n')}` : '';
    return new Error(`Meilisearch (${this.#settings.binary}) ${what}.${output}`);
  }

  #onExit(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (child !== this.#child) return;
    this.#child = undefined;
    // Exits while starting are reported by #waitForHealth; exits after stop() are deliberate.
    if (this.#state !== 'running') return;
    if (Date.now() - this.#upSince >= STABLE_UPTIME_MS) this.#failuresInARow = 0;
    this.#settings.logger.warn({ code, signal, lastOutput: this.#recentOutput }, 'Meilisearch exited unexpectedly');
    this.#scheduleRestart();
  }

  #scheduleRestart(): void {
    const { initial, max } = this.#settings.restartDelayMs;
    const delayMs = Math.min(initial * 2 ** this.#failuresInARow, max);
    this.#failuresInARow++;
    this.#state = 'restarting';
    this.#readiness.reset();
    this.#settings.logger.info({ delayMs, attempt: this.#failuresInARow }, 'Restarting Meilisearch');
    this.#restartTimer = setTimeout(() => void this.#restart(), delayMs);
  }

  async #restart(): Promise<void> {
    try {
      await this.#launch();
    } catch (error) {
      if (this.#state === 'stopped') return;
      if (this.#child) await terminate(this.#child, this.#settings.stopTimeoutMs);
      this.#settings.logger.error({ err: error }, 'Meilisearch restart failed');
      this.#scheduleRestart();
      return;
    }
    if (this.#state === 'stopped') return;
    this.#state = 'running';
    this.#restarts++;
    this.#readiness.succeed();
    this.#settings.logger.info({ url: this.url, pid: this.pid, restarts: this.#restarts }, 'Meilisearch restarted');
  }
}

/** A promise of "the server is up" that can be re-armed each time the server goes down. */
class Readiness {
  promise!: Promise<void>;
  #settled = false;
  #resolve!: () => void;
  #reject!: (error: Error) => void;

  constructor() {
    this.#arm();
  }

  reset(): void {
    if (this.#settled) this.#arm();
  }

  succeed(): void {
    this.#settled = true;
    this.#resolve();
  }

  fail(error: Error): void {
    if (this.#settled) this.#arm();
    this.#settled = true;
    this.#reject(error);
  }

  #arm(): void {
    this.#settled = false;
    this.promise = new Promise<void>((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
    // Nobody may be waiting when the server is stopped; that rejection is not an unhandled error.
    this.promise.catch(() => {});
  }
}

async function terminate(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (hasExited(child)) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  try {
    await exited;
  } finally {
    clearTimeout(timer);
  }
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

async function isHealthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1_000) });
    return response.ok;
  } catch {
    return false;
  }
}
