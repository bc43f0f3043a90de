import { Account, Invitation, Membership, Session } from '../accounts';
import { Adoption } from '../adoptions';
import { Agency } from '../agencies';
import { AuditEntry } from '../audit';
import {
  Program,
  ProgramContact,
  ProgramCost,
  ProgramDocument,
  ProgramFunding,
  ProgramOutcome,
  ProgramPartner,
  ProgramRevision,
} from '../programs';
import { CatalogGeneration } from '../programs';
import { RateLimitWindow, SignInFailure } from '../rate-limits';
import { OutboxEvent } from '../outbox';
import { Province, Regency } from '../regions';
import {
  HostBlackoutDate,
  HostCalendar,
  HostDayLoad,
  StudyVisit,
  StudyVisitAgendaItem,
  StudyVisitDay,
  StudyVisitFeedback,
  StudyVisitReplication,
  StudyVisitMessage,
  StudyVisitParticipant,
  StudyVisitTransition,
} from '../visits';

/** Every entity of every module: the ORM, the migrations and the tests use this one list. */
export const entities = [
  Province,
  Regency,
  Agency,
  Program,
  CatalogGeneration,
  ProgramCost,
  ProgramFunding,
  ProgramOutcome,
  ProgramPartner,
  ProgramContact,
  ProgramDocument,
  ProgramRevision,
  Adoption,
  Account,
  Membership,
  Session,
  Invitation,
  OutboxEvent,
  AuditEntry,
  RateLimitWindow,
  SignInFailure,
  HostCalendar,
  HostBlackoutDate,
  HostDayLoad,
  StudyVisit,
  StudyVisitDay,
  StudyVisitParticipant,
  StudyVisitTransition,
  StudyVisitMessage,
  StudyVisitAgendaItem,
  StudyVisitFeedback,
  StudyVisitReplication,
];
