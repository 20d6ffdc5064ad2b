// npm run dist [-- electron-builder flags]: production build, then installers for this OS into release/.
import { join } from 'node:path';
import { prepare, root, run } from './electron-prepare.mjs';

prepare({ production: true });

const builder = join(root, 'node_modules', 'electron-builder', 'cli.js');
const status = run(
  process.execPath,
  [builder, '--config', 'electron-builder.config.cjs', ...process.argv.slice(2)],
  {
    env: { ...process.env, NODE_ENV: 'production' },
  },
);
process.exit(status);
