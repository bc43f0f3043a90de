import { describe, expect, it } from 'vitest';
import { FormReader } from '../lib/form-reader';
import { feedbackInputFrom, replicationChoice } from './visit-feedback-input';
import { type VisitLimits } from './visit-queries.server';

const limits = { lowestRating: 1, highestRating: 5, willAdopt: 4000 } as VisitLimits;

function reader(entries: [string, string][]): FormReader {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return new FormReader(form, 'id');
}

describe('the feedback form as the API input', () => {
  it('sends one replication per region and program chosen, and none for the rows left at "not replicating"', () => {
    const form = reader([
      ['rating', '5'],
      ['replications', replicationChoice('63.09', 'ritta-prabumulih', 'PLANNING')],
      ['replications', ''],
      ['replications', replicationChoice('63.72', 'ritta-prabumulih', 'ADOPTED')],
    ]);
    expect(feedbackInputFrom(form, limits)).toEqual({
      rating: 5,
      willAdopt: null,
      replications: [
        { regencyCode: '63.09', programSlug: 'ritta-prabumulih', stage: 'PLANNING' },
        { regencyCode: '63.72', programSlug: 'ritta-prabumulih', stage: 'ADOPTED' },
      ],
    });
    expect(form.valid).toBe(true);
  });

  it.each(['63.09|ritta-prabumulih|DONE', '63.09|ritta-prabumulih', '63.09|ritta|PLANNING|x'])('refuses the choice %s next to the rows', (choice) => {
    const form = reader([
      ['rating', '4'],
      ['replications', choice],
    ]);
    expect(feedbackInputFrom(form, limits).replications).toEqual([]);
    expect(form.errors.replications).toBe('Pilih salah satu pilihan yang tersedia.');
  });
});
