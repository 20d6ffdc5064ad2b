// npm start: run the app from this folder with the development build (devtools available, app:// only).
import { spawn } from 'node:child_process';
import { prepare, root } from './electron-prepare.mjs';

const electronPath = prepare({ production: false });

const env = { ...process.env };
// Set in some shells and CI images; it would make Electron behave as plain Node and never open a window.
delete env.ELECTRON_RUN_AS_NODE;

const child = spawn(electronPath, [root], { cwd: root, stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
