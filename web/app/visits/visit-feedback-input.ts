import { type FormReader } from '../lib/form-reader';
import { adoptionStages, type AdoptionStage } from '../programs/program-vocabulary';
import { type FeedbackInput } from './visit-mutations.server';
import { type VisitLimits } from './visit-queries.server';

const SEPARATOR = '|';

/** The value of one option of the feedback form: this region replicates this program to this stage. */
export function replicationChoice(regencyCode: string, programSlug: string, stage: AdoptionStage): string {
  return [regencyCode, programSlug, stage].join(SEPARATOR);
}

function isAdoptionStage(value: string | undefined): value is AdoptionStage {
  return adoptionStages.some((stage) => stage === value);
}

/** The feedback form as the API's input; whether a region and program belong to the visit is the API's to say. */
export function feedbackInputFrom(form: FormReader, limits: VisitLimits): FeedbackInput {
  const replications = form.all('replications').flatMap((choice) => {
    const [regencyCode = '', programSlug = '', stage, ...rest] = choice.split(SEPARATOR);
    if (!isAdoptionStage(stage) || rest.length > 0) {
      form.fail('replications', form.t('form.error.choice'));
      return [];
    }
    return [{ regencyCode, programSlug, stage }];
  });
  return {
    rating: form.integer('rating', { required: true, min: limits.lowestRating, max: limits.highestRating }) ?? 0,
    willAdopt: form.text('willAdopt', { max: limits.willAdopt }),
    replications,
  };
}
