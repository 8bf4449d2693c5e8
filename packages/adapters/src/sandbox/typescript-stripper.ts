import { transform } from 'esbuild';

export type StrippedSource =
  | { readonly ok: true; readonly code: string }
  | { readonly ok: false; readonly error: string };

/**
 * Turns a TypeScript solution into JavaScript in the host, before it reaches the sandbox: types are
 * erased (no type checking, as a judge does not type-check either); syntax errors are reported with
 * their line and column for COMPILATION_ERROR. The output stays a script: an `import` or `export`
 * left in it fails to compile in the isolate.
 */
export async function stripTypes(source: string): Promise<StrippedSource> {
  try {
    const result = await transform(source, { loader: 'ts', sourcefile: 'solution.ts' });
    return { ok: true, code: result.code };
  } catch (error) {
    return { ok: false, error: describeTransformError(error) };
  }
}

function describeTransformError(error: unknown): string {
  const errors = (
    error as { errors?: { text: string; location?: { line: number; column: number } | null }[] }
  ).errors;
  const first = errors?.[0];
  if (!first) return error instanceof Error ? error.message : String(error);
  const where = first.location ? ` (line ${first.location.line}, column ${first.location.column + 1})` : '';
  return `SyntaxError: ${first.text}${where}`;
}
