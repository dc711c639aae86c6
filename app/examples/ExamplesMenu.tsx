// Owns the toolbar's Examples menu: the tutorials and the gallery, each with its summary; choosing one opens
// the user's copy of it (a new copy the first time).

import type { WorkbookFile } from '../../storage/format';
import { MenuButton, type MenuButtonSection } from '../ui/MenuButton';
import { EXAMPLES, type Example, copyWorkbook } from './index';

const SECTIONS: { kind: Example['kind']; title: string }[] = [
  { kind: 'tutorial', title: 'PyTorch autograd tutorials' },
  { kind: 'gallery', title: 'Gallery' },
];

/** `open` receives a copy of the chosen example: the app opens the copy the user has, or stores this one, so no work is replaced. */
export function ExamplesMenu(props: { open(workbook: WorkbookFile, title: string): void }) {
  const sections: MenuButtonSection[] = SECTIONS.map((section) => ({
    title: section.title,
    items: EXAMPLES.filter((e) => e.kind === section.kind).map((e) => ({
      id: e.id,
      title: e.title,
      summary: e.summary,
      run: () => props.open(copyWorkbook(e.workbook), e.title),
    })),
  }));
  return <MenuButton id="examples-button" label="Examples" sections={sections} wide />;
}
