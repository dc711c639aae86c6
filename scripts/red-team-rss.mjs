// Preloaded into a command-line probe (`node --import`): on exit, writes the process's peak RSS and its
// RSS at start to stderr as one marked line, for the red team to assert memory growth as it does for
// library probes (it strips the line before a probe's check reads stderr).
const baseMB = process.memoryUsage().rss / 2 ** 20;
process.on('exit', () => {
  process.stderr.write(`\nred-team-rss ${JSON.stringify({ baseMB, rssMB: process.resourceUsage().maxRSS / 1024 })}\n`);
});
