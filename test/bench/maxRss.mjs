// Preloaded into a benchmarked process (node --import): at exit, writes its peak resident
// memory (max RSS, in bytes) to the file named by $BENCH_MAX_RSS_OUT.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.BENCH_MAX_RSS_OUT)
    writeFileSync(process.env.BENCH_MAX_RSS_OUT, String(process.resourceUsage().maxRSS * 1024));
});
