import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/**
 * Deals accepted for recording and not yet in the ledger: `registered` deals (registered by the
 * bureau or imported, enqueued, not yet recorded), read through the partial index
 * ix_deals_registered; the lag runs from registration, not from the declaration.
 */
@Injectable()
export class RecordingLagRepository {
  constructor(private readonly dataSource: DataSource) {}

  async awaitingRecording(): Promise<{ waiting: number; oldestSeconds: number }> {
    const [row]: { waiting: number; oldest: number | null }[] = await this.dataSource.query(
      `SELECT count(*)::int AS waiting, EXTRACT(EPOCH FROM now() - min(registered_at))::float8 AS oldest
         FROM deals WHERE status = 'registered'`,
    );
    return { waiting: row.waiting, oldestSeconds: Math.max(0, row.oldest ?? 0) };
  }
}
