import { Account, Invitation, Membership, Session } from '../accounts/account.entities';
import { Adoption } from '../adoptions/adoption.entity';
import { Agency } from '../agencies/agency.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import {
  Program,
  ProgramContact,
  ProgramCost,
  ProgramDocument,
  ProgramFunding,
  ProgramOutcome,
  ProgramPartner,
  ProgramRevision,
} from '../programs/program.entities';
import { CatalogGeneration } from '../programs/catalog-generation.entity';
import { RateLimitWindow, SignInFailure } from '../rate-limits/client-counter.entities';
import { OutboxEvent } from '../outbox/outbox-event.entity';
import { Province, Regency } from '../regions/region.entities';
import {
  HostBlackoutDate,
  HostCalendar,
  HostDayLoad,
  StudyVisit,
  StudyVisitAgendaItem,
  StudyVisitDay,
  StudyVisitFeedback,
  StudyVisitMessage,
  StudyVisitParticipant,
  StudyVisitTransition,
} from '../visits/visit.entities';

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
];
