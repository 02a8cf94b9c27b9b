/**
 * Template tag for multi-line test code written indented in source:
 *
 *     code: dedent`
 *       import axios from 'axios';
 *       axios.get('/');
 *     `,
 *
 * drops the line break right after the opening backtick and the whitespace-only line before the closing one, then
 * strips the indentation common to the non-blank lines. A trailing newline is written as a final empty line
 * (`axios.get('/');` + empty line + closing backtick gives "...axios.get('/');\n"). Interpolated values are
 * inserted before dedenting, so they must be single-line; escapes (\`, \${, \\) are read as in any template.
 */
export function dedent(strings: TemplateStringsArray, ...values: readonly unknown[]): string {
  const text = strings.reduce((joined, part, i) => {
    if (i === 0) return part;
    const value = String(values[i - 1]);
    if (value.includes('\n')) throw new Error(`dedent: interpolated value spans lines: ${JSON.stringify(value)}`);
    return joined + value + part;
  }, '');
  const lines = text.split('\n');
  if (lines.length > 1 && lines[0]!.trim() === '') lines.shift();
  if (lines.length > 1 && lines.at(-1)!.trim() === '') lines.pop();
  const indents = lines.filter((line) => line.trim() !== '').map((line) => /^[ \t]*/.exec(line)![0].length);
  const common = indents.length === 0 ? 0 : Math.min(...indents);
  // Whitespace-only lines may be shorter than the common indentation: they keep what lies beyond it.
  return lines.map((line) => line.slice(Math.min(common, /^[ \t]*/.exec(line)![0].length))).join('\n');
}
