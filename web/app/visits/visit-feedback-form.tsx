import { Form } from '@remix-run/react';
import { Button } from '../components/button';
import { ChoiceGroup } from '../components/choice-group';
import { Field } from '../components/field';
import { useI18n } from '../i18n/i18n-context';
import { shownChoices, shownValue, type FormValues } from '../lib/form-reader';
import { adoptionStages } from '../programs/program-vocabulary';
import { replicationChoice } from './visit-feedback-input';
import { rejectionFor, type VisitRejection } from './visit-page-types';
import { type Visit, type VisitLimits } from './visit-queries.server';

type Regency = Visit['replicationRegenciesForViewer'][number];
type Replications = NonNullable<Visit['feedback']>['replications'];

/** What each region said it will replicate, one line per region. */
function ReplicationsGiven({ replications }: { replications: Replications }) {
  const { t } = useI18n();
  if (replications.length === 0) return <p>{t('visit.feedback.replicate.nothing')}</p>;
  const regencies = [...new Map(replications.map((replication) => [replication.regency.code, replication.regency])).values()];
  return (
    <dl className="visit-feedback__replications">
      {regencies.map((regency) => (
        <div key={regency.code}>
          <dt>{regency.name}</dt>
          {replications
            .filter((replication) => replication.regency.code === regency.code)
            .map((replication) => (
              <dd key={replication.program.slug}>
                {t('visit.feedback.replicate.answered', {
                  program: replication.program.title,
                  stage: t(`adoptionStage.${replication.stage}`),
                })}
              </dd>
            ))}
        </div>
      ))}
    </dl>
  );
}

/** One region's rows: for each program of the visit, the stage it will replicate it to (or not at all). */
function RegencyReplicationRows({
  regency,
  visit,
  chosen,
}: {
  regency: Regency;
  visit: Visit;
  chosen: string[];
}) {
  const { t } = useI18n();
  return (
    <fieldset className="visit-feedback__regency">
      <legend>{t('visit.feedback.replicate.regency', { regency: regency.name })}</legend>
      {visit.programs.map((program) => {
        const choices = adoptionStages.map((stage) => replicationChoice(regency.code, program.slug, stage));
        const selected = choices.find((choice) => chosen.includes(choice)) ?? '';
        return (
          <Field
            key={program.slug}
            idPrefix={`feedback-${regency.code}-${program.slug}`}
            name="replications"
            label={program.title}
            control={(props) => (
              <select {...props} defaultValue={selected}>
                <option value="">{t('visit.feedback.replicate.none')}</option>
                {adoptionStages.map((stage, index) => (
                  <option key={stage} value={choices[index]}>
                    {t(`adoptionStage.${stage}`)}
                  </option>
                ))}
              </select>
            )}
          />
        );
      })}
    </fieldset>
  );
}

/** What the form shows as chosen: what was sent (after a refusal), else what the regencies said before. */
function chosenReplications(values: FormValues | undefined, replications: Replications): string[] {
  const stored = replications.map((replication) => replicationChoice(replication.regency.code, replication.program.slug, replication.stage));
  return shownChoices(values, 'replications', stored);
}

/**
 * After the visit: the delegation rates it, says what it will apply at home and, for each region the viewer speaks
 * for (the API says which), which programs that region will replicate and how far. Only a region that says so
 * counts as replicating a program. Both sides see what was said.
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
  const chosen = chosenReplications(refused?.values, feedback?.replications ?? []);

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
          <h3>{t('visit.feedback.replicate')}</h3>
          <ReplicationsGiven replications={feedback.replications} />
        </>
      ) : null}
      {canGive ? (
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
            checked={shownChoices(refused?.values, 'rating', feedback ? [String(feedback.rating)] : [])}
            error={refused?.fieldErrors.rating}
          />
          <Field
            idPrefix="feedback"
            name="willAdopt"
            label={t('visit.feedback.willAdopt')}
            error={refused?.fieldErrors.willAdopt}
            control={(props) => (
              <textarea {...props} rows={3} defaultValue={shownValue(refused?.values, 'willAdopt', feedback?.willAdopt ?? null)} />
            )}
          />
          {visit.replicationRegenciesForViewer.length > 0 ? (
            <fieldset aria-describedby="feedback-replications-hint">
              <legend>{t('visit.feedback.replicate')}</legend>
              <p id="feedback-replications-hint" className="field__hint">
                {t('visit.feedback.replicate.hint')}
              </p>
              {refused?.fieldErrors.replications ? (
                <p className="field__error" role="alert">
                  {refused.fieldErrors.replications}
                </p>
              ) : null}
              {visit.replicationRegenciesForViewer.map((regency) => (
                <RegencyReplicationRows key={regency.code} regency={regency} visit={visit} chosen={chosen} />
              ))}
            </fieldset>
          ) : null}
          <Button type="submit">{t('visit.feedback.submit')}</Button>
        </Form>
      ) : null}
    </section>
  );
}
