// Red-team probes of values too deep or too big to print: high-rank tensors, deep and widely shared
// tuples, and the largest tensor through the command line (see ../red-team.mjs for a probe's shape).

const book = (cells) => ({ format: 'gradsheet', version: 1, seed: 0, sheets: [{ name: 'Sheet1', cells }], names: {}, charts: [] });

/** The cell is a #LIMIT! whose message matches `message`. */
const limited =
  (ref, message) =>
  ({ cells }) => {
    const c = cells[ref];
    if (c?.kind !== 'error' || c.code !== '#LIMIT!' || !message.test(c.message))
      return `${ref} is ${JSON.stringify(c).slice(0, 200)}, expected #LIMIT! ${message}`;
  };

/** The command line exited 0 without a stack trace, and each cell named is a #LIMIT! matching its pattern. */
const cliLimited =
  (expected) =>
  ({ code, stdout, stderr }) => {
    if (code !== 0) return `exit ${code}: ${stderr.slice(0, 200)}`;
    if (/\n\s+at /.test(stderr)) return 'printed a stack trace';
    const cells = JSON.parse(stdout).cells;
    for (const [ref, message] of Object.entries(expected)) {
      const why = limited(ref, message)({ cells });
      if (why) return why;
    }
  };

const HOSTILE = {
  A1: '=ones(ones(5000))',
  A2: '=repeat(100000, 1, t => tuple(t))',
  A3: '=repeat(40, 1, t => tuple(t, t))',
  A4: '=repeat(40, tuple(), t => tuple(t, t))',
  A5: '=zeros(100000, 1000, 0)',
  A6: '=repeat(100, ones(1), t => t.unsqueeze(0))',
};
const EXPECTED = {
  'Sheet1!A1': /5,000 dimensions; the limit is 64/,
  'Sheet1!A2': /nest 257 tuples deep; the limit is 256/,
  'Sheet1!A3': /the limit is 65,536/,
  'Sheet1!A4': /the limit is 65,536/,
  'Sheet1!A5': /empty lists/,
  'Sheet1!A6': /65 dimensions; the limit is 64/,
};

export const probes = [
  {
    name: 'a rank-5000 tensor, 100,000 nested tuples and tuples of 2^40 shared values are #LIMIT!, and get never throws',
    workbook: book(HOSTILE),
    check: ({ cells }) => {
      for (const [ref, message] of Object.entries(EXPECTED)) {
        const why = limited(ref, message)({ cells });
        if (why) return why;
      }
    },
  },
  {
    name: 'the command line prints the same hostile values as #LIMIT!, exit 0 and no stack trace',
    workbook: book(HOSTILE),
    cli: ['eval', '$FILE'],
    check: cliLimited(EXPECTED),
  },
  {
    name: 'the command line prints a tensor of the largest size, all of it',
    workbook: book({ A1: '=ones(4096, 4096)' }),
    cli: ['eval', '$FILE'],
    check: ({ code, stdout }) => {
      if (code !== 0) return `exit ${code}`;
      // The runner keeps the first megabyte of stdout: the text begins as JSON.stringify(…, null, 2) writes it.
      if (
        !stdout.startsWith(
          '{\n  "cells": {\n    "Sheet1!A1": {\n      "kind": "tensor",\n      "shape": [\n        4096,\n        4096\n      ],\n      "value": [\n        [\n          1,\n          1,',
        )
      ) {
        return `begins ${JSON.stringify(stdout.slice(0, 200))}`;
      }
    },
  },
];
