// type-graphql's decorators read design-time types through reflect-metadata; every module's GraphQL types load core first.
import 'reflect-metadata';
export type { BackgroundService } from './background-service';
export { BigIntScalar } from './bigint-scalar';
export { assertStorableRupiah } from './column-ranges';
export { acceptDatesWithin, acceptedDatesSentence, acceptedPeriodsSentence, type DateWindow, dateWindowEnvironment, dateWindowFromEnvironment, isAcceptedDate, isAcceptedPeriod, isCalendarDate } from './date-window';
export { type DocumentLanguage, formatCalendarDate, formatCalendarDates, formatRupiah } from './official-format';
export { graphqlEnum } from './graphql-enums';
export { createLogger, type Logger } from './logger';
export { bilingualText, type MailTemplates, type RenderedMail } from './mail';
export { PageInfoGql } from './page-info';
export { type RequestContext, SESSION_COOKIE } from './request-context';
export { currentRequest, requestScopeMiddleware } from './request-scope';
export { type Role, ROLES, type Viewer, type ViewerMembership, VISIT_SIDES, type VisitSide } from './viewer';
