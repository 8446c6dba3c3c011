// web-ext ships no type declarations; the lint script uses a small, checked part of its API.
declare module 'web-ext' {
  const webExt: {
    cmd: {
      lint(params: Record<string, unknown>, options: { shouldExitProgram: boolean }): Promise<unknown>;
      run(params: Record<string, unknown>, options: { shouldExitProgram: boolean }): Promise<{ exit(): Promise<void> }>;
    };
  };
  export default webExt;
}
