import { acceptedDatesSentence, isAcceptedDate } from '../core';
import { InvalidInput } from '../errors';
import { type ProgramOutcome } from './program.entities';
import { type OutcomeSourceInput } from './program.inputs';

type SourceColumns = Pick<ProgramOutcome, 'sourceTitle' | 'sourcePublisher' | 'sourcePublishedOn' | 'sourceUrl'>;

const NO_SOURCE: SourceColumns = { sourceTitle: null, sourcePublisher: null, sourcePublishedOn: null, sourceUrl: null };

function given(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}

/**
 * The columns an outcome's source input sets: all four at once, so a new source never keeps a part of the
 * old one. Lengths and the address scheme are checked on the input type; here the rules across fields.
 */
export function outcomeSourceColumns(input: OutcomeSourceInput | null): SourceColumns {
  if (input === null) return NO_SOURCE;
  const columns: SourceColumns = {
    sourceTitle: given(input.title),
    sourcePublisher: given(input.publisher),
    sourcePublishedOn: given(input.publishedOn),
    sourceUrl: given(input.url),
  };
  if (Object.values(columns).every((value) => value === null)) return NO_SOURCE;
  if (columns.sourceTitle === null) throw new InvalidInput('source.title', 'A source needs a title, e.g. the headline of the article.');
  const publishedOn = columns.sourcePublishedOn;
  if (publishedOn && !isAcceptedDate(publishedOn)) {
    throw new InvalidInput('source.publishedOn', `That is not a publication date this profile can hold. ${acceptedDatesSentence()}`);
  }
  return columns;
}

/** The source as the API shows it, or null when the outcome names none. */
export function outcomeSourceOf(outcome: SourceColumns) {
  if (outcome.sourceTitle === null) return null;
  return { title: outcome.sourceTitle, publisher: outcome.sourcePublisher, publishedOn: outcome.sourcePublishedOn, url: outcome.sourceUrl };
}
