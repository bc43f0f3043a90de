import { describe, expect, it } from 'vitest';
import { errorCopyFor } from './error-page';

const routeError = (status: number) => ({ status, statusText: '', internal: false, data: null });

describe('the copy of the error page', () => {
  it('names what went wrong for the statuses a visitor can meet', () => {
    expect(errorCopyFor(routeError(400)).title).toBe('error.badRequest.title');
    expect(errorCopyFor(routeError(413)).title).toBe('error.tooLarge.title');
    expect(errorCopyFor(routeError(404)).title).toBe('error.notFound.title');
    expect(errorCopyFor(routeError(429)).title).toBe('error.tooMany.title');
  });

  it('treats anything thrown that is not a response as a server error, without its message', () => {
    expect(errorCopyFor(new Error('select * from program'))).toEqual({ status: 500, title: 'error.server.title', body: 'error.server.body' });
  });
});
