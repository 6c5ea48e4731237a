// One notification centre over the market's two notification stores: organizations' alerts
// (`org_notifications`: match.new, subscription.hit, listing.expiring) and deal notices
// (`notifications`, written by the deals lib: a deal's change of stage, the bureau's turnover
// milestones). Each row keeps its read state where it is stored; nothing is copied.
import { formatFen } from '@app/common';

export const FEED_TYPES = ['match.new', 'subscription.hit', 'listing.expiring', 'deal.status', 'turnover.milestone'] as const;
export type FeedType = (typeof FEED_TYPES)[number];

export const FEED_TYPE_LABELS: Record<FeedType, string> = {
  'match.new': '新的匹配',
  'subscription.hit': '订阅提醒',
  'listing.expiring': '即将过期',
  'deal.status': '合同进展',
  'turnover.milestone': '成交额目标进度',
};

/** Who reads the centre: a member of an organization, or the bureau (its notices have no recipient organization). */
export type FeedReader = { bureau: true } | { bureau: false; organizationId: string };

/** One notification as the centre shows it, whichever store holds it. */
export interface FeedItem {
  id: string;
  type: FeedType;
  /** The stored kind: the alert's type, or the deal notice's kind (`deal_status`, `turnover_milestone`). */
  kind: string;
  title: string;
  message: string;
  payload: Record<string, unknown>;
  dealId: string | null;
  year: number;
  milestone: number | null;
  totalFen: string | null;
  targetFen: string | null;
  readAt: Date | null;
  createdAt: Date;
}

export interface FeedRow {
  id: string;
  source: 'alert' | 'deal';
  kind: string;
  title: string;
  message: string | null;
  payload: Record<string, unknown> | null;
  deal_id: string | null;
  year: number;
  milestone: number | null;
  total_fen: string | null;
  target_fen: string | null;
  read_at: Date | null;
  created_at: Date;
}

/** The line under an alert's title, from what its payload says. */
function alertMessage(kind: string, payload: Record<string, unknown>): string {
  if (kind === 'match.new' && Array.isArray(payload.reasons)) return (payload.reasons as unknown[]).map(String).join('；');
  if (kind === 'listing.expiring' && typeof payload.expiresAt === 'string') {
    return `到期时间：${new Date(payload.expiresAt).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' })}`;
  }
  return typeof payload.title === 'string' ? payload.title : '';
}

export function toFeedItem(row: FeedRow): FeedItem {
  const common = {
    id: row.id,
    kind: row.kind,
    title: row.title,
    dealId: row.deal_id,
    year: Number(row.year),
    milestone: row.milestone === null ? null : Number(row.milestone),
    totalFen: row.total_fen,
    targetFen: row.target_fen,
    readAt: row.read_at,
    createdAt: row.created_at,
  };
  if (row.source === 'alert') {
    const payload = row.payload ?? {};
    return { ...common, type: row.kind as FeedType, message: alertMessage(row.kind, payload), payload };
  }
  if (row.kind === 'turnover_milestone') {
    const payload = {
      year: common.year,
      milestone: common.milestone,
      total: row.total_fen === null ? null : formatFen(row.total_fen),
      target: row.target_fen === null ? null : formatFen(row.target_fen),
    };
    return { ...common, type: 'turnover.milestone', message: row.message ?? '', payload };
  }
  return { ...common, type: 'deal.status', message: row.message ?? '', payload: { dealId: row.deal_id } };
}
