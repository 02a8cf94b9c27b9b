// A text-level scan of the specifiers a file loads: enough to follow a wrapper through its own files without
// parsing it (the closure is read for every configuration, never parsed). Only string-literal specifiers count,
// as in `import x from './a'`, `export * from './b'`, `import './c'`, `import('./d')`, `require('./e')` and
// `import f = require('./g')`. A commented-out import counts too: the closure can only grow by it.

const SPECIFIER_PATTERNS = [
  // import … from 'x', export … from 'x' (also across lines), import type … from 'x'
  /\b(?:import|export)\s[^'"`;]*?\bfrom\s*(['"])([^'"\n]+)\1/g,
  // import 'x'
  /\bimport\s*(['"])([^'"\n]+)\1/g,
  // import('x'), require('x'), import x = require('x')
  /\b(?:import|require)\s*\(\s*(['"`])([^'"`\n$]+)\1\s*[,)]/g,
];

export function scanSpecifiers(text: string): string[] {
  const found = new Set<string>();
  for (const pattern of SPECIFIER_PATTERNS) {
    for (const match of text.matchAll(pattern)) found.add(match[2]!);
  }
  return [...found];
}
