// Owns the toolbar's file actions: Export (the workbook as a file, or as a PyTorch script), Import (a workbook file
// through a plain file input, so it works in every browser, or PyTorch code), and Share as a link.

import { Show, createSignal } from 'solid-js';
import { keepTabInside, makeFocusReturn } from '../layout/focus';
import { MenuButton } from '../ui/MenuButton';
import type { Session } from './session';
import { TorchImportDialog } from './TorchImportDialog';

/** Hands the browser a file to save. */
function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// size: a Solid component: its JSX and the signals it closes over read as one piece; its logic lives in the modules it imports.
export function FileActions(props: { session: Session }) {
  let input!: HTMLInputElement;
  const [share, setShare] = createSignal<{ url: string } | { message: string } | null>(null);
  const [torchImport, setTorchImport] = createSignal(false);
  let giveBack = () => {};
  const closeShare = () => {
    setShare(null);
    giveBack();
  };

  const exportFile = () => {
    const { name, text } = props.session.exportFile();
    download(name, text, 'application/json');
  };
  const exportScript = async () => {
    const script = await props.session.exportTorchScript();
    if (script) download(script.name, script.text, 'text/x-python');
  };
  const openTorchImport = () => {
    giveBack = makeFocusReturn();
    setTorchImport(true);
  };
  const closeTorchImport = () => {
    setTorchImport(false);
    giveBack();
  };

  const openShare = async () => {
    giveBack = makeFocusReturn();
    await props.session.flush();
    const r = await props.session.shareLink(`${location.origin}${location.pathname}`);
    setShare(r.ok ? { url: r.url } : { message: r.message });
  };

  return (
    <>
      <MenuButton
        id="export-button"
        label="Export"
        tooltip="Download this workbook as a file or as a PyTorch script"
        sections={[
          {
            items: [
              {
                id: 'file',
                title: 'Workbook file',
                summary: 'A .gradsheet.json file with everything, to open here again.',
                run: exportFile,
              },
              {
                id: 'torch',
                title: 'PyTorch script',
                summary: 'A .py file that PyTorch runs to the same numbers, printing each cell.',
                run: () => void exportScript(),
              },
            ],
          },
        ]}
      />
      <MenuButton
        id="import-button"
        label="Import"
        tooltip="Open a workbook file or PyTorch code as a new workbook"
        sections={[
          {
            items: [
              {
                id: 'file',
                title: 'Workbook file…',
                summary: 'A .gradsheet.json file, opened as a new workbook.',
                run: () => input.click(),
              },
              {
                id: 'torch',
                title: 'PyTorch code…',
                summary: 'Paste a script or choose a .py file: its variables become cells.',
                run: openTorchImport,
              },
            ],
          },
        ]}
      />
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        class="visually-hidden"
        // Reached through the Import button; a second, invisible tab stop (or a second "Import" button for a
        // screen reader) would only confuse.
        tabindex="-1"
        aria-hidden="true"
        aria-label="Import a workbook file"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void props.session.importFile(file);
        }}
      />
      <button class="tool" onClick={() => void openShare()} title="A link that carries this workbook">
        Share
      </button>
      <Show when={torchImport()}>
        <TorchImportDialog
          translate={(source) => props.session.translateTorch(source)}
          open={(t, name) => {
            closeTorchImport();
            void props.session.importTorch(t.file, name);
          }}
          onClose={closeTorchImport}
        />
      </Show>
      <Show when={share()}>
        {(s) => (
          <div class="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && closeShare()}>
            <div
              class="dialog share"
              role="dialog"
              aria-modal="true"
              aria-label="Share link"
              onKeyDown={(e) => {
                if (e.key === 'Escape') closeShare();
                keepTabInside(e, e.currentTarget);
              }}
            >
              <div class="dialog-head">
                <h2>Share link</h2>
                <button class="tool" aria-label="Close" onClick={closeShare}>
                  ×
                </button>
              </div>
              <Show
                when={'url' in s() ? (s() as { url: string }) : null}
                fallback={
                  <div class="share-body">
                    <p>{(s() as { message: string }).message}</p>
                    <button class="tool primary" onClick={() => (exportFile(), closeShare())}>
                      Export the file instead
                    </button>
                  </div>
                }
              >
                {(ok) => (
                  <div class="share-body">
                    <p>
                      Anyone who opens this link gets a copy of the workbook; nothing is uploaded, the workbook travels inside the link.
                    </p>
                    <input
                      class="share-url"
                      aria-label="Link"
                      readonly
                      value={ok().url}
                      ref={(el) => queueMicrotask(() => (el.focus(), el.select()))}
                    />
                    <button class="tool primary" onClick={() => void navigator.clipboard?.writeText(ok().url)}>
                      Copy link
                    </button>
                  </div>
                )}
              </Show>
            </div>
          </div>
        )}
      </Show>
    </>
  );
}
