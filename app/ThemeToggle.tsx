// Owns the light/dark theme: follows the system until the user picks one, and remembers the pick.

import { createSignal, onMount } from 'solid-js';

type Theme = 'light' | 'dark';
const KEY = 'gradsheet-theme';

export function ThemeToggle() {
  const system = (): Theme => (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light');
  const [theme, setTheme] = createSignal<Theme>('light');
  const apply = (t: Theme) => {
    setTheme(t);
    document.documentElement.dataset.theme = t;
  };
  onMount(() => apply((localStorage.getItem(KEY) as Theme | null) ?? system()));
  return (
    <button
      class="tool"
      aria-label={`Switch to ${theme() === 'dark' ? 'light' : 'dark'} theme`}
      title="Light or dark theme"
      onClick={() => {
        const next = theme() === 'dark' ? 'light' : 'dark';
        localStorage.setItem(KEY, next);
        apply(next);
      }}
    >
      {theme() === 'dark' ? '☀' : '☾'}
    </button>
  );
}
