import { describe, expect, it } from 'vitest';
import { forwardedForWithPeer, recordPeerAddress } from './client-address.server';

describe('forwardedForWithPeer', () => {
  it('names the connecting browser when no proxy came before', () => {
    expect(forwardedForWithPeer(undefined, '203.0.113.7')).toBe('203.0.113.7');
  });

  it('keeps what earlier proxies wrote and appends the peer last, so the API can walk it from the right', () => {
    expect(forwardedForWithPeer('198.51.100.1, 10.0.0.2', '10.0.0.3')).toBe('198.51.100.1, 10.0.0.2, 10.0.0.3');
    expect(forwardedForWithPeer(['198.51.100.1', ' 10.0.0.2 '], '10.0.0.3')).toBe('198.51.100.1, 10.0.0.2, 10.0.0.3');
  });

  it('leaves the header out when there is nothing to say', () => {
    expect(forwardedForWithPeer(' , ', undefined)).toBeUndefined();
  });
});

describe('recordPeerAddress', () => {
  it('rewrites the incoming header so a browser cannot hide behind a made-up address', () => {
    const request = { headers: { 'x-forwarded-for': '1.2.3.4' }, socket: { remoteAddress: '203.0.113.7' } };
    recordPeerAddress(request);
    expect(request.headers['x-forwarded-for']).toBe('1.2.3.4, 203.0.113.7');
  });
});
