import { createRemixStub } from '@remix-run/testing';
import { render } from '@testing-library/react';
import { type ComponentType } from 'react';
import { I18nProvider } from '../i18n/i18n-context';
import { type Language } from '../i18n/languages';

type StubRoute = Parameters<typeof createRemixStub>[0][number];

/**
 * Renders one route in memory with its loader and action (Remix's test stub), in the given language, so a form
 * test submits to a real action and sees what it answers.
 */
export function renderRoute(
  path: string,
  route: { Component: ComponentType; loader?: StubRoute['loader']; action?: StubRoute['action'] },
  language: Language = 'id',
) {
  const Page = route.Component;
  const Stub = createRemixStub([
    {
      path,
      loader: route.loader,
      action: route.action,
      Component: () => (
        <I18nProvider language={language}>
          <Page />
        </I18nProvider>
      ),
    },
  ]);
  return render(<Stub initialEntries={[path]} />);
}
