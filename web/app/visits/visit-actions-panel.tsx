import { Form } from '@remix-run/react';
import { Button } from '../components/button';
import { Field } from '../components/field';
import { useI18n } from '../i18n/i18n-context';
import { shownValue } from '../lib/form-reader';
import { transitionIntents } from './visit-intents';
import { rejectionFor, type VisitRejection } from './visit-page-types';
import { type Visit, type VisitLimits } from './visit-queries.server';

/**
 * The workflow steps the viewer may take now (the API's `allowedActions`): one form with an optional reason and a
 * button per step, and a separate form to propose other days.
 */
export function VisitActionsPanel({
  visit,
  limits,
  rejection,
}: {
  visit: Visit;
  limits: VisitLimits;
  rejection: VisitRejection | undefined;
}) {
  const { t } = useI18n();
  const steps = transitionIntents.filter((intent) => visit.allowedActions.includes(intent));
  const canPropose = visit.allowedActions.includes('PROPOSE_DATES');
  const stepRejection = rejectionFor(rejection, ...transitionIntents);
  const proposeRejection = rejectionFor(rejection, 'PROPOSE_DATES');
  const needsReason = (step: string) => visit.actionsNeedingReason.some((action) => action === step);

  return (
    <section className="card visit-actions" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t('visit.actions.title')}</h2>
      {steps.length === 0 && !canPropose ? <p className="muted">{t('visit.actions.none')}</p> : null}
      {steps.length > 0 ? (
        <Form method="post" className="stacked-form" preventScrollReset>
          <Field
            idPrefix="step"
            name="reason"
            label={steps.some(needsReason) ? t('visit.actions.reasonRequired') : t('visit.actions.reason')}
            error={stepRejection?.fieldErrors.reason}
            control={(props) => (
              <textarea {...props} rows={2} defaultValue={shownValue(stepRejection?.values, 'reason', null)} />
            )}
          />
          <div className="visit-actions__buttons">
            {steps.map((step, index) => (
              <Button
                key={step}
                type="submit"
                name="intent"
                value={step}
                variant={index === 0 && !needsReason(step) ? 'primary' : 'secondary'}
              >
                {step === 'CONFIRM' && visit.state === 'RESCHEDULE_PROPOSED'
                  ? t('visit.actions.CONFIRM_PROPOSED')
                  : t(`visit.actions.${step}`)}
              </Button>
            ))}
          </div>
        </Form>
      ) : null}
      {canPropose ? (
        <details className="visit-actions__propose" open={proposeRejection ? true : undefined}>
          <summary>{t('visit.actions.PROPOSE_DATES')}</summary>
          <Form method="post" className="stacked-form" preventScrollReset>
            <input type="hidden" name="intent" value="PROPOSE_DATES" />
            <fieldset className="field choice-group" aria-describedby="propose-dates-hint">
              <legend className="field__label">{t('visit.actions.proposeDates')}</legend>
              <p className="field__hint" id="propose-dates-hint">
                {t('visit.actions.proposeDates.hint')}
              </p>
              {proposeRejection?.fieldErrors.dates ? (
                <p className="field__error">{proposeRejection.fieldErrors.dates}</p>
              ) : null}
              <div className="propose-dates">
                {Array.from({ length: limits.daysPerVisit }, (_, index) => {
                  const typed = proposeRejection?.values.dates;
                  return (
                    <input
                      key={index}
                      type="date"
                      name="dates"
                      aria-label={`${t('visit.actions.proposeDates')} ${index + 1}`}
                      defaultValue={Array.isArray(typed) ? typed[index] ?? '' : ''}
                    />
                  );
                })}
              </div>
            </fieldset>
            <Field
              idPrefix="propose"
              name="reason"
              label={t('visit.actions.reason')}
              error={proposeRejection?.fieldErrors.reason}
              control={(props) => (
                <textarea {...props} rows={2} defaultValue={shownValue(proposeRejection?.values, 'reason', null)} />
              )}
            />
            <Button type="submit" variant="secondary">
              {t('visit.actions.PROPOSE_DATES')}
            </Button>
          </Form>
        </details>
      ) : null}
    </section>
  );
}
