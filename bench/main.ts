// One workload in this process (`node dist-bench/main.js <index>`), its result as one JSON line; or
// the sheet's training at one number of steps (`--train-steps=<n>`), its time and memory.
import { measure } from './harness';
import { trainScaling } from './train-scaling';
import { allWorkloads } from './workloads';

const list = await allWorkloads();
const arg = process.argv[2];
if (arg === '--list') {
  console.log(JSON.stringify(list.map((w) => w.name)));
} else if (arg?.startsWith('--train-steps=')) {
  console.log(JSON.stringify(await trainScaling(Number(arg.slice('--train-steps='.length)))));
} else {
  const w = list[Number(arg)];
  if (!w) throw new Error(`no workload ${arg}`);
  console.log(JSON.stringify(await measure(w)));
}
