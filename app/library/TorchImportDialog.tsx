// Owns the "Import → PyTorch code…" dialog: paste a script or choose a .py file, see what will not be translated,
// and open the translation as a new workbook. The translation itself is `translate`'s (bridge/from-torch.ts).

import { For, Show, createSignal, onCleanup } from 'solid-js';
import { keepTabInside } from '../layout/focus';
import { type TorchTranslation, previewOf, scriptBookName, scriptTooLarge } from './torch-import';

export interface TorchImportProps {
  translate(source: string): Promise<TorchTranslation>;
  /** Opens the translation as a new workbook named `name`. */
  open(translation: TorchTranslation & { ok: true }, name: string): void;
  onClose(): void;
}

/** How long typing may pause before the preview translates again. */
const PREVIEW_DELAY_MS = 250;

// size: a Solid component: its JSX and the signals it closes over read as one piece; its logic lives in torch-import.ts.
export function TorchImportDialog(props: TorchImportProps) {
  const [source, setSource] = createSignal('');
  const [fileName, setFileName] = createSignal<string | null>(null);
  const [translation, setTranslation] = createSignal<TorchTranslation | null>(null);
  const [busy, setBusy] = createSignal(false);
  let fileInput!: HTMLInputElement;
  let asked = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));

  /** Translates the current text; only the latest request's answer is shown. */
  const translateNow = async (): Promise<TorchTranslation | null> => {
    clearTimeout(timer);
    const text = source();
    const mine = ++asked;
    if (text.trim() === '') return setTranslation(null);
    const tooLarge = scriptTooLarge(new TextEncoder().encode(text).length);
    const result = tooLarge ? { ok: false as const, message: tooLarge } : await props.translate(text);
    if (mine === asked) setTranslation(result);
    return mine === asked ? result : null;
  };
  const edited = (text: string) => {
    setSource(text);
    clearTimeout(timer);
    timer = setTimeout(() => void translateNow(), PREVIEW_DELAY_MS);
  };
  const readFile = async (file: File) => {
    const tooLarge = scriptTooLarge(file.size);
    if (tooLarge) return setTranslation({ ok: false, message: tooLarge });
    setFileName(file.name);
    setSource(await file.text());
    await translateNow();
  };
  const openIt = async () => {
    setBusy(true);
    const t = await translateNow();
    setBusy(false);
    if (t?.ok) props.open(t, scriptBookName(fileName()));
  };
  const preview = () => previewOf(translation());

  return (
    <div class="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && props.onClose()}>
      <div
        class="dialog torch-import"
        role="dialog"
        aria-modal="true"
        aria-labelledby="torch-import-title"
        onKeyDown={(e) => {
          if (e.key === 'Escape') props.onClose();
          keepTabInside(e, e.currentTarget);
        }}
      >
        <div class="dialog-head">
          <h2 id="torch-import-title">Import PyTorch code</h2>
          <button class="tool" aria-label="Close" onClick={() => props.onClose()}>
            ×
          </button>
        </div>
        <div class="torch-import-body">
          <p class="torch-import-about">
            Each statement becomes a cell, each variable a name; backward calls and <code>.grad</code> become gradient cells. What does not
            translate stays as text.
          </p>
          <textarea
            class="torch-import-code"
            aria-label="PyTorch code"
            placeholder={'import torch\nx = torch.ones(2, 2, requires_grad=True)\ny = (x * x).sum()\ny.backward()\nprint(x.grad)'}
            spellcheck={false}
            value={source()}
            onInput={(e) => edited(e.currentTarget.value)}
            ref={(el) => queueMicrotask(() => el.focus())}
          />
          <div class="torch-import-file">
            <button class="tool" onClick={() => fileInput.click()}>
              Choose a .py file…
            </button>
            <Show when={fileName()}>{(n) => <span class="torch-import-filename">{n()}</span>}</Show>
            <input
              ref={fileInput}
              type="file"
              accept=".py,text/x-python,text/plain"
              class="visually-hidden"
              tabindex="-1"
              aria-hidden="true"
              aria-label="PyTorch code file"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (file) void readFile(file);
              }}
            />
          </div>
          <div class="torch-import-preview" role="status" aria-live="polite">
            <p class="torch-import-summary" classList={{ error: translation()?.ok === false }}>
              {preview().summary}
            </p>
            <Show when={preview().untranslated.length > 0}>
              <ul class="torch-import-left" aria-label="Not translated">
                <For each={preview().untranslated}>
                  {(u) => (
                    <li>
                      <span class="torch-import-line">line {u.line}</span> <code>{u.source}</code>{' '}
                      <span class="torch-import-why">{u.reason}</span>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </div>
          <div class="torch-import-actions">
            <button class="tool" onClick={() => props.onClose()}>
              Cancel
            </button>
            <button class="tool primary" disabled={!preview().openable || busy()} onClick={() => void openIt()}>
              Open as a new workbook
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}
