import { describe, expect, it } from 'vitest';
import { mailRenderer } from './mail-templates';

describe('mailRenderer', () => {
  const renderMail = mailRenderer({ greeting: (payload) => ({ to: [String(payload.to)], subject: 'Halo', text: 'Halo.\n' }) });

  it('renders a payload with the template it names', () => {
    expect(renderMail({ template: 'greeting', to: 'a@tiru.test' })).toEqual({ to: ['a@tiru.test'], subject: 'Halo', text: 'Halo.\n' });
  });

  it('refuses a payload with no known template', () => {
    expect(() => renderMail({ template: 'newsletter' })).toThrow('no mail template called "newsletter"');
    expect(() => renderMail({ template: 'toString' })).toThrow('no mail template called "toString"');
    expect(() => renderMail({})).toThrow('no mail template called undefined');
  });
});
