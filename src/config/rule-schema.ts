import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import { findSchemaViolation, type Schema } from './validate-json.js';

/**
 * ESLint's option validation names an unknown key, but for a wrongly typed value it prints only the value.
 * So ESLint gets the keys (every object's properties, additionalProperties: false) and we check the values
 * against the full schema with {@link assertValidOptions}, whose message names the key and the expected shape.
 */
export function keysOnlySchema(schema: Schema, root = true): JSONSchema4 {
  const result: Record<string, unknown> = {};
  if (schema.description) result.description = schema.description;
  if (root && schema.type) result.type = schema.type;
  if (schema.properties) {
    result.properties = Object.fromEntries(
      Object.entries(schema.properties).map(([key, child]) => [key, keysOnlySchema(child, false)]),
    );
  }
  if (schema.additionalProperties !== undefined) {
    result.additionalProperties =
      typeof schema.additionalProperties === 'boolean'
        ? schema.additionalProperties
        : keysOnlySchema(schema.additionalProperties, false);
  }
  if (schema.required) result.required = schema.required;
  if (schema.items) result.items = keysOnlySchema(schema.items, false);
  return result as unknown as JSONSchema4;
}

/**
 * Throws a message naming the key and the expected shape. A rule calls it for every file, before anything reads
 * its options, so a configuration already found valid is recognised without walking the schema again.
 */
export function assertValidOptions(options: object, schema: Schema, ruleId: string): void {
  if (validated.some((entry) => entry.schema === schema && sameOptionValues(entry.options, options))) return;
  const problem = findSchemaViolation(options, schema, 'options');
  if (problem) throw new Error(`${ruleId}: ${problem}.`);
  if (validated.unshift({ options, schema }) > MAX_VALIDATED) validated.pop();
}

const validated: { options: object; schema: Schema }[] = [];
const MAX_VALIDATED = 32;

/**
 * ESLint merges meta.defaultOptions into a fresh options object for every file, but the values inside (arrays,
 * targets, flags) are the configured ones, by reference: comparing them finds a configuration again, where
 * keying by the options object itself would miss on every file.
 */
export function sameOptionValues(a: object, b: object): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => (a as Record<string, unknown>)[key] === (b as Record<string, unknown>)[key]);
}
