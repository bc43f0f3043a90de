// The API's modules, lowest layer first (ARCHITECTURE.md draws the same picture). `server/` is the composition
// root: the only module that may import every feature.
import { layeredModules } from '../dependency-layers.mjs';

export default layeredModules(
  'src',
  [
    ['errors', 'db'],
    ['core'],
    ['outbox', 'regions'],
    ['agencies'],
    ['accounts'],
    ['audit', 'notifications'],
    ['programs'],
    ['adoptions'],
    ['visits'],
    ['search', 'figures', 'retention'],
    ['hardening'],
    ['server'],
    // Test support starts the whole API, so it sits on top.
    ['testing'],
  ],
  { surfaces: false },
);
