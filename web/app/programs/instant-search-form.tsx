import { Form, useNavigate, useNavigation } from '@remix-run/react';
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';

const typingPauseMs = 300;

/**
 * A GET form that is an ordinary search form without JavaScript and searches as you type with it: a pause in
 * typing (or any change of a filter) submits it, replacing the history entry while typing so Back skips the
 * keystrokes. The address always holds the whole search, so it can be shared at any moment.
 */
export function InstantSearchForm({
  action,
  query,
  hrefOf,
  className,
  children,
}: {
  action: string;
  /** The query of the shown results, to bring the box in line after Back/Forward. */
  query: string;
  /** The clean address of what the form holds (no empty fields, no defaults), which is what gets opened. */
  hrefOf: (params: URLSearchParams) => string;
  className?: string;
  children: ReactNode;
}) {
  const navigate = useNavigate();
  const navigation = useNavigation();
  const formRef = useRef<HTMLFormElement>(null);
  const timer = useRef<number | undefined>(undefined);
  const searching = useRef(false);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  // A navigation started elsewhere (a compare toggle, a facet link) wins over a search still waiting for the
  // typing pause; otherwise the late search would replace it with the address it was about to leave.
  useEffect(() => {
    if (navigation.state === 'idle') searching.current = false;
    else if (!searching.current) window.clearTimeout(timer.current);
  }, [navigation.state]);

  useEffect(() => {
    const box = formRef.current?.querySelector<HTMLInputElement>('input[type="search"]');
    if (box && document.activeElement !== box && box.value !== query) box.value = query;
  }, [query]);

  function searchNow(form: HTMLFormElement, typing: boolean) {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
    searching.current = true;
    navigate(hrefOf(params), { replace: typing, preventScrollReset: true });
  }

  function onChange(event: FormEvent<HTMLFormElement>) {
    const form = event.currentTarget;
    const typing = (event.target as HTMLInputElement).type === 'search';
    window.clearTimeout(timer.current);
    if (typing) timer.current = window.setTimeout(() => searchNow(form, true), typingPauseMs);
    else searchNow(form, false);
  }

  return (
    <Form method="get" action={action} role="search" className={className} ref={formRef} onChange={onChange}>
      {children}
    </Form>
  );
}
