import { Form } from '@remix-run/react';
import { Button } from '../components/button';
import { ChoiceGroup } from '../components/choice-group';
import { Field } from '../components/field';
import { useI18n } from '../i18n/i18n-context';
import { shownChoices, shownValue } from '../lib/form-reader';
import { rejectionFor, type VisitRejection } from './visit-page-types';
import { type Visit, type VisitLimits } from './visit-queries.server';

/**
 * After the visit: the delegation rates it, says what it will apply at home and which programs it will replicate
 * (each visiting region then counts as planning to adopt them). Both sides see what was said.
 */
export function VisitFeedback({
  visit,
  limits,
  rejection,
}: {
  visit: Visit;
  limits: VisitLimits;
  rejection: VisitRejection | undefined;
}) {
  const { t } = useI18n();
  const refused = rejectionFor(rejection, 'feedback');
  const feedback = visit.feedback;
  const canGive = visit.viewerCan.giveFeedback;
  const ratings = Array.from({ length: limits.highestRating - limits.lowestRating + 1 }, (_, index) => limits.lowestRating + index);
  if (!feedback && !canGive) return null;

  return (
    <section className="card visit-feedback" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">{t('visit.feedback')}</h2>
      {feedback ? (
        <>
          <p>
            <strong>{t('visit.feedback.given', { rating: feedback.rating })}</strong>{' '}
            <span aria-hidden="true">{'★'.repeat(feedback.rating)}</span>
          </p>
          {feedback.willAdopt ? <p>{feedback.willAdopt}</p> : null}
          {feedback.replicatedPrograms.length > 0 ? (
            <p>
              {t('visit.feedback.replicate')}: {feedback.replicatedPrograms.map((program) => program.title).join(', ')}
            </p>
          ) : null}
        </>
      ) : null}
      {canGive && !feedback ? (
        <Form method="post" className="stacked-form" preventScrollReset>
          <input type="hidden" name="intent" value="feedback" />
          <ChoiceGroup
            type="radio"
            idPrefix="feedback"
            legend={t('visit.feedback.rating')}
            name="rating"
            options={ratings.map((rating) => ({
              value: String(rating),
              label: t('visit.feedback.ratingValue', { rating }),
            }))}
            checked={shownChoices(refused?.values, 'rating', [])}
            error={refused?.fieldErrors.rating}
          />
          <Field
            idPrefix="feedback"
            name="willAdopt"
            label={t('visit.feedback.willAdopt')}
            error={refused?.fieldErrors.willAdopt}
            control={(props) => (
              <textarea {...props} rows={3} defaultValue={shownValue(refused?.values, 'willAdopt', null)} />
            )}
          />
          <ChoiceGroup
            idPrefix="feedback"
            legend={t('visit.feedback.replicate')}
            hint={t('visit.feedback.replicate.hint')}
            name="replicateProgramSlugs"
            options={visit.programs.map((program) => ({ value: program.slug, label: program.title }))}
            checked={shownChoices(refused?.values, 'replicateProgramSlugs', [])}
            error={refused?.fieldErrors.replicateProgramSlugs}
          />
          <Button type="submit">{t('visit.feedback.submit')}</Button>
        </Form>
      ) : null}
    </section>
  );
}
