import { Form } from '@remix-run/react';
import { Button } from './button';

/**
 * One button that posts `intent` (when given) and the `id` of the row it acts on, so a table's per-row actions
 * work without JavaScript; a change of state is always a POST.
 */
export function IntentButton({ intent, id, label }: { intent?: string; id: string; label: string }) {
  return (
    <Form method="post">
      {intent ? <input type="hidden" name="intent" value={intent} /> : null}
      <input type="hidden" name="id" value={id} />
      <Button type="submit" variant="secondary">
        {label}
      </Button>
    </Form>
  );
}
