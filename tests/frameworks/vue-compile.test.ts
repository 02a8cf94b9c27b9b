import { compileScript, compileTemplate, parse } from '@vue/compiler-sfc';
import { expect, it } from 'vitest';
import { vueCases } from './vue-cases.js';

/**
 * What Vue's own compiler makes of a component's template: the names it reads from the instance, the props and
 * the component registry rather than from the script. A template use the fix missed, a new import that captures
 * a template name, or a `<script setup>` Vue no longer sees changes this list.
 */
function templateSignature(source: string) {
  const { descriptor, errors } = parse(source, { filename: 'Component.vue' });
  expect(errors).toEqual([]);
  const code = descriptor.scriptSetup
    ? compileScript(descriptor, { id: 'component', inlineTemplate: true }).content
    : compileTemplate({ source: descriptor.template!.content, filename: 'Component.vue', id: 'component' }).code;
  return (code.match(/_ctx\.[\w$]+|__props\.[\w$]+|_resolveComponent\("[^"]+"\)/g) ?? []).sort();
}

it.each(vueCases.filter((c) => c.output !== null).map((c) => [c.name, c] as const))(
  'Vue compiles the fix of "%s" to a template that reads what it read before',
  (_, { code, output }) => {
    expect(templateSignature(output!)).toEqual(templateSignature(code));
  },
);
