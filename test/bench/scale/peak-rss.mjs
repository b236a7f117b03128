// Preloaded (`node --import`) into a measured child: at exit, writes the process's peak resident
// memory in kB and its CPU time in µs (getrusage: all threads, workers included) to
// $SCALE_PEAK_RSS_FILE as JSON. CPU time tells more than wall time on a shared, busy machine.
import { writeFileSync } from 'node:fs';

const file = process.env.SCALE_PEAK_RSS_FILE;
if (file) {
  process.on('exit', () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRSS, cpu: userCPUTime + systemCPUTime }));
  });
}
