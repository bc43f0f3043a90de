import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { visitSidesOf } from '../accounts';
import { AgencyGql } from '../agencies';
import { ProgramGql } from '../programs';
import { RegencyType } from '../regions';
import { type RequestContext } from '../core';
import { addAgendaItem, postVisitMessage, removeAgendaItem, updateAgendaItem } from './visit-collaboration.service';
import { AdoptionStudyVisitResolver, VisitFeedbackResolver, VisitReplicationRegenciesResolver, VisitReplicationResolver } from './visit-feedback.resolver';
import { giveVisitFeedback } from './visit-feedback.service';
import {
  agendaOf,
  datesOf,
  findVisibleVisit,
  hostTimeZoneOf,
  listMyVisits,
  partiesOf,
  type VisitRole,
} from './visit-records';
import { requestVisit } from './visit-requests.service';
import { performVisitAction } from './visit-transitions.service';
import {
  type StudyVisit,
  StudyVisitFeedback,
  StudyVisitMessage,
  type StudyVisitParticipant,
  StudyVisitTransition,
} from './visit.entities';
import { RequestVisitInput, VisitAgendaItemInput, VisitFeedbackInput } from './visit.inputs';
import {
  StudyVisitGql,
  VisitActionEnum,
  VisitAgendaItemGql,
  VisitFeedbackGql,
  VisitMessageGql,
  VisitParticipantGql,
  VisitRoleEnum,
  VisitSideEnum,
  VisitStateEnum,
  VisitLimitsGql,
  VisitTransitionGql,
  VisitViewerCanGql,
} from './visit.types';
import { VISIT_LIMITS } from './visit-limits';
import { allowedActions, collaborationOf, REASON_REQUIRED, VISIT_ACTIONS, type VisitAction, type VisitState } from './visit-workflow';

async function actionsAllowedNow(visit: StudyVisit, { em, viewer, now }: RequestContext): Promise<VisitAction[]> {
  const sides = visitSidesOf(await viewer(), await partiesOf(em, visit));
  const context = { now, lastVisitDay: (await datesOf(em, visit)).current.at(-1)!, hostTimeZone: await hostTimeZoneOf(visit) };
  const allowed = new Set(sides.flatMap((side) => allowedActions(visit.state, side, context)));
  return VISIT_ACTIONS.filter((action) => allowed.has(action));
}

async function act(context: RequestContext, id: string, action: VisitAction, options: { reason?: string | null; dates?: string[] | null } = {}) {
  return performVisitAction(context.em, await context.viewer(), id, action, options, context.now, context.webOrigin);
}

@Resolver(() => StudyVisitGql)
export class VisitsResolver {
  @Query(() => VisitLimitsGql, { description: 'The sizes the API accepts for a visit’s inputs, for forms to check before they send.' })
  visitLimits(): VisitLimitsGql {
    return { ...VISIT_LIMITS };
  }

  @Query(() => [StudyVisitGql], { description: 'Visits you host (HOST) or your delegation makes (DELEGATION), newest request first.' })
  async myVisits(
    @Ctx() { em, viewer }: RequestContext,
    @Arg('role', () => VisitRoleEnum) role: VisitRole,
    @Arg('states', () => [VisitStateEnum], { nullable: true }) states?: VisitState[] | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
  ) {
    return listMyVisits(em, await viewer(), role, { states, first });
  }

  @Query(() => StudyVisitGql, { nullable: true, description: 'A visit you take part in (or any, for admins); null otherwise.' })
  async visit(@Ctx() { em, viewer }: RequestContext, @Arg('id', () => ID) id: string) {
    return findVisibleVisit(em, await viewer(), id);
  }

  @Mutation(() => StudyVisitGql, { description: 'Ask a host to receive a delegation. Refused with BAD_USER_INPUT naming each day the host cannot take, and why.' })
  async requestVisit(@Ctx() { em, viewer, now, webOrigin }: RequestContext, @Arg('input', () => RequestVisitInput) input: RequestVisitInput) {
    return requestVisit(em, await viewer(), input, now, webOrigin);
  }

  @Mutation(() => StudyVisitGql, { description: 'Host: accept a request. CONFLICT naming the day when the day is already full.' })
  acceptVisit(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string, @Arg('reason', () => String, { nullable: true }) reason?: string) {
    return act(context, id, 'ACCEPT', { reason });
  }

  @Mutation(() => StudyVisitGql, { description: 'Host: decline a request. The reason is required (BAD_USER_INPUT on `reason` without one).' })
  declineVisit(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string, @Arg('reason', () => String, { nullable: true }) reason?: string) {
    return act(context, id, 'DECLINE', { reason });
  }

