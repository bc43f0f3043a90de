import { type ReactNode } from 'react';

export function PageHeader({ title, lead, actions }: { title: ReactNode; lead?: ReactNode; actions?: ReactNode }) {
  return (
    <header className="page-header">
      <h1>{title}</h1>
      {lead ? <p className="lead">{lead}</p> : null}
      {actions ? <div className="page-header__actions">{actions}</div> : null}
    </header>
  );
}
