// Owns the app's layout: toolbar, Name Box and formula bar, the grid, the side panel (inspector and
// charts), sheet tabs and the status line; and wiring the store to the engine worker and to storage.

import { Show, createSignal, onCleanup, onMount } from 'solid-js';
import { translateInput } from '../formula/ref-shift';
import type { WorkbookFile } from '../storage/format';
import { makeLibrary, requestPersistence } from '../storage/idb';
import type { BookMeta } from '../storage/library';
import { ChartPanel } from './charts/ChartPanel';
import { ExamplesMenu } from './examples/ExamplesMenu';
import { EXAMPLES, firstVisitWorkbook } from './examples/index';
import { FormulaBar } from './FormulaBar';
import { FormatTools } from './grid/FormatTools';
import { createEditSession } from './grid/edit-session';
import { EditModeStatus } from './grid/EditModeStatus';
import { FindBar } from './grid/FindBar';
import { Grid } from './grid/Grid';
import { Inspector } from './inspector/Inspector';
import { makeWriters } from '../storage/writers';
import { gateOnDurable } from './library/ack-gate';
import { DropZone } from './library/DropZone';
import { browserStorage, heldNotice, makeCrashGuard, mergeNotice, restartNotice, warningNotice } from './library/crash-guard';
import { FileActions } from './library/FileActions';
import { NoticeBar } from './library/NoticeBar';
import { registerServiceWorker } from './library/pwa';
import { type Notice, type Session, makeSession, noticeAfterSwitch } from './library/session';
import { WorkbooksDialog } from './library/WorkbooksDialog';
import './library/library.css';
import './library/held-cells.css';
import { createDrawer } from './layout/create-drawer';
import { installRegionKeys } from './layout/region-keys';
import { SidePanel } from './layout/SidePanel';
import { Toolbar } from './layout/Toolbar';
import { NameBox } from './NameBox';
import { FunctionReference } from './reference/FunctionReference';
import { SheetTabs } from './SheetTabs';
import { StatusBar } from './StatusBar';
import { createSheetStore } from './state/createSheetStore';
import { ThemeToggle } from './ThemeToggle';
import { type WorkerClient, makeWorkerClient } from './worker/client';
import { createProfiler } from './profile/create-profiler';
import { ProfilePanel } from './profile/ProfilePanel';
import { createTrainer } from './train/create-trainer';
import { TrainPanel } from './train/TrainPanel';
import { makeBridgeWork } from './worker/bridge-client';
import { makeFileWork } from './worker/file-client';

