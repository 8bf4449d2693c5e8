/**
 * The script run first in every fresh context of a sandbox isolate, before the learner's code. It
 * takes the host's log callback off the global object (so only this closure can call it), installs
 * a `console` whose writes are cut to the output limit inside the isolate (a huge string is never
 * copied out), keeps the original JSON functions, and evaluates to the test function the host calls
 * with one test's input as JSON text. The test function answers a tagged string:
 * `J<json>` returned, `E<message>` threw, `M` no entry function, `P` returned a promise,
 * `O` the returned value's JSON exceeds the output limit. It also removes `Atomics.wait`, so code
 * cannot block without computing.
 */
export const LOG_CALLBACK_GLOBAL = '__sandboxLog';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function isEntryFunctionName(name: string): boolean {
  return IDENTIFIER.test(name);
}

export function harnessSource(entryFunction: string, outputLimitChars: number): string {
  if (!isEntryFunctionName(entryFunction)) throw new Error(`not an identifier: ${entryFunction}`);
  return `(function () {
  'use strict';
  const hostLog = globalThis.${LOG_CALLBACK_GLOBAL};
  delete globalThis.${LOG_CALLBACK_GLOBAL};
  const parse = JSON.parse;
  const stringify = JSON.stringify;
  const toText = String;
  const limit = ${outputLimitChars};
  // Resolved at call time in the global scope, so top-level const/let/class declarations count too.
  const findEntry = Function('return typeof ${entryFunction} === "function" ? ${entryFunction} : undefined');
  let room = limit + 1;
  const format = (value) => {
    if (typeof value === 'string') return value;
    try {
      const json = stringify(value);
      return json === undefined ? toText(value) : json;
    } catch {
      return toText(value);
    }
  };
  const write = (...values) => {
    if (room <= 0) return;
    let line = values.map(format).join(' ') + '\\n';
    if (line.length > room) line = line.slice(0, room);
    room -= line.length;
    hostLog(line);
  };
  globalThis.console = { log: write, info: write, warn: write, error: write, debug: write };
  // The one way to block without computing: gone, so every limit is a CPU-time limit.
  delete Atomics.wait;
  const describe = (error) => {
    try {
      if (error !== null && typeof error === 'object' && typeof error.message === 'string') {
        return toText(error.name ?? 'Error') + ': ' + error.message;
      }
      return 'Uncaught ' + format(error);
    } catch {
      return 'Uncaught exception';
    }
  };
  return function runTest(inputJson) {
    try {
      const entry = findEntry();
      if (entry === undefined) return 'M';
      const result = entry(...parse(inputJson));
      if (result !== null && (typeof result === 'object' || typeof result === 'function') && typeof result.then === 'function') {
        return 'P';
      }
      const json = stringify(result);
      const text = json === undefined ? 'null' : json;
      return text.length > limit ? 'O' : 'J' + text;
    } catch (error) {
      // Only the start of a message leaves the isolate: a huge one would be copied into the host.
      return 'E' + describe(error).slice(0, 1000);
    }
  };
})()`;
}
