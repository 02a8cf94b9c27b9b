import { validRange } from 'semver';

/** The JSON-schema subset our option schemas use; ESLint validates options with the same objects. */
export interface Schema {
  readonly type?: 'object' | 'array' | 'string' | 'boolean';
  readonly description?: string;
  readonly properties?: Readonly<Record<string, Schema>>;
  readonly additionalProperties?: boolean | Schema;
  readonly required?: readonly string[];
  /** Only branches of the form `{ required: [key] }`: "exactly one of these keys". */
  readonly oneOf?: readonly Schema[];
  readonly items?: Schema;
  readonly minLength?: number;
  readonly minItems?: number;
  readonly uniqueItems?: boolean;
  readonly enum?: readonly unknown[];
  /** A string of a known shape: see {@link STRING_FORMATS}. */
  readonly format?: StringFormat;
  /** The schema every key of an object must fit (with `format`). */
  readonly propertyNames?: Schema;
}

export type StringFormat = 'target-export' | 'property-name' | 'url' | 'semver-range';

const IDENTIFIER_NAME = /^[$_\p{ID_Start}][$\u200C\u200D\p{ID_Continue}]*$/u;
// Words no module binding may take (a module is strict code, and `await` is reserved in it).
const RESERVED = new Set(
  (
    'await break case catch class const continue debugger default delete do else enum export extends false finally ' +
    'for function if import in instanceof new null return super switch this throw true try typeof var void while ' +
    'with yield let static implements interface package private protected public arguments eval'
  ).split(' '),
);

const STRING_FORMATS: Record<StringFormat, { fits: (value: string) => boolean; expected: string }> = {
  'target-export': {
    fits: (name) => name === 'default' || (IDENTIFIER_NAME.test(name) && !RESERVED.has(name)),
    expected: "an identifier a file can import (not a reserved word), or 'default' for the target's default export",
  },
  'property-name': { fits: (name) => IDENTIFIER_NAME.test(name), expected: 'a property name such as get or isCancel' },
  'semver-range': { fits: (value) => validRange(value) !== null, expected: "a semver range such as '>=4'" },
  // Absolute http(s) URLs are what terminals and editors turn into links.
  url: {
    fits: (value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol),
    expected: 'an http(s) URL',
  },
};

/**
 * Checks a value against the small JSON-schema subset our option schemas use, so that settings are
 * validated by the very schemas that document the rule options. Returns the first problem, naming its
 * key path and the expected shape, or undefined when the value fits.
 */
export function findSchemaViolation(value: unknown, schema: Schema, path: string): string | undefined {
  const expected = schema.description ? ` (${schema.description})` : '';
  switch (schema.type) {
    case 'string':
      if (typeof value !== 'string') return `${path} must be a string${expected}, got ${describe(value)}`;
      if (schema.minLength && value.length < schema.minLength) return `${path} must not be empty${expected}`;
      if (schema.format && !STRING_FORMATS[schema.format].fits(value)) {
        return `${path} must be ${STRING_FORMATS[schema.format].expected}, got ${describe(value)}`;
      }
      break;
    case 'boolean':
      if (typeof value !== 'boolean') return `${path} must be true or false${expected}, got ${describe(value)}`;
      break;
    case 'array': {
      if (!Array.isArray(value)) return `${path} must be an array${expected}, got ${describe(value)}`;
      if (schema.minItems && value.length < schema.minItems) return `${path} must not be empty${expected}`;
      const { items } = schema;
      for (const [index, item] of value.entries()) {
        const problem = items && findSchemaViolation(item, items, `${path}[${index}]`);
        if (problem) return problem;
      }
      break;
    }
    case 'object':
      return findObjectViolation(value, schema, path, expected);
  }
  if (schema.enum && !schema.enum.includes(value)) {
    return `${path} must be one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}, got ${describe(value)}`;
  }
  return undefined;
}

function findObjectViolation(value: unknown, schema: Schema, path: string, expected: string) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return `${path} must be an object${expected}, got ${describe(value)}`;
  }
  const record = value as Record<string, unknown>;
  const properties = schema.properties ?? {};
  for (const [key, child] of Object.entries(record)) {
    const keyProblem = schema.propertyNames && findSchemaViolation(key, schema.propertyNames, `${path} key`);
    if (keyProblem) return keyProblem;
    const childSchema = Object.hasOwn(properties, key) ? properties[key] : schema.additionalProperties;
    const childPath = `${path}.${key}`;
    if (childSchema === false || childSchema === undefined) {
      const known = Object.keys(properties).join(', ');
      return `${childPath} is not a known key; expected ${known ? `one of ${known}` : 'no keys'}`;
    }
    if (childSchema === true) continue;
    const problem = findSchemaViolation(child, childSchema, childPath);
    if (problem) return problem;
  }
  for (const key of schema.required ?? []) {
    if (!(key in record)) return `${path}.${key} is required`;
  }
  if (schema.oneOf) {
    const alternatives = schema.oneOf.flatMap((branch) => branch.required ?? []);
    const present = alternatives.filter((key) => key in record);
    if (present.length !== 1) {
      return `${path} must set exactly one of ${alternatives.join(' or ')}${present.length ? `, not ${present.join(' and ')}` : ''}${expected}`;
    }
  }
  return undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? JSON.stringify(value) : typeof value;
}
