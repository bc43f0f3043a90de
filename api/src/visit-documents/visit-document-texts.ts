import { type DocumentLanguage, formatCalendarDate } from '../core';
import { type VisitDocumentFacts } from './visit-document-facts';

/** The wording of the three documents, after Indonesian official-letter practice, and its English rendering. */
export type DocumentTexts = {
  number: string;
  attachment: string;
  subject: string;
  participantListAttached: string;
  none: string;
  requestSubject: string;
  replySubject: string;
  to: string;
  at: (place: string) => string;
  greeting: string;
  requestBody: (facts: VisitDocumentFacts, dates: string) => string;
  regenciesIntro: string;
  programsIntro: string;
  questionsIntro: string;
  requestClosing: string;
  replyOpening: (facts: VisitDocumentFacts) => string;
  replyAccepted: (facts: VisitDocumentFacts, dates: string) => string;
  replyProposed: (facts: VisitDocumentFacts, requested: string, proposed: string) => string;
  replyDeclined: (facts: VisitDocumentFacts) => string;
  reasonLabel: string;
  replyClosing: string;
  signature: string;
  participantList: string;
  columns: { no: string; name: string; position: string; agency: string; date: string; time: string; activity: string; place: string };
  reportTitle: string;
  reportSubtitle: (facts: VisitDocumentFacts) => string;
  draft: string;
  sections: { basis: string; purpose: string; timeAndPlace: string; participants: string; agenda: string; programs: string; lessons: string; followUp: string; closing: string };
  basis: (facts: VisitDocumentFacts) => string;
  timeAndPlace: (facts: VisitDocumentFacts, dates: string) => string;
  participantsLine: (count: number, regencies: string) => string;
  noAgenda: string;
  noFeedback: string;
  rating: (rating: number) => string;
  followUp: (programs: string) => string;
  noFollowUp: string;
  reportClosing: string;
  totalBudget: string;
  unitCost: string;
};

const letterRef = (facts: VisitDocumentFacts, language: DocumentLanguage, id: boolean) =>
  `${id ? 'Nomor' : 'No.'} ${facts.letterNumber ?? '—'} ${id ? 'tanggal' : 'of'} ${formatCalendarDate(facts.requestedOn, language)}`;

const INDONESIAN: DocumentTexts = {
  number: 'Nomor',
  attachment: 'Lampiran',
  subject: 'Perihal',
  participantListAttached: '1 (satu) berkas daftar peserta',
  none: '-',
  requestSubject: 'Permohonan Studi Tiru',
  replySubject: 'Balasan Permohonan Studi Tiru',
  to: 'Kepada Yth.',
  at: (place) => `di ${place}`,
  greeting: 'Dengan hormat,',
  requestBody: (facts, dates) =>
    `Dalam rangka ${lowerFirst(facts.objectives).replace(/[.\s]+$/, '')}, kami bermaksud melaksanakan studi tiru ke ${facts.hostName} pada ${dates} ` +
    `dengan jumlah peserta ${facts.participantCount} orang.`,
  regenciesIntro: 'Rombongan terdiri atas perwakilan dari:',
  programsIntro: 'Program yang ingin kami pelajari:',
  questionsIntro: 'Hal-hal yang ingin kami tanyakan:',
  requestClosing: 'Demikian permohonan ini kami sampaikan. Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih.',
  replyOpening: (facts) => `Menindaklanjuti surat Saudara ${letterRef(facts, 'id', true)} perihal Permohonan Studi Tiru,`,
  replyAccepted: (facts, dates) =>
    `dengan ini kami sampaikan bahwa ${facts.receiver.name} bersedia menerima kunjungan studi tiru rombongan pada ${dates} ` +
    `dengan jumlah peserta ${facts.participantCount} orang.`,
  replyProposed: (facts, requested, proposed) =>
    `dengan ini kami sampaikan bahwa ${facts.receiver.name} belum dapat menerima kunjungan pada ${requested} ` +
    `dan mengusulkan agar kunjungan dilaksanakan pada ${proposed}.`,
  replyDeclined: (facts) => `dengan ini kami sampaikan bahwa ${facts.receiver.name} belum dapat menerima kunjungan studi tiru tersebut.`,
  reasonLabel: 'Pertimbangan',
  replyClosing: 'Demikian kami sampaikan. Atas perhatian Bapak/Ibu, kami ucapkan terima kasih.',
  signature: '(tanda tangan dan nama pejabat)',
  participantList: 'Lampiran: Daftar Peserta',
  columns: { no: 'No.', name: 'Nama', position: 'Jabatan', agency: 'Instansi', date: 'Tanggal', time: 'Waktu', activity: 'Kegiatan', place: 'Tempat' },
  reportTitle: 'LAPORAN HASIL STUDI TIRU',
  reportSubtitle: (facts) => `${facts.visitingRegencies.join(', ')} ke ${facts.hostName}`,
  draft: 'DRAF',
  sections: {
    basis: 'I. Dasar',
    purpose: 'II. Maksud dan Tujuan',
    timeAndPlace: 'III. Waktu dan Tempat',
    participants: 'IV. Peserta',
    agenda: 'V. Agenda Kegiatan',
    programs: 'VI. Program yang Dipelajari',
    lessons: 'VII. Hasil dan Pelajaran',
    followUp: 'VIII. Rencana Tindak Lanjut',
    closing: 'IX. Penutup',
  },
  basis: (facts) => `Surat ${facts.sender.name} ${letterRef(facts, 'id', true)} perihal Permohonan Studi Tiru.`,
  timeAndPlace: (facts, dates) => `${dates}, di ${facts.hostName} (${facts.receiver.name}).`,
  participantsLine: (count, regencies) => `${count} orang, perwakilan dari ${regencies}.`,
  noAgenda: 'Agenda kegiatan tidak tercatat di Tiru.',
  noFeedback: 'Tanggapan delegasi belum diisi di Tiru.',
  rating: (rating) => `Penilaian delegasi atas kunjungan: ${rating} dari 5.`,
  followUp: (programs) => `Program yang akan direplikasi: ${programs}.`,
  noFollowUp: 'Belum ada program yang dinyatakan akan direplikasi.',
  reportClosing: 'Demikian laporan ini disusun sebagai bahan pertimbangan pimpinan.',
  totalBudget: 'anggaran',
  unitCost: 'biaya satuan',
};

