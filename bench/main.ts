// One workload in this process (`node dist-bench/main.js <index>`), its result as one JSON line.
import { measure } from './harness';
import { allWorkloads } from './workloads';

const list = await allWorkloads();
const arg = process.argv[2];
if (arg === '--list') {
  console.log(JSON.stringify(list.map((w) => w.name)));
} else {
  const w = list[Number(arg)];
  if (!w) throw new Error(`no workload ${arg}`);
  console.log(JSON.stringify(await measure(w)));
}
