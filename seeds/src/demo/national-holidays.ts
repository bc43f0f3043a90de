import type { BlackoutDate } from '../dataset';

const fixed = (date: string, reason: string): BlackoutDate => ({ date, reason, illustrative: false });
// Lunar and lunisolar holidays are fixed each year by joint ministerial decree; these are estimates.
const estimated = (date: string, reason: string): BlackoutDate => ({ date, reason: `${reason} (perkiraan)`, illustrative: true });

/** Indonesian national public holidays 2026–2027, ascending. */
export const NATIONAL_HOLIDAYS_2026_2027: BlackoutDate[] = [
  fixed('2026-01-01', 'Tahun Baru Masehi'),
  estimated('2026-02-17', 'Tahun Baru Imlek'),
  estimated('2026-03-19', 'Hari Suci Nyepi'),
  estimated('2026-03-20', 'Hari Raya Idulfitri'),
  estimated('2026-03-21', 'Hari Raya Idulfitri'),
  fixed('2026-04-03', 'Wafat Yesus Kristus'),
  fixed('2026-05-01', 'Hari Buruh Internasional'),
  fixed('2026-05-14', 'Kenaikan Yesus Kristus'),
  estimated('2026-05-27', 'Hari Raya Iduladha'),
  estimated('2026-05-31', 'Hari Raya Waisak'),
  fixed('2026-06-01', 'Hari Lahir Pancasila'),
  fixed('2026-08-17', 'Hari Kemerdekaan Republik Indonesia'),
  fixed('2026-12-25', 'Hari Raya Natal'),
  fixed('2027-01-01', 'Tahun Baru Masehi'),
  estimated('2027-02-06', 'Tahun Baru Imlek'),
  estimated('2027-03-10', 'Hari Raya Idulfitri'),
  estimated('2027-03-11', 'Hari Raya Idulfitri'),
  fixed('2027-03-26', 'Wafat Yesus Kristus'),
  fixed('2027-05-01', 'Hari Buruh Internasional'),
  fixed('2027-05-06', 'Kenaikan Yesus Kristus'),
  estimated('2027-05-17', 'Hari Raya Iduladha'),
  fixed('2027-06-01', 'Hari Lahir Pancasila'),
  fixed('2027-08-17', 'Hari Kemerdekaan Republik Indonesia'),
  fixed('2027-12-25', 'Hari Raya Natal'),
];
