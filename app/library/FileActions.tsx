// Owns the toolbar's file actions: export the workbook as a file, import one (a plain file input, so it
// works in every browser), and share it as a link.

import { Show, createSignal } from 'solid-js';
import type { Session } from './session';

export function FileActions(props: { session: Session }) {
  let input!: HTMLInputElement;
  const [share, setShare] = createSignal<{ url: string } | { message: string } | null>(null);

  const exportFile = () => {
    const { name, text } = props.session.exportFile();
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const openShare = async () => {
    await props.session.flush();
    const r = await props.session.shareLink(`${location.origin}${location.pathname}`);
    setShare(r.ok ? { url: r.url } : { message: r.message });
  };

  return (
    <>
      <button class="tool" onClick={exportFile} title="Download this workbook as a .gradsheet.json file">Export</button>
      <button class="tool" onClick={() => input.click()} title="Open a .gradsheet.json file as a new workbook">Import</button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        class="visually-hidden"
        aria-label="Import a workbook file"
        onChange={async (e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) await props.session.importFile(file);
        }}
      />
      <button class="tool" onClick={openShare} title="A link that carries this workbook">Share</button>
      <Show when={share()}>
        {(s) => (
          <div class="dialog-backdrop" onClick={(e) => e.target === e.currentTarget && setShare(null)}>
            <div class="dialog share" role="dialog" aria-modal="true" aria-label="Share link" onKeyDown={(e) => e.key === 'Escape' && setShare(null)}>
              <header class="dialog-head">
                <h2>Share link</h2>
                <button class="tool" aria-label="Close" onClick={() => setShare(null)}>×</button>
              </header>
              <Show
                when={'url' in s() ? (s() as { url: string }) : null}
                fallback={
                  <div class="share-body">
                    <p>{(s() as { message: string }).message}</p>
                    <button class="tool primary" onClick={() => (exportFile(), setShare(null))}>Export the file instead</button>
                  </div>
                }
              >
                {(ok) => (
                  <div class="share-body">
                    <p>Anyone who opens this link gets a copy of the workbook; nothing is uploaded, the workbook travels inside the link.</p>
                    <input class="share-url" aria-label="Link" readonly value={ok().url} ref={(el) => queueMicrotask(() => (el.focus(), el.select()))} />
                    <button class="tool primary" onClick={() => void navigator.clipboard?.writeText(ok().url)}>Copy link</button>
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
