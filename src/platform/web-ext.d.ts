/** The few web-ext entry points scripts/build-firefox.ts uses (web-ext ships no types). */
declare module 'web-ext' {
  export const cmd: {
    build(
      params: { sourceDir: string; artifactsDir: string; filename?: string; overwriteDest?: boolean },
      options?: { showReadyMessage?: boolean },
    ): Promise<{ extensionPath: string }>;
  };
}
