// A photo is kept only when it is the JPEG or PNG it claims to be, down to pixels the PDF can embed.
import { describe, expect, it } from 'vitest';
import { makePng, sampleJpeg } from './cvs.fixtures';
import { inspectPhoto, sniffPhotoType } from './cvs.photo';

describe('photo checks', () => {
  it('knows JPEG and PNG by their first bytes, not by a name or a claimed type', () => {
    expect(sniffPhotoType(sampleJpeg)).toBe('image/jpeg');
    expect(sniffPhotoType(makePng())).toBe('image/png');
    expect(sniffPhotoType(new TextEncoder().encode('GIF89a……'))).toBeNull();
    expect(sniffPhotoType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffPhotoType(new Uint8Array())).toBeNull();
  });

  it('accepts a whole JPEG, and PNGs with and without transparency', () => {
    expect(inspectPhoto(sampleJpeg, 'image/jpeg')).toEqual({ ok: true });
    expect(inspectPhoto(makePng(), 'image/png')).toEqual({ ok: true });
    expect(inspectPhoto(makePng({ colourType: 6, width: 9, height: 5 }), 'image/png')).toEqual({ ok: true });
  });

  it('refuses bytes whose type differs from the one claimed', () => {
    expect(inspectPhoto(sampleJpeg, 'image/png')).toEqual({ ok: false, reason: 'not_image' });
    expect(inspectPhoto(makePng(), 'image/jpeg')).toEqual({ ok: false, reason: 'not_image' });
    expect(inspectPhoto(new TextEncoder().encode('%PDF-1.7'), 'image/jpeg')).toEqual({
      ok: false,
      reason: 'not_image',
    });
  });

  it('refuses a JPEG or PNG that is cut short', () => {
    expect(inspectPhoto(sampleJpeg.subarray(0, 40), 'image/jpeg')).toEqual({ ok: false, reason: 'unreadable' });
    const png = makePng();
    expect(inspectPhoto(png.subarray(0, png.length - 12), 'image/png')).toEqual({ ok: false, reason: 'unreadable' });
  });

  it('refuses a PNG whose pixels would break the PDF later: broken stream, unknown row filter, interlaced', () => {
    expect(inspectPhoto(makePng({ colourType: 6, truncatePixels: true }), 'image/png')).toMatchObject({ ok: false });
    expect(inspectPhoto(makePng({ colourType: 6, badFilter: true }), 'image/png')).toEqual({
      ok: false,
      reason: 'unreadable',
    });
    expect(inspectPhoto(makePng({ interlace: 1 }), 'image/png')).toEqual({ ok: false, reason: 'unreadable' });
  });
});
