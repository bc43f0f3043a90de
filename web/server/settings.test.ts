import { describe, expect, it } from 'vitest';
import { webSettingsFrom } from './settings';

const production = { NODE_ENV: 'production', WEB_ORIGIN: 'https://tiru.example.go.id' };

describe('webSettingsFrom', () => {
  it('refuses public metrics in production', () => {
    expect(() => webSettingsFrom(production)).toThrow(/WEB_METRICS_PORT and METRICS_TOKEN are both unset/);
    expect(() => webSettingsFrom({ ...production, METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN is shorter/);
    expect(() => webSettingsFrom({ ...production, WEB_METRICS_PORT: 'many' })).toThrow(/WEB_METRICS_PORT/);
  });

  it('turns HSTS on for a production site on https only', () => {
    expect(webSettingsFrom({ ...production, WEB_METRICS_PORT: '9465' })).toMatchObject({ https: true, metricsPort: 9465 });
    expect(webSettingsFrom({ ...production, WEB_ORIGIN: 'http://localhost:3000', METRICS_TOKEN: 'x'.repeat(32) })).toMatchObject({ https: false });
    expect(webSettingsFrom({})).toMatchObject({ production: false, https: false, webOrigin: 'http://localhost:3000', metricsToken: undefined });
  });
});
