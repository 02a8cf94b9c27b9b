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

export function assertValidOptions(options: unknown, schema: Schema, ruleId: string): void {
  const problem = findSchemaViolation(options, schema, 'options');
  if (problem) throw new Error(`${ruleId}: ${problem}.`);
}
