/** Writes the findings register's JSON Schema from its zod schema: `npx tsx build/findingsRegisterSchema.ts`. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { format, resolveConfig } from 'prettier';
import { registerJsonSchemaText } from '../shared/integration/findingsRegisterSchema';

const target = path.resolve(import.meta.dirname, '..', 'shared', 'integration', 'findingsRegister.schema.json');
const options = (await resolveConfig(target)) ?? {};
await writeFile(target, await format(registerJsonSchemaText(), { ...options, filepath: target }));
console.log(`Wrote ${target}`);
