// The web's folders, lowest layer first (ARCHITECTURE.md draws the same picture). Routes compose the feature
// folders; a feature folder uses the shared ones below it.
import { layeredModules } from '../dependency-layers.mjs';

export default layeredModules('app', [
  ['i18n', 'styles'],
  ['lib'],
  ['accounts', 'regions'],
  ['components'],
  ['programs'],
  ['visits', 'workspace'],
  ['access'],
  ['routes'],
  ['testing'],
]);
