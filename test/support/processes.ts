import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { repoRoot } from './artifacts';

export interface ManagedProcess {
  name: string;
  logPath: string;
  child: ChildProcess;
  /** Resolves with the exit code (or the signal's name) when the process group leader ends. */
  exited: Promise<number | string>;
}

/**
 * Runs `command <args>` from the repository root as the leader of its own process group (so everything it starts —
 * tsx, node, a Meilisearch child — can be stopped together), with stdout and stderr appended to `logPath`, and
 * `input`, when given, written to its stdin.
 */
export async function startProcess(
  name: string,
  command: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv,
  logPath: string,
  input?: string
): Promise<ManagedProcess> {
  await mkdir(dirname(logPath), { recursive: true });
  const log = openSync(logPath, 'a');
  try {
    const stdin = input === undefined ? 'ignore' : 'pipe';
    const child = spawn(command, args, { cwd: repoRoot, env, detached: true, stdio: [stdin, log, log] });
    if (input !== undefined) child.stdin?.end(input);
    const exited = new Promise<number | string>((resolve) => {
      child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown'));
      child.once('error', (error) => resolve(error.message));
    });
    return { name, logPath, child, exited };
  } finally {
    closeSync(log);
  }
}

export function startNpm(name: string, args: readonly string[], env: NodeJS.ProcessEnv, logPath: string): Promise<ManagedProcess> {
  return startProcess(name, 'npm', args, env, logPath);
}

export function logTail(logPath: string, lines = 40): string {
  try {
    return readFileSync(logPath, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** Runs a command to completion, failing with the end of its log when it does not exit with 0. */
export async function runNpm(name: string, args: readonly string[], env: NodeJS.ProcessEnv, logPath: string) {
  const managed = await startNpm(name, args, env, logPath);
  const result = await managed.exited;
  if (result !== 0) throw new Error(`${name} failed (${result}); end of ${logPath}:\n${logTail(logPath)}`);
}

function signalGroup(process_: ManagedProcess, signal: NodeJS.Signals | 0): boolean {
  const pid = process_.child.pid;
  if (pid === undefined) return false;
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // the whole group is already gone
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** SIGTERM to the whole group, then SIGKILL to whatever is left after `graceMs`. */
export async function stopGroup(process_: ManagedProcess, graceMs = 10_000): Promise<void> {
  if (!signalGroup(process_, 'SIGTERM')) return;
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!signalGroup(process_, 0)) return;
    await sleep(100);
  }
  signalGroup(process_, 'SIGKILL');
  await process_.exited;
}

/**
 * Polls `url` until it answers 200. Fails early, with the end of the log, when the process exits first, and after
 * `timeoutMs` otherwise (a start-up limit, not a speed assertion).
 */
export async function waitForHttpOk(url: string, process_: ManagedProcess, timeoutMs = 120_000): Promise<void> {
  let exit: number | string | undefined;
  void process_.exited.then((result) => (exit = result));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exit !== undefined) {
      throw new Error(
        `${process_.name} exited (${exit}) before ${url} answered; end of ${process_.logPath}:\n${logTail(
          process_.logPath
        )}`
      );
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(
    `${url} did not answer 200 within ${timeoutMs} ms; end of ${process_.logPath}:\n${logTail(process_.logPath)}`
  );
}
