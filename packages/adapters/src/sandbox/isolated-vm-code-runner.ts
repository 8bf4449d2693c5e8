import type {
  CodeRunner,
  CodeRunTest,
  CodeSubmission,
  TestRunResult,
} from '@talentsphere/application/challenges';
import { type JsonValue, outputsMatch, type Verdict } from '@talentsphere/domain/challenges';
import { isEntryFunctionName } from './isolate-harness';
import type { SandboxPool } from './sandbox-pool';
import type { TestReport } from './sandbox-protocol';
import { stripTypes } from './typescript-stripper';

const MESSAGE_CHARS = 500;

/**
 * CodeRunner on V8 isolates (isolated-vm) in a pool of sandbox processes. The host strips
 * TypeScript, sends the sandbox the code once and then each test's input alone, and judges each
 * answer here against the expected output, which never leaves the host.
 */
export class IsolatedVmCodeRunner implements CodeRunner {
  constructor(private readonly pool: SandboxPool) {}

  async run(submission: CodeSubmission): Promise<readonly TestRunResult[]> {
    const { tests, limits, entryFunction } = submission;
    if (!isEntryFunctionName(entryFunction)) {
      return tests.map((test) =>
        failed(test, 'INTERNAL_ERROR', `the entry function name ${entryFunction} is not an identifier`),
      );
    }
    const stripped =
      submission.language === 'typescript'
        ? await stripTypes(submission.source)
        : { ok: true as const, code: submission.source };
    if (!stripped.ok) return tests.map((test) => failed(test, 'COMPILATION_ERROR', stripped.error));

    const session = await this.pool.session(stripped.code, entryFunction, limits);
    try {
      const loaded = await session.load();
      if ('crashed' in loaded) return tests.map((test) => failed(test, 'INTERNAL_ERROR', loaded.crashed));
      const { compileError } = loaded;
      if (compileError !== null) return tests.map((test) => failed(test, 'COMPILATION_ERROR', compileError));
      const results: TestRunResult[] = [];
      for (const test of tests) {
        const report = await session.test(JSON.stringify(test.input));
        results.push(judge(test, report, limits.outputBytes));
      }
      return results;
    } finally {
      session.release();
    }
  }
}

function judge(test: CodeRunTest, report: TestReport, outputBytes: number): TestRunResult {
  const measured = {
    testId: test.id,
    timeMs: Math.round(report.timeMs * 100) / 100,
    memoryBytes: report.memoryBytes,
    console: report.console,
  };
  const { outcome } = report;
  if (outcome.kind === 'crashed')
    return { ...measured, verdict: 'INTERNAL_ERROR', actual: undefined, error: short(outcome.message) };
  // A test that flooded the console is judged by that, even if it then ran out of time.
  if (report.consoleOverflowed || outcome.kind === 'output-too-large') {
    return { ...measured, verdict: 'OUTPUT_LIMIT_EXCEEDED', actual: undefined, error: undefined };
  }
  switch (outcome.kind) {
    case 'timed-out':
      return { ...measured, verdict: 'TIME_LIMIT_EXCEEDED', actual: undefined, error: undefined };
    case 'memory-exceeded':
      return { ...measured, verdict: 'MEMORY_LIMIT_EXCEEDED', actual: undefined, error: undefined };
    case 'threw':
      return { ...measured, verdict: 'RUNTIME_ERROR', actual: undefined, error: short(outcome.message) };
    case 'returned': {
      // The sandbox cut by characters; the limit is in bytes.
      if (Buffer.byteLength(outcome.outputJson) > outputBytes) {
        return { ...measured, verdict: 'OUTPUT_LIMIT_EXCEEDED', actual: undefined, error: undefined };
      }
      const actual = parseOutput(outcome.outputJson);
      if (actual === undefined) {
        return {
          ...measured,
          verdict: 'INTERNAL_ERROR',
          actual: undefined,
          error: 'the sandbox answered malformed JSON',
        };
      }
      // Comparing and answering a value walk it recursively: a pathologically deep one is judged
      // here rather than overflowing the host's stack.
      if (nestingDepth(actual) > MAX_OUTPUT_DEPTH) {
        return {
          ...measured,
          verdict: 'WRONG_ANSWER',
          actual: undefined,
          error: `the returned value is nested deeper than ${MAX_OUTPUT_DEPTH} levels`,
        };
      }
      const verdict: Verdict = outputsMatch(actual, test.expected, test.comparison)
        ? 'ACCEPTED'
        : 'WRONG_ANSWER';
      return { ...measured, verdict, actual, error: undefined };
    }
  }
}

const MAX_OUTPUT_DEPTH = 1_000;

/** How deep arrays and objects nest in `value`, counted without recursion. */
function nestingDepth(value: JsonValue): number {
  let deepest = 0;
  const pending: [JsonValue, number][] = [[value, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, depth] = next;
    if (item === null || typeof item !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_OUTPUT_DEPTH) return deepest;
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return deepest;
}

function parseOutput(json: string): JsonValue | undefined {
  try {
    return JSON.parse(json) as JsonValue;
  } catch {
    return undefined;
  }
}

function failed(test: CodeRunTest, verdict: Verdict, error: string): TestRunResult {
  return {
    testId: test.id,
    verdict,
    timeMs: 0,
    memoryBytes: 0,
    actual: undefined,
    error: short(error),
    console: '',
  };
}

function short(message: string): string {
  return message.length > MESSAGE_CHARS ? `${message.slice(0, MESSAGE_CHARS - 1)}…` : message;
}
