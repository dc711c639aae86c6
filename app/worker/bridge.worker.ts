// The bridge worker: translates PyTorch code into a workbook and a workbook into a PyTorch script. The
// translators read the formula language's registry (which functions exist, their PyTorch names), and the
// registry carries the engine, which the page must not (scripts/check-bundle.mjs): so they run here, started
// the first time someone imports or exports PyTorch code.

import { fromTorch } from '../../bridge/from-torch';
import { toTorch } from '../../bridge/to-torch';
import { checkedTranslation } from '../../bridge/translation';
import type { BridgeReply, BridgeRequest } from './bridge-protocol';

const post = (reply: BridgeReply): void => (self as unknown as Worker).postMessage(reply);

function handle(msg: BridgeRequest): void {
  try {
    if (msg.type === 'from-torch') post({ type: 'from-torch', id: msg.id, translation: checkedTranslation(fromTorch(msg.source)) });
    else post({ type: 'to-torch', id: msg.id, script: toTorch(msg.file) });
  } catch (e) {
    post({ type: 'failed', id: msg.id, message: e instanceof Error ? e.message : String(e) });
  }
}

self.onmessage = (e: MessageEvent<BridgeRequest>) => handle(e.data);
