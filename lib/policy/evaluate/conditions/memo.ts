/**
 * Remembers the last input of a pure parser. One request evaluates the same context value
 * (aws:CurrentTime, aws:SourceIp) against many statements, so a single entry catches most repeats.
 */
export function memoLast<T>(parse: (text: string) => T): (text: string) => T {
  let lastText: string | undefined;
  let lastValue: T;
  return (text) => {
    if (text !== lastText) {
      lastValue = parse(text);
      lastText = text;
    }
    return lastValue;
  };
}
