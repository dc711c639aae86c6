// Owns the function reference dialog: every registry function by group, searchable, each with its
// signature, doc, PyTorch equivalent, documented parameters and examples with their results.

import { For, Show, createMemo, createSignal, onCleanup, onMount } from 'solid-js';
import { CATALOGUE, type CatalogueEntry } from '../../formula/catalogue';
import { keepTabInside } from '../layout/focus';
import { formatSignature } from '../../formula/signature';
import { documentedParams, formatResult, search, splitCode } from './reference';
import { SPELLINGS } from './spellings';
import './reference.css';

export function FunctionReference(props: { open: boolean; onClose(): void }) {
  return (
    <Show when={props.open}>
      <ReferenceDialog onClose={props.onClose} />
    </Show>
  );
}

function ReferenceDialog(props: { onClose(): void }) {
  const [query, setQuery] = createSignal('');
  const groups = createMemo(() => search(query()));
  const count = createMemo(() => groups().reduce((n, g) => n + g.functions.length, 0));
  let dialog!: HTMLDivElement;
  let input!: HTMLInputElement;
  let list!: HTMLDivElement;
  const opener = document.activeElement as HTMLElement | null;

  onMount(() => input.focus());
  onCleanup(() => opener?.focus?.());

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      props.onClose();
    } else keepTabInside(e, dialog);
  };

  const jump = (id: string) => {
    list.querySelector(`#ref-group-${id}`)?.scrollIntoView({ block: 'start' });
  };

  return (
    <div class="ref-backdrop" onPointerDown={(e) => e.target === e.currentTarget && props.onClose()}>
      <div ref={dialog} class="ref-dialog" role="dialog" aria-modal="true" aria-labelledby="ref-title" onKeyDown={onKeyDown}>
        <div class="ref-head">
          <h2 id="ref-title">Function reference</h2>
          <span class="ref-count" aria-live="polite">
            {count() === CATALOGUE.length ? `${count()} functions` : `${count()} of ${CATALOGUE.length} functions`}
          </span>
          <button class="tool ref-close" aria-label="Close" title="Close (Esc)" onClick={() => props.onClose()}>
            ✕
          </button>
          <input
            ref={input}
            class="ref-search"
            type="search"
            aria-label="Search functions"
            placeholder="Search by name, PyTorch name or words of the description"
            value={query()}
            onInput={(e) => {
              setQuery(e.currentTarget.value);
              list.scrollTop = 0;
            }}
          />
        </div>
        <div class="ref-body">
          <nav class="ref-nav" aria-label="Function groups">
            <For each={groups()}>
              {(g) => (
                <button class="ref-nav-item" onClick={() => jump(g.group.id)}>
                  <span>{g.group.title}</span>
                  <span class="ref-nav-count">{g.functions.length}</span>
                </button>
              )}
            </For>
          </nav>
          <div ref={list} class="ref-list" role="region" aria-label="Functions" tabindex="0">
            <For each={groups()}>
              {(g) => (
                <section class="ref-group" id={`ref-group-${g.group.id}`} aria-labelledby={`ref-group-title-${g.group.id}`}>
                  <h3 class="ref-group-title" id={`ref-group-title-${g.group.id}`}>
                    {g.group.title}
                  </h3>
                  <For each={g.functions}>{(f) => <FunctionEntry f={f} />}</For>
                </section>
              )}
            </For>
            <Show when={groups().length === 0}>
              <p class="ref-empty">No function matches “{query()}”.</p>
            </Show>
            <SpellingsSection query={query()} />
          </div>
        </div>
      </div>
    </div>
  );
}

/** PyTorch's spellings and the in-place answers (spellings.ts), filtered by the search like the functions. */
function SpellingsSection(props: { query: string }) {
  const groups = () => {
    const q = props.query.trim().toLowerCase();
    return SPELLINGS.map((g) => ({ ...g, rows: g.rows.filter((r) => !q || `${r.formula} ${r.means}`.toLowerCase().includes(q)) })).filter(
      (g) => g.rows.length > 0,
    );
  };
  return (
    <Show when={groups().length > 0}>
      <section class="ref-group ref-spellings" id="ref-group-spellings" aria-labelledby="ref-group-title-spellings">
        <h3 class="ref-group-title" id="ref-group-title-spellings">
          PyTorch's spellings
        </h3>
        <For each={groups()}>
          {(g) => (
            <table class="ref-examples ref-spellings-table">
              <caption>{g.title}</caption>
              <tbody>
                <For each={g.rows}>
                  {(r) => {
                    const result = formatResult(r.result);
                    return (
                      <tr>
                        <td>
                          <code>{r.formula}</code>
                        </td>
                        <td class="ref-arrow" aria-label="gives">
                          →
                        </td>
                        <td>
                          <code classList={{ 'ref-result': true, 'ref-error': result.startsWith('#') }}>{result}</code>
                        </td>
                        <td class="ref-means">{r.means}</td>
                      </tr>
                    );
                  }}
                </For>
              </tbody>
            </table>
          )}
        </For>
      </section>
    </Show>
  );
}

function Prose(props: { text: string }) {
  return <For each={splitCode(props.text)}>{(run) => (run.code ? <code>{run.text}</code> : run.text)}</For>;
}

function FunctionEntry(props: { f: CatalogueEntry }) {
  const f = props.f;
  const params = documentedParams(f);
  return (
    <article class="ref-entry" aria-labelledby={`ref-fn-${f.name}`} data-function={f.name}>
      <h4 class="ref-sig" id={`ref-fn-${f.name}`}>
        <code>
          <span class="ref-name">{f.name}</span>
          {formatSignature(f)}
        </code>
      </h4>
      <p class="ref-doc">
        <Prose text={f.doc} />
      </p>
      <p class="ref-torch">
        <span class="ref-label">PyTorch</span> {/^torch\./.test(f.torch) ? <code>{f.torch}</code> : <Prose text={f.torch} />}
      </p>
      <Show when={params.length > 0}>
        <dl class="ref-params">
          <For each={params}>
            {(p) => (
              <>
                <dt>
                  <code>{p.keyword ? `${p.name}=` : p.name}</code>
                </dt>
                <dd>{p.doc}</dd>
              </>
            )}
          </For>
        </dl>
      </Show>
      <Show when={f.examples.length > 0}>
        <table class="ref-examples">
          <caption class="ref-visually-hidden">Examples of {f.name}</caption>
          <tbody>
            <For each={f.examples}>
              {(e) => {
                const result = formatResult(e.result);
                return (
                  <tr>
                    <td>
                      <code>{e.formula}</code>
                    </td>
                    <td class="ref-arrow" aria-label="gives">
                      →
                    </td>
                    <td>
                      <code classList={{ 'ref-result': true, 'ref-error': result.startsWith('#') }}>{result}</code>
                    </td>
                  </tr>
                );
              }}
            </For>
          </tbody>
        </table>
      </Show>
    </article>
  );
}
