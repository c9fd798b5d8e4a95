import type { SimStats } from './stats.js';

/** One live line: connected, booted, charging, messages per second. Returns a stop function. */
export function startProgress(stats: SimStats, total: number, out: NodeJS.WriteStream = process.stderr): () => void {
  let lastFrames = stats.framesIn + stats.framesOut;
  let lastAt = performance.now();
  const tty = out.isTTY;
  const tick = () => {
    const frames = stats.framesIn + stats.framesOut;
    const now = performance.now();
    const rate = ((frames - lastFrames) * 1000) / (now - lastAt);
    lastFrames = frames;
    lastAt = now;
    const line =
      `${stats.connected}/${total} connected · ${stats.booted} booted · ${stats.charging} charging · ` +
      `${Math.round(rate).toLocaleString('en')} msg/s · ${stats.errors} errors · ${stats.unsupported} unsupported · ${stats.reconnects} reconnects`;
    out.write(tty ? `\r\x1b[2K${line}` : `${line}\n`);
  };
  const timer = setInterval(tick, tty ? 1000 : 5000);
  return () => {
    clearInterval(timer);
    tick();
    if (tty) out.write('\n');
  };
}
