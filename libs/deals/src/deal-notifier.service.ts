import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotificationsRepository } from './notifications.repository.js';

type DealRef = { id: string; year: number };
type Parties = { buyerOrgId: string; sellerOrgId: string };

/**
 * Tells the parties of a deal (and the bureau, when it has something to do) that the deal
 * changed stage. Written in the transaction of the change: a notification exists exactly when
 * the change does.
 */
@Injectable()
export class DealNotifier {
  constructor(private readonly notifications: NotificationsRepository) {}

  declared(manager: EntityManager, deal: DealRef, declarer: string, other: string): Promise<void> {
    return this.notifications.insertDealStatus(manager, [
      row(other, deal, '有一份技术合同待您确认', '对方已申报一份与贵单位的技术合同，请核对后确认或提出异议。'),
      row(declarer, deal, '技术合同已申报', '合同已申报，等待对方确认。'),
    ]);
  }

  confirmed(manager: EntityManager, deal: DealRef & Parties, notice: { endsAt: Date } | null): Promise<void> {
    const next = notice
      ? `合同进入公示，公示期至 ${chinaDate(notice.endsAt)}；公示期满且无未处理异议后由科技局认定登记。`
      : '合同等待科技局认定登记。';
    return this.notifications.insertDealStatus(manager, [
      ...both(deal, '技术合同已确认', `双方已确认合同。${next}`),
      row(null, deal, notice ? '技术合同进入公示' : '技术合同待认定登记', `一份技术合同已经双方确认。${next}`),
    ]);
  }

  disputed(manager: EntityManager, deal: DealRef & Parties, reason: string): Promise<void> {
    return this.notifications.insertDealStatus(manager, both(deal, '技术合同有异议', `对方对合同提出异议：${reason}`));
  }

  registered(manager: EntityManager, deal: DealRef & Parties, registrationNo: string): Promise<void> {
    return this.notifications.insertDealStatus(
      manager,
      both(deal, '技术合同已认定登记', `科技局已认定登记该合同，登记号 ${registrationNo}，合同金额将计入技术市场交易额。`),
    );
  }

  rejected(manager: EntityManager, deal: DealRef & Parties, reason: string): Promise<void> {
    return this.notifications.insertDealStatus(manager, both(deal, '技术合同未通过认定登记', `科技局未予登记，原因：${reason}`));
  }

  cancelled(manager: EntityManager, deal: DealRef & Parties, reason: string | null): Promise<void> {
    return this.notifications.insertDealStatus(
      manager,
      both(deal, '技术合同已撤销', reason ? `科技局撤销了该合同，原因：${reason}` : '科技局撤销了该合同。'),
    );
  }

  objected(manager: EntityManager, deal: DealRef & Parties): Promise<void> {
    return this.notifications.insertDealStatus(manager, [
      ...both(deal, '公示收到异议', '该合同的公示收到一条异议，科技局处理后方可登记。'),
      row(null, deal, '公示收到异议', '一份公示中的技术合同收到异议，请处理。'),
    ]);
  }
}

function row(orgId: string | null, deal: DealRef, title: string, message: string) {
  return { orgId, dealId: deal.id, year: deal.year, title, message };
}

const both = (deal: DealRef & Parties, title: string, message: string) => [
  row(deal.buyerOrgId, deal, title, message),
  row(deal.sellerOrgId, deal, title, message),
];

/** A date as read in China (UTC+8): 2026-12-16. */
export const chinaDate = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
