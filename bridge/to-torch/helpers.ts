// Owns the Python the script carries for what the sheet has and PyTorch does not: each helper's text,
// the helpers it needs, and gs_print, which prints a value as SPEC §8's JSON (as scripts/torch_json.py does).

/** Each helper's Python, and the helpers it calls. */
const HELPERS: Readonly<Record<string, { needs?: readonly string[]; text: string }>> = {
  gs_number: {
    text: `def gs_number(x):
    """A float as SPEC §8's JSON: itself, or "NaN", "Infinity", "-Infinity"."""
    if math.isnan(x):
        return "NaN"
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    return x`,
  },
  gs_nested: {
    needs: ['gs_number'],
    text: `def gs_nested(t):
    """A tensor's elements as nested lists (a 0-D tensor is a bare number); booleans stay booleans."""
    if t.dim() == 0:
        v = t.item()
        return v if isinstance(v, bool) else gs_number(float(v))
    return [gs_nested(s) for s in t]`,
  },
  gs_json: {
    needs: ['gs_nested'],
    text: `def gs_json(v, detached=False):
    """A value as SPEC §8 prints it; detached: shown as the sheet shows a gradient, without history."""
    import inspect
    if isinstance(v, str):
        return {"kind": "text", "value": v}
    if isinstance(v, bool):
        return {"kind": "bool", "shape": [], "value": v}
    if isinstance(v, (int, float, list, torch.Size)):
        v = torch.tensor(v, dtype=torch.float64)
    if isinstance(v, tuple):
        return {"kind": "tuple", "items": [gs_json(item, detached) for item in v]}
    if callable(v):
        try:
            params = list(inspect.signature(v).parameters)
        except (TypeError, ValueError):  # a builtin such as torch.sin has no signature to read
            params = []
        return {"kind": "function", "params": params}
    if v is None:
        return {"kind": "empty"}
    if v.dtype == torch.bool:
        return {"kind": "bool", "shape": list(v.shape), "value": gs_nested(v)}
    if detached:
        v = v.detach()
    grad_fn = type(v.grad_fn).__name__ if v.grad_fn is not None else None
    return {"kind": "tensor", "shape": list(v.shape), "value": gs_nested(v.detach()), "requires_grad": v.requires_grad, "grad_fn": grad_fn}`,
  },
  gs_print: {
    needs: ['gs_json'],
    text: `def gs_print(cell, value, detached=False):
    """Prints one cell as a line of SPEC §8's JSON."""
    print(json.dumps({"cell": cell, **gs_json(value, detached)}))`,
  },
  gs_index: {
    text: `def gs_index(i):
    """An index tensor as PyTorch takes it: whole floats as long, masks as they are."""
    i = torch.as_tensor(i)
    return i.long() if i.is_floating_point() else i`,
  },
  gs_class_target: {
    text: `def gs_class_target(input, target):
    """cross_entropy's target: class indices (one dim fewer than input) as long, probabilities as they are."""
    return target.long() if target.dim() == input.dim() - 1 else target`,
  },
  gs_draw: {
    text: `def gs_draw(draw, *args, seed=None, after=None, **kwargs):
    """A draw from a generator seeded with seed, or continuing where the draw after left it (the sheet's after=)."""
    generator = torch.Generator()
    if after is None:
        generator.manual_seed(seed)
    else:
        generator.set_state(after.gs_generator_state)
    drawn = draw(*args, generator=generator, **kwargs)
    drawn.gs_generator_state = generator.get_state()
    return drawn`,
  },
  gs_watch: {
    text: `def gs_watch(x):
    """A value a grad differentiates with respect to (a cell, a lambda parameter, a let value): it must require grad
    in PyTorch, where in the sheet asking for the gradient is enough; printed as the sheet shows it."""
    return x if x.requires_grad else x.detach().requires_grad_()`,
  },
  gs_grad_fn: {
    text: `def gs_grad_fn(t):
    """x.grad_fn and gradfn(x) as the sheet shows them: the operation's name, or nothing for a leaf."""
    return type(t.grad_fn).__name__ if t.grad_fn is not None else None`,
  },
  gs_next_functions: {
    text: `def gs_next_functions(t):
    """x.grad_fn.next_functions as the sheet shows it: (name, index) pairs, the name None for an input without history."""
    return tuple((None if f is None else type(f).__name__, torch.tensor(float(i))) for f, i in t.grad_fn.next_functions)`,
  },
  gs_no_grad: {
    text: `def gs_no_grad(thunk):
    """no_grad(expr): the value under torch.no_grad(); a function value runs under it when called."""
    with torch.no_grad():
        value = thunk()
    return torch.no_grad()(value) if callable(value) else value`,
  },
  gs_enable_grad: {
    text: `def gs_enable_grad(thunk):
    """enable_grad(expr): the value under torch.enable_grad(); a function value runs under it when called."""
    with torch.enable_grad():
        value = thunk()
    return torch.enable_grad()(value) if callable(value) else value`,
  },
  gs_while: {
    text: `def gs_while(init, cond_fn, body_fn, limit=1000000):
    """while(init, cond_fn, body_fn): applies body_fn while cond_fn holds, at most limit times (the sheet's #LOOP!)."""
    value = init
    for _ in range(limit):
        if not bool(cond_fn(value)):
            return value
        value = body_fn(value)
    if bool(cond_fn(value)):
        raise RuntimeError("while: past the iteration limit of %d" % limit)
    return value`,
  },
  gs_repeat: {
    text: `def gs_repeat(n, init, fn):
    """repeat(n, init, fn): fn applied n times to init."""
    value = init
    for _ in range(int(n)):
        value = fn(value)
    return value`,
  },
  gs_customgrad: {
    text: `def gs_customgrad(f, df):
    """customgrad(f, df): forward f(x), backward df(x, upstream), as a torch.autograd.Function."""
    import inspect

    class CustomGrad(torch.autograd.Function):
        @staticmethod
        def forward(ctx, x):
            ctx.save_for_backward(x)
            return f(x)

        @staticmethod
        def backward(ctx, upstream):
            (x,) = ctx.saved_tensors
            return df(x, upstream)

    def apply(*args):
        return CustomGrad.apply(*args)

    apply.__signature__ = inspect.signature(f)
    return apply`,
  },
  gs_clip_grad_norm: {
    text: `def gs_clip_grad_norm(grads, max_norm, norm_type=2.0):
    """clip_grad_norm: the gradients scaled as torch.nn.utils.clip_grad_norm_ scales them, as new tensors."""
    items = list(grads) if isinstance(grads, tuple) else [grads]
    if math.isinf(norm_type):
        total = torch.stack([g.detach().abs().max() for g in items]).max()
    else:
        total = torch.norm(torch.stack([torch.norm(g.detach(), norm_type) for g in items]), norm_type)
    coef = torch.clamp(max_norm / (total + 1e-6), max=1.0)
    out = tuple(g * coef for g in items)
    return out if isinstance(grads, tuple) else out[0]`,
  },
  gs_clip_grad_value: {
    text: `def gs_clip_grad_value(grads, clip_value):
    """clip_grad_value: every gradient clamped to [-clip_value, clip_value], as new tensors."""
    if isinstance(grads, tuple):
        return tuple(g.clamp(-clip_value, clip_value) for g in grads)
    return grads.clamp(-clip_value, clip_value)`,
  },
  gs_grad: {
    text: `def gs_grad(y, x, v=None):
    """The sheet's grad(y, x, v): torch.autograd.grad, differentiable again (create_graph) as every gradient in a
    sheet is, and shown as PyTorch shows a gradient taken without create_graph (requires_grad False)."""
    return torch.autograd.grad(y, x, v, retain_graph=True, create_graph=True)[0]`,
  },
  gs_backward: {
    text: `def gs_backward(y, v=None):
    """The sheet's backward(y, v): the cell shows y, and every x.grad of the book sums over these roots
    (gs_dot_grad), as PyTorch accumulates backward() calls into .grad."""
    return y`,
  },
  gs_train: {
    text: `def gs_train(f, params, steps, optimizer="sgd", lr=None, **options):
    """The sheet's train(...): steps of torch.optim's optimizer minimising f(*params), each step zero_grad,
    loss = f(*params), loss.backward(), opt.step(). Returns (params after, the losses before each step)."""
    def plain(v):
        if torch.is_tensor(v):
            return v.item() if v.numel() == 1 else tuple(v.tolist())
        return tuple(plain(x) for x in v) if isinstance(v, (tuple, list)) else v
    single = not isinstance(params, tuple)
    ps = [p.detach().clone().requires_grad_() for p in ((params,) if single else params)]
    kinds = {"sgd": torch.optim.SGD, "adam": torch.optim.Adam, "adamw": torch.optim.AdamW,
             "rmsprop": torch.optim.RMSprop, "adagrad": torch.optim.Adagrad}
    kw = {k: plain(v) for k, v in options.items() if v is not None}
    if lr is not None:
        kw["lr"] = plain(lr)
    opt = kinds[optimizer.lower()](ps, **kw)
    losses = []
    for _ in range(int(plain(steps))):
        opt.zero_grad()
        loss = f(*ps)
        losses.append(loss.detach().reshape(()))
        loss.backward()
        opt.step()
    after = [p.detach() for p in ps]
    return (after[0] if single else tuple(after), torch.stack(losses) if losses else torch.zeros(0))`,
  },
  gs_dot_grad: {
    text: `def gs_dot_grad(x, roots):
    """x.grad after every backward root of the book: PyTorch accumulates backward() calls, so the sum over roots."""
    live = [(y, v) for y, v in roots if y.requires_grad]
    if not live:
        return torch.zeros_like(x)  # the sheet's .grad when no root reaches x: zeros, with a note
    outputs = [y for y, _ in live]
    vs = [v if v is None else torch.as_tensor(v, dtype=y.dtype).expand_as(y) for y, v in live]
    (g,) = torch.autograd.grad(outputs, [x], vs, retain_graph=True, allow_unused=True)
    return torch.zeros_like(x) if g is None else g`,
  },
};

export const HELPERS_BEGIN = '# --- gradsheet helpers: what the sheet has and PyTorch does not ---';
export const HELPERS_END = '# --- end of gradsheet helpers ---';

/** The helper block for `used` (and what they need), in a fixed order; gs_print is always there. */
export function helperBlock(used: ReadonlySet<string>): string {
  const wanted = new Set<string>();
  const add = (name: string): void => {
    if (wanted.has(name) || HELPERS[name] === undefined) return;
    wanted.add(name);
    for (const n of HELPERS[name].needs ?? []) add(n);
  };
  for (const name of [...used, 'gs_print']) add(name);
  const texts = Object.keys(HELPERS)
    .filter((n) => wanted.has(n))
    .map((n) => HELPERS[n].text);
  return [HELPERS_BEGIN, texts.join('\n\n\n'), HELPERS_END].join('\n');
}
