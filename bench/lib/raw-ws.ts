// The cheapest WebSocket client we could write for the load generators: a TCP socket, the upgrade
// request written by hand, text frames out, text frames in. `ws` spends ~0.5 ms of CPU per boot on
// the client side (an http.ClientRequest per handshake, key hashing, its frame machinery), as much as
// a bare ocpp-rpc server spends answering it; on a 2-core machine shared with the servers that is
// CPU the servers under test do not get. This one only does what a storm needs: small text frames.
import { connect, type Socket } from 'node:net';

export interface RawWsHandlers {
  open(): void;
  message(text: string): void;
  /** Once, whatever ended it: `HTTP 404`, a socket error, or `closed` (the peer or we ended it). */
  end(why: string): void;
}

export interface RawWs {
  send(text: string): void;
  /** Ends the TCP connection at once, without a close frame (like `ws.terminate()`). */
  destroy(): void;
}

// Any 16-byte key will do: we do not check Sec-WebSocket-Accept (our own server cannot lie to us).
const KEY = 'Y2hhcmdlcWwtYmVuY2gtMA==';
const HEADER_END = Buffer.from('\r\n\r\n');
const OPCODE_TEXT = 0x1;
const OPCODE_CLOSE = 0x8;
const OPCODE_PING = 0x9;

/**
 * A client frame: FIN + opcode, the mask bit with an all-zero masking key (so the payload goes out as
 * it is: the server unmasks with XOR 0; RFC 6455 wants an unpredictable key against proxy cache
 * poisoning, which does not apply to a bench talking to its own server), then the payload.
 */
function frame(opcode: number, payload: Buffer): Buffer {
  const n = payload.length;
  const head = n < 126 ? 6 : n < 65536 ? 8 : 14;
  const out = Buffer.allocUnsafe(head + n);
  out[0] = 0x80 | opcode;
  if (n < 126) out[1] = 0x80 | n;
  else if (n < 65536) {
    out[1] = 0x80 | 126;
    out.writeUInt16BE(n, 2);
  } else {
    out[1] = 0x80 | 127;
    out.writeBigUInt64BE(BigInt(n), 2);
  }
  out.writeUInt32BE(0, head - 4);
  payload.copy(out, head);
  return out;
}

export function openRawWs(url: URL, protocol: string, localAddress: string | undefined, on: RawWsHandlers): RawWs {
  const socket: Socket = connect({ host: url.hostname, port: Number(url.port), localAddress });
  socket.setNoDelay(true);
  let upgraded = false;
  let ended = false;
  let pending: Buffer | null = null;
  const end = (why: string) => {
    if (ended) return;
    ended = true;
    socket.destroy();
    on.end(why);
  };

  socket.once('connect', () =>
    socket.write(
      `GET ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
        `Sec-WebSocket-Key: ${KEY}\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: ${protocol}\r\n\r\n`,
    ),
  );
  socket.on('data', (chunk: Buffer) => {
    let buf = pending ? Buffer.concat([pending, chunk]) : chunk;
    pending = null;
    if (!upgraded) {
      const at = buf.indexOf(HEADER_END);
      if (at < 0) return void (pending = buf);
      const status = buf.toString('latin1', 9, 12); // "HTTP/1.1 101 ..."
      if (status !== '101') return end(`HTTP ${status}`);
      upgraded = true;
      on.open();
      buf = buf.subarray(at + 4);
    }
    // Server frames are unmasked; ws never fragments the small frames an OCPP server sends.
    while (buf.length >= 2 && !ended) {
      const opcode = buf[0]! & 0x0f;
      let n = buf[1]! & 0x7f;
      let head = 2;
      if (n === 126) {
        if (buf.length < 4) break;
        n = buf.readUInt16BE(2);
        head = 4;
      } else if (n === 127) {
        if (buf.length < 10) break;
        n = Number(buf.readBigUInt64BE(2));
        head = 10;
      }
      if (buf.length < head + n) break;
      const payload = buf.subarray(head, head + n);
      buf = buf.subarray(head + n);
      if (opcode === OPCODE_TEXT) on.message(payload.toString('utf8'));
      else if (opcode === OPCODE_PING) socket.write(frame(0xa, payload));
      else if (opcode === OPCODE_CLOSE) return end('closed');
    }
    if (buf.length && !ended) pending = Buffer.from(buf);
  });
  socket.on('error', (err) => end(err.message));
  socket.on('close', () => end('closed'));

  return {
    send: (text) => void (ended || socket.write(frame(OPCODE_TEXT, Buffer.from(text)))),
    destroy: () => {
      ended = true;
      socket.destroy();
    },
  };
}
