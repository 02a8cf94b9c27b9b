// Preloaded into each benchmarked CLI: records the process's peak resident memory (KiB) when it exits.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  if (process.env.BENCH_PEAK_MEMORY_FILE)
    writeFileSync(process.env.BENCH_PEAK_MEMORY_FILE, String(process.resourceUsage().maxRSS));
});
