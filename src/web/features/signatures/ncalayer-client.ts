// A small client for NCALayer, НУЦ РК's desktop signer: its local WebSocket, one sign request of the "basics" module at a time.
import { purposeOid } from '../../../shared/signatures/oids';

export const ncaLayerUrl = 'wss://127.0.0.1:13579';

export type NcaLayerLocale = 'kk' | 'ru' | 'en';
/** Which of a person's НУЦ РК keys NCALayer offers: the signing key for documents, the authentication key to sign in. */
export type NcaLayerPurpose = 'signing' | 'authentication';
export type NcaLayerProblem = 'not_running' | 'cancelled' | 'outdated' | 'failed';

export class NcaLayerError extends Error {
  constructor(
    readonly problem: NcaLayerProblem,
    /** NCALayer's own words, for 'failed' only; not localized. */
    readonly detail: string | null = null,
  ) {
    super(detail ? `NCALayer: ${problem}: ${detail}` : `NCALayer: ${problem}`);
    this.name = 'NcaLayerError';
  }
}

/** Every storage NCALayer reads: a file, Kaztoken, the ID card, eToken, JaCarta. */
const allowedStorages = ['PKCS12', 'AKKaztokenStore', 'AKKZIDCardStore', 'AKEToken72KStore', 'AKJaCartaStore'];

/** The "sign" request for a detached CMS over the decoded bytes of `data` (standard base64). */
export function buildSignRequest(input: { data: string; locale: NcaLayerLocale; purpose?: NcaLayerPurpose }) {
  return {
    module: 'kz.gov.pki.knca.basics',
    method: 'sign',
    args: {
      allowedStorages,
      format: 'cms',
      data: input.data,
      signingParams: { decode: true, encapsulate: false, digested: false, tsaProfile: {} },
      signerParams: { extKeyUsageOids: [purposeOid[input.purpose ?? 'signing']], chain: [] },
      locale: input.locale,
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const cancelMarkers = new Set(['action.canceled', 'action.cancelled', 'USER_CANCELED', 'USER_CANCELLED']);

/**
 * One message from NCALayer: the CMS (base64) when it answers the sign request, null for messages to wait past (the
 * version greeting, heartbeats); throws NcaLayerError when it refuses.
 */
export function parseSignResponse(raw: string): string | null {
  let message: unknown;
  try {
    message = JSON.parse(raw);
  } catch {
    return null; // "--heartbeat--" and other keep-alives
  }
  if (!isRecord(message)) return null;
  // NCALayer without the basics module (before 1.2) answers for a module it does not know.
  if (message.errorCode === 'MODULE_NOT_FOUND') throw new NcaLayerError('outdated');
  if (message.status === true) {
    const body = isRecord(message.body) ? message.body : {};
    const result = Array.isArray(body.result) ? body.result[0] : body.result;
    if (typeof result === 'string' && result.length > 0) return result.replace(/\s+/g, '');
    // The person closed NCALayer's window: a success with an empty body.
    throw new NcaLayerError('cancelled');
  }
  if (message.status === false) {
    const code = typeof message.code === 'string' ? message.code : '';
    const text = typeof message.message === 'string' ? message.message : '';
    if (cancelMarkers.has(code) || cancelMarkers.has(text)) throw new NcaLayerError('cancelled');
    throw new NcaLayerError('failed', [code, text].filter(Boolean).join(': ') || null);
  }
  return null; // {"result":{"version":"1.4"}} right after the connection opens
}

type SocketLike = Pick<WebSocket, 'send' | 'close' | 'readyState'> & {
  onopen: ((event: Event) => void) | null;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: Event) => void) | null;
  onclose: ((event: CloseEvent) => void) | null;
};
export type SocketFactory = (url: string) => SocketLike;

export type NcaLayerConnection = {
  /** Asks NCALayer to sign; resolves with the CMS (DER, base64) once the person has chosen a key and confirmed. */
  sign(input: { data: string; locale: NcaLayerLocale; purpose?: NcaLayerPurpose }): Promise<string>;
  close(): void;
};

function abortError(): DOMException {
  return new DOMException('The signing was stopped', 'AbortError');
}

/**
 * Opens the WebSocket; nothing listening (NCALayer not started) or no answer within the timeout is 'not_running'.
 * An aborted signal rejects with an AbortError, so the caller can tell "the dialog was closed" from a failure.
 */
export function connectNcaLayer(
  options: { timeoutMs?: number; signal?: AbortSignal; url?: string; createSocket?: SocketFactory } = {},
): Promise<NcaLayerConnection> {
  const { timeoutMs = 3000, signal, url = ncaLayerUrl } = options;
  const createSocket: SocketFactory = options.createSocket ?? ((address) => new WebSocket(address));
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    let socket: SocketLike;
    try {
      socket = createSocket(url);
    } catch {
      return reject(new NcaLayerError('not_running'));
    }
    let pending: { resolve(cms: string): void; reject(error: unknown): void } | null = null;
    let opened = false;
    const stopWaiting = (error: unknown) => {
      const waiting = pending;
      pending = null;
      waiting?.reject(error);
    };
    const onAbort = () => {
      clearTimeout(timer);
      socket.close();
      if (!opened) reject(abortError());
      stopWaiting(abortError());
    };
    const timer = setTimeout(() => {
      socket.close();
      reject(new NcaLayerError('not_running'));
    }, timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });

    socket.onopen = () => {
      opened = true;
      clearTimeout(timer);
      resolve({
        sign(input) {
          if (pending) return Promise.reject(new NcaLayerError('failed', 'a request is already waiting'));
          return new Promise<string>((resolveSign, rejectSign) => {
            pending = { resolve: resolveSign, reject: rejectSign };
            socket.send(JSON.stringify(buildSignRequest(input)));
          });
        },
        close() {
          signal?.removeEventListener('abort', onAbort);
          pending = null;
          socket.close();
        },
      });
    };
    socket.onmessage = (event) => {
      if (!pending || typeof event.data !== 'string') return;
      try {
        const cms = parseSignResponse(event.data);
        if (cms === null) return;
        const waiting = pending;
        pending = null;
        waiting.resolve(cms);
      } catch (error) {
        stopWaiting(error);
      }
    };
    socket.onerror = () => {
      // A refused connection fires error, then close; the close below decides.
    };
    socket.onclose = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (!opened) reject(new NcaLayerError('not_running'));
      // NCALayer quit (or crashed) while the person was choosing a key.
      else stopWaiting(new NcaLayerError('not_running'));
    };
  });
}

/** Connects, signs the base64 data once and disconnects. */
export async function signWithNcaLayer(input: {
  data: string;
  locale: NcaLayerLocale;
  purpose?: NcaLayerPurpose;
  signal?: AbortSignal;
}): Promise<string> {
  const connection = await connectNcaLayer({ signal: input.signal });
  try {
    return await connection.sign(input);
  } finally {
    connection.close();
  }
}
