/**
 * Diagnose latency for 1 KB, 4 KB, 16 KB and 1 MB pastes, the CPU time each takes, throughput, and heap
 * growth over 10,000 runs.
 *   npm run bench:speed        (runs with --expose-gc so heap figures are measured after collection)
 */
import { diagnose } from '../../src/diagnosis';
import { getEngine } from '../../src/diagnosis/engine';
import { defaultCorpusPath, readJsonl } from './corpus';
import { percentile, printTable, round } from './table';

/** Lines a CI job prints around an error: what fills real large pastes. */
const NOISE = [
  '2024-05-14T09:12:03.4410021Z ##[group]Run docker/setup-buildx-action@v3',
  '2024-05-14T09:12:04.0012345Z Downloading https://github.com/docker/buildx/releases/download/v0.14.0/buildx-v0.14.0.linux-amd64',
  '#7 [build 3/6] RUN npm ci --omit=dev',
  '#7 12.41 added 812 packages, and audited 813 packages in 11s',
  'Step 4/11 : COPY package*.json ./',
  ' ---> Using cache',
  ' ---> 5f0d1c3a9b2e',
  'npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory.',
  '  Normal   Scheduled  2m    default-scheduler  Successfully assigned web/api-6d4cf56db6-7xk2p to aks-nodepool1-12345678-vmss000001',
  'I0514 09:12:05.123456    2314 reconciler.go:224] "operationExecutor.VerifyControllerAttachedVolume started"',
];

function pasteOfSize(bytes: number, errorText: string, seed: number): string {
  const lines: string[] = [];
  let size = errorText.length;
  let i = seed;
  while (size < bytes) {
    const line = NOISE[i++ % NOISE.length] as string;
    lines.push(line);
    size += line.length + 1;
  }
  // The error sits near the end, as in real logs.
  lines.splice(Math.max(0, lines.length - 3), 0, errorText);
  return lines.join('\n').slice(0, Math.max(bytes, errorText.length));
}

/**
 * CPU time of this thread, in ms. On a shared machine the wall clock mostly measures the scheduler: the mean
 * CPU time per diagnosis is the figure that compares across runs whatever else is running.
 */
function threadCpuMs(): number {
  const usage = process.threadCpuUsage();
  return (usage.user + usage.system) / 1000;
}

function time(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

const errors = readJsonl(defaultCorpusPath()).map((p) => p.text);
const sizes: ReadonlyArray<readonly [string, number, number]> = [
  ['1kb', 1024, 3000],
  ['4kb', 4096, 3000],
  ['16kb', 16 * 1024, 1000],
  ['1mb', 1024 * 1024, 30],
];

// The first diagnosis builds the engine's tables (compiled rules, keyword automaton): what a cold start costs.
const firstMs = time(() => diagnose(errors[0] as string));

// Warm up the JIT on every size below 1 MB.
for (let i = 0; i < 3000; i++)
  diagnose(pasteOfSize([1024, 4096, 16384][i % 3] as number, errors[i % errors.length] as string, i));

const figures: Record<string, number | string> = {
  bench: 'speed',
  first_diagnosis_ms: round(firstMs, 1),
  // Grows with the catalogue's keywords: watched so that the automaton stays small enough for the caches.
  scanner_table_bytes: getEngine().scanner.tableBytes,
};
const rows: Array<Array<string | number>> = [];
for (const [label, bytes, runs] of sizes) {
  const pastes = Array.from({ length: Math.min(runs, 64) }, (_, i) =>
    pasteOfSize(bytes, errors[i % errors.length] as string, i),
  );
  const samples: number[] = [];
  const cpuStart = threadCpuMs();
  for (let r = 0; r < runs; r++) {
    const paste = pastes[r % pastes.length] as string;
    samples.push(time(() => diagnose(paste)));
  }
  // Summed over the runs: the clock behind it ticks too coarsely to time one short diagnosis.
  const cpuMean = (threadCpuMs() - cpuStart) / runs;
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  const mbPerS = bytes / 1024 / 1024 / (mean / 1000);
  rows.push([
    label,
    runs,
    round(percentile(samples, 50)),
    round(percentile(samples, 99)),
    round(mean),
    round(cpuMean),
    round(mbPerS, 1),
  ]);
  figures[`p50_ms_${label}`] = round(percentile(samples, 50));
  figures[`p99_ms_${label}`] = round(percentile(samples, 99));
  figures[`cpu_ms_${label}`] = round(cpuMean);
  if (label === '1mb') {
    figures.ms_1mb = round(mean, 1);
    figures.mb_per_s = round(mbPerS, 1);
  }
}
printTable(['paste', 'runs', 'p50 ms', 'p99 ms', 'mean ms', 'cpu ms', 'MB/s'], rows);

// Memory: the heap after 10,000 diagnoses should be where it was after the warm-up.
const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};
const memPastes = Array.from({ length: 50 }, (_, i) =>
  pasteOfSize(4096, errors[i % errors.length] as string, i),
);
for (let i = 0; i < 1000; i++) diagnose(memPastes[i % memPastes.length] as string);
const before = heap();
for (let i = 0; i < 10000; i++) diagnose(memPastes[i % memPastes.length] as string);
const after = heap();
figures.heap_mb_growth = round(after - before, 2);
console.log(
  `\nheap after warm-up ${before.toFixed(1)} MB, after 10,000 runs ${after.toFixed(1)} MB${gc ? '' : ' (run with --expose-gc for exact figures)'}`,
);
console.log(JSON.stringify(figures));
