import { type Translate } from '../i18n/translate';
import { type FormReader } from '../lib/form-reader';
import { type VisitLimits } from './visit-queries.server';

/** Room on a participant's line for what stands between the name and the position. */
const separatorRoom = 20;

/** "Name — Position" (or with a hyphen or comma between them), one participant per line. */
function participantOf(line: string): { name: string; position: string } | null {
  const match = /^(.+?)\s*(?:—|–| - |,)\s*(.+)$/.exec(line);
  return match ? { name: match[1]!.trim(), position: match[2]!.trim() } : null;
}

/** The request form, read with the API's rules so most mistakes are explained before it is asked. */
export function readVisitRequest(
  form: FormReader,
  offered: { programs: readonly string[]; regencies: readonly string[] },
  limits: VisitLimits
) {
  const t = form.t;
  const programSlugs = form.choices('programSlugs', offered.programs);
  if (programSlugs.length === 0) form.fail('programSlugs', t('request.error.pickProgram'));
  const visitingRegencyCodes = form.choices('visitingRegencyCodes', offered.regencies);
  if (visitingRegencyCodes.length === 0) form.fail('visitingRegencyCodes', t('request.error.pickRegency'));
  const dates = form.all('dates');
  if (dates.length === 0 || dates.length > limits.daysPerVisit) form.fail('dates', t('request.error.pickDates'));
  const maxParticipants = limits.participantsPerVisit;
  const participantCount = form.integer('participantCount', { required: true, min: 1, max: maxParticipants });
  const participantLines = form.lines('participants', {
    max: maxParticipants,
    maxLength: limits.participantName + limits.participantPosition + separatorRoom,
  });
  const participants = participantLines.map(participantOf);
  if (participants.includes(null)) form.fail('participants', t('request.error.participantLine'));
  else if (participantCount !== null && participants.length > 0 && participants.length !== participantCount) {
    form.fail(
      'participants',
      t('request.error.participantsMismatch', { listed: participants.length, count: participantCount })
    );
  }
  return {
    programSlugs,
    visitingRegencyCodes,
    dates,
    participantCount: participantCount ?? 0,
    participants: participants.filter((participant) => participant !== null),
    objectives: form.text('objectives', { required: true, max: limits.objectives }) ?? '',
    questions: form.text('questions', { max: limits.questions }),
    requestLetterNumber: form.text('requestLetterNumber', { max: limits.requestLetterNumber }),
  };
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
export function describeDayProblems(
  problems: unknown,
  t: Translate,
  formatDay: (date: string) => string
): string | null {
  if (!Array.isArray(problems)) return null;
  const sentences = problems.filter(isDayProblem).map((problem) => {
    const reason = dayProblemReasons.find((known) => known === problem.reason);
    if (!reason) return null;
    const detail =
      reason === 'TOO_LITTLE_NOTICE' && problem.detail
        ? formatDay(problem.detail)
        : problem.detail ?? String(problem.limit ?? '');
    return t(`dayProblem.${reason}`, { date: problem.date ? formatDay(problem.date) : '', detail });
  });
  return sentences.every((sentence) => sentence !== null) && sentences.length > 0 ? sentences.join(' ') : null;
}

/**
 * Takes the days the API refused out of what the form shows as picked, so a refused day is not sent again
 * unnoticed: the message above the calendar names each of them.
 */
export function unpickRefusedDays(form: FormReader, problems: unknown): void {
  if (!Array.isArray(problems)) return;
  const refused = new Set(problems.filter(isDayProblem).flatMap((problem) => (problem.date ? [problem.date] : [])));
  const picked = form.values.dates;
  if (Array.isArray(picked)) form.values.dates = picked.filter((date) => !refused.has(date));
}
