// Owns the app's layout: toolbar, Name Box and formula bar, the grid, the side panel (inspector and
// charts), sheet tabs and the status line; and wiring the store to the engine worker.

import { createSignal, onCleanup, onMount } from 'solid-js';
import { ChartPanel } from './charts/ChartPanel';
import { ExamplesMenu } from './examples/ExamplesMenu';
import { FormulaBar } from './FormulaBar';
import { Grid } from './grid/Grid';
import { Inspector } from './inspector/Inspector';
import { NameBox } from './NameBox';
import { FunctionReference } from './reference/FunctionReference';
import { SheetTabs } from './SheetTabs';
import { StatusBar } from './StatusBar';
import { createSheetStore } from './state/createSheetStore';
import { ThemeToggle } from './ThemeToggle';
import { type WorkerClient, makeWorkerClient } from './worker/client';
import { firstVisitWorkbook } from './examples/index';

export function App() {
  let client!: WorkerClient;
  const store = createSheetStore(() => client);
  client = makeWorkerClient(store.receive);
  onCleanup(() => client.dispose());

  let focusGrid = () => {};
  const [referenceOpen, setReferenceOpen] = createSignal(false);

  onMount(() => store.actions.open(firstVisitWorkbook()));

  return (
    <div class="app">
      <header class="toolbar">
        <span class="brand">Gradsheet</span>
        <ExamplesMenu store={store} />
        <button class="tool" onClick={() => setReferenceOpen(true)}>Functions</button>
        <span class="spacer" />
        <button class="tool" disabled={store.historySize().undo === 0} onClick={() => store.actions.undo()} title="Undo (Ctrl+Z)">Undo</button>
        <button class="tool" disabled={store.historySize().redo === 0} onClick={() => store.actions.redo()} title="Redo (Ctrl+Y)">Redo</button>
        <ThemeToggle />
      </header>
      <div class="edit-row">
        <NameBox store={store} onDone={() => focusGrid()} />
        <FormulaBar store={store} onDone={() => focusGrid()} />
      </div>
      <div class="workspace">
        <main class="sheet">
          <Grid store={store} focusRef={(f) => (focusGrid = f)} />
        </main>
        <aside class="side">
          <Inspector store={store} client={() => client} />
          <ChartPanel store={store} client={() => client} />
        </aside>
      </div>
      <footer class="footer">
        <SheetTabs store={store} />
        <StatusBar store={store} />
      </footer>
      <FunctionReference open={referenceOpen()} onClose={() => setReferenceOpen(false)} />
    </div>
  );
}
