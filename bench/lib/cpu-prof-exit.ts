/**
 * Preloaded into profiled workers (BENCH_CPU_PROF_DIR): Nest's shutdown hook re-sends SIGTERM to
 * the process once it has closed, and a death by signal would lose the --cpu-prof profile; with
 * a listener of our own the second signal becomes an ordinary exit, which writes it.
 */
let signals = 0;
process.on('SIGTERM', () => {
  if (++signals > 1) process.exit(0);
});
