import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min, Validate } from 'class-validator';
import type { AnnualTarget } from '@app/deals';
import { formatFen } from '@app/common';
import { YuanRule } from './yuan.rule.js';

export class PutTargetDto {
  @ApiProperty({ type: String, example: '100000000.00', description: '年度技术市场交易额目标 in yuan (decimal string)' })
  @Validate(YuanRule)
  turnover: string;

  @ApiProperty({ type: Number, minimum: 0, example: 120, description: '完成技术成果交易项数' })
  @IsInt({ message: 'deals must be a whole number' })
  @Min(0)
  @Max(1000000)
  deals: number;

  @ApiProperty({ type: Number, minimum: 0, example: 50, description: '发布技术难题项数' })
  @IsInt({ message: 'demandsPublished must be a whole number' })
  @Min(0)
  @Max(1000000)
  demandsPublished: number;
}

export class TargetResponse {
  @ApiProperty({ type: Number }) year: number;
  @ApiProperty({ type: String, example: '100000000.00' }) turnover: string;
  @ApiProperty({ type: Number }) deals: number;
  @ApiProperty({ type: Number }) demandsPublished: number;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
}

export const toTargetResponse = (t: AnnualTarget): TargetResponse => ({
  year: t.year,
  turnover: formatFen(t.turnoverFen),
  deals: t.deals,
  demandsPublished: t.demandsPublished,
  updatedAt: t.updatedAt.toISOString(),
});
