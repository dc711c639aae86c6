import { describe, expect, it } from 'vitest';
import type { WorkbookFile } from '../../storage/format';
import { previewOf, scriptBookName, scriptFileStem, scriptTooLarge } from './torch-import';

const book = (cells: Record<string, string>): WorkbookFile => ({
  format: 'gradsheet',
  version: 1,
  seed: 0,
  sheets: [{ name: 'Script', cells }],
  names: {},
  charts: [],
});

describe('the PyTorch import preview', () => {
  it('asks for a script before there is one', () => {
    expect(previewOf(null)).toEqual({ summary: 'Paste a script, or choose a .py file.', openable: false, untranslated: [] });
  });

  it('counts the cells and says when everything translates', () => {
    const p = previewOf({ ok: true, file: book({ A1: '=torch.ones(2)', B1: 'x = torch.ones(2)' }), untranslated: [] });
    expect(p).toMatchObject({ summary: 'Translates into 2 cells; every statement translates.', openable: true });
  });

  it('lists what stays as text', () => {
    const left = [{ line: 3, source: 'import torchvision', reason: 'torchvision is not in the sheet' }];
    const p = previewOf({ ok: true, file: book({ A1: "'import torchvision" }), untranslated: left });
    expect(p.summary).toBe('Translates into 1 cell; 1 statement stays as text (listed below).');
    expect(p.untranslated).toEqual(left);
  });

  it('shows why a text is not Python and refuses to open it', () => {
    expect(previewOf({ ok: false, message: 'Not Python: line 1, column 4: unexpected ")"' })).toMatchObject({
      summary: 'Not Python: line 1, column 4: unexpected ")"',
      openable: false,
    });
  });

  it("names the workbook after the file, else 'PyTorch code'", () => {
    expect(scriptBookName('autograd_tutorial.py')).toBe('autograd_tutorial');
    expect(scriptBookName(null)).toBe('PyTorch code');
    expect(scriptBookName('.py')).toBe('PyTorch code');
  });

  it('refuses a script over a megabyte, saying how large it is', () => {
    expect(scriptTooLarge(999_999)).toBeNull();
    expect(scriptTooLarge(2_500_000)).toBe('The script is 2.4 MB; the import reads scripts up to 1 MB.');
  });
});

describe('the exported script file name', () => {
  it('is the workbook name as a Python module name', () => {
    expect(scriptFileStem('Fit a line')).toBe('Fit_a_line');
    expect(scriptFileStem('  Autograd: automatic differentiation ')).toBe('Autograd_automatic_differentiation');
    expect(scriptFileStem('2 layers')).toBe('_2_layers');
    expect(scriptFileStem('«»')).toBe('workbook');
  });
});
