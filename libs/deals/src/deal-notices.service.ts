import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccountsService } from '@app/accounts';
import { ValidationFailedError } from '@app/common';
import type { Caller } from './deal-intake.service.js';
import type { DealNoticeObjection } from './deal-notice.entity.js';
import { DealNoticesRepository, type NoticeRow, type NoticeState } from './deal-notices.repository.js';
import { DealNotifier } from './deal-notifier.service.js';
import { noticeClosed, noticeNotFound, objectionNotFound } from './deals.errors.js';
import { DealsRepository } from './deals.repository.js';

export interface NoticeView extends NoticeRow {
  buyerName: string;
  sellerName: string;
  objectionList: DealNoticeObjection[];
}

const TEXT_MAX = 1000;

/**
 * 公示: the public notice of a deal an institution sells at an agreed price. Anyone reads the
 * notices (the running ones and the archive); any signed-in user objects while one runs; the
 * bureau resolves objections. Registration waits for the end and for every objection resolved
 * (DealLifecycleService.register checks it, on the same locked notice row).
 */
@Injectable()
export class DealNoticesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notices: DealNoticesRepository,
    private readonly deals: DealsRepository,
    private readonly accounts: AccountsService,
    private readonly notifier: DealNotifier,
  ) {}

  async list(state: NoticeState | undefined, page: number, limit: number): Promise<[NoticeView[], number]> {
    const [rows, total] = await this.notices.listPage(state, page, limit);
    const ids = [...new Set(rows.flatMap((r) => [r.buyerOrgId, r.sellerOrgId]))];
    const names = new Map((await this.accounts.findOrganizations({ ids })).map((o) => [o.id, o.name]));
    const objections = await this.notices.listObjections(rows.map((r) => r.id));
    return [
      rows.map((r) => ({
        ...r,
        buyerName: names.get(r.buyerOrgId) ?? '',
        sellerName: names.get(r.sellerOrgId) ?? '',
        objectionList: objections.filter((o) => o.noticeId === r.id),
      })),
      total,
    ];
  }

  /** An objection, only while the notice runs (by the database's clock). */
  async object(caller: Caller, noticeId: string, text: string): Promise<DealNoticeObjection> {
    const body = checkText('text', text);
    return this.dataSource.transaction(async (manager) => {
      const notice = await this.notices.lockById(manager, noticeId);
      if (!notice) throw noticeNotFound();
      if (!(await this.notices.state(manager, notice.id)).running) throw noticeClosed();
      const objection = await this.notices.insertObjection(manager, { noticeId, userId: caller.userId, text: body });
      const deal = (await this.deals.findById(notice.dealId, manager))!;
      await this.notifier.objected(manager, deal);
      return objection;
    });
  }

  /** The bureau's answer to an objection; answering again keeps the first answer. */
  async resolve(caller: Caller, noticeId: string, objectionId: string, resolution: string): Promise<DealNoticeObjection> {
    const body = checkText('resolution', resolution);
    return this.dataSource.transaction(async (manager) => {
      const notice = await this.notices.lockById(manager, noticeId);
      if (!notice) throw noticeNotFound();
      const objection = await this.notices.lockObjection(manager, noticeId, objectionId);
      if (!objection) throw objectionNotFound();
      if (objection.resolvedAt === null) await this.notices.resolveObjection(manager, objection.id, caller.userId, body);
      return (await this.notices.lockObjection(manager, noticeId, objectionId))!;
    });
  }
}

function checkText(field: string, value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length === 0) throw ValidationFailedError.forField(field, `${field} is required (请填写内容)`);
  if (text.length > TEXT_MAX) throw ValidationFailedError.forField(field, `${field} must be at most ${TEXT_MAX} characters`);
  return text;
}
