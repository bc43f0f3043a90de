import type { DemoDataset } from '../dataset';
import { accounts } from './accounts';
import { adoptions } from './adoptions';
import { agencies } from './agencies';
import { hostCalendars } from './host-calendars';
import { prolita } from './programs-bontang';
import { kotakuMuaraEnim } from './programs-muara-enim';
import { penangananKumuhMukomuko, verifikasiP3keMukomuko } from './programs-mukomuko';
import { bedahRumahInfaqPegawai, penghapusanKemiskinanEkstremPrabumulih, ritta, rumahKomunitas } from './programs-prabumulih';
import { studyVisits } from './study-visits';

export const demoDataset: DemoDataset = {
  agencies,
  programs: [
    prolita,
    ritta,
    bedahRumahInfaqPegawai,
    rumahKomunitas,
    penghapusanKemiskinanEkstremPrabumulih,
    kotakuMuaraEnim,
    penangananKumuhMukomuko,
    verifikasiP3keMukomuko,
  ],
  adoptions,
  hostCalendars,
  studyVisits,
  accounts,
};
