import fs from 'node:fs';
import path from 'node:path';

/**
 * `npx tsx bench/profile-top.ts <file.cpuprofile> [count]`: the functions a V8 CPU profile spent
 * the most time in (self time), with their share of the samples, biggest first.
 */
type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const [file, countArg] = process.argv.slice(2);
if (!file) {
  process.stderr.write('Usage: npx tsx bench/profile-top.ts <file.cpuprofile> [count]\n');
  process.exit(2);
}
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const selfMs = new Map<string, number>();
let totalMs = 0;
profile.samples.forEach((id, i) => {
  const node = byId.get(id);
  if (!node) return;
  const ms = (profile.timeDeltas[i] ?? 0) / 1000;
  totalMs += ms;
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url ? `${path.relative(process.cwd(), url.replace(/^file:\/\//, ''))}:${lineNumber + 1}` : '';
  const key = `${functionName || '(anonymous)'} ${where}`.trim();
  selfMs.set(key, (selfMs.get(key) ?? 0) + ms);
});
const top = [...selfMs].sort((a, b) => b[1] - a[1]).slice(0, Number(countArg ?? 30));
process.stdout.write(`${(totalMs / 1000).toFixed(1)} s sampled\n`);
for (const [key, ms] of top) {
  process.stdout.write(
    `${((ms / totalMs) * 100).toFixed(1).padStart(5)}%  ${ms.toFixed(0).padStart(7)} ms  ${key}\n`,
  );
}
