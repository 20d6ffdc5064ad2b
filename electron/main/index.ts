import { app } from 'electron';
import { runApp } from './lifecycle';
import { errorClassName, log } from './log';

runApp().catch((error: unknown) => {
  log(`startup failed: ${errorClassName(error)}`);
  app.exit(1);
});
