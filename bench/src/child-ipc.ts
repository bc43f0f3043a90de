/** What a measured child process reports about itself. */
export type ChildStats = {
  rssBytes: number;
  /** Highest RSS seen since the previous stats request (sampled every 100 ms). */
  windowPeakRssBytes: number;
  /** Highest RSS of the whole process life, from the kernel. */
  lifetimePeakRssBytes: number;
  /** CPU time (user + system) the process has used since it started. */
  cpuMicros: number;
  /** SQL statements the ORM has sent since the process started, when the child counts them. */
  sqlStatements?: number;
};

export type ChildCommand = { id: number; command: 'stats' | 'stop' };
export type ChildReply = { id: number; stats: ChildStats };
export type ChildReady = { ready: true; url: string };

const RSS_SAMPLE_INTERVAL_MS = 100;

function cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

/**
 * Child side of the bench's IPC: announces its URL, then answers `stats` and `stop` requests.
 * `extraStats` adds what only this child knows (the API's SQL statement count).
 */
export function answerBenchParent(url: string, stop: () => Promise<void>, extraStats: () => Partial<ChildStats> = () => ({})): void {
  let windowPeak = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    windowPeak = Math.max(windowPeak, process.memoryUsage.rss());
  }, RSS_SAMPLE_INTERVAL_MS);
  sampler.unref();
  const stats = (): ChildStats => {
    const rssBytes = process.memoryUsage.rss();
    const result = {
      rssBytes,
      windowPeakRssBytes: Math.max(windowPeak, rssBytes),
      lifetimePeakRssBytes: process.resourceUsage().maxRSS * 1024,
      cpuMicros: cpuMicros(),
      ...extraStats(),
    };
    windowPeak = rssBytes;
    return result;
  };
  const answer = async (message: ChildCommand): Promise<void> => {
    const reply: ChildReply = { id: message.id, stats: stats() };
    if (message.command === 'stop') {
      clearInterval(sampler);
      await stop();
    }
    process.send?.(reply, () => {
      if (message.command === 'stop') process.exit(0);
    });
  };
  // A child that cannot stop cleanly exits non-zero, which the parent sees, instead of leaving a stop request unanswered.
  process.on('message', (message: ChildCommand) => {
    answer(message).catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
  });
  process.send?.({ ready: true, url } satisfies ChildReady);
}
