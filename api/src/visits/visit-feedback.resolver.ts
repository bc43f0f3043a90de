import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { replicationRegenciesOf } from '../accounts';
import { AdoptionGql } from '../adoptions';
import { type RequestContext } from '../core';
import { ProgramGql } from '../programs';
import { RegencyType } from '../regions';
import { findVisibleVisit, partiesOf } from './visit-records';
import { type StudyVisit, type StudyVisitFeedback, StudyVisitReplication } from './visit.entities';
import { StudyVisitGql, VisitFeedbackGql, VisitReplicationGql } from './visit.types';

/** What the feedback adds to a visit: whose replication the viewer answers for. */
@Resolver(() => StudyVisitGql)
export class VisitReplicationRegenciesResolver {
  @FieldResolver(() => [RegencyType], {
    description: 'The visiting regencies whose replication you answer for in the feedback: the coordinator every one, a delegate its own.',
  })
  async replicationRegenciesForViewer(@Root() visit: StudyVisit, @Ctx() { em, viewer }: RequestContext) {
    const codes = new Set(replicationRegenciesOf(await viewer(), await partiesOf(em, visit)));
    return (await visit.visitingRegencies.load()).getItems().filter((regency) => codes.has(regency.code));
  }
}

@Resolver(() => VisitFeedbackGql)
export class VisitFeedbackResolver {
  @FieldResolver(() => [VisitReplicationGql], { description: 'What each visiting regency said it will replicate, by regency and program.' })
  replications(@Root() feedback: StudyVisitFeedback, @Ctx() { em }: RequestContext) {
    return em.find(StudyVisitReplication, { feedback }, { orderBy: { regency: { name: 'asc' }, program: { title: 'asc' } } });
  }
}

@Resolver(() => VisitReplicationGql)
export class VisitReplicationResolver {
  @FieldResolver(() => RegencyType)
  regency(@Root() replication: StudyVisitReplication) {
    return replication.regency.loadOrFail();
  }

  @FieldResolver(() => ProgramGql)
  program(@Root() replication: StudyVisitReplication) {
    return replication.program.loadOrFail();
  }
}

/** Where an adoption came from, when a visit's feedback recorded it. */
@Resolver(() => AdoptionGql)
export class AdoptionStudyVisitResolver {
  @FieldResolver(() => StudyVisitGql, {
    nullable: true,
    description: 'The study visit whose feedback recorded or last advanced this adoption; null when none did or you may not see it.',
  })
  async studyVisit(@Root() adoption: { id: string }, @Ctx() { em, viewer }: RequestContext) {
    const replication = await em.findOne(StudyVisitReplication, { adoption: adoption.id }, { orderBy: { updatedAt: 'desc' }, populate: ['feedback'] });
    if (!replication) return null;
    return findVisibleVisit(em, await viewer(), replication.feedback.getEntity().visit.id);
  }
}
