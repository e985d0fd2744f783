// The token of a one-time link is read from the fragment only when it has the exact shape the server issues.
import { describe, expect, it } from 'vitest';
import { readLinkToken } from './link-token';

const token = 'aB3_-'.repeat(8).concat('xyz');

describe('readLinkToken', () => {
  it('reads a 43-character base64url token from the fragment', () => {
    expect(token).toHaveLength(43);
    expect(readLinkToken(`#token=${token}`)).toBe(token);
    expect(readLinkToken(`#lang=kk&token=${token}`)).toBe(token);
  });

  it('refuses a missing, short, long or foreign token', () => {
    expect(readLinkToken('')).toBeNull();
    expect(readLinkToken('#token=abc')).toBeNull();
    expect(readLinkToken(`#token=${token}A`)).toBeNull();
    expect(readLinkToken(`#token=${token.slice(0, 42)}%`)).toBeNull();
    expect(readLinkToken(`#xtoken=${token}`)).toBeNull();
  });
});
