import { z } from 'zod';
import { type Language } from '../i18n/languages';
import { type Translate } from '../i18n/translate';
import { choices, integer, optionalText, text } from '../lib/form-fields';
import { fieldRules } from '../lib/input-rules';
import { type VisitLimits } from './visit-queries.server';

/** One participant's row; both cells empty means no row (a blank row left at the end of the list). */
function participantRows(t: Translate, limits: VisitLimits) {
  const cell = z.string().optional();
  const row = z.object({
    name: text(t, fieldRules('VisitParticipantInput', 'name')),
    position: text(t, fieldRules('VisitParticipantInput', 'position')),
  });
  return z
    .array(z.object({ name: cell, position: cell }).optional())
    .optional()
    .transform((rows) => (rows ?? []).filter((cells) => cells?.name?.trim() || cells?.position?.trim()))
    .pipe(z.array(row).max(limits.participantsPerVisit, t('form.error.tooMany', { max: limits.participantsPerVisit })));
}

/**
 * The request form as one schema, for the action and the browser alike: held to the input's declared limits
 * (`fieldRules`) and to those the API serves as `visitLimits` (days per visit, participants per visit). When participants are listed, their number is the number of rows; otherwise it is typed.
 */
export function visitRequestSchema(
  t: Translate,
  language: Language,
  offered: { programs: readonly string[]; regencies: readonly string[] },
  limits: VisitLimits,
) {
  const pickDates = t('request.error.pickDates');
  return z
    .object({
      programSlugs: choices(t, offered.programs, {
        min: 1,
        minMessage: t('request.error.pickProgram'),
        rules: fieldRules('RequestVisitInput', 'programSlugs'),
      }),
      visitingRegencyCodes: choices(t, offered.regencies, {
        min: 1,
        minMessage: t('request.error.pickRegency'),
        rules: fieldRules('RequestVisitInput', 'visitingRegencyCodes'),
      }),
      dates: z
        .array(z.string())
        .optional()
        .transform((dates) => [...new Set(dates ?? [])])
        .pipe(z.array(z.string()).min(1, pickDates).max(limits.daysPerVisit, pickDates)),
      participantCount: integer(t, language, { min: 1, max: limits.participantsPerVisit }).optional(),
      participants: participantRows(t, limits),
      objectives: text(t, fieldRules('RequestVisitInput', 'objectives')),
      questions: optionalText(t, fieldRules('RequestVisitInput', 'questions')),
      requestLetterNumber: optionalText(t, fieldRules('RequestVisitInput', 'requestLetterNumber')),
    })
    .superRefine(({ participantCount, participants }, context) => {
      if (participants.length === 0 && participantCount === undefined)
        context.addIssue({ code: 'custom', path: ['participantCount'], message: t('form.error.required') });
    })
    .transform(({ participantCount, ...request }) => ({
      ...request,
      participantCount: request.participants.length > 0 ? request.participants.length : (participantCount ?? 0),
    }));
}

/** Tab-separated lines pasted from a spreadsheet (name, position), one participant each; blank lines skipped. */
export function pastedParticipants(pasted: string): { name: string; position: string }[] {
  return pasted
    .split(/\r?\n/)
    .map((line) => line.split('\t').map((cell) => cell.trim()))
    .filter((cells) => cells.some(Boolean))
    .map(([name = '', position = '']) => ({ name, position }));
}

/**
 * Without JavaScript the pasted lines arrive in `pastedParticipants`: they become rows after those already
 * filled in, so the schema reads one list (with JavaScript the page splits them into rows as they are pasted).
 */
export function withPastedRows(form: FormData): FormData {
  const pasted = form.get('pastedParticipants');
  form.delete('pastedParticipants');
  if (typeof pasted !== 'string' || !pasted.trim()) return form;
  const taken = new Set([...form.keys()].flatMap((key) => /^participants\[(\d+)\]/.exec(key)?.[1] ?? []));
  let index = taken.size === 0 ? 0 : Math.max(...[...taken].map(Number)) + 1;
  for (const row of pastedParticipants(pasted)) {
    form.set(`participants[${index}].name`, row.name);
    form.set(`participants[${index}].position`, row.position);
    index += 1;
  }
  return form;
}

export interface DayProblem {
  date: string | null;
  reason: string;
  detail?: string;
  limit?: number;
}

const dayProblemReasons = [
  'INVALID_DATE',
  'DUPLICATE_DATE',
  'IN_THE_PAST',
  'TOO_LITTLE_NOTICE',
  'BLACKOUT',
  'NOT_WORKING_DAY',
  'OVER_DELEGATION_CAPACITY',
  'OVER_PARTICIPANT_CAPACITY',
  'NO_DAYS',
  'TOO_MANY_DAYS',
  'INVALID_PARTICIPANT_COUNT',
] as const;

function isDayProblem(value: unknown): value is DayProblem {
  return typeof value === 'object' && value !== null && 'reason' in value && typeof value.reason === 'string';
}

/**
 * The API lists every day it cannot take, with why (`extensions.problems`); each becomes a sentence in the
 * visitor's language, the date written the local way.
 */
export function describeDayProblems(problems: unknown, t: Translate, formatDay: (date: string) => string): string | null {
  if (!Array.isArray(problems)) return null;
  const sentences = problems.filter(isDayProblem).map((problem) => {
    const reason = dayProblemReasons.find((known) => known === problem.reason);
    if (!reason) return null;
    const detail = reason === 'TOO_LITTLE_NOTICE' && problem.detail ? formatDay(problem.detail) : (problem.detail ?? String(problem.limit ?? ''));
    return t(`dayProblem.${reason}`, { date: problem.date ? formatDay(problem.date) : '', detail });
  });
  return sentences.every((sentence) => sentence !== null) && sentences.length > 0 ? sentences.join(' ') : null;
}

/**
 * The days the API refused taken out of what the form shows as picked, so a refused day is not sent again
 * unnoticed: the message above the calendar names each of them.
 */
export function keptDays(picked: readonly string[], problems: unknown): string[] {
  if (!Array.isArray(problems)) return [...picked];
  const refused = new Set(problems.filter(isDayProblem).flatMap((problem) => (problem.date ? [problem.date] : [])));
  return picked.filter((date) => !refused.has(date));
}