  @Mutation(() => StudyVisitGql, { description: 'Host: propose other days (YYYY-MM-DD). Releases the days the visit held until the requester confirms.' })
  proposeVisitDates(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('dates', () => [String]) dates: string[],
    @Arg('reason', () => String, { nullable: true }) reason?: string,
  ) {
    return act(context, id, 'PROPOSE_DATES', { reason, dates });
  }

  @Mutation(() => StudyVisitGql, { description: 'Requester: confirm an accepted visit, or take the proposed dates. CONFLICT naming the day when it filled up meanwhile.' })
  confirmVisit(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string, @Arg('reason', () => String, { nullable: true }) reason?: string) {
    return act(context, id, 'CONFIRM', { reason });
  }

  @Mutation(() => StudyVisitGql, { description: 'Either side: call the visit off. The reason is required.' })
  cancelVisit(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string, @Arg('reason', () => String, { nullable: true }) reason?: string) {
    return act(context, id, 'CANCEL', { reason });
  }

  @Mutation(() => StudyVisitGql, { description: 'Host: mark a confirmed visit completed, from its last day on.' })
  completeVisit(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string, @Arg('reason', () => String, { nullable: true }) reason?: string) {
    return act(context, id, 'COMPLETE', { reason });
  }

  @Mutation(() => StudyVisitGql, { description: 'Write on the visit thread; the other side gets an e-mail.' })
  async postVisitMessage(@Ctx() { em, viewer, webOrigin }: RequestContext, @Arg('visitId', () => ID) visitId: string, @Arg('body', () => String) body: string) {
    return postVisitMessage(em, await viewer(), visitId, body, webOrigin);
  }

  @Mutation(() => StudyVisitGql, { description: 'Host: add a line to the agenda.' })
  async addVisitAgendaItem(
    @Ctx() { em, viewer, now, webOrigin }: RequestContext,
    @Arg('visitId', () => ID) visitId: string,
    @Arg('input', () => VisitAgendaItemInput) input: VisitAgendaItemInput,
  ) {
    return addAgendaItem(em, await viewer(), visitId, input, now, webOrigin);
  }

  @Mutation(() => StudyVisitGql, { description: 'Host: change an agenda line.' })
  async updateVisitAgendaItem(
    @Ctx() { em, viewer, now, webOrigin }: RequestContext,
    @Arg('visitId', () => ID) visitId: string,
    @Arg('itemId', () => ID) itemId: string,
    @Arg('input', () => VisitAgendaItemInput) input: VisitAgendaItemInput,
  ) {
    return updateAgendaItem(em, await viewer(), visitId, Number(itemId), input, now, webOrigin);
  }

  @Mutation(() => StudyVisitGql, { description: 'Host: remove an agenda line.' })
  async removeVisitAgendaItem(@Ctx() { em, viewer, now, webOrigin }: RequestContext, @Arg('visitId', () => ID) visitId: string, @Arg('itemId', () => ID) itemId: string) {
    return removeAgendaItem(em, await viewer(), visitId, Number(itemId), now, webOrigin);
  }

  @Mutation(() => StudyVisitGql, { description: 'Delegation: feedback on a completed visit; each visiting regency\'s "we will replicate this" records or advances its own Adoption.' })
  async giveVisitFeedback(
    @Ctx() { em, viewer, now }: RequestContext,
    @Arg('visitId', () => ID) visitId: string,
    @Arg('input', () => VisitFeedbackInput) input: VisitFeedbackInput,
  ) {
    return giveVisitFeedback(em, await viewer(), visitId, input, now);
  }

  @FieldResolver(() => RegencyType)
  hostRegency(@Root() visit: StudyVisit) {
    return visit.hostRegency.loadOrFail();
  }

  @FieldResolver(() => String, { description: 'IANA zone all the visit’s dates and times are in.' })
  hostTimeZone(@Root() visit: StudyVisit) {
    return hostTimeZoneOf(visit);
  }

  @FieldResolver(() => [ProgramGql])
  async programs(@Root() visit: StudyVisit) {
    return (await visit.programs.load()).getItems();
  }

  @FieldResolver(() => [RegencyType])
  async visitingRegencies(@Root() visit: StudyVisit) {
    return (await visit.visitingRegencies.load()).getItems();
  }

  @FieldResolver(() => [AgencyGql])
  async visitingAgencies(@Root() visit: StudyVisit) {
    return (await visit.visitingAgencies.load()).getItems();
  }

