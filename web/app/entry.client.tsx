import { RemixBrowser } from '@remix-run/react';
import { startTransition, StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { z } from 'zod';

// The site's CSP allows no eval: Zod's JIT would probe `new Function`, which Chromium reports as a violation even
// though Zod catches the refusal. Set here, in the browser's entry, before any form builds a schema.
z.config({ jitless: true });

startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <RemixBrowser />
    </StrictMode>
  );
});
