/**
 * The questions a service may put to the attorney through the operating system. A port: Electron main implements it
 * with native dialogs, the e2e harness with a stub, and the CLI (which takes paths as flags) never asks.
 */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface Dialogs {
  /** Where to save a copy of a file; null when the attorney cancelled. The path never reaches the renderer. */
  chooseSavePath(
    suggestedName: string,
    options?: { title?: string; filters?: readonly FileFilter[] },
  ): Promise<string | null>;
  /** A file to open, or a folder (`folder: true`, new folders allowed); null when the attorney cancelled. */
  chooseOpenPath(options: {
    title?: string;
    filters?: readonly FileFilter[];
    folder?: boolean;
  }): Promise<string | null>;
}

/** For compositions with no window to ask from: every question is answered "cancel". */
export const noDialogs: Dialogs = {
  chooseSavePath: () => Promise.resolve(null),
  chooseOpenPath: () => Promise.resolve(null),
};
