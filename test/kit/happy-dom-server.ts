// A vitest environment for tests that render React in happy-dom AND run a real server in the same
// process: happy-dom's DOM globals, but modules are transformed for Node (the stock happy-dom
// environment serves them as browser code, where import.meta.url is http://) and Node's own
// network classes stay, so the server, the test kit and the OCPP client work as in any other file.
import type { Environment } from 'vitest/runtime';
import { builtinEnvironments } from 'vitest/runtime';

const happyDom = builtinEnvironments['happy-dom'];
const KEEP = ['URL', 'URLSearchParams', 'fetch', 'Request', 'Response', 'Headers', 'WebSocket', 'AbortController'];

export default {
  name: 'happy-dom-server',
  viteEnvironment: 'ssr',
  async setup(global, options) {
    const saved = KEEP.map((key) => [key, Object.getOwnPropertyDescriptor(global, key)] as const);
    const env = await happyDom.setup(global, options);
    for (const [key, descriptor] of saved) if (descriptor) Object.defineProperty(global, key, descriptor);
    return env;
  },
} satisfies Environment;
