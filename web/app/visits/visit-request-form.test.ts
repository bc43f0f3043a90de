import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/translate';
import { FormReader } from '../lib/form-reader';
import { type VisitLimits } from './visit-queries.server';
import { describeDayProblems, readVisitRequest, unpickRefusedDays } from './visit-request-form';

const language = 'en';
const t = createTranslator(language);

function reader(entries: [string, string][]): FormReader {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return new FormReader(form, language);
}

const offered = { programs: ['prolita-bontang'], regencies: ['63.09', '63.71'] };

/** An answer of `visitLimits`: the form reads whatever figures the API serves, so these are not the API's own. */
const limits: VisitLimits = {
  daysPerVisit: 3,
  participantsPerVisit: 40,
  participantName: 80,
  participantPosition: 90,
  objectives: 1000,
  questions: 1000,
  requestLetterNumber: 60,
  reason: 500,
  message: 1000,
  agendaText: 100,
  willAdopt: 1000,
  lowestRating: 1,
  highestRating: 5,
};

describe('readVisitRequest', () => {
  it('reads a delegation of several regencies with its days and participant list', () => {
    const form = reader([
      ['programSlugs', 'prolita-bontang'],
      ['visitingRegencyCodes', '63.09'],
      ['visitingRegencyCodes', '63.71'],
      ['dates', '2027-02-16'],
      ['dates', '2027-02-17'],
      ['participantCount', '2'],
      ['participants', 'Rina Wati — Kepala Bappeda\nAgus, Staf Disperkim'],
      ['objectives', 'Belajar Prolita'],
    ]);
    const request = readVisitRequest(form, offered, limits);
    expect(form.errors).toEqual({});
    expect(request).toMatchObject({
      visitingRegencyCodes: ['63.09', '63.71'],
      dates: ['2027-02-16', '2027-02-17'],
      participantCount: 2,
      participants: [
        { name: 'Rina Wati', position: 'Kepala Bappeda' },
        { name: 'Agus', position: 'Staf Disperkim' },
      ],
    });
  });

  it('explains what is missing or does not add up', () => {
    const form = reader([
      ['visitingRegencyCodes', '99.99'],
      ['participantCount', '3'],
      ['participants', 'Rina Wati — Kepala Bappeda'],
    ]);
    readVisitRequest(form, offered, limits);
    expect(form.errors).toEqual({
      programSlugs: t('request.error.pickProgram'),
      visitingRegencyCodes: t('request.error.pickRegency'),
      dates: t('request.error.pickDates'),
      participants: 'The list names 1 people but the number of participants is 3.',
      objectives: t('form.error.required'),
    });
  });
});

describe('readVisitRequest with the limits the API serves', () => {
  it('holds the form to them, whatever they are', () => {
    const form = reader([
      ['programSlugs', 'prolita-bontang'],
      ['visitingRegencyCodes', '63.09'],
      ['dates', '2027-02-16'],
      ['dates', '2027-02-17'],
      ['participantCount', '3'],
      ['objectives', 'Belajar Prolita'],
      ['requestLetterNumber', '005/12'],
    ]);
    readVisitRequest(form, offered, { ...limits, daysPerVisit: 1, participantsPerVisit: 2, requestLetterNumber: 5 });
    expect(form.errors).toEqual({
      dates: t('request.error.pickDates'),
      participantCount: expect.any(String),
      requestLetterNumber: t('form.error.tooLong', { max: 5 }),
    });
  });
});

describe('describeDayProblems', () => {
  it('turns the API problem list into sentences with local dates', () => {
    const sentences = describeDayProblems(
      [
        { date: '2027-02-16', reason: 'OVER_DELEGATION_CAPACITY', limit: 0 },
        { date: '2027-02-10', reason: 'TOO_LITTLE_NOTICE', detail: '2027-02-12' },
        { date: '2027-03-20', reason: 'BLACKOUT', detail: 'Hari Raya Idulfitri' },
      ],
      t,
      (date) => `<${date}>`
    );
    expect(sentences).toBe(
      '<2027-02-16> is fully booked. <2027-02-10> is too soon; the earliest day you can ask for is <2027-02-12>. ' +
        '<2027-03-20>: the host receives no visits (Hari Raya Idulfitri).'
    );
  });

  it('gives up on problems it does not know, so the API message is shown instead', () => {
    expect(describeDayProblems([{ date: null, reason: 'MOON_PHASE' }], t, String)).toBeNull();
    expect(describeDayProblems(undefined, t, String)).toBeNull();
  });
});

describe('unpickRefusedDays', () => {
  it('leaves picked only the days the API did not refuse', () => {
    const form = reader([
      ['dates', '2027-02-16'],
      ['dates', '2027-02-17'],
      ['dates', '2027-02-18'],
    ]);
    form.all('dates');
    unpickRefusedDays(form, [
      { date: '2027-02-16', reason: 'OVER_DELEGATION_CAPACITY', limit: 0 },
      { date: '2027-02-18', reason: 'BLACKOUT', detail: 'Cuti bersama' },
      { date: null, reason: 'TOO_MANY_DAYS' },
    ]);
    expect(form.values.dates).toEqual(['2027-02-17']);
  });

  it('keeps the picks when the refusal names no day', () => {
    const form = reader([['dates', '2027-02-16']]);
    form.all('dates');
    unpickRefusedDays(form, undefined);
    expect(form.values.dates).toEqual(['2027-02-16']);
  });
});
