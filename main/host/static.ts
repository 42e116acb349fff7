import path from 'node:path';
import { promises as fs } from 'node:fs';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL path (still percent-encoded, without the query) to a file under `root`, or null when it
 * would leave `root`, names a hidden file or folder, or cannot be decoded. `/` is `index.html`.
 * Purely lexical; `readStaticFile` also checks where symbolic links lead.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  if (decoded.endsWith('/')) decoded += 'index.html';
  const segments = decoded.split('/').filter((s) => s !== '');
  // No `..`, no `.`, no dotfiles; a Windows drive or device name can't appear without `:`.
  if (segments.some((s) => s.startsWith('.') || s.includes(':'))) return null;
  const base = path.resolve(root);
  const full = path.resolve(base, ...segments);
  const rel = path.relative(base, full);
  if (rel === '' || rel.split(path.sep)[0] === '..' || path.isAbsolute(rel)) return null;
  return full;
}

export interface StaticFile {
  body: Buffer;
  contentType: string;
}

/** Reads a file for `urlPath` under `root`; null for anything that is not a regular file inside it. */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | null> {
  const file = resolveStaticPath(root, urlPath);
  if (file === null) return null;
  try {
    const [realRoot, realFile] = await Promise.all([fs.realpath(root), fs.realpath(file)]);
    const rel = path.relative(realRoot, realFile);
    if (rel === '' || rel.split(path.sep)[0] === '..' || path.isAbsolute(rel)) return null;
    const stat = await fs.stat(realFile);
    if (!stat.isFile()) return null;
    return { body: await fs.readFile(realFile), contentType: contentTypeFor(realFile) };
  } catch {
    return null;
  }
}