// size: the app's shell: it wires the store, the worker, the session and every panel once, in the order they depend on each other.
export function App() {
  let client!: WorkerClient;
  let session: Session | undefined;
  const store = createSheetStore(() => client, { edited: (change) => session?.edited(change) });
  const [notice, setNotice] = createSignal<Notice | null>(null);
  const guard = makeCrashGuard(browserStorage());
  // A value is shown only once the edit it answers is in the journal.
  client = makeWorkerClient({
    ...gateOnDurable(store.receive, () => session?.durable() ?? null),
    run: guard.run,
    warning: (text) => setNotice(warningNotice(text, openBook()?.id)),
    stuck: (why) => (store.actions.cancel(), setNotice(restartNotice(why, store.stopped(), openBook()?.id))),
    train: (reply) => trainer.receive(reply),
  });
  const trainer = createTrainer(() => client, store);
  // A workbook that took the engine down last time opens held: its formulas shown, a notice to recalculate.
  const show = (file: WorkbookFile, id?: string, read?: { adopted: true; source?: Blob }): void => {
    const crashed = guard.opening(id ?? null);
    store.actions.open(file, { hold: crashed !== null, ...read });
    if (crashed) setNotice(heldNotice(crashed, () => store.actions.recalculate(guard.recalculate()), id));
  };

  const [books, setBooks] = createSignal<BookMeta[]>([]);
  const [openBook, setOpenBook] = createSignal<BookMeta | null>(null);
  const [listOpen, setListOpen] = createSignal(false);
  const [referenceOpen, setReferenceOpen] = createSignal(false);
  // Nothing is editable until the session knows which workbook to show: an edit made before the
  // stored workbook (or a share link) opened would be replaced by it.
  const [ready, setReady] = createSignal(false);
  let focusGrid = () => {};
  const drawer = createDrawer();
  const edit = createEditSession(store, { focusGrid: () => focusGrid(), translate: translateInput });

  const profiler = createProfiler(() => client);
  const files = makeFileWork();
  session = makeSession({
    library: makeLibrary(),
    host: {
      current: () => store.file(),
      show,
      notify: (n) => setNotice((current) => mergeNotice(current, n)),
      listChanged: setBooks,
      opened: (meta) => (setOpenBook(meta), setNotice((n) => noticeAfterSwitch(n, meta?.id ?? null))),
    },
    firstVisit: firstVisitWorkbook,
    firstVisitName: EXAMPLES[0].title,
    hash: () => location.hash,
    clearHash: () => history.replaceState(null, '', `${location.pathname}${location.search}`),
    persist: () => requestPersistence(),
    writers: makeWriters(),
    bridge: makeBridgeWork(),
    files,
  });

  // Whatever is unsaved is saved when the page goes away or out of sight.
  const flush = () => void session?.flush();
  const leave = () => void session?.leave();
  const onShow = (e: PageTransitionEvent) => e.persisted && session?.resume();
  const onVisibility = () => document.visibilityState === 'hidden' && flush();
  const onHash = () => void session?.openLink(location.hash);
  onCleanup(installRegionKeys(document));
  onMount(() => {
    void session!.start().finally(() => setReady(true));
    window.addEventListener('pagehide', leave);
    window.addEventListener('pageshow', onShow);
    window.addEventListener('pagehide', guard.leaving);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('hashchange', onHash);
    registerServiceWorker({ notify: setNotice, beforeUpdate: () => session!.flush() });
  });
  onCleanup(() => {
    window.removeEventListener('pagehide', leave);
    window.removeEventListener('pageshow', onShow);
    window.removeEventListener('pagehide', guard.leaving);
    document.removeEventListener('visibilitychange', onVisibility);
    window.removeEventListener('hashchange', onHash);
    session?.dispose();
    client.dispose();
    files.dispose();
  });

  return (
    <div class="app">
      <Toolbar drawer={drawer}>
        <button class="tool book-title" onClick={() => setListOpen(true)} title="Your workbooks">
          Workbooks
          <Show when={openBook()}>
            {(b) => (
              <>
                : <span class="book-title-name">{b().name}</span>
              </>
            )}
          </Show>
          <span aria-hidden="true"> ▾</span>
        </button>
        <ExamplesMenu open={(file, title) => void session!.openExample(file, title)} />
        <FileActions session={session} />
        <button class="tool" onClick={() => setReferenceOpen(true)}>
          Functions
        </button>
        <button
          class="tool"
          title="Recalculate every cell with the autograd profiler on: time per operation and per cell"
          onClick={() => {
            if (!drawer.open()) drawer.toggle();
            void profiler.run();
          }}
        >
          Profile
        </button>
        <button
          class="tool"
          title="Train parameter cells to minimise a loss cell (the selected one) with a torch.optim optimizer"
          onClick={() => (drawer.open() || drawer.toggle(), trainer.openFor(store.activeLabel()))}
        >
          Train
        </button>
        <FormatTools store={store} onDone={() => focusGrid()} />
        <span class="spacer" />
        <button class="tool" disabled={store.historySize().undo === 0} onClick={() => store.actions.undo()} title="Undo (Ctrl+Z)">
          Undo
        </button>
        <button class="tool" disabled={store.historySize().redo === 0} onClick={() => store.actions.redo()} title="Redo (Ctrl+Y)">
          Redo
        </button>
        <ThemeToggle />
      </Toolbar>
      <div class="notice-slot">
        <NoticeBar notice={notice()} onDismiss={() => setNotice(null)} />
      </div>
      <div class="edit-row" role="region" aria-label="Cell address and contents" data-region="formula">
        <NameBox store={store} onDone={() => focusGrid()} />
        <FormulaBar store={store} edit={edit} />
      </div>
      <Show
        when={ready()}
        fallback={
          <div class="workspace-loading" role="status">
            Opening your workbook…
          </div>
        }
      >
        <div class="workspace">
          <main class="sheet" data-region="grid" data-region-entry="[role=grid]">
            <Grid store={store} edit={edit} focusRef={(f) => (focusGrid = f)} heat={profiler.shownProfile} />
            <FindBar store={store} onClose={() => focusGrid()} />
          </main>
          <SidePanel drawer={drawer}>
            <TrainPanel trainer={trainer} />
            <Inspector store={store} client={() => client} />
            <ChartPanel store={store} client={() => client} />
            <ProfilePanel profiler={profiler} store={store} />
          </SidePanel>
        </div>
      </Show>
      <footer class="footer">
        <Show when={ready()}>
          <SheetTabs store={store} onDone={() => focusGrid()} />
        </Show>
        <EditModeStatus edit={edit} />
        <StatusBar store={store} />
      </footer>
      <FunctionReference open={referenceOpen()} onClose={() => setReferenceOpen(false)} />
      <Show when={listOpen()}>
        <WorkbooksDialog
          books={books()}
          openId={openBook()?.id ?? null}
          session={session}
          onClose={(opened) => (setListOpen(false), opened && focusGrid())}
        />
      </Show>
      <DropZone session={session} />
    </div>
  );
}
