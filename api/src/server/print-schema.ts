import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printSchemaWithDirectives } from './schema-printer';

const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../schema/schema.graphql');
await writeFile(target, await printSchemaWithDirectives());
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
