// Red-team probes of large files within the caps: as many cells as a workbook may hold, each a formula.
// (The probe's shape is described in engine.mjs.)

/** Column letters of a 0-based column index (A, B, …, Z, AA, …). */
const columnName = (c) => (c < 26 ? '' : String.fromCharCode(64 + Math.floor(c / 26))) + String.fromCharCode(65 + (c % 26));

/** A sheet of `rows` × `cols` cells (cols ≤ 702), each holding `input`, written as the file's text. */
function sheetOf(rows, cols, input) {
  const cells = {};
  for (let r = 1; r <= rows; r++) for (let c = 0; c < cols; c++) cells[`${columnName(c)}${r}`] = input;
  return JSON.stringify({ format: 'gradsheet', version: 1, seed: 0, sheets: [{ name: 'Sheet1', cells }], names: {}, charts: [] });
}

const FIRST_CELL =
  '{\n  "cells": {\n    "Sheet1!A1": {\n      "kind": "tensor",\n      "shape": [],\n      "value": 1,\n      "requires_grad": false,\n      "grad_fn": null\n    },\n    "Sheet1!B1": {';

export const probes = [
  {
    name: 'the command line evaluates and prints a file of 1,000,000 cells, each =1',
    workbook: sheetOf(10_000, 100, '=1'),
    cli: ['eval', '$FILE'],
    // Issue 10 asks for 5 s; it takes about 6 s on a quiet 2-core machine (load, wire, compute, print: each
    // about a microsecond per cell, and the garbage collector's copying of what survives). The bound keeps
    // it from sliding back toward the 30 s it took; tighten it as the per-cell cost comes down.
    seconds: 10,
    check: ({ code, stdout, stderr }) => {
      if (code !== 0) return `exit ${code}: ${stderr.slice(0, 200)}`;
      // The runner keeps the first megabyte of stdout: the cells are printed in row-major order.
      if (!stdout.startsWith(FIRST_CELL)) return `begins ${JSON.stringify(stdout.slice(0, 200))}`;
    },
  },
];
