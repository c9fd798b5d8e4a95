/** Counters shared by every virtual charger of one process: the progress line and benchmarks read them. */
export interface SimStats {
  connected: number;
  booted: number;
  charging: number;
  /** Frames sent and received, including answers. */
  framesOut: number;
  framesIn: number;
  /** CALLERRORs from the server and failed connects. */
  errors: number;
  /** CALLERRORs NotImplemented/NotSupported: the server lacks that feature (yet). */
  unsupported: number;
  reconnects: number;
  /** Says each distinct notice once ("server answered X with NotImplemented"), so 10,000 chargers don't flood the log. */
  notice(key: string, message: string): void;
}

export function createStats(log: (message: string) => void = () => {}): SimStats {
  const said = new Set<string>();
  return {
    connected: 0,
    booted: 0,
    charging: 0,
    framesOut: 0,
    framesIn: 0,
    errors: 0,
    unsupported: 0,
    reconnects: 0,
    notice(key, message) {
      if (said.has(key)) return;
      said.add(key);
      log(message);
    },
  };
}
