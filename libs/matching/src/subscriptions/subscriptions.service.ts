import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Principal } from '@app/accounts';
import type { CooperationMode, Field } from '@app/common';
import { OrgNotifications } from '@app/notifications';
import type { DemandDocument, OutcomeDocument } from '@app/search';
import { Repository } from 'typeorm';
import { normalizeText } from '../text.js';
import { subscriptionNotFound } from '../matching.errors.js';
import { Subscription } from './subscription.entity.js';

export interface SubscriptionInput {
  kind: 'demand' | 'outcome';
  q?: string;
  field?: Field;
  region?: string;
  modes?: CooperationMode[];
}

/** Standing searches of organizations, and the check of each newly published listing against them. */
@Injectable()
export class Subscriptions {
  constructor(
    @InjectRepository(Subscription) private readonly repo: Repository<Subscription>,
    private readonly notifications: OrgNotifications,
  ) {}

  create(actor: Principal, input: SubscriptionInput): Promise<Subscription> {
    return this.repo.save(
      this.repo.create({
        organizationId: actor.organizationId,
        createdBy: actor.userId,
        kind: input.kind,
        q: input.q?.trim() || null,
        field: input.field ?? null,
        region: input.kind === 'demand' ? (input.region ?? null) : null,
        modes: input.modes ?? [],
      }),
    );
  }

  list(actor: Principal): Promise<Subscription[]> {
    return this.repo.find({ where: { organizationId: actor.organizationId }, order: { createdAt: 'DESC', id: 'ASC' } });
  }

  async remove(actor: Principal, id: string): Promise<void> {
    const result = await this.repo.delete({ id, organizationId: actor.organizationId });
    if (!result.affected) throw subscriptionNotFound();
  }

  /** A newly published listing: one `subscription.hit` per fitting subscription of another organization, once. */
  async onPublished(kind: 'demand' | 'outcome', doc: DemandDocument | OutcomeDocument): Promise<number> {
    const modes = kind === 'demand' ? (doc as DemandDocument).cooperationModes : (doc as OutcomeDocument).transferModes;
    const region = kind === 'demand' ? (doc as DemandDocument).region : null;
    const candidates = await this.repo
      .createQueryBuilder('s')
      .where('s.kind = :kind AND s.organizationId <> :org', { kind, org: doc.organizationId })
      .andWhere('(s.field IS NULL OR s.field = :field)', { field: doc.field })
      .andWhere('(s.region IS NULL OR s.region = :region)', { region })
      .andWhere('(cardinality(s.modes) = 0 OR s.modes && :modes)', { modes })
      .getMany();
    const text = normalizeText(
      [doc.title, doc.keywords.join(' '), kind === 'demand' ? (doc as DemandDocument).description : (doc as OutcomeDocument).abstract].join(
        ' ',
      ),
    );
    const hits = candidates.filter((s) => !s.q || s.q.split(/\s+/).every((term) => text.includes(normalizeText(term))));
    return this.notifications.notify(
      hits.map((s) => ({
        recipientOrgId: s.organizationId,
        type: 'subscription.hit' as const,
        title: `订阅提醒：${kind === 'demand' ? '新的技术需求' : '新的科技成果'}「${doc.title}」`,
        payload: { subscriptionId: s.id, listingKind: kind, listingId: doc.id, title: doc.title, q: s.q },
        dedupeKey: `subscription.hit:${s.id}:${doc.id}`,
      })),
    );
  }
}
