// Owns grad mode: whether ops record history and propagate requires_grad (`no_grad` / `enable_grad`).

let enabled = true;

export function isGradEnabled(): boolean {
  return enabled;
}

/** Runs `body` with grad mode set to `on`, restoring the previous mode afterwards (even on a throw). */
export function withGradMode<T>(on: boolean, body: () => T): T {
  const prev = enabled;
  enabled = on;
  try {
    return body();
  } finally {
    enabled = prev;
  }
}
