// Red-team probes of the engine's budgets: formulas whose memory, steps or nesting had no ceiling.
// A probe: { name, workbook (a file's JSON, or its text), cells (labels to read; all when absent)
// or cli (the command line's arguments, "$FILE" for the workbook), seconds (default 5), rssMB (RSS
// growth allowed, default 1024), check(result) → a string saying what is wrong, or nothing }.

const book = (cells) => ({ format: 'gradsheet', version: 1, seed: 0, sheets: [{ name: 'Sheet1', cells }], names: {}, charts: [] });

/** The cell is the error `code` and its message matches `message`. */
const isError =
  (ref, code, message = /./) =>
  ({ cells }) => {
    const c = cells[ref];
    if (c?.kind !== 'error' || c.code !== code || !message.test(c.message))
      return `${ref} is ${JSON.stringify(c).slice(0, 200)}, expected ${code} ${message}`;
  };

/** The cell is a correct value or one of the errors named. */
const valueOr =
  (ref, ok, codes) =>
  ({ cells }) => {
    const c = cells[ref];
    if (c?.kind === 'error' ? !codes.includes(c.code) : !ok(c)) return `${ref} is ${JSON.stringify(c).slice(0, 200)}`;
  };

const onesOf = (n) => (c) => c?.kind === 'tensor' && c.shape?.[0] === n;

export const probes = [
  {
    name: 'a while that never ends over ones(1000) keeps no history and stops',
    workbook: book({ A1: '=while(ones(1000), y => true, y => y * 1)', A2: '=1 + 1' }),
    check: (r) => isError('Sheet1!A1', '#LOOP!')(r) ?? valueOr('Sheet1!A2', (c) => c.value === 2, [])(r),
  },
  {
    name: 'a million repeats over ones(1000) end with the value or the budget',
    workbook: book({ A1: '=repeat(1000000, ones(1000), y => y * 1)' }),
    check: valueOr('Sheet1!A1', onesOf(1000), ['#LOOP!']),
  },
  {
    name: 'loops nested inside loops stop at one budget',
    workbook: book({ A1: '=repeat(1000000, 0, a => repeat(1000000, a, b => b + 1))' }),
    check: isError('Sheet1!A1', '#LOOP!', /budget/),
  },
  {
    name: 'loops nested inside loops without history stop at one budget',
    workbook: book({ A1: '=no_grad(repeat(1000, 0, a => repeat(1000000, a, b => b + 1)))' }),
    check: isError('Sheet1!A1', '#LOOP!', /budget/),
  },
  {
    name: 'the command line returns from loops nested inside loops',
    workbook: book({ A1: '=repeat(1000000, 0, a => repeat(1000000, a, b => b + 1))' }),
    cli: ['eval', '$FILE'],
    check: ({ code, stdout }) =>
      code !== 0 ? `exit ${code}` : JSON.parse(stdout).cells['Sheet1!A1'].code !== '#LOOP!' ? 'A1 is not #LOOP!' : undefined,
  },
  {
    // Each step's grad walks only down to the state it differentiates, not the history of the steps before.
    name: 'ten thousand hand-written SGD steps (repeat over grad of its state) finish in linear time',
    workbook: book({
      A1: '=linspace(0, 1, 20)',
      A2: '=3 * A1 + 1',
      A3: '=repeat(10000, tensor([0.0, 0.0]), p => p - 0.1 * grad(mse_loss(A1 * p[0] + p[1], A2), p))',
    }),
    rssMB: 400,
    check: valueOr('Sheet1!A3', (c) => Math.abs(c.value[0] - 3) < 1e-9 && Math.abs(c.value[1] - 1) < 1e-9, []),
  },
  {
    name: 'twenty cells reading one million-cell range',
    workbook: book(Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`CW${i + 1}`, '=sum(A1:CV10000)']))),
    check: valueOr('Sheet1!CW20', (c) => c.value === 0, []),
  },
  {
    name: 'a tensor of the largest size, read as the command line prints it',
    workbook: book({ A1: '=ones(4096, 4096)' }),
    check: valueOr('Sheet1!A1', (c) => c.shape?.[0] === 4096, []),
  },
  {
    name: 'more tensors of the largest size than the memory budget holds',
    workbook: book(Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`A${i + 1}`, '=ones(4096, 4096) * 2']))),
    cells: Array.from({ length: 8 }, (_, i) => `Sheet1!A${i + 1}`),
    check: ({ cells }) => {
      const values = Object.values(cells);
      const refused = values.filter((c) => c.kind === 'error' && c.code === '#LIMIT!' && /memory budget/.test(c.message));
      if (refused.length < 6 || refused.length + values.filter((c) => c.kind === 'tensor').length !== 8)
        return JSON.stringify(values.map((c) => c.code ?? c.kind));
    },
  },
  {
    name: 'a loop of gradients differentiated through keeps its history within the budget',
    workbook: book({ A1: '1', A2: '=grad(repeat(1000000, A1, y => y * 1.000001), A1)' }),
    check: valueOr('Sheet1!A2', (c) => Math.abs(c.value - Math.E) < 1e-5, ['#LIMIT!', '#LOOP!']),
  },
];
