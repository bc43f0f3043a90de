/** What the search module logs through; a pino logger fits. */
export interface SearchLogger {
  debug?(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** Used when no logger is given: crashes and failures still reach stderr, routine messages do not. */
export const stderrWarningsLogger: SearchLogger = {
  info: () => {},
  warn: (obj, msg) => console.warn(msg ?? '', obj),
  error: (obj, msg) => console.error(msg ?? '', obj),
};
