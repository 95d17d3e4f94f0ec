/** The few web-ext entry points the Firefox build and its test use (web-ext ships no types). */
declare module 'web-ext' {
  export interface LintMessage {
    code: string;
    message: string;
    description?: string;
    file?: string;
    line?: number;
    column?: number;
  }
  export interface LintResult {
    count: number;
    summary: { errors: number; warnings: number; notices: number };
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
  }
  export const cmd: {
    build(
      params: { sourceDir: string; artifactsDir: string; filename?: string; overwriteDest?: boolean },
      options?: { showReadyMessage?: boolean },
    ): Promise<{ extensionPath: string }>;
    lint(
      params: { sourceDir: string; output?: 'json' | 'text' | 'none' },
      options?: { shouldExitProgram?: boolean },
    ): Promise<LintResult>;
  };
}
