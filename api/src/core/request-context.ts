import { type EntityManager } from '@mikro-orm/core';
import { type Viewer } from './viewer';

export const SESSION_COOKIE = 'tiru_session';

/** What every resolver gets: its own unit of work, who is asking, and how to set the session cookie. */
export type RequestContext = {
  em: EntityManager;
  /** Who is asking (null when signed out): looked up from the session cookie on the first call, then kept for the request. */
  viewer(): Promise<Viewer | null>;
  sessionToken: string | undefined;
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
  webOrigin: string;
  now: Date;
};
