import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Unit id → materialised path, cached briefly: every authenticated request needs it for scoping. */
@Injectable()
export class UnitPathService {
  private readonly cache = new Map<string, { path: string | null; at: number }>();
  private static readonly TTL_MS = 60_000;

  constructor(private readonly ds: DataSource) {}

  async pathOf(unitId: string | null): Promise<string | null> {
    if (!unitId) return null;
    const hit = this.cache.get(unitId);
    if (hit && Date.now() - hit.at < UnitPathService.TTL_MS) return hit.path;
    const rows: { path: string }[] = await this.ds.query('SELECT path FROM org_units WHERE id = $1', [unitId]);
    // A principal whose unit vanished is scoped to nothing rather than to everything.
    const path = rows[0]?.path ?? '/__deleted__/';
    this.cache.set(unitId, { path, at: Date.now() });
    return path;
  }

  /** The path of an existing unit, or null (cached like pathOf). */
  async find(unitId: string): Promise<string | null> {
    const path = await this.pathOf(unitId);
    return path === '/__deleted__/' ? null : path;
  }

  invalidate(): void {
    this.cache.clear();
  }
}
