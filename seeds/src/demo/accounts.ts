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
 * | editor.muaraenim@tiru.test      | tiru-demo-muaraenim   | HOST_EDITOR |
 * | delegasi.mukomuko@tiru.test     | tiru-demo-mukomuko    | DELEGATE    |
 *
 * Every demo visit has an account on each side, since the seeder plays its history through the visit
 * services as these people.
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
  {
    email: 'editor.muaraenim@tiru.test',
    displayName: 'Editor Kabupaten Muara Enim',
    password: 'tiru-demo-muaraenim',
    role: 'HOST_EDITOR',
    regencyCode: REGENCY.MUARA_ENIM,
    agencyKey: 'pemkab-muara-enim',
  },
  {
    email: 'delegasi.mukomuko@tiru.test',
    displayName: 'Delegasi Kabupaten Mukomuko',
    password: 'tiru-demo-mukomuko',
    role: 'DELEGATE',
    regencyCode: REGENCY.MUKOMUKO,
    agencyKey: 'perkim-mukomuko',
  },
];
