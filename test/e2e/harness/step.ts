/** Labels a failure with the step of the flow it happened in (vitest has no test.step). */
export async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof Error) error.message = `[step: ${name}] ${error.message}`;
    throw error;
  }
}
