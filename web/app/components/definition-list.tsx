import { type ReactNode } from 'react';

export interface DefinitionRow {
  label: string;
  value: ReactNode;
}

/** Labelled values as a `<dl>`, one group per row (labels are unique within a list). */
export function DefinitionList({ rows, className }: { rows: readonly DefinitionRow[]; className: string }) {
  return (
    <dl className={className}>
      {rows.map((row) => (
        <div key={row.label}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
