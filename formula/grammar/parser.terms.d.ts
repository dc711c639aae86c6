// Declares the term ids from parser.terms.js (written by `npm run gen`) that tokens.ts returns.
export const cellWord: number;
export const Boolean: number;
