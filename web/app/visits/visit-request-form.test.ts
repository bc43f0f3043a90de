import { parseWithZod } from '@conform-to/zod/v4';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/translate';
import { fieldRules } from '../lib/input-rules';
import { type VisitLimits } from './visit-queries.server';
import { describeDayProblems, keptDays, pastedParticipants, visitRequestSchema, withPastedRows } from './visit-request-form';

const language = 'en';
const t = createTranslator(language);

function formOf(entries: [string, string][]): FormData {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return form;
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

function parse(entries: [string, string][], servedLimits = limits) {
  return parseWithZod(withPastedRows(formOf(entries)), { schema: visitRequestSchema(t, language, offered, servedLimits) });
}

const request: [string, string][] = [
  ['programSlugs', 'prolita-bontang'],
  ['visitingRegencyCodes', '63.09'],
  ['visitingRegencyCodes', '63.71'],
  ['dates', '2027-02-16'],
  ['dates', '2027-02-17'],
  ['objectives', 'Belajar Prolita'],
];

describe('visitRequestSchema', () => {
  it('reads participant rows, and pasted spreadsheet lines after them, and counts them as the participants', () => {
    const submission = parse([
      ...request,
      ['participantCount', '9'],
      ['participants[0].name', 'Rina Wati'],
      ['participants[0].position', 'Kepala Bappeda'],
      ['participants[1].name', ''],
      ['participants[1].position', ''],
      ['pastedParticipants', 'Agus\tStaf Disperkim\n\nSiti\tAnalis\tDinas PU\n'],
    ]);
    expect(submission.status).toBe('success');
    expect(submission.status === 'success' && submission.value).toMatchObject({
      visitingRegencyCodes: ['63.09', '63.71'],
      dates: ['2027-02-16', '2027-02-17'],
      participantCount: 3,
      participants: [
        { name: 'Rina Wati', position: 'Kepala Bappeda' },
        { name: 'Agus', position: 'Staf Disperkim' },
        { name: 'Siti', position: 'Analis' },
      ],
    });
  });

  it('takes the typed number when no one is listed yet, and explains what is missing', () => {
    const typed = parse([...request, ['participantCount', '12']]);
    expect(typed.status === 'success' && typed.value.participantCount).toBe(12);
    const empty = parse([
      ['visitingRegencyCodes', '99.99'],
      ['participants[0].name', 'Rina Wati'],
    ]);
    expect(empty.status === 'error' && empty.error).toMatchObject({
      programSlugs: [t('request.error.pickProgram')],
      'visitingRegencyCodes[0]': [t('form.error.choice')],
      dates: [t('request.error.pickDates')],
      objectives: [t('form.error.required')],
      'participants[0].position': [t('form.error.required')],
    });
  });

  it('holds the form to the limits the API serves and declares, whatever they are', () => {
    const submission = parse([...request, ['participantCount', '3'], ['requestLetterNumber', 'x'.repeat(121)]], {
      ...limits,
      daysPerVisit: 1,
      participantsPerVisit: 2,
    });
    expect(submission.status === 'error' && submission.error).toMatchObject({
      dates: [t('request.error.pickDates')],
      participantCount: [t('form.error.between', { min: 1, max: 2 })],
      requestLetterNumber: [t('form.error.tooLong', { max: fieldRules('RequestVisitInput', 'requestLetterNumber').maxLength! })],
    });
  });
});

describe('pastedParticipants', () => {
  it('splits tab-separated lines into name and position, skipping blank lines', () => {
    expect(pastedParticipants('Rina\tKepala\r\n\t\nAgus')).toEqual([
      { name: 'Rina', position: 'Kepala' },
      { name: 'Agus', position: '' },
    ]);
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
      (date) => `<${date}>`,
    );
    expect(sentences).toBe(
      '<2027-02-16> is fully booked. <2027-02-10> is too soon; the earliest day you can ask for is <2027-02-12>. ' +
        '<2027-03-20>: the host receives no visits (Hari Raya Idulfitri).',
    );
  });

  it('gives up on problems it does not know, so the API message is shown instead', () => {
    expect(describeDayProblems([{ date: null, reason: 'MOON_PHASE' }], t, String)).toBeNull();
    expect(describeDayProblems(undefined, t, String)).toBeNull();
  });
});

describe('keptDays', () => {
  it('leaves picked only the days the API did not refuse', () => {
    const problems = [
      { date: '2027-02-16', reason: 'OVER_DELEGATION_CAPACITY', limit: 0 },
      { date: '2027-02-18', reason: 'BLACKOUT', detail: 'Cuti bersama' },
      { date: null, reason: 'TOO_MANY_DAYS' },
    ];
    expect(keptDays(['2027-02-16', '2027-02-17', '2027-02-18'], problems)).toEqual(['2027-02-17']);
  });

  it('keeps the picks when the refusal names no day', () => {
    expect(keptDays(['2027-02-16'], undefined)).toEqual(['2027-02-16']);
  });
});
