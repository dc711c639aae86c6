// Declares the parser that `npm run gen` writes to parser.js from formula.grammar.
export const parser: import('@lezer/lr').LRParser;
