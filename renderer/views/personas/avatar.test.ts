import { describe, expect, it } from 'vitest';
import { avatarFromFile, coverCrop, initials, MAX_AVATAR_INPUT_BYTES, megabytes } from './avatar';

describe('avatar helpers', () => {
  it('crops the centred square of landscape, portrait and square pictures', () => {
    expect(coverCrop(400, 300)).toEqual({ sx: 50, sy: 0, size: 300 });
    expect(coverCrop(300, 401)).toEqual({ sx: 0, sy: 51, size: 300 });
    expect(coverCrop(256, 256)).toEqual({ sx: 0, sy: 0, size: 256 });
  });

  it('initials: first Chinese character, or two Latin letters', () => {
    expect(initials('健身白领小林')).toBe('健');
    expect(initials('Busy Parent')).toBe('BP');
    expect(initials('lin')).toBe('LI');
    expect(initials('  ')).toBe('?');
  });

  it('refuses a file over the limit before decoding it', async () => {
    const big = new Blob([new Uint8Array(MAX_AVATAR_INPUT_BYTES + 1)]);
    expect(await avatarFromFile(big)).toEqual({ ok: false, reason: 'tooLarge', sizeMb: 10 });
  });

  it('sizes in megabytes with one decimal', () => {
    expect(megabytes(12.34 * 1024 * 1024)).toBe(12.3);
  });
});
