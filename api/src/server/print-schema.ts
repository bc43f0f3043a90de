import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printInputRules } from './input-rules';
import { printSchemaWithDirectives } from './schema-printer';

const schemaFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../schema');
const files = [
  { target: path.join(schemaFolder, 'schema.graphql'), print: printSchemaWithDirectives },
  { target: path.join(schemaFolder, 'input-rules.json'), print: printInputRules },
];
for (const { target, print } of files) {
  await writeFile(target, await print());
  console.log(`Wrote ${path.relative(process.cwd(), target)}`);
}
