import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { type ChildCommand, type ChildReady, type ChildReply, type ChildStats } from './child-ipc';

export type BenchChild = {
  pid: number;
  url: string;
  stats(): Promise<ChildStats>;
  /** Asks the child to shut down cleanly and returns its last stats. */
  stop(): Promise<ChildStats>;
};

export type BenchChildOptions = {
  env?: Record<string, string | undefined>;
  /** Extra Node flags, e.g. --cpu-prof. */
  nodeArgs?: string[];
  /** tsx applies the tsconfig of the working folder (the API's enables decorators). */
  cwd?: string;
  startupTimeoutMs?: number;
};

const STOP_TIMEOUT_MS = 15_000;

function awaitReady(child: ChildProcess, timeoutMs: number): Promise<ChildReady> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`child ${child.pid} did not start within ${timeoutMs} ms`)), timeoutMs);
    child.once('exit', (code) => reject(new Error(`child ${child.pid} exited with code ${code} before it was ready`)));
    child.on('message', (message: Partial<ChildReady>) => {
      if (!message.ready) return;
      clearTimeout(timer);
      resolve(message as ChildReady);
    });
  });
}

/** Runs a TypeScript entry point of the bench as a separate Node process (so its CPU and RSS are its own). */
export async function startBenchChild(entry: string, options: BenchChildOptions = {}): Promise<BenchChild> {
  const child = fork(entry, [], {
    execArgv: ['--import', 'tsx', ...(options.nodeArgs ?? [])],
    env: { ...process.env, ...options.env },
    cwd: options.cwd,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await awaitReady(child, options.startupTimeoutMs ?? 120_000).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  let nextId = 0;
  const ask = (command: ChildCommand['command']) =>
    new Promise<ChildStats>((resolve) => {
      const id = nextId++;
      const listener = (reply: Partial<ChildReply>) => {
        if (reply.id !== id || !reply.stats) return;
        child.off('message', listener);
        resolve(reply.stats);
      };
      child.on('message', listener);
      child.send({ id, command } satisfies ChildCommand);
    });
  return {
    pid: child.pid!,
    url: ready.url,
    stats: () => ask('stats'),
    async stop() {
      const exited = once(child, 'exit');
      const last = await ask('stop');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
      return last;
    },
  };
}
