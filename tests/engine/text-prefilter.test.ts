import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BANNED_CLIENTS } from '../../src/ban-data.js';
import { mayHaveEscapes, specifierFilter, textGates } from '../../src/engine/text-prefilter.js';

describe('textGates', () => {
  it('groups the names under the shared parts that cover most of them', () => {
    expect(textGates(['redis', 'ioredis', '@redis/client', 'tedis', 'iovalkey', '@valkey/valkey-glide'])).toEqual([
      { gate: 'edis', names: ['redis', 'tedis'] },
      { gate: 'valkey', names: ['iovalkey', '@valkey/valkey-glide'] },
    ]);
    expect(textGates(['axios'])).toEqual([{ gate: 'axios', names: ['axios'] }]);
  });

  it('never gates on a part shorter than four characters', () => {
    expect(textGates(['got', 'ky'])).toEqual([
      { gate: 'got', names: ['got'] },
      { gate: 'ky', names: ['ky'] },
    ]);
  });
});

describe('specifierFilter', () => {
  const modules = BANNED_CLIENTS.flatMap((client) => [...client.modules, ...client.companions.map((c) => c.module)]);
  const filter = specifierFilter(modules);

  it('finds every specifier of a module, whole or with a subpath, in any quotes, wherever it is written', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.constantFrom(...modules),
        fc.constantFrom("'", '"', '`'),
        fc.constantFrom('', '/dist/index.js'),
        fc.string(),
        (before, module, quote, subpath, after) => filter(`${before}${quote}${module}${subpath}${quote}${after}`),
      ),
    );
  });

  it('is false for a text that names none of them', () => {
    expect(filter("import express from 'express';\nconst store = 'red' + 'is';")).toBe(false);
    expect(filter("import { fetchUser } from './users';")).toBe(false);
  });

  it('is false for look-alikes that name a module without being its specifier', () => {
    expect(filter("import useAxios from 'axios-hooks';\nimport Redlock from 'redis-lock';\nconst redisUrl = 1;")).toBe(
      false,
    );
    // A path that ends with a module's name is no specifier of it: the name must open the string.
    expect(filter("import { createRedisClient } from '@maily/database/redis';")).toBe(false);
    expect(filter("const url = 'http://x/node-fetch'; fetch(url);")).toBe(false);
    // A companion holds its client's name anywhere: found by its own end, not the client's.
    expect(filter("import mock from 'jest-mock-axios';")).toBe(true);
    expect(filter("import axiosHooks from 'axios-hooks';\nimport retry from 'axios-retry';")).toBe(true);
  });
});

describe('mayHaveEscapes', () => {
  it('answers for each text, also when asked twice in a row', () => {
    expect(mayHaveEscapes("require('\\x61xios')")).toBe(true);
    expect(mayHaveEscapes("require('\\x61xios')")).toBe(true);
    expect(mayHaveEscapes("require('axios')")).toBe(false);
    expect(mayHaveEscapes("import a from '\\u0061xios'")).toBe(true);
    expect(mayHaveEscapes("import a from 'axi\\\nos'")).toBe(true);
    // An escaped backslash escapes nothing after it.
    expect(mayHaveEscapes('const pattern = /\\\\x/;')).toBe(false);
    expect(mayHaveEscapes('const pattern = /\\\\\\x41/;')).toBe(true);
  });
});
