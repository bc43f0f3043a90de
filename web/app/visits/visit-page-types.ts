import { type FieldErrors, type FormValues } from '../lib/form-reader';

/** Which form of the visit page was refused (its intent), with what was typed and why. */
export interface VisitRejection {
  intent: string;
  values: FormValues;
  fieldErrors: FieldErrors;
  formError?: string;
}

/** The rejection meant for one form of the page, if it was that form's. */
export function rejectionFor(rejection: VisitRejection | undefined, ...intents: string[]): VisitRejection | undefined {
  return rejection && intents.includes(rejection.intent) ? rejection : undefined;
}
