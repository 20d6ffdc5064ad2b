// Runs the TypeScript PDF worker from source (tests, the CLI under tsx, the benchmark): tsx compiles it inside the
// worker thread. The packaged app runs the esbuild bundle dist/electron/pdf-worker.cjs instead.
import { register } from 'tsx/esm/api';

register();
await import('./pdf-worker.ts');
