import { randomUUID } from 'node:crypto';
import {
  appendFileSync,
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import type { SpoolEntry } from './spool-file.js';

// Spools open in this process (the test kit runs several nodes in one process).
const openHere = new Set<string>();

export interface SpoolClaim {
  /** Names this spool in `spool_marks`; kept in the directory, so a restarted node finds its own mark. */
  spoolId: string;
  /** Sets aside a row PostgreSQL refused (bad data), instead of retrying it forever. */
  reject(entry: SpoolEntry): void;
  release(): void;
}

/**
 * One process per spool directory: two nodes appending to one spool would each replay the
 * other's records. A lock file holds the owner's pid; a dead owner's lock (SIGKILL) is taken over.
 */
export function claimSpoolDir(dir: string): SpoolClaim {
  const key = resolve(dir);
  mkdirSync(dir, { recursive: true });
  const lockPath = join(dir, 'lock');
  if (openHere.has(key)) throw new Error(`the spool in ${dir} is already open in this process`);
  if (existsSync(lockPath)) {
    const owner = Number(readFileSync(lockPath, 'utf8'));
    if (owner && owner !== process.pid && alive(owner)) {
      throw new Error(`the spool in ${dir} belongs to running process ${owner}: give each node its own DATA_DIR`);
    }
  }
  writeFileSync(lockPath, String(process.pid));
  openHere.add(key);

  const idPath = join(dir, 'id');
  if (!existsSync(idPath)) {
    writeFileSync(idPath, randomUUID());
    const fd = openSync(idPath, 'r');
    fsyncSync(fd);
    closeSync(fd);
  }
  const spoolId = readFileSync(idPath, 'utf8').trim();

  return {
    spoolId,
    reject: (entry) => appendFileSync(join(dir, 'rejected.log'), `${entry.seq}\t${entry.kind}\t${entry.json}\n`),
    release() {
      openHere.delete(key);
      rmSync(lockPath, { force: true });
    },
  };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
