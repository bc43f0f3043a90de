import { type ReactNode } from 'react';

/**
 * A wide table that scrolls sideways on small screens. The scrolling box is focusable and named, so keyboard
 * users can scroll it too (axe: scrollable-region-focusable).
 */
export function TableScroll({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={['table-scroll', className].filter(Boolean).join(' ')}
      role="region"
      aria-label={label}
      // A scrollable region must be reachable by keyboard to be scrolled without a pointer.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      {children}
    </div>
  );
}
