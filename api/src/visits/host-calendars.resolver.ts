import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CapabilitiesGql } from '../accounts';
import { canEditHostCalendar } from '../accounts';
import { AgencyGql } from '../agencies';
import { RegencyType } from '../regions';
import { type RequestContext } from '../core';
import {
  addBlackoutDate,
  findHostCalendar,
  hostAvailability,
  hostCalendarRegencyCodesKeptBy,
  hostScopeOf,
  removeBlackoutDate,
  setHostCalendar,
} from './host-calendars.service';
import { type HostCalendar } from './visit.entities';
import { HostCalendarInput } from './visit.inputs';
import { BlackoutDateGql, DayAvailabilityGql, HostCalendarGql } from './visit.types';

@Resolver(() => HostCalendarGql)
export class HostCalendarsResolver {
  @Query(() => HostCalendarGql, { nullable: true, description: 'When a host regency receives visits; null when it has published no calendar.' })
  hostCalendar(@Ctx() { em }: RequestContext, @Arg('hostRegencyCode', () => String) hostRegencyCode: string) {
    return findHostCalendar(em, hostRegencyCode);
  }

  @Query(() => [DayAvailabilityGql], { description: 'One status per day from `from` to `to` (YYYY-MM-DD, at most 366 days).' })
  availability(
    @Ctx() { em, now }: RequestContext,
    @Arg('hostRegencyCode', () => String) hostRegencyCode: string,
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
  ) {
    return hostAvailability(em, hostRegencyCode, from, to, now);
  }

  @Mutation(() => HostCalendarGql, { description: 'Publish or change a host calendar (host editors of the regency).' })
  async setHostCalendar(@Ctx() { em, viewer, now }: RequestContext, @Arg('input', () => HostCalendarInput) input: HostCalendarInput) {
    return setHostCalendar(em, await viewer(), input, now);
  }

  @Mutation(() => HostCalendarGql, { description: 'Close a day for visits, with the reason requesters will see.' })
  async addHostBlackoutDate(
    @Ctx() { em, viewer, now }: RequestContext,
    @Arg('hostRegencyCode', () => String) hostRegencyCode: string,
    @Arg('date', () => String) date: string,
    @Arg('reason', () => String) reason: string,
  ) {
    return addBlackoutDate(em, await viewer(), hostRegencyCode, date, reason, now);
  }

  @Mutation(() => HostCalendarGql)
  async removeHostBlackoutDate(
    @Ctx() { em, viewer }: RequestContext,
    @Arg('hostRegencyCode', () => String) hostRegencyCode: string,
    @Arg('date', () => String) date: string,
  ) {
    return removeBlackoutDate(em, await viewer(), hostRegencyCode, date);
  }

  @FieldResolver(() => RegencyType)
  hostRegency(@Root() calendar: HostCalendar) {
    return calendar.hostRegency.loadOrFail();
  }

  @FieldResolver(() => AgencyGql, { nullable: true })
  agency(@Root() calendar: HostCalendar) {
    return calendar.agency?.load() ?? null;
  }

  @FieldResolver(() => String, { description: 'IANA zone of the host: Asia/Jakarta, Asia/Makassar or Asia/Jayapura.' })
  async timeZone(@Root() calendar: HostCalendar) {
    const regency = await calendar.hostRegency.loadOrFail({ populate: ['province'] });
    return regency.province.getEntity().timeZone;
  }

  @FieldResolver(() => [BlackoutDateGql])
  async blackoutDates(@Root() calendar: HostCalendar) {
    return (await calendar.blackoutDates.load()).getItems();
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may change this calendar.' })
  async canEdit(@Root() calendar: HostCalendar, @Ctx() { viewer }: RequestContext) {
    return canEditHostCalendar(await viewer(), hostScopeOf(calendar));
  }
}

/** The calendars are this module's, so the capability that names them is served from here. */
@Resolver(() => CapabilitiesGql)
export class HostCalendarCapabilitiesResolver {
  @FieldResolver(() => [String], { description: 'Regencies whose host calendar is yours to keep, including those whose calendar names an agency you edit for.' })
  async hostCalendarRegencyCodes(@Ctx() { em, viewer }: RequestContext): Promise<string[]> {
    const signedIn = await viewer();
    return signedIn ? hostCalendarRegencyCodesKeptBy(em, signedIn) : [];
  }
}
