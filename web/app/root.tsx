import fontStyles from '@fontsource-variable/inter/wght.css?url';
import { type LinksFunction, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useRouteError, useRouteLoaderData } from '@remix-run/react';
import { type ReactNode } from 'react';
import { viewerOf } from './accounts/viewer.server';
import { ErrorPage, errorCopyFor } from './components/error-page';
import { SiteFooter } from './components/site-footer';
import { SiteHeader } from './components/site-header';
import { I18nProvider } from './i18n/i18n-context';
import { LanguageAlternates } from './i18n/language-alternates';
import { useNonce } from './lib/nonce';
import { languageOf, languageSwitchRedirect } from './i18n/language.server';
import { defaultLanguage } from './i18n/languages';
import { pageMeta, translatorForMeta } from './i18n/route-meta';
import { publicOriginOf } from './lib/public-origin.server';
import appStyles from './styles/app.css?url';
import printStyles from './styles/print.css?url';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: fontStyles },
  { rel: 'stylesheet', href: appStyles },
  { rel: 'stylesheet', href: printStyles, media: 'print' },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const switchLanguage = await languageSwitchRedirect(request);
  if (switchLanguage) throw switchLanguage;
  const [language, viewer] = await Promise.all([languageOf(request), viewerOf(request)]);
  return { language, viewer, origin: publicOriginOf(request) };
}

export const meta: MetaFunction<typeof loader> = ({ matches, error }) => {
  const t = translatorForMeta(matches);
  return error ? pageMeta(t, t(errorCopyFor(error).title)) : pageMeta(t);
};

export function Layout({ children }: { children: ReactNode }) {
  // Undefined when the root loader itself failed: the error page then speaks the default language.
  const rootData = useRouteLoaderData<typeof loader>('root');
  const language = rootData?.language ?? defaultLanguage;
  const nonce = useNonce();
  return (
    <html lang={language}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
        {rootData ? <LanguageAlternates origin={rootData.origin} language={language} /> : null}
      </head>
      <body>
        <I18nProvider language={language}>
          <SiteHeader viewer={rootData?.viewer ?? null} />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter />
        </I18nProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return <Outlet />;
}

export function ErrorBoundary() {
  const error = useRouteError();
  return <ErrorPage error={error} />;
}
