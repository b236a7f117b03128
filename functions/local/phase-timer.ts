/**
 * Times the steps of a local start and prints each as `  · <step>: 1.2 s`, so a slow first start
 * says where its time went (the scale bench's start part reads these lines).
 */
export interface PhaseTimer {
  /** Runs `step`, then prints how long it took. */
  time<T>(name: string, step: () => Promise<T>): Promise<T>;
  /** Seconds since the timer was made (the start of the process's work). */
  elapsed(): number;
}

export function phaseTimer(
  log: (line: string) => void,
  now: () => number = performance.now.bind(performance),
): PhaseTimer {
  const started = now();
  return {
    async time(name, step) {
      const t0 = now();
      const result = await step();
      log(`  · ${name}: ${((now() - t0) / 1000).toFixed(1)} s`);
      return result;
    },
    elapsed: () => (now() - started) / 1000,
  };
}
