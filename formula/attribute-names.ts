// Owns the names of the attributes a tensor has (`x.T`, `x.shape`, …; formula/attributes.ts reads them),
// apart from their machinery so the editor's completion can offer them without the engine.

export const ATTRIBUTES = ['T', 'shape', 'grad', 'requires_grad', 'grad_fn', 'ndim', 'is_leaf', 'dtype', 'data'] as const;
