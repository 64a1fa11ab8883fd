/**
 * Below this many bytes of files to analyze, the default pool works on the calling thread: each thread pays again
 * for loading the engine, compiling the grammars and warming up V8, which costs more than it saves on small inputs.
 * Measured on redis and flask in docs/benchmarks.md ("When threads pay").
 */
export const MIN_BYTES_FOR_THREADS = 2_000_000;
