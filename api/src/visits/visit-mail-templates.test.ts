import { describe, expect, it } from 'vitest';
import { VISIT_MAIL_TEMPLATES, type VisitMail, type VisitMessageMail, type VisitUpdateMail } from './visit-mail-templates';

const renderMail = (mail: VisitMail) => VISIT_MAIL_TEMPLATES[mail.template](mail);

const visit = {
  id: '7d1c0b52-3f0e-4b7e-9d55-1b0c2a4f6e10',
  hostName: 'Kota Prabumulih',
  visitingNames: ['Kabupaten Tabalong', 'Kota Banjarbaru'],
  dates: ['2024-02-16'],
  url: 'https://tiru.test/visits/7d1c0b52-3f0e-4b7e-9d55-1b0c2a4f6e10',
};

const accepted: VisitUpdateMail = {
  template: 'visit-update',
  to: ['koordinator.kalsel@tiru.test'],
  visit,
  action: 'ACCEPT',
  fromState: 'REQUESTED',
  toState: 'ACCEPTED',
  actorName: 'Editor Kota Prabumulih',
  reason: 'Kami tunggu di Rumah Dinas Wali Kota.',
};

describe('visit mail templates', () => {
  it('writes a state change in Indonesian first and English below, naming the visit, its dates and the reason', () => {
    const mail = renderMail(accepted);
    expect(mail.to).toEqual(['koordinator.kalsel@tiru.test']);
    expect(mail.subject).toBe('[Tiru] Studi tiru ke Kota Prabumulih: diterima / accepted');
    const [indonesian, english] = mail.text.split('\n\n---\n\n');
    expect(indonesian).toBe(
      [
        'Editor Kota Prabumulih menerima permohonan kunjungan.',
        'Studi tiru Kabupaten Tabalong, Kota Banjarbaru ke Kota Prabumulih, 16 Februari 2024.',
        'Status sekarang: diterima.',
        'Alasan: Kami tunggu di Rumah Dinas Wali Kota.',
        `Lihat kunjungan: ${visit.url}`,
      ].join('\n'),
    );
    expect(english).toBe(
      [
        'Editor Kota Prabumulih accepted the visit.',
        'Study visit by Kabupaten Tabalong, Kota Banjarbaru to Kota Prabumulih, 16 February 2024.',
        'Status now: accepted.',
        'Reason: Kami tunggu di Rumah Dinas Wali Kota.',
        `See the visit: ${visit.url}`,
        '',
      ].join('\n'),
    );
  });

  it('leaves the reason line out when there is none', () => {
    expect(renderMail({ ...accepted, reason: '' }).text).not.toMatch(/Alasan|Reason/);
  });

  it('quotes a message once, in the Indonesian part', () => {
    const message: VisitMessageMail = { template: 'visit-message', to: ['editor@tiru.test'], visit, authorName: 'Koordinator', body: 'Berapa lama kunjungan lapangan?' };
    const mail = renderMail(message);
    expect(mail.text.split('Berapa lama kunjungan lapangan?')).toHaveLength(2);
    expect(mail.text.indexOf('mengirim pesan')).toBeLessThan(mail.text.indexOf('sent a message'));
  });
});
