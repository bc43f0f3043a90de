import { type EntityManager } from '@mikro-orm/core';
import { type Agency } from '../agencies';
import { type Regency } from '../regions';
import {
  agendaOf,
  datesOf,
  findHostCalendar,
  type StudyVisit,
  StudyVisitFeedback,
  StudyVisitReplication,
  StudyVisitTransition,
  type VisitState,
} from '../visits';

/** What the three documents are written from: read once per document, in the visit's own words. */
export type VisitDocumentFacts = {
  id: string;
  state: VisitState;
  letterNumber: string | null;
  /** The day the request was made (YYYY-MM-DD, host time): the letter's date. */
  requestedOn: string;
  objectives: string;
  questions: string;
  participantCount: number;
  sender: { name: string; place: string };
  receiver: { name: string; place: string; province: string };
  hostName: string;
  visitingRegencies: string[];
  dates: string[];
  proposedDates: string[];
  participants: { name: string; position: string; agency: string | null }[];
  programs: { title: string; totalBudgetRupiah: bigint | null; unitCostRupiah: bigint | null; unitCostUnit: string | null }[];
  agenda: { date: string; startTime: string; endTime: string; activity: string; place: string; presenter: string }[];
  reply: { action: 'ACCEPT' | 'DECLINE' | 'PROPOSE_DATES'; on: string; reason: string; dates: string[] } | null;
  /** `replications`: "program (regency)" for each regency's answer in the feedback. */
  feedback: { rating: number; willAdopt: string; replications: string[] } | null;
};

const REPLIES = ['ACCEPT', 'DECLINE', 'PROPOSE_DATES'] as const;

function dayIn(timeZone: string, instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** Where an agency writes from: its regency, else its province. */
async function placeOf(agency: Agency, fallback: string): Promise<string> {
  const regency = await agency.regency?.load();
  if (regency) return regency.name;
  return (await agency.province?.load())?.name ?? fallback;
}

/** The letter comes from the coordinating agency, else the first visiting agency, else the first visiting regency's government. */
async function senderOf(visit: StudyVisit, agencies: Agency[], regencies: Regency[]) {
  const agency = (await visit.coordinatorAgency?.load()) ?? agencies[0];
  const firstRegency = regencies[0]?.name ?? '';
  return agency ? { name: agency.name, place: await placeOf(agency, firstRegency) } : { name: `Pemerintah ${firstRegency}`, place: firstRegency };
}

async function replyOf(em: EntityManager, visit: StudyVisit, timeZone: string): Promise<VisitDocumentFacts['reply']> {
  const step = await em.findOne(StudyVisitTransition, { visit, action: { $in: [...REPLIES] } }, { orderBy: { id: 'desc' } });
  if (!step) return null;
  return { action: step.action as (typeof REPLIES)[number], on: dayIn(timeZone, step.at), reason: step.reason, dates: step.dates ?? [] };
}

async function feedbackOf(em: EntityManager, visit: StudyVisit): Promise<VisitDocumentFacts['feedback']> {
  const feedback = await em.findOne(StudyVisitFeedback, { visit });
  if (!feedback) return null;
  const replications = await em.find(StudyVisitReplication, { feedback }, { populate: ['program', 'regency'], orderBy: { regency: { name: 'asc' }, program: { title: 'asc' } } });
  return {
    rating: feedback.rating,
    willAdopt: feedback.willAdopt,
    replications: replications.map((replication) => `${replication.program.getEntity().title} (${replication.regency.getEntity().name})`),
  };
}

export async function visitDocumentFacts(em: EntityManager, visit: StudyVisit): Promise<VisitDocumentFacts> {
  const host = await visit.hostRegency.loadOrFail({ populate: ['province'] });
  const timeZone = host.province.getEntity().timeZone;
  const [regencies, agencies, programs, participants, dates, agenda, calendar, request] = await Promise.all([
    visit.visitingRegencies.load(),
    visit.visitingAgencies.load(),
    visit.programs.load(),
    visit.participants.load({ populate: ['agency'] }),
    datesOf(em, visit),
    agendaOf(em, visit),
    findHostCalendar(em, host.code),
    em.findOne(StudyVisitTransition, { visit, action: 'REQUEST' }),
  ]);
  const sortedRegencies = [...regencies.getItems()].sort((a, b) => a.name.localeCompare(b.name, 'id'));
  const receivingAgency = await calendar?.agency?.load();
  return {
    id: visit.id,
    state: visit.state,
    letterNumber: visit.requestLetterNumber ?? null,
    requestedOn: dayIn(timeZone, request?.at ?? visit.createdAt),
    objectives: visit.objectives,
    questions: visit.questions,
    participantCount: visit.participantCount,
    sender: await senderOf(visit, agencies.getItems(), sortedRegencies),
    receiver: { name: receivingAgency?.name ?? `Pemerintah ${host.name}`, place: host.name, province: host.province.getEntity().name },
    hostName: host.name,
    visitingRegencies: sortedRegencies.map((regency) => regency.name),
    dates: dates.current,
    proposedDates: dates.proposed,
    participants: participants.getItems().map((participant) => ({
      name: participant.name,
      position: participant.position,
      agency: participant.agency?.getEntity().name ?? null,
    })),
    programs: programs.getItems().map((program) => ({
      title: program.title,
      totalBudgetRupiah: program.totalBudgetRupiah ?? null,
      unitCostRupiah: program.unitCostRupiah ?? null,
      unitCostUnit: program.unitCostUnit ?? null,
    })),
    agenda: agenda.map(({ date, startTime, endTime, activity, place, presenter }) => ({ date, startTime, endTime, activity, place, presenter })),
    reply: await replyOf(em, visit, timeZone),
    feedback: await feedbackOf(em, visit),
  };
}
