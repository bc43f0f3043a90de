import { type Server } from 'node:http';
import { type RequestHandler } from 'express';
import { REFUSAL_CODES, refusalBody } from '../errors';

/**
 * Whether the process is shutting down. Once it is, requests that reach the app on an already open
 * keep-alive connection are turned away with 503 and `Connection: close` (a load balancer retries
 * them on another replica), and /readyz says not ready.
 */
export class ShutdownGate {
  private draining = false;

  get isDraining(): boolean {
    return this.draining;
  }

  begin(): void {
    this.draining = true;
  }

  readonly middleware: RequestHandler = (_req, res, next) => {
    if (!this.draining) {
      next();
      return;
    }
    res
      .status(503)
      .set({ connection: 'close', 'retry-after': '1' })
      .json(refusalBody(REFUSAL_CODES.unavailable, 'This server is shutting down. Send the request again.'));
  };
}

const IDLE_SWEEP_MS = 50;

/**
 * Stops taking connections and waits for the requests in flight to be answered; keep-alive
 * connections are closed as soon as they fall idle. After `deadlineMs` the remaining connections
 * are cut. Resolves to whether every request in flight was answered.
 */
export function closeGracefully(server: Server, deadlineMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    let answeredAll = true;
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
    const deadline = setTimeout(() => {
      answeredAll = false;
      server.closeAllConnections();
    }, deadlineMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      resolve(answeredAll);
    });
    server.closeIdleConnections();
  });
}
