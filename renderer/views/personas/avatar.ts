import { AVATAR_MAX_CHARS } from '../../../shared/model/schema';

/** Pictures larger than this are refused before decoding: a phone photo is 3–6 MB. */
export const MAX_AVATAR_INPUT_BYTES = 10 * 1024 * 1024;
export const AVATAR_SIZE = 256;

export type AvatarResult =
  | { ok: true; dataUrl: string }
  | { ok: false; reason: 'tooLarge'; sizeMb: number }
  | { ok: false; reason: 'notImage' | 'failed' };

/** The centred square of a w×h picture: what a round avatar shows. */
export function coverCrop(width: number, height: number): { sx: number; sy: number; size: number } {
  const size = Math.min(width, height);
  return { sx: Math.round((width - size) / 2), sy: Math.round((height - size) / 2), size };
}

export const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;

function decode(url: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.src = url;
  return img.decode().then(() => {
    if (!img.naturalWidth || !img.naturalHeight) throw new Error('empty image');
    return img;
  });
}

/**
 * Reads a picture the user picked: refused when too large or when it does not decode as an image
 * (whatever its name says); otherwise cropped to a square, resized to 256×256 and encoded as JPEG,
 * lowering the quality until it fits the schema's cap.
 */
export async function avatarFromFile(file: Blob): Promise<AvatarResult> {
  if (file.size > MAX_AVATAR_INPUT_BYTES) return { ok: false, reason: 'tooLarge', sizeMb: megabytes(file.size) };
  const url = URL.createObjectURL(file);
  let img: HTMLImageElement;
  try {
    img = await decode(url);
  } catch {
    return { ok: false, reason: 'notImage' };
  } finally {
    URL.revokeObjectURL(url);
  }
  const canvas = document.createElement('canvas');
  canvas.width = AVATAR_SIZE;
  canvas.height = AVATAR_SIZE;
  const ctx = canvas.getContext('2d');
  if (!ctx) return { ok: false, reason: 'failed' };
  ctx.fillStyle = '#ffffff'; // transparent PNGs get a white background in JPEG
  ctx.fillRect(0, 0, AVATAR_SIZE, AVATAR_SIZE);
  ctx.imageSmoothingQuality = 'high';
  const { sx, sy, size } = coverCrop(img.naturalWidth, img.naturalHeight);
  ctx.drawImage(img, sx, sy, size, size, 0, 0, AVATAR_SIZE, AVATAR_SIZE);
  for (const quality of [0.86, 0.7, 0.5, 0.3]) {
    const dataUrl = canvas.toDataURL('image/jpeg', quality);
    if (dataUrl.startsWith('data:image/jpeg;base64,') && dataUrl.length <= AVATAR_MAX_CHARS) return { ok: true, dataUrl };
  }
  return { ok: false, reason: 'failed' };
}

/** Initials for a persona without a picture: the first two letters, or the first Chinese character. */
export function initials(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) return '?';
  if (/^[\p{Script=Han}]/u.test(trimmed)) return [...trimmed][0];
  const words = trimmed.split(/\s+/).filter(Boolean);
  return (words.length > 1 ? words[0][0] + words[1][0] : trimmed.slice(0, 2)).toUpperCase();
}
