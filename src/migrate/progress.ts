import cliProgress from 'cli-progress';
import type { Progress } from '../report/collect.js';

/** What the migration shows while it runs: the current step, files linted, passes, and the time so far. */
export interface MigrationProgress {
  /** A new step: `linting`, `fix pass 2`, `type-check (after)`, … */
  step(label: string): void;
  /** Files linted in the current step (the report's lint calls it per batch). */
  readonly lint: Progress;
  end(): void;
}

/** How often plain lines repeat the count of a long step. */
const PLAIN_INTERVAL_MS = 5000;

const seconds = (since: number) => `${Math.round((Date.now() - since) / 1000)}s`;

/** A bar on a terminal; plain periodic lines on standard error when not a TTY or under CI. */
export function migrationProgress(stream: NodeJS.WriteStream = process.stderr): MigrationProgress {
  const started = Date.now();
  if (!stream.isTTY || process.env.CI) {
    let lastLine = 0;
    const say = (text: string) => {
      lastLine = Date.now();
      stream.write(`standard-clients-migrate: ${text} (${seconds(started)})\n`);
    };
    return {
      step: say,
      lint: {
        visible: false,
        update(done, total) {
          if (Date.now() - lastLine >= PLAIN_INTERVAL_MS) say(`linted ${done}/${total} files`);
        },
        end() {},
      },
      end() {},
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: '{step} [{bar}] {value}/{total} files | {duration_formatted}',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(1, 0, { step: 'starting' });
  return {
    step(label) {
      bar.update({ step: label });
    },
    lint: {
      visible: true,
      update(done, total) {
        bar.setTotal(total);
        bar.update(done);
      },
      end() {},
    },
    end: () => bar.stop(),
  };
}