const ENGLISH: DocumentTexts = {
  number: 'Number',
  attachment: 'Attachment',
  subject: 'Subject',
  participantListAttached: '1 (one) list of participants',
  none: '-',
  requestSubject: 'Request for a Study Visit',
  replySubject: 'Reply to the Request for a Study Visit',
  to: 'To',
  at: (place) => `in ${place}`,
  greeting: 'Dear Sir or Madam,',
  requestBody: (facts, dates) =>
    `We intend to make a study visit to ${facts.hostName} on ${dates} with ${facts.participantCount} participants. ` +
    `Its purpose, in the delegation's words: ${facts.objectives.trim()}`,
  regenciesIntro: 'The delegation brings representatives of:',
  programsIntro: 'The programmes we wish to learn about:',
  questionsIntro: 'Our questions:',
  requestClosing: 'We thank you for your attention and cooperation.',
  replyOpening: (facts) => `In reply to your letter ${letterRef(facts, 'en', false)} requesting a study visit,`,
  replyAccepted: (facts, dates) =>
    `we are pleased to inform you that ${facts.receiver.name} will receive your delegation of ${facts.participantCount} participants on ${dates}.`,
  replyProposed: (facts, requested, proposed) =>
    `we regret that ${facts.receiver.name} cannot receive your delegation on ${requested}, and propose ${proposed} instead.`,
  replyDeclined: (facts) => `we regret that ${facts.receiver.name} cannot receive the study visit.`,
  reasonLabel: 'Reason',
  replyClosing: 'We thank you for your attention.',
  signature: '(signature and name of the official)',
  participantList: 'Attachment: List of Participants',
  columns: { no: 'No.', name: 'Name', position: 'Position', agency: 'Agency', date: 'Date', time: 'Time', activity: 'Activity', place: 'Place' },
  reportTitle: 'STUDY VISIT REPORT',
  reportSubtitle: (facts) => `${facts.visitingRegencies.join(', ')} to ${facts.hostName}`,
  draft: 'DRAFT',
  sections: {
    basis: 'I. Basis',
    purpose: 'II. Purpose',
    timeAndPlace: 'III. Time and Place',
    participants: 'IV. Participants',
    agenda: 'V. Agenda',
    programs: 'VI. Programmes Studied',
    lessons: 'VII. Findings and Lessons',
    followUp: 'VIII. Follow-up',
    closing: 'IX. Closing',
  },
  basis: (facts) => `Letter of ${facts.sender.name} ${letterRef(facts, 'en', false)} requesting a study visit.`,
  timeAndPlace: (facts, dates) => `${dates}, in ${facts.hostName} (${facts.receiver.name}).`,
  participantsLine: (count, regencies) => `${count} participants, representing ${regencies}.`,
  noAgenda: 'No agenda was recorded in Tiru.',
  noFeedback: 'The delegation has not yet given its feedback in Tiru.',
  rating: (rating) => `The delegation rated the visit ${rating} out of 5.`,
  followUp: (programs) => `Programmes to be replicated: ${programs}.`,
  noFollowUp: 'No programme has yet been named for replication.',
  reportClosing: 'This report is submitted for the consideration of our leadership.',
  totalBudget: 'budget',
  unitCost: 'unit cost',
};

function lowerFirst(text: string): string {
  const trimmed = text.trim();
  return trimmed.charAt(0).toLocaleLowerCase('id') + trimmed.slice(1);
}

export const DOCUMENT_TEXTS: Record<DocumentLanguage, DocumentTexts> = { id: INDONESIAN, en: ENGLISH };
