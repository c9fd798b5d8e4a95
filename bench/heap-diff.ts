// What a server holds per connection, by kind of object: compares two heap snapshots (before and
// after N chargers connected; BENCH_HEAP_SNAPSHOTS=<dir> makes the benches write them) and prints the
// growth per connection by constructor, largest first.
// Run: npm run bench:heap-diff -- <before.heapsnapshot> <after.heapsnapshot> <connections>
import { readFileSync } from 'node:fs';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

/** Self bytes and object count per "type:name" (e.g. "object:ClientRequest", "closure:onMessage"). */
function summarise(file: string): Map<string, { bytes: number; count: number }> {
  const snap = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const stride = fields.length;
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [
    number,
    number,
    number,
  ];
  const byKind = new Map<string, { bytes: number; count: number }>();
  for (let i = 0; i < snap.nodes.length; i += stride) {
    const type = types[snap.nodes[i + typeAt]!]!;
    // Strings and code are grouped by type only: their "names" are their contents.
    const name = ['string', 'concatenated string', 'sliced string', 'code', 'number'].includes(type)
      ? ''
      : snap.strings[snap.nodes[i + nameAt]!]!.slice(0, 60);
    const key = `${type}:${name}`;
    const entry = byKind.get(key) ?? { bytes: 0, count: 0 };
    entry.bytes += snap.nodes[i + sizeAt]!;
    entry.count += 1;
    byKind.set(key, entry);
  }
  return byKind;
}

const [beforeFile, afterFile, connectionsArg] = process.argv.slice(2);
if (!beforeFile || !afterFile || !connectionsArg) {
  console.error('usage: bench:heap-diff <before.heapsnapshot> <after.heapsnapshot> <connections>');
  process.exit(2);
}
const connections = Number(connectionsArg);
const before = summarise(beforeFile);
const after = summarise(afterFile);
const rows = [...after].map(([kind, a]) => {
  const b = before.get(kind) ?? { bytes: 0, count: 0 };
  return { kind, bytes: (a.bytes - b.bytes) / connections, count: (a.count - b.count) / connections };
});
rows.sort((x, y) => y.bytes - x.bytes);
const total = rows.reduce((s, r) => s + r.bytes, 0);
console.log(`heap growth per connection: ${(total / 1024).toFixed(2)} KB over ${connections} connections`);
console.log('bytes/conn  objects/conn  kind');
for (const r of rows.slice(0, 400))
  console.log(`${r.bytes.toFixed(0).padStart(10)}  ${r.count.toFixed(2).padStart(12)}  ${r.kind}`);
