import { Injectable } from '@nestjs/common';
import { RecordingLagRepository } from './recording-lag.repository.js';

/** How far the ledger is behind the deals accepted for recording (metrics, alerts). */
@Injectable()
export class RecordingLagService {
  constructor(private readonly lag: RecordingLagRepository) {}

  /** Deals waiting to be recorded, and the age in seconds of the oldest (0 when none). */
  measure(): Promise<{ waiting: number; oldestSeconds: number }> {
    return this.lag.awaitingRecording();
  }
}
