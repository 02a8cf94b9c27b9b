import { RuleTester } from '@typescript-eslint/rule-tester';
import { Linter } from 'eslint';
import { fileURLToPath } from 'node:url';

/**
 * The folder rule tests lint in: its package.json declares every target package the tests name, as the package of
 * a migrated file must (a fix never imports a package its manifest does not declare). Relative file names resolve
 * here, not in this repository, whose own manifest declares none of them.
 */
export const CONSUMER = fileURLToPath(new URL('../fixtures/consumer', import.meta.url));

/** typescript-eslint's RuleTester resolves relative file names against `tsconfigRootDir`. */
export const consumerTester = () =>
  new RuleTester({ languageOptions: { parserOptions: { tsconfigRootDir: CONSUMER } } });

export const consumerLinter = () => new Linter({ configType: 'flat', cwd: CONSUMER });