  @FieldResolver(() => AgencyGql, { nullable: true })
  coordinatorAgency(@Root() visit: StudyVisit) {
    return visit.coordinatorAgency?.load() ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Display name of the account that made the request.' })
  async requesterName(@Root() visit: StudyVisit) {
    return (await visit.requester?.load())?.displayName ?? null;
  }

  @FieldResolver(() => [String], { description: 'The visit days, YYYY-MM-DD in the host time zone.' })
  async dates(@Root() visit: StudyVisit, @Ctx() { em }: RequestContext) {
    return (await datesOf(em, visit)).current;
  }

  @FieldResolver(() => [String], { description: 'Days the host proposed, while the state is RESCHEDULE_PROPOSED.' })
  async proposedDates(@Root() visit: StudyVisit, @Ctx() { em }: RequestContext) {
    return (await datesOf(em, visit)).proposed;
  }

  @FieldResolver(() => [VisitParticipantGql])
  async participants(@Root() visit: StudyVisit) {
    return (await visit.participants.load()).getItems();
  }

  @FieldResolver(() => [VisitSideEnum], { description: 'The sides you speak for on this visit.' })
  async mySides(@Root() visit: StudyVisit, @Ctx() { em, viewer }: RequestContext) {
    return visitSidesOf(await viewer(), await partiesOf(em, visit));
  }

  @FieldResolver(() => [VisitActionEnum], { description: 'The workflow actions you can take now: the buttons to show.' })
  async allowedActions(@Root() visit: StudyVisit, @Ctx() context: RequestContext) {
    return actionsAllowedNow(visit, context);
  }

  @FieldResolver(() => [VisitActionEnum], { description: 'Those of allowedActions that are refused without a reason.' })
  async actionsNeedingReason(@Root() visit: StudyVisit, @Ctx() context: RequestContext) {
    return (await actionsAllowedNow(visit, context)).filter((action) => REASON_REQUIRED.includes(action));
  }

  @FieldResolver(() => VisitViewerCanGql)
  async viewerCan(@Root() visit: StudyVisit, @Ctx() { em, viewer }: RequestContext): Promise<VisitViewerCanGql> {
    return collaborationOf(visit.state, visitSidesOf(await viewer(), await partiesOf(em, visit)));
  }

  @FieldResolver(() => [VisitTransitionGql], { description: 'Every step, oldest first.' })
  history(@Root() visit: StudyVisit, @Ctx() { em }: RequestContext) {
    return em.find(StudyVisitTransition, { visit }, { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => [VisitMessageGql], { description: 'The thread between host and delegation, oldest first.' })
  messages(@Root() visit: StudyVisit, @Ctx() { em }: RequestContext) {
    return em.find(StudyVisitMessage, { visit }, { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => [VisitAgendaItemGql], { description: 'By day and start time.' })
  agenda(@Root() visit: StudyVisit, @Ctx() { em }: RequestContext) {
    return agendaOf(em, visit);
  }

  @FieldResolver(() => VisitFeedbackGql, { nullable: true })
  feedback(@Root() visit: StudyVisit, @Ctx() { em }: RequestContext) {
    return em.findOne(StudyVisitFeedback, { visit });
  }

  @FieldResolver(() => String, { description: 'Path of the iCalendar file on the API, for the host and the delegation (session cookie).' })
  calendarPath(@Root() visit: StudyVisit) {
    return `/visits/${visit.id}/calendar.ics`;
  }
}

@Resolver(() => VisitTransitionGql)
export class VisitTransitionsResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Who took the step; null for visits recorded from public sources.' })
  async actorName(@Root() step: StudyVisitTransition) {
    return (await step.actor?.load())?.displayName ?? null;
  }
}

@Resolver(() => VisitMessageGql)
export class VisitMessagesResolver {
  @FieldResolver(() => String, { nullable: true })
  async authorName(@Root() message: StudyVisitMessage) {
    return (await message.author?.load())?.displayName ?? null;
  }
}

@Resolver(() => VisitParticipantGql)
export class VisitParticipantsResolver {
  @FieldResolver(() => AgencyGql, { nullable: true })
  agency(@Root() participant: StudyVisitParticipant) {
    return participant.agency?.load() ?? null;
  }
}

export const visitResolvers = [
  VisitsResolver,
  VisitTransitionsResolver,
  VisitMessagesResolver,
  VisitParticipantsResolver,
  VisitReplicationRegenciesResolver,
  VisitFeedbackResolver,
  VisitReplicationResolver,
  AdoptionStudyVisitResolver,
] as const;
