// Where each statement of a policy document sits in the text the caller sent: the simulator's
// MatchedStatements carry StartPosition/EndPosition ({Line, Column}) so a client can highlight the
// statement that decided (https://docs.aws.amazon.com/IAM/latest/APIReference/API_Statement.html).
// Lines and columns are 1-based, the start at the statement's "{" and the end at its "}" ([INF] from
// recorded AWS answers: a policy sent as `{"Version": "2012-10-17", "Statement": [{…` answers
// StartPosition Column 41, the column of that "{"; the one-statement example of
// https://docs.aws.amazon.com/cli/latest/reference/iam/simulate-custom-policy.html answers
// Start 38 / End 167 for a 169-character document whose statement spans columns 38–167).

export interface Position {
  Line: number;
  Column: number;
}

export interface StatementSpan {
  StartPosition: Position;
  EndPosition: Position;
}

/** Index just past the JSON value starting at `i` (the text is already known to be valid JSON). */
function skipValue(text: string, i: number): number {
  const c = text[i];
  if (c === '"') {
    for (let j = i + 1; j < text.length; j++) {
      if (text[j] === "\\") j++;
      else if (text[j] === '"') return j + 1;
    }
    return text.length;
  }
  if (c === "{" || c === "[") {
    let depth = 0;
    for (let j = i; j < text.length; j++) {
      const d = text[j];
      if (d === '"') j = skipValue(text, j) - 1;
      else if (d === "{" || d === "[") depth++;
      else if (d === "}" || d === "]") {
        depth--;
        if (depth === 0) return j + 1;
      }
    }
    return text.length;
  }
  let j = i;
  while (j < text.length && !",}] \t\r\n".includes(text[j])) j++;
  return j;
}

const skipWs = (text: string, i: number) => {
  while (i < text.length && " \t\r\n".includes(text[i])) i++;
  return i;
};

/** Offsets [start, end) of the statements in Statement (an array of objects, or one object). */
function statementOffsets(text: string): [number, number][] {
  let i = skipWs(text, 0);
  if (text[i] !== "{") return [];
  i++;
  while (i < text.length) {
    i = skipWs(text, i);
    if (text[i] !== '"') return [];
    const keyEnd = skipValue(text, i);
    const key = text.slice(i + 1, keyEnd - 1);
    i = skipWs(text, keyEnd);
    if (text[i] !== ":") return [];
    i = skipWs(text, i + 1);
    const valueEnd = skipValue(text, i);
    if (key === "Statement") {
      if (text[i] === "{") return [[i, valueEnd]];
      const out: [number, number][] = [];
      let j = skipWs(text, i + 1);
      while (j < valueEnd - 1) {
        const end = skipValue(text, j);
        if (text[j] === "{") out.push([j, end]);
        j = skipWs(text, end);
        if (text[j] === ",") j = skipWs(text, j + 1);
        else break;
      }
      return out;
    }
    i = skipWs(text, valueEnd);
    if (text[i] !== ",") return [];
    i++;
  }
  return [];
}

function positionOf(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text[i] === "\n") {
      line++;
      lineStart = i + 1;
    }
  }
  return { Line: line, Column: offset - lineStart + 1 };
}

/** One span per statement, in document order (the engine's statementIndex). */
export function statementSpans(text: string): StatementSpan[] {
  return statementOffsets(text).map(([start, end]) => ({ StartPosition: positionOf(text, start), EndPosition: positionOf(text, end - 1) }));
}
