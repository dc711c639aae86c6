// Owns the dependency nodes of large ranges. A reader of `A1:CV10000` must not make a million cell
// records and a million edges (and again for every other reader): each distinct large range is one
// node reading only the cells that exist in it, told of each cell made in it later, and its readers
// read the node.

import type { DependencyGraph, NodeId } from '../engine/graph';

/** Ranges of more cells than this get a node of their own; smaller ones are wired cell by cell. */
export const LARGE_RANGE = 4096;

export interface Bounds {
  readonly r0: number;
  readonly r1: number;
  readonly c0: number;
  readonly c1: number;
}

interface RangeNode extends Bounds {
  readonly id: NodeId;
}

/** A cell as the index sees it: where it is and its node. */
export interface PlacedCell {
  readonly id: NodeId;
  readonly col: number;
  readonly row: number;
}

export class LargeRanges {
  /** By sheet (its uid), then by the range's bounds. */
  private readonly bySheet = new Map<number, Map<string, RangeNode>>();

  constructor(
    private readonly graph: DependencyGraph,
    private readonly newId: () => NodeId,
  ) {}

  /** The node of a large range on a sheet, made (and wired to the sheet's cells in it) on first use. */
  nodeFor(sheet: number, b: Bounds, cells: () => Iterable<PlacedCell>): NodeId {
    let nodes = this.bySheet.get(sheet);
    if (!nodes) this.bySheet.set(sheet, (nodes = new Map<string, RangeNode>()));
    const key = `${b.r0}:${b.r1}:${b.c0}:${b.c1}`;
    let node = nodes.get(key);
    if (!node) {
      node = { id: this.newId(), r0: b.r0, r1: b.r1, c0: b.c0, c1: b.c1 };
      nodes.set(key, node);
      this.wire(node, cells());
    }
    return node.id;
  }

  /** A cell record was made: every large range it lies in reads it from now on. */
  cellMade(sheet: number, cell: PlacedCell): void {
    const nodes = this.bySheet.get(sheet);
    if (!nodes) return;
    for (const n of nodes.values()) if (inside(n, cell)) this.graph.addPrecedent(n.id, cell.id);
  }

  /** Rewires every node of a sheet from its cells (the workbook rebuilds). */
  rewire(sheet: number, cells: () => Iterable<PlacedCell>): void {
    for (const n of this.bySheet.get(sheet)?.values() ?? []) this.wire(n, cells());
  }

  /** Forgets a removed sheet's ranges. */
  dropSheet(sheet: number): void {
    for (const n of this.bySheet.get(sheet)?.values() ?? []) this.graph.setPrecedents(n.id, []);
    this.bySheet.delete(sheet);
  }

  private wire(node: RangeNode, cells: Iterable<PlacedCell>): void {
    const reads: NodeId[] = [];
    for (const c of cells) if (inside(node, c)) reads.push(c.id);
    this.graph.setPrecedents(node.id, reads);
  }
}

const inside = (b: Bounds, c: PlacedCell): boolean => c.row >= b.r0 && c.row <= b.r1 && c.col >= b.c0 && c.col <= b.c1;
