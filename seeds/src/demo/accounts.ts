import type { AccountSeed } from '../dataset';
import { REGENCY, SOUTH_KALIMANTAN_DELEGATION } from './regency-codes';

/**
 * Demo sign-ins (never for a real deployment):
 *
 * | e-mail                          | password              | role        |
 * |---------------------------------|-----------------------|-------------|
 * | admin@tiru.test                 | tiru-demo-admin       | ADMIN       |
 * | editor.bontang@tiru.test        | tiru-demo-bontang     | HOST_EDITOR |
 * | editor.prabumulih@tiru.test     | tiru-demo-prabumulih  | HOST_EDITOR |
 * | koordinator.kalsel@tiru.test    | tiru-demo-kalsel      | COORDINATOR |
 * | delegasi.tangsel@tiru.test      | tiru-demo-tangsel     | DELEGATE    |
 */
export const accounts: AccountSeed[] = [
  { email: 'admin@tiru.test', displayName: 'Admin Tiru', password: 'tiru-demo-admin', role: 'ADMIN' },
  {
    email: 'editor.bontang@tiru.test',
    displayName: 'Editor Kota Bontang',
    password: 'tiru-demo-bontang',
    role: 'HOST_EDITOR',
    regencyCode: REGENCY.BONTANG,
    agencyKey: 'pemkot-bontang',
  },
  {
    email: 'editor.prabumulih@tiru.test',
    displayName: 'Editor Kota Prabumulih',
    password: 'tiru-demo-prabumulih',
    role: 'HOST_EDITOR',
    regencyCode: REGENCY.PRABUMULIH,
    agencyKey: 'pemkot-prabumulih',
  },
  {
    email: 'koordinator.kalsel@tiru.test',
    displayName: 'Koordinator Disperkim Kalimantan Selatan',
    password: 'tiru-demo-kalsel',
    role: 'COORDINATOR',
    agencyKey: 'perkim-kalimantan-selatan',
    actsForRegencyCodes: [...SOUTH_KALIMANTAN_DELEGATION, REGENCY.BANJAR, REGENCY.TANAH_LAUT],
  },
  {
    email: 'delegasi.tangsel@tiru.test',
    displayName: 'Delegasi Kota Tangerang Selatan',
    password: 'tiru-demo-tangsel',
    role: 'DELEGATE',
    regencyCode: REGENCY.TANGERANG_SELATAN,
    agencyKey: 'pemkot-tangerang-selatan',
  },
];
