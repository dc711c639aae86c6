import { emptyWorkbook } from '../state/document';
import type { WorkbookFile } from '../../storage/format';

export function firstVisitWorkbook(): WorkbookFile {
  const book = emptyWorkbook();
  book.sheets[0].cells = { A1: '=linspace(-2, 2, 25, requires_grad=true)', A2: '=exp(2 * A1 ** 2 * sin(A1))', A3: '=grad(A2, A1, ones_like(A2))' };
  return book;
}
