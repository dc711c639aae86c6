// Owns the lint toolchain's entry: typescript-eslint, eslint-plugin-solid and the TypeScript 6 compiler API they need,
// kept in this workspace because the project itself compiles with TypeScript 7, which has no JavaScript API.
export { default as tseslint } from 'typescript-eslint';
export { default as solid } from 'eslint-plugin-solid/configs/typescript';
export { default as ts } from 'typescript';
