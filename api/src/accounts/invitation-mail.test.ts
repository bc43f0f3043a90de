import { describe, expect, it } from 'vitest';
import { ACCOUNT_MAIL_TEMPLATES } from './invitation-mail';

describe('invitation mail', () => {
  it('renders the invitations the accounts module queues', () => {
    const mail = ACCOUNT_MAIL_TEMPLATES.invitation({ template: 'invitation', to: 'baru@tiru.test', role: 'DELEGATE', acceptUrl: 'https://tiru.test/invitations/abc' });
    expect(mail.to).toEqual(['baru@tiru.test']);
    expect(mail.text).toMatch(/^Anda diundang ke Tiru sebagai delegasi\./);
    expect(mail.text).toContain('You are invited to Tiru as delegate.');
  });
});
