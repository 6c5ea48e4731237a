import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { NotificationPreference } from './notification-preference.entity.js';

export interface NotificationSettings {
  dailyDigest: boolean;
}

const DEFAULTS: NotificationSettings = { dailyDigest: true };

/** A member's notification settings: read with their defaults, written whole. */
@Injectable()
export class NotificationPreferences {
  constructor(@InjectRepository(NotificationPreference) private readonly repo: Repository<NotificationPreference>) {}

  async get(userId: string): Promise<NotificationSettings> {
    const row = await this.repo.findOneBy({ userId });
    return row ? { dailyDigest: row.dailyDigest } : { ...DEFAULTS };
  }

  async set(userId: string, settings: NotificationSettings): Promise<NotificationSettings> {
    await this.repo.upsert({ userId, dailyDigest: settings.dailyDigest }, ['userId']);
    return this.get(userId);
  }
}
