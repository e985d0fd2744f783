// Proves what the NCALayer client sends and how it reads NCALayer's answers, with a stand-in for the WebSocket.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  buildSignRequest,
  connectNcaLayer,
  NcaLayerError,
  type NcaLayerProblem,
  parseSignResponse,
  type SocketFactory,
} from './ncalayer-client';

function problemOf(run: () => unknown): NcaLayerProblem | 'none' {
  try {
    run();
    return 'none';
  } catch (error) {
    if (error instanceof NcaLayerError) return error.problem;
    throw error;
  }
}

describe('buildSignRequest', () => {
  it('asks the basics module for a detached CMS over the decoded data, with every storage and the signing key', () => {
    expect(buildSignRequest({ data: 'AQID', locale: 'kk' })).toEqual({
      module: 'kz.gov.pki.knca.basics',
      method: 'sign',
      args: {
        allowedStorages: ['PKCS12', 'AKKaztokenStore', 'AKKZIDCardStore', 'AKEToken72KStore', 'AKJaCartaStore'],
        format: 'cms',
        data: 'AQID',
        signingParams: { decode: true, encapsulate: false, digested: false, tsaProfile: {} },
        signerParams: { extKeyUsageOids: ['1.3.6.1.5.5.7.3.4'], chain: [] },
        locale: 'kk',
      },
    });
  });

  it('offers the authentication key for signing in', () => {
    const request = buildSignRequest({ data: 'AQID', locale: 'ru', purpose: 'authentication' });
    expect(request.args.signerParams.extKeyUsageOids).toEqual(['1.3.6.1.5.5.7.3.2']);
    expect(request.args.locale).toBe('ru');
  });
});

describe('parseSignResponse', () => {
  it('returns the first CMS of a successful answer, as an array or a single string', () => {
    expect(parseSignResponse('{"status":true,"body":{"result":["MIIBcms"]}}')).toBe('MIIBcms');
    expect(parseSignResponse('{"status":true,"body":{"result":"MIIB\\r\\ncms"}}')).toBe('MIIBcms');
  });

  it('waits past the version greeting, heartbeats and other non-answers', () => {
    expect(parseSignResponse('{"result":{"version":"1.4"}}')).toBeNull();
    expect(parseSignResponse('--heartbeat--')).toBeNull();
    expect(parseSignResponse('{}')).toBeNull();
    expect(parseSignResponse('[1,2]')).toBeNull();
  });

  it('reads an empty successful body as the person cancelling, and so the cancel codes', () => {
    expect(problemOf(() => parseSignResponse('{"status":true,"body":{}}'))).toBe('cancelled');
    expect(problemOf(() => parseSignResponse('{"status":true}'))).toBe('cancelled');
    expect(problemOf(() => parseSignResponse('{"status":false,"code":"500","message":"action.canceled"}'))).toBe(
      'cancelled',
    );
    expect(problemOf(() => parseSignResponse('{"status":false,"code":"USER_CANCELED"}'))).toBe('cancelled');
  });

  it('reads an unknown module as an NCALayer too old for the basics module', () => {
    expect(problemOf(() => parseSignResponse('{"success":false,"errorCode":"MODULE_NOT_FOUND"}'))).toBe('outdated');
  });

  it('keeps NCALayer’s code and message of any other refusal', () => {
    let caught: unknown;
    try {
      parseSignResponse('{"status":false,"code":"SIGNING_FAILURE","message":"token removed"}');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(NcaLayerError);
    expect((caught as NcaLayerError).problem).toBe('failed');
    expect((caught as NcaLayerError).detail).toBe('SIGNING_FAILURE: token removed');
  });
});

type FakeSocket = ReturnType<SocketFactory> & { sent: string[]; closed: boolean };

function fakeSocket(): { factory: SocketFactory; socket: FakeSocket } {
  const socket: FakeSocket = {
    readyState: 0,
    sent: [],
    closed: false,
    onopen: null,
    onmessage: null,
    onerror: null,
    onclose: null,
    send(data: string) {
      socket.sent.push(data);
    },
    close() {
      socket.closed = true;
    },
  } as FakeSocket;
  return { factory: () => socket, socket };
}

const event = <T>(fields: T) => fields as unknown as Event & MessageEvent & CloseEvent;

describe('connectNcaLayer', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('sends one sign request and resolves with the CMS, past the greeting', async () => {
    const { factory, socket } = fakeSocket();
    const connecting = connectNcaLayer({ createSocket: factory });
    socket.onopen!(event({}));
    const connection = await connecting;
    const signing = connection.sign({ data: 'AQID', locale: 'en' });
    socket.onmessage!(event({ data: '{"result":{"version":"1.4"}}' }));
    socket.onmessage!(event({ data: '{"status":true,"body":{"result":["MIIBcms"]}}' }));
    await expect(signing).resolves.toBe('MIIBcms');
    expect(JSON.parse(socket.sent[0]!)).toMatchObject({ method: 'sign', args: { data: 'AQID', locale: 'en' } });
    connection.close();
    expect(socket.closed).toBe(true);
  });

  it('reports NCALayer not running when the connection is refused', async () => {
    const { factory, socket } = fakeSocket();
    const connecting = connectNcaLayer({ createSocket: factory });
    socket.onerror!(event({}));
    socket.onclose!(event({ code: 1006 }));
    await expect(connecting).rejects.toMatchObject({ problem: 'not_running' });
  });

  it('reports NCALayer not running when nothing answers within the timeout', async () => {
    vi.useFakeTimers();
    const { factory, socket } = fakeSocket();
    const connecting = connectNcaLayer({ createSocket: factory, timeoutMs: 1000 });
    const outcome = expect(connecting).rejects.toMatchObject({ problem: 'not_running' });
    vi.advanceTimersByTime(1000);
    await outcome;
    expect(socket.closed).toBe(true);
  });

  it('reports NCALayer not running when it closes the connection while the person chooses a key', async () => {
    const { factory, socket } = fakeSocket();
    const connecting = connectNcaLayer({ createSocket: factory });
    socket.onopen!(event({}));
    const signing = (await connecting).sign({ data: 'AQID', locale: 'ru' });
    socket.onclose!(event({ code: 1006 }));
    await expect(signing).rejects.toMatchObject({ problem: 'not_running' });
  });

  it('passes the person cancelling in NCALayer on to the caller', async () => {
    const { factory, socket } = fakeSocket();
    const connecting = connectNcaLayer({ createSocket: factory });
    socket.onopen!(event({}));
    const signing = (await connecting).sign({ data: 'AQID', locale: 'ru' });
    socket.onmessage!(event({ data: '{"status":true,"body":{}}' }));
    await expect(signing).rejects.toMatchObject({ problem: 'cancelled' });
  });

  it('stops waiting with an AbortError when the dialog is closed', async () => {
    const { factory, socket } = fakeSocket();
    const controller = new AbortController();
    const connecting = connectNcaLayer({ createSocket: factory, signal: controller.signal });
    socket.onopen!(event({}));
    const signing = (await connecting).sign({ data: 'AQID', locale: 'ru' });
    controller.abort();
    await expect(signing).rejects.toMatchObject({ name: 'AbortError' });
    expect(socket.closed).toBe(true);
  });
});
