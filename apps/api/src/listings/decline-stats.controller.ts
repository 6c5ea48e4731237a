import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiTags, ApiOperation } from '@nestjs/swagger';
import { ApiErrors } from '../http/api-errors.js';
import { Roles } from '@app/accounts';
import { FIELD_LABELS, FIELDS, type Field } from '@app/common';
import {
  INQUIRY_DECLINE_REASON_LABELS,
  INQUIRY_DECLINE_REASONS,
  InquiryStats,
  type DeclineCount,
  type InquiryDeclineReason,
} from '@app/listings';
import { YearQuery } from '../deals/dto/list-deals.query.js';
import { currentYear } from '../deals/year.pipe.js';

export class DeclineReasonCountResponse {
  @ApiProperty({ enum: INQUIRY_DECLINE_REASONS }) reason: InquiryDeclineReason;
  @ApiProperty({ type: String, example: '价格不合适' }) label: string;
  @ApiProperty({ type: Number }) count: number;
}

export class DeclineFieldResponse {
  @ApiProperty({ enum: FIELDS }) field: Field;
  @ApiProperty({ type: String, example: '农业' }) fieldLabel: string;
  @ApiProperty({ type: Number }) total: number;
  @ApiProperty({ type: [DeclineReasonCountResponse], description: 'every reason, in the order of `reasons`, zeros included' })
  counts: DeclineReasonCountResponse[];
}

export class DeclineStatsResponse {
  @ApiProperty({ type: Number }) year: number;
  @ApiProperty({ type: Number, description: 'declined inquiries of the year' }) total: number;
  @ApiProperty({ type: [DeclineReasonCountResponse], description: 'every reason with its count over all fields' })
  reasons: DeclineReasonCountResponse[];
  @ApiProperty({ type: [DeclineFieldResponse], description: 'fields with declines, most declines first' })
  fields: DeclineFieldResponse[];
}

const countsOf = (rows: DeclineCount[]): DeclineReasonCountResponse[] =>
  INQUIRY_DECLINE_REASONS.map((reason) => ({
    reason,
    label: INQUIRY_DECLINE_REASON_LABELS[reason],
    count: rows.filter((r) => r.reason === reason).reduce((s, r) => s + r.count, 0),
  }));

export function toDeclineStatsResponse(year: number, rows: DeclineCount[]): DeclineStatsResponse {
  const collator = new Intl.Collator('zh-CN');
  const fields = [...new Set(rows.map((r) => r.field))].map((field) => {
    const mine = rows.filter((r) => r.field === field);
    return { field, fieldLabel: FIELD_LABELS[field], total: mine.reduce((s, r) => s + r.count, 0), counts: countsOf(mine) };
  });
  fields.sort((a, b) => b.total - a.total || collator.compare(a.fieldLabel, b.fieldLabel));
  return { year, total: rows.reduce((s, r) => s + r.count, 0), reasons: countsOf(rows), fields };
}

@ApiTags('stats')
@ApiBearerAuth()
@Controller('stats')
@Roles('bureau')
export class DeclineStatsController {
  constructor(private readonly stats: InquiryStats) {}

  @ApiOperation({ summary: 'Why inquiries were declined in a year: by reason and by field (the bureau)' })
  @ApiErrors(400, 401, 403)
  @Get('declines')
  @ApiOkResponse({ type: DeclineStatsResponse, description: "the year's declined inquiries by the listing's field and the reason" })
  async declines(@Query() query: YearQuery): Promise<DeclineStatsResponse> {
    const year = query.year ?? currentYear();
    return toDeclineStatsResponse(year, await this.stats.declinesByField(year));
  }
}
