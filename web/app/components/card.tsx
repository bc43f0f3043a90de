import { Link } from '@remix-run/react';
import { type ReactNode } from 'react';

type HeadingLevel = 'h2' | 'h3' | 'h4';

/** A card whose title, when given an `href`, makes the whole card clickable while staying one link for screen readers. */
export function Card({
  title,
  href,
  headingLevel: Heading = 'h3',
  children,
}: {
  title?: ReactNode;
  href?: string;
  headingLevel?: HeadingLevel;
  children?: ReactNode;
}) {
  return (
    <article className="card">
      {title ? <Heading className="card__title">{href ? <Link to={href}>{title}</Link> : title}</Heading> : null}
      {children}
    </article>
  );
}
