import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeImage, decodePng, imageInfo, ImageError } from '@/lib/image';
import { readImageFile } from '@/lib/image/decode/node';
import { chunk, writePng } from './png-writer';

const pixel = (data: Uint8ClampedArray, width: number, x: number, y: number) => Array.from(data.subarray((y * width + x) * 4, (y * width + x) * 4 + 4));

describe('PNG decoder', () => {
  test('RGB and RGBA, 8 bits, every filter type', () => {
    for (const filter of [0, 1, 2, 3, 4]) {
      const rgba = decodePng(writePng({ width: 5, height: 4, depth: 8, colour: 6, filter, samples: (x, y) => [x * 40, y * 60, 200, 100 + x] }));
      expect(rgba.width).toBe(5);
      expect(pixel(rgba.data, 5, 3, 2)).toEqual([120, 120, 200, 103]);
      const rgb = decodePng(writePng({ width: 3, height: 3, depth: 8, colour: 2, filter, samples: (x, y) => [x, y, x + y] }));
      expect(pixel(rgb.data, 3, 2, 1)).toEqual([2, 1, 3, 255]);
    }
  });

  test('grey 1/2/4/8/16 bits, grey + alpha, palette with transparency', () => {
    const grey1 = decodePng(writePng({ width: 10, height: 2, depth: 1, colour: 0, samples: (x) => [x % 2] }));
    expect(pixel(grey1.data, 10, 1, 0)).toEqual([255, 255, 255, 255]);
    expect(pixel(grey1.data, 10, 2, 1)).toEqual([0, 0, 0, 255]);
    const grey4 = decodePng(writePng({ width: 3, height: 1, depth: 4, colour: 0, samples: (x) => [x * 5] }));
    expect(pixel(grey4.data, 3, 2, 0)[0]).toBe(170);
    const grey16 = decodePng(writePng({ width: 2, height: 1, depth: 16, colour: 0, samples: (x) => [x ? 65535 : 256] }));
    expect(pixel(grey16.data, 2, 1, 0)).toEqual([255, 255, 255, 255]);
    expect(pixel(grey16.data, 2, 0, 0)[0]).toBe(1);
    const ga = decodePng(writePng({ width: 1, height: 1, depth: 8, colour: 4, samples: () => [77, 10] }));
    expect(pixel(ga.data, 1, 0, 0)).toEqual([77, 77, 77, 10]);
    const pal = decodePng(writePng({ width: 4, height: 1, depth: 2, colour: 3, palette: [[255, 0, 0], [0, 255, 0], [0, 0, 255]], trns: [0], samples: (x) => [x % 3] }));
    expect(pixel(pal.data, 4, 0, 0)).toEqual([255, 0, 0, 0]);
    expect(pixel(pal.data, 4, 2, 0)).toEqual([0, 0, 255, 255]);
  });

  test('Adam7 interlacing gives the same pixels', () => {
    const samples = (x: number, y: number) => [(x * 7 + y * 13) % 256, (x * y) % 256, 9];
    const plain = decodePng(writePng({ width: 11, height: 9, depth: 8, colour: 2, samples }));
    const interlaced = decodePng(writePng({ width: 11, height: 9, depth: 8, colour: 2, samples, interlace: true, filter: 4 }));
    expect(Array.from(interlaced.data)).toEqual(Array.from(plain.data));
  });

  test('refuses bad input with an ImageError, before allocating for huge images', async () => {
    const good = writePng({ width: 8, height: 8, depth: 8, colour: 2, samples: () => [1, 2, 3] });
    await expect(decodeImage(good.subarray(0, good.length - 30))).rejects.toThrow(/truncated/);
    await expect(decodeImage(new TextEncoder().encode('hello, not an image'))).rejects.toThrow(/not an image/);
    const huge = writePng({ width: 1, height: 1, depth: 8, colour: 0, samples: () => [0] });
    new DataView(huge.buffer, huge.byteOffset).setUint32(16, 8000);
    new DataView(huge.buffer, huge.byteOffset).setUint32(20, 8000);
    expect(imageInfo(huge)).toMatchObject({ width: 8000, height: 8000 });
    await expect(decodeImage(huge)).rejects.toThrow(/too large: 8000×8000/);
    const animated = writePng({ width: 2, height: 2, depth: 8, colour: 0, samples: () => [0], extra: [chunk('acTL', new Uint8Array(8))] });
    await expect(decodeImage(animated)).rejects.toThrow(/animated/);
    await expect(decodeImage(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]))).rejects.toBeInstanceOf(ImageError);
  });

  test('other formats go to the decoder given for the environment, after the header checks', async () => {
    const webp = new Uint8Array(30);
    webp.set(new TextEncoder().encode('RIFF'), 0);
    webp.set(new TextEncoder().encode('WEBPVP8X'), 8);
    webp.set([0x02, 0, 0, 0, 9, 0, 0, 9, 0, 0], 20); // animation flag, 10×10
    await expect(decodeImage(webp, { webp: () => ({ data: new Uint8ClampedArray(400), width: 10, height: 10 }) })).rejects.toThrow(/animated WEBP/);
    webp[20] = 0;
    await expect(decodeImage(webp)).rejects.toThrow(/no WEBP decoder/);
    const pixels = await decodeImage(webp, { webp: () => ({ data: new Uint8ClampedArray(400), width: 10, height: 10 }) });
    expect(pixels.width).toBe(10);
  });
});

describe('JPEG and WebP in Node', () => {
  const IMAGES = join(__dirname, '../../fixtures/images');
  for (const file of ['halves.jpg', 'halves.webp']) {
    test(`${file}: decoded by the optional package, or a clear message naming it`, async () => {
      try {
        const pixels = await readImageFile(join(IMAGES, file));
        expect([pixels.width, pixels.height]).toEqual([64, 32]);
        const at = (x: number, y: number) => Array.from(pixels.data.subarray((y * 64 + x) * 4, (y * 64 + x) * 4 + 3));
        expect(at(8, 16)[0]).toBeGreaterThan(200);
        expect(at(56, 16)[2]).toBeGreaterThan(200);
      } catch (error) {
        expect(String(error)).toMatch(/needs the optional package (jpeg-js|@jsquash\/webp)/);
      }
    });
  }
});
