import { rename } from 'node:fs/promises';
import { Low } from 'lowdb';
import { z } from 'zod';
import { Locale } from '../../shared/api/contract';
import { DurableJsonFile } from './adapters';

export const MAX_RECENTS = 10;

const RecentRecord = z.object({
  ref: z.string().min(1).max(4096),
  name: z.string().max(200).nullable(),
  openedAt: z.string().max(64),
});
export type RecentRecord = z.infer<typeof RecentRecord>;

/** Keys a newer build added are kept; a bad value falls back to its default instead of failing. */
const SettingsFile = z.looseObject({
  locale: Locale.nullable().catch(null),
  recents: z
    .array(z.unknown())
    .catch([])
    .transform((items) =>
      items.flatMap((r) => {
        const ok = RecentRecord.safeParse(r);
        return ok.success ? [ok.data] : [];
      }),
    ),
});
export interface SettingsData {
  locale: Locale | null;
  recents: RecentRecord[];
  [extra: string]: unknown;
}

const defaults = (): SettingsData => ({ locale: null, recents: [] });

/** The app's own settings and recent documents: `dataDir/settings.json`, through lowdb's `Low`. */
export class SettingsStore {
  private constructor(private readonly db: Low<SettingsData>) {}

  /** Loads the file. A damaged one is moved aside (`settings.json.damaged-<ms>`) and defaults are used. */
  static async open(file: string): Promise<SettingsStore> {
    const adapter = new DurableJsonFile<SettingsData>(file, {
      parse: (text) => {
        const checked = SettingsFile.safeParse(JSON.parse(text));
        if (!checked.success) throw new Error('settings file has the wrong shape');
        return checked.data as SettingsData;
      },
    });
    const db = new Low<SettingsData>(adapter, defaults());
    try {
      await db.read();
    } catch (e) {
      // An I/O problem is reported; only a damaged file (bad JSON, wrong shape) is set aside.
      if (typeof e === 'object' && e !== null && 'code' in e) throw e;
      await rename(file, `${file}.damaged-${Date.now()}`).catch(() => undefined);
      db.data = defaults();
    }
    return new SettingsStore(db);
  }

  get data(): Readonly<SettingsData> {
    return this.db.data;
  }

  async update(fn: (data: SettingsData) => void): Promise<void> {
    await this.db.update(fn);
  }

  async setLocale(locale: Locale | null): Promise<void> {
    await this.update((d) => {
      d.locale = locale;
    });
  }

  /** Puts `ref` first, once, keeping at most MAX_RECENTS. */
  async addRecent(entry: RecentRecord): Promise<void> {
    await this.update((d) => {
      d.recents = [entry, ...d.recents.filter((r) => r.ref !== entry.ref)].slice(0, MAX_RECENTS);
    });
  }

  /** Updates the name shown for `ref`, when it is listed and the name changed. */
  async renameRecent(ref: string, name: string | null): Promise<void> {
    const hit = this.db.data.recents.find((r) => r.ref === ref);
    if (!hit || hit.name === name) return;
    await this.update((d) => {
      d.recents = d.recents.map((r) => (r.ref === ref ? { ...r, name } : r));
    });
  }
}
