// Print the functions with the most self time from the newest .cpuprofile in a folder.
const fs = require('fs');
const dir = process.argv[2] || '/tmp/prof';
const f = fs.readdirSync(dir).filter((x) => x.endsWith('.cpuprofile')).map((x) => dir + '/' + x)
  .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
const p = JSON.parse(fs.readFileSync(f));
const byId = new Map(p.nodes.map((n) => [n.id, n]));
const counts = new Map();
for (const s of p.samples) counts.set(s, (counts.get(s) || 0) + 1);
const msPerSample = (p.endTime - p.startTime) / 1000 / p.samples.length;
const self = new Map();
for (const [id, c] of counts) {
  const n = byId.get(id);
  const k = n.callFrame.functionName + ' ' + n.callFrame.url.split('/').pop() + ':' + n.callFrame.lineNumber;
  self.set(k, (self.get(k) || 0) + c);
}
[...self].sort((a, b) => b[1] - a[1]).slice(0, Number(process.argv[3] || 25))
  .forEach(([k, c]) => console.log((100 * c / p.samples.length).toFixed(1) + '%', (c * msPerSample).toFixed(0).padStart(5) + ' ms', k));
