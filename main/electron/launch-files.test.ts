import { describe, expect, it, vi } from 'vitest';
import { createOpenQueue, documentsFromArgv, readLaunchData } from './launch-files';

describe('documentsFromArgv', () => {
  it('finds workshop files after the executable, made absolute', () => {
    expect(documentsFromArgv(['/opt/Touchstone/touchstone', 'a.touchstone', '/x/B.TOUCHSTONE', 'c.json'], '/home/u', 1)).toEqual([
      '/home/u/a.touchstone',
      '/x/B.TOUCHSTONE',
      '/home/u/c.json',
    ]);
  });

  it('skips the app folder, flags, flag values and other files', () => {
    const argv = ['electron', '.', '--data-dir', 'd.json', '--inspect=9229', '--library', '/lib', 'notes.txt', '--', 'w.touchstone'];
    expect(documentsFromArgv(argv, '/cwd', 2)).toEqual(['/cwd/w.touchstone']);
  });

  it('lists a file once', () => {
    expect(documentsFromArgv(['exe', 'a.touchstone', './a.touchstone'], '/c', 1)).toEqual(['/c/a.touchstone']);
  });
});

describe('readLaunchData', () => {
  it('accepts absolute paths only', () => {
    expect(readLaunchData({ files: ['/a.touchstone', 'relative.touchstone'] })).toEqual(['/a.touchstone']);
  });
  it('refuses anything else', () => {
    for (const d of [null, undefined, 'x', {}, { files: 'a' }, { files: [1] }, { files: [''] }]) expect(readLaunchData(d)).toBeNull();
  });
});

describe('createOpenQueue', () => {
  it('holds files until the renderer is ready, then delivers in order', () => {
    const deliver = vi.fn();
    const q = createOpenQueue(deliver);
    q.push('/a');
    q.push('/b');
    expect(deliver).not.toHaveBeenCalled();
    q.setReady(true);
    expect(deliver.mock.calls).toEqual([['/a'], ['/b']]);
    q.push('/c');
    expect(deliver).toHaveBeenLastCalledWith('/c');
    q.setReady(false);
    q.push('/d');
    expect(deliver).toHaveBeenCalledTimes(3);
    q.setReady(true);
    expect(deliver).toHaveBeenLastCalledWith('/d');
  });
});
