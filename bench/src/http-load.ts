import autocannon from 'autocannon';
import { loadResultOf, type LoadResult } from './latency-stats';

/** An HTTP endpoint and the request bodies to send to it, in turn. */
export type HttpTarget = {
  url: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** Sent round-robin across all connections; none for a GET. */
  bodies?: string[];
};

export type LoadShape = { connections: number; durationSeconds: number };

/** Keeps `connections` requests in flight for the duration and times each answer. */
export function driveHttp(target: HttpTarget, shape: LoadShape): Promise<LoadResult> {
  const bodies = target.bodies ?? [];
  let next = 0;
  const latencies: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        connections: shape.connections,
        duration: shape.durationSeconds,
        method: target.method,
        headers: target.headers,
        requests: [
          bodies.length > 0
            ? { method: target.method, setupRequest: (request) => ({ ...request, body: bodies[next++ % bodies.length] }) }
            : { method: target.method },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        resolve(loadResultOf(latencies, result.duration, shape.connections, result.errors + result.timeouts + result.non2xx));
      },
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
}

/**
 * The same load shape for work that is not an HTTP request (a SQL query through a driver):
 * `connections` loops, each starting its next operation as soon as the last one ends.
 */
export async function driveConcurrently(operation: (sequence: number) => Promise<unknown>, shape: LoadShape): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  let sequence = 0;
  const started = performance.now();
  const deadline = started + shape.durationSeconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline) {
      const begun = performance.now();
      try {
        await operation(sequence++);
        latencies.push(performance.now() - begun);
      } catch {
        failures += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: shape.connections }, loop));
  return loadResultOf(latencies, (performance.now() - started) / 1000, shape.connections, failures);
}
