import { z } from 'zod';

// The site's CSP allows no eval: Zod's JIT would probe `new Function`, which Chromium reports as a violation even
// though Zod catches the refusal. Every schema imports Zod from here, so the setting holds before any is built.
z.config({ jitless: true });

export { z };
