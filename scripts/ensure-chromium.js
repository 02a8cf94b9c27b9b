// Run before `npm test`: the HTML report test opens the report in Debian's Chromium. Installs it when it is
// missing and this user may (root with apt-get, as on CI); otherwise says how.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    console.error(
      `${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium) to run the HTML report test.`,
    );
    process.exit(1);
  }
  console.log('Installing Debian chromium for the HTML report test…');
  const options = { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  execFileSync('apt-get', ['update', '-qq'], options);
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], options);
}
