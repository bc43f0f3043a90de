// Module layers for dependency-cruiser, shared by the API's and the web's configs (`npm run lint` runs both).
// `layers` lists a package's top folders lowest first: a folder may import the folders of the layers below
// its own and nothing else — not its own layer's neighbours, not a layer above. Test code (`*.test.ts(x)`
// and `testing/` folders) may import anything; code that runs in production never imports it.

const TEST_CODE = ['\\.test\\.tsx?$', '(^|/)testing/'];

/** `root` is the folder the package's modules live in (`src`, `app`); `surfaces` asks for index.ts surfaces. */
function layeredModules(root, layers, { surfaces = false } = {}) {
  const layerOf = new Map(layers.flatMap((modules, layer) => modules.map((module) => [module, layer])));
  const below = (layer) => layers.slice(0, layer).flat();
  const anyOf = (modules) => `^${root}/(${modules.join('|')})/`;
  const layerRules = [...layerOf].map(([module, layer]) => ({
    name: `layers:${module}`,
    comment: `${module}/ may import only ${below(layer).join(', ') || 'no other module'}`,
    severity: 'error',
    from: { path: `^${root}/${module}/`, pathNot: TEST_CODE },
    to: { path: `^${root}/[^/]+/`, pathNot: [`^${root}/${module}/`, ...(layer > 0 ? [anyOf(below(layer))] : [])] },
  }));
  const surfaceRule = {
    name: 'module-surface',
    comment: 'another module is reached through its index.ts, its public surface, never a file inside it',
    severity: 'error',
    from: { path: `^${root}/([^/]+)/`, pathNot: TEST_CODE },
    to: { path: `^${root}/[^/]+/`, pathNot: [`^${root}/$1/`, `^${root}/[^/]+/index\\.tsx?$`] },
  };
  return {
    forbidden: [
      {
        name: 'unknown-module',
        comment: `every folder of ${root}/ has its place in the layers`,
        severity: 'error',
        from: {},
        to: { path: `^${root}/[^/]+/`, pathNot: anyOf([...layerOf.keys()]) },
      },
      ...layerRules,
      ...(surfaces ? [surfaceRule] : []),
      { name: 'test-code-stays-in-tests', severity: 'error', from: { pathNot: TEST_CODE }, to: { path: TEST_CODE } },
      { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    ],
    options: {
      doNotFollow: { path: 'node_modules' },
      exclude: { path: ['node_modules', '(^|/)build/', '(^|/)dist/'] },
      tsPreCompilationDeps: true,
      tsConfig: { fileName: 'tsconfig.json' },
    },
  };
}

export { layeredModules };
