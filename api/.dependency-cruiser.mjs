// The API's modules, lowest layer first (ARCHITECTURE.md draws the same picture). `server/` is the composition
// root: the only module that may import every feature.
import { layeredModules } from '../dependency-layers.mjs';

export default layeredModules(
  'src',
  [
    // Metrics and traces: every module may record into them, so they import no module.
    ['observability'],
    ['errors', 'db', 'meilisearch-server'],
    ['core'],
    ['outbox', 'regions', 'document-limits', 'rate-limits'],
    ['agencies', 'graphql-endpoint'],
    ['accounts'],
    ['audit'],
    ['notifications'],
    ['programs', 'account-lifecycle'],
    ['adoptions'],
    ['visits'],
    ['visit-documents'],
    ['search', 'figures', 'retention'],
    ['backup'],
    ['server'],
    // Test support starts the whole API, so it sits on top.
    ['testing'],
  ],
  { surfaces: true },
);
