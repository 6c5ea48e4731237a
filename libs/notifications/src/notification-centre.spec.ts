import { FEED_TYPE_LABELS, FEED_TYPES, toFeedItem, type FeedRow } from './notification-centre.js';
import { chinaDay } from './notification-digests.service.js';

const row = (overrides: Partial<FeedRow>): FeedRow => ({
  id: 'a8b5f7e2-3c41-4d6e-9f70-1b2c3d4e5f60',
  source: 'alert',
  kind: 'match.new',
  title: '新的科技成果匹配：茶叶热泵均温烘干技术',
  message: null,
  payload: null,
  deal_id: null,
  year: 2026,
  milestone: null,
  total_fen: null,
  target_fen: null,
  read_at: null,
  created_at: new Date('2026-12-01T02:00:00Z'),
  ...overrides,
});

describe('toFeedItem', () => {
  it("writes an alert's reasons as its message and keeps its payload", () => {
    const item = toFeedItem(row({ payload: { reasons: ['关键词: 热泵', '同属现代农业领域'], outcomeId: 'x' } }));
    expect(item).toMatchObject({ type: 'match.new', message: '关键词: 热泵；同属现代农业领域', payload: { outcomeId: 'x' } });
  });

  it('gives a milestone its figures in yuan and a deal notice its deal, as payload', () => {
    const milestone = toFeedItem(
      row({
        source: 'deal',
        kind: 'turnover_milestone',
        message: '已达目标的一半',
        milestone: 50,
        total_fen: '123456',
        target_fen: '246912',
      }),
    );
    expect(milestone).toMatchObject({
      type: 'turnover.milestone',
      payload: { year: 2026, milestone: 50, total: '1234.56', target: '2469.12' },
    });
    const deal = toFeedItem(row({ source: 'deal', kind: 'deal_status', message: '合同已申报', deal_id: 'd1' }));
    expect(deal).toMatchObject({ type: 'deal.status', message: '合同已申报', dealId: 'd1', payload: { dealId: 'd1' } });
  });

  it('has a Chinese label for every type', () => {
    for (const type of FEED_TYPES) expect(FEED_TYPE_LABELS[type]).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('chinaDay', () => {
  it('is the calendar day in China, eight hours ahead of UTC', () => {
    expect(chinaDay(new Date('2026-12-01T15:59:59Z'))).toBe('2026-12-01');
    expect(chinaDay(new Date('2026-12-01T16:00:00Z'))).toBe('2026-12-02');
  });
});
