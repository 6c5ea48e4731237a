import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min, Validate } from 'class-validator';
import { TURNOVER_BASES, type AnnualTarget, type TurnoverBasis } from '@app/deals';
import { formatFen } from '@app/common';
import { YuanRule } from '../../http/yuan.rule.js';

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

  @ApiProperty({
    enum: TURNOVER_BASES,
    required: false,
    default: 'inflow',
    description: 'which turnover the target tracks: inflow 技术吸纳 (buyer in the market region) or outflow 技术输出 (seller in it)',
  })
  @IsOptional()
  @IsIn(TURNOVER_BASES, { message: `basis must be one of ${TURNOVER_BASES.join(', ')}` })
  basis?: TurnoverBasis;
}

export class TargetResponse {
  @ApiProperty({ type: Number }) year: number;
  @ApiProperty({ type: String, example: '100000000.00' }) turnover: string;
  @ApiProperty({ type: Number }) deals: number;
  @ApiProperty({ type: Number }) demandsPublished: number;
  @ApiProperty({ enum: TURNOVER_BASES }) basis: TurnoverBasis;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
}

export const toTargetResponse = (t: AnnualTarget): TargetResponse => ({
  year: t.year,
  turnover: formatFen(t.turnoverFen),
  deals: t.deals,
  demandsPublished: t.demandsPublished,
  basis: t.basis,
  updatedAt: t.updatedAt.toISOString(),
});
