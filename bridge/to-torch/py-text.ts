// Owns how the exporter spells values as Python source: string literals that untrusted text cannot
// break out of, numbers, one-line comments, and which identifiers Python (or the script) already uses.

const KEYWORDS = [
  'False',
  'None',
  'True',
  'and',
  'as',
  'assert',
  'async',
  'await',
  'break',
  'class',
  'continue',
  'def',
  'del',
  'elif',
  'else',
  'except',
  'finally',
  'for',
  'from',
  'global',
  'if',
  'import',
  'in',
  'is',
  'lambda',
  'nonlocal',
  'not',
  'or',
  'pass',
  'raise',
  'return',
  'try',
  'while',
  'with',
  'yield',
  'match',
  'case',
  '_',
];

/** Python's builtins a variable would shadow, and the modules the script imports. */
const BUILTINS = [
  'abs',
  'aiter',
  'all',
  'anext',
  'any',
  'ascii',
  'bin',
  'bool',
  'breakpoint',
  'bytearray',
  'bytes',
  'callable',
  'chr',
  'classmethod',
  'compile',
  'complex',
  'copyright',
  'credits',
  'delattr',
  'dict',
  'dir',
  'divmod',
  'enumerate',
  'eval',
  'exec',
  'exit',
  'filter',
  'float',
  'format',
  'frozenset',
  'getattr',
  'globals',
  'hasattr',
  'hash',
  'help',
  'hex',
  'id',
  'input',
  'int',
  'isinstance',
  'issubclass',
  'iter',
  'len',
  'license',
  'list',
  'locals',
  'map',
  'max',
  'memoryview',
  'min',
  'next',
  'object',
  'oct',
  'open',
  'ord',
  'pow',
  'print',
  'property',
  'quit',
  'range',
  'repr',
  'reversed',
  'round',
  'set',
  'setattr',
  'slice',
  'sorted',
  'staticmethod',
  'str',
  'sum',
  'super',
  'tuple',
  'type',
  'vars',
  'zip',
  'Ellipsis',
  'NotImplemented',
  'json',
  'math',
  'torch',
  'inspect',
];

const TAKEN: ReadonlySet<string> = new Set([...KEYWORDS, ...BUILTINS]);

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Whether `name` may be a variable of the script as it is: an ASCII identifier that is no keyword,
 * builtin or imported module, does not start with the helpers' `gs_` and is not Python's dunder style.
 */
export function isFreeIdentifier(name: string): boolean {
  return IDENTIFIER.test(name) && !TAKEN.has(name) && !name.toLowerCase().startsWith('gs_') && !name.startsWith('__');
}

/** `text` made into an identifier: every other character becomes `_`, and a leading digit gets a `_`. */
export function identifierPart(text: string): string {
  const plain = text.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[0-9]/.test(plain) || plain === '' ? `_${plain}` : plain;
}

/**
 * A Python string literal holding `text` exactly, written in printable ASCII only: quotes, backslashes,
 * line breaks, control characters and every non-ASCII code point are escapes, so no input can end the
 * literal or the line. A lone surrogate stays a `\udXXX` escape, which Python keeps as that code point.
 */
export function pyString(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const ch = text[i];
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (code >= 0x20 && code < 0x7f) out += ch;
    else if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) {
      const point = text.codePointAt(i)!;
      out += `\\U${point.toString(16).padStart(8, '0')}`;
      i++;
    } else out += code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  }
  return `${out}"`;
}

const isLow = (code: number): boolean => code >= 0xdc00 && code < 0xe000;

/** Text for a `#` comment: one line whatever it holds (every line break and control character becomes a space). */
export function commentText(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what a comment must not carry
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ').replace(/[\ud800-\udfff]/gu, '\ufffd');
}

/** A float as Python source: `2.0`, `0.1`, `1e+21`, and `math.nan`, `math.inf`, `-math.inf`. */
export function pyFloat(x: number): string {
  if (Number.isNaN(x)) return 'math.nan';
  if (!Number.isFinite(x)) return x > 0 ? 'math.inf' : '-math.inf';
  if (Object.is(x, -0)) return '-0.0';
  const text = String(x);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/** A number where Python wants an int when it is whole (sizes, dims, indices): `2`, else as pyFloat. */
export function pyInt(x: number): string {
  return Number.isSafeInteger(x) && !Object.is(x, -0) ? String(x) : pyFloat(x);
}
