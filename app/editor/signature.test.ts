import { EditorSelection } from '@codemirror/state';
import { showTooltip } from '@codemirror/view';
import { describe, expect, test } from 'vitest';
import { signatureField, signatureFocus, signatureHelpAt } from './signature';
import { stateAt } from './test-helpers';

function help(marked: string) {
  const { state, pos } = stateAt(marked);
  const h = signatureHelpAt(state, pos);
  return h && { name: h.def.name, from: h.from, active: h.active?.name ?? null, text: h.parts.map((p) => p.text).join(', ') };
}

describe('signatureHelpAt', () => {
  test('=clamp(x, | highlights the second parameter', () => {
    expect(help('=clamp(x, |')).toEqual({ name: 'clamp', from: 1, active: 'min', text: 'input, min=None, max=None' });
  });

  test('follows the argument by position, or by keyword', () => {
    expect(help('=clamp(|x, 0, 1)')?.active).toBe('input');
    expect(help('=clamp(x|, 0, 1)')?.active).toBe('input');
    expect(help('=clamp(x, 0, 1|)')?.active).toBe('max');
    expect(help('=clamp(x, max=|')?.active).toBe('max');
    expect(help('=CLAMP(x, MAX=2|)')?.active).toBe('max');
    expect(help('=mse_loss(a, b, reduction="s|")')?.active).toBe('reduction');
  });

  test('a variadic parameter takes every later position', () => {
    expect(help('=ones(2, 3, 4|')?.active).toBe('size');
    expect(help('=ones(2, requires_grad=t|')?.active).toBe('requires_grad');
  });

  test('a method call shows the function, its object as the first argument', () => {
    expect(help('=x.clamp(|')).toMatchObject({ name: 'clamp', from: 3, active: 'min' });
  });

  test('a module prefix is not an object: torch.clamp(x, | is at min, as clamp(x, | is', () => {
    expect(help('=torch.clamp(x, |')).toMatchObject({ name: 'clamp', active: 'min' });
    expect(help('=F.mse_loss(|')).toMatchObject({ name: 'mse_loss', active: 'input' });
    expect(help('=torch.nn.functional.mse_loss(a, |')).toMatchObject({ name: 'mse_loss', active: 'target' });
  });

  test('the innermost call wins; a nested list stays one argument', () => {
    expect(help('=sum(abs(x|), 1)')?.name).toBe('abs');
    expect(help('=sum(abs(x)|, 1)')).toMatchObject({ name: 'sum', active: 'input' });
    expect(help('=sum([1, 2|], dim=0)')).toMatchObject({ name: 'sum', active: 'input' });
    expect(help('=sum(x, (y => exp(y|))(1))')?.name).toBe('exp');
  });

  test('hides outside calls and for unknown functions', () => {
    expect(help('=sum(x)|')).toBeNull();
    expect(help('=sum|(x)')).toBeNull();
    expect(help('=x + 1|')).toBeNull();
    expect(help('=foo(1, |')).toBeNull();
    expect(help('=A6(1, |')).toBeNull();
    expect(help('sum(x, |')).toBeNull();
  });
});

describe('signatureField', () => {
  test('shows a tooltip only while focused and inside a call', () => {
    let { state } = stateAt('=clamp(x, |', signatureField);
    const tooltips = () => state.facet(showTooltip).filter(Boolean);
    expect(tooltips()).toHaveLength(0);
    state = state.update({ effects: signatureFocus.of(true) }).state;
    expect(tooltips()).toHaveLength(1);
    expect(tooltips()[0]).toMatchObject({ pos: 1, above: true });
    const same = tooltips()[0];
    state = state.update({ changes: { from: 10, insert: '0' }, selection: EditorSelection.cursor(11) }).state;
    expect(tooltips()[0]).toBe(same); // same call, same argument: the DOM is kept
    state = state.update({ changes: { from: 11, insert: ', ' }, selection: EditorSelection.cursor(13) }).state;
    expect(state.field(signatureField).help?.active?.name).toBe('max');
    state = state.update({ changes: { from: 13, insert: '1)' }, selection: EditorSelection.cursor(15) }).state;
    expect(tooltips()).toHaveLength(0);
    state = state.update({ selection: EditorSelection.cursor(9), effects: signatureFocus.of(false) }).state;
    expect(tooltips()).toHaveLength(0);
  });
});
