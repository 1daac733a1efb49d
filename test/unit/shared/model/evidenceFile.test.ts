import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileKind, photoMetadataProblem } from '../../../../shared/model/evidenceFile';
import { holds, jpegWithExif, markers, pngWithText } from '../../../support/photoMetadata';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.join(import.meta.dirname, '../../../fixtures/evidence', name)));
const jpeg = fixture('label-40x30.jpg');
const png = fixture('label-64x48.png');
const bytes = (...b: number[]) => new Uint8Array(b);
const text = (s: string) => new TextEncoder().encode(s);

describe('fileKind', () => {
  it('reads the real kind from the first bytes, whatever the name says', () => {
    expect(fileKind(jpeg, 'label.png')).toEqual({ mediaType: 'image/jpeg' });
    expect(fileKind(png, 'label.jpg')).toEqual({ mediaType: 'image/png' });
    expect(fileKind(text('RIFF\x10\0\0\0WEBPVP8 '), 'x.webp')).toEqual({ mediaType: 'image/webp' });
    expect(fileKind(text('%PDF-1.7\n%âãÏÓ'), 'mds2.pdf')).toEqual({ mediaType: 'application/pdf' });
    expect(fileKind(text('switch config\r\nvlan 10\tname clinical\n'), 'config.txt')).toEqual({
      mediaType: 'text/plain',
    });
  });

  it('names a HEIC photo as one to export as JPEG', () => {
    const heic = new Uint8Array([0, 0, 0, 0x18, ...text('ftypheic'), 0, 0, 0, 0]);
    const kind = fileKind(heic, 'IMG_0412.HEIC');
    expect(kind).toEqual({ problem: expect.stringContaining('IMG_0412.HEIC is a HEIC photo') });
    expect((kind as { problem: string }).problem).toContain('export it as JPEG');
  });

  it('refuses other kinds, binary files and empty files with a sentence', () => {
    for (const [name, b] of [
      ['scan.gif', text('GIF89a\x01\0\x01\0')],
      ['setup.exe', bytes(0x4d, 0x5a, 0x90, 0, 3, 0)],
      ['photo.tiff', bytes(0x49, 0x49, 0x2a, 0)],
      ['empty.txt', bytes()],
      ['latin1.txt', bytes(0x63, 0x61, 0x66, 0xe9)],
    ] as const) {
      const kind = fileKind(b, name);
      expect(kind, name).toEqual({
        problem: `${name} is not a kind of file kept as evidence: add a JPEG, PNG or WebP photo, a PDF or a plain text file.`,
      });
    }
  });
});

describe('photoMetadataProblem', () => {
  it('passes the clean pictures the platform encoder writes (JFIF, its sRGB profile, tables)', () => {
    expect(photoMetadataProblem(jpeg, 'image/jpeg')).toBeUndefined();
    expect(photoMetadataProblem(png, 'image/png')).toBeUndefined();
    expect(photoMetadataProblem(text('%PDF-1.7 /Author (me)'), 'application/pdf')).toBeUndefined();
  });

  it('finds the APP1 EXIF segment with GPS and a serial in a JPEG', () => {
    const tagged = jpegWithExif(jpeg, 6);
    expect(holds(tagged, markers.serial)).toBe(true);
    expect(holds(tagged, 'Exif\0\0')).toBe(true);
    expect(photoMetadataProblem(tagged, 'image/jpeg')).toBe(
      'The photo was not stored because, after cleaning, it holds an APP1 segment (EXIF, GPS or XMP).',
    );
  });

  it('finds a comment or another application segment in a JPEG', () => {
    const comment = bytes(0xff, 0xd8, 0xff, 0xfe, 0, 6, ...text('SN12'), ...jpeg.subarray(2));
    expect(photoMetadataProblem(comment, 'image/jpeg')).toContain('it holds a comment');
    const app13 = bytes(0xff, 0xd8, 0xff, 0xed, 0, 4, 1, 2, ...jpeg.subarray(2));
    expect(photoMetadataProblem(app13, 'image/jpeg')).toContain('marker 0xed');
    const notIcc = bytes(0xff, 0xd8, 0xff, 0xe2, 0, 8, ...text('MPF\0ab'), ...jpeg.subarray(2));
    expect(photoMetadataProblem(notIcc, 'image/jpeg')).toContain('marker 0xe2');
    expect(photoMetadataProblem(jpeg.subarray(0, 40), 'image/jpeg')).toContain('ends before its picture');
  });

  it('finds the tEXt and eXIf chunks in a PNG', () => {
    const tagged = pngWithText(png);
    expect(holds(tagged, markers.pngText)).toBe(true);
    expect(photoMetadataProblem(tagged, 'image/png')).toBe(
      'The photo was not stored because, after cleaning, it holds a tEXt chunk.',
    );
  });

  it('finds an EXIF chunk in a WebP', () => {
    const chunk = (type: string, body: number[]) => [...text(type), body.length, 0, 0, 0, ...body];
    const clean = bytes(...text('RIFF\0\0\0\0WEBP'), ...chunk('VP8 ', [1, 2]));
    expect(photoMetadataProblem(clean, 'image/webp')).toBeUndefined();
    const tagged = bytes(...clean, ...chunk('EXIF', [...text('Exif')]));
    expect(photoMetadataProblem(tagged, 'image/webp')).toContain('it holds a EXIF chunk');
  });
});
