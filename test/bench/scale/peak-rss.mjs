// Preloaded (`node --import`) into a measured child: at exit, writes the process's peak resident
// memory in kB (getrusage; worker threads included) to $SCALE_PEAK_RSS_FILE.
import { writeFileSync } from 'node:fs';

const file = process.env.SCALE_PEAK_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
