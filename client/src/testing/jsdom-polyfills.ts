// jest-environment-jsdom leaves out TextEncoder, which react-router needs at import time.
// Import this before anything that imports react-router.
import { TextDecoder, TextEncoder } from 'node:util';

if (typeof globalThis.TextEncoder === 'undefined') {
  Object.assign(globalThis, { TextEncoder, TextDecoder });
}
