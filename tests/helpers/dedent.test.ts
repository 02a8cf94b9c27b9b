import { describe, expect, it } from 'vitest';
import { dedent } from './dedent.js';

describe('dedent', () => {
  it('strips the common indentation and the lines of the backticks, keeping deeper indentation', () => {
    expect(dedent`
      if (a) {
        b();
      }
    `).toBe('if (a) {\n  b();\n}');
  });

  it('keeps a trailing newline written as a final empty line, and inner empty lines', () => {
    expect(dedent`
      a;

      b;

    `).toBe('a;\n\nb;\n');
  });

  it('inserts interpolations and reads escapes as a template does', () => {
    const HTTP = '@maily/http';
    expect(dedent`
      import { x } from '${HTTP}';
      const s = \`\${x}\\n\`;
    `).toBe("import { x } from '@maily/http';\nconst s = `${x}\\n`;");
  });

  it('keeps whitespace beyond the common indentation on whitespace-only lines', () => {
    expect(dedent`
      a;
        
      b;
    `).toBe('a;\n  \nb;');
  });

  it('rejects interpolated values that span lines', () => {
    expect(
      () => dedent`
      ${'a\nb'}
    `,
    ).toThrow(/spans lines/);
  });
});
