import { ApiProperty } from '@nestjs/swagger';
import { IMPORT_COLUMNS } from '@app/deals';

export class ImportFileBody {
  @ApiProperty({
    type: String,
    format: 'binary',
    description: `CSV (UTF-8, BOM optional) or XLSX; header row with columns ${IMPORT_COLUMNS.join(', ')} or their Chinese names (买方, 卖方, 合同类型, 技术领域, 成交额, 技术交易额, 签订日期, 技术合同登记号); parties by organization id or unified social credit code`,
  })
  file: string;
}

export class ImportRowErrorResponse {
  @ApiProperty({ type: Number, description: 'row as the spreadsheet shows it (the header is row 1)' })
  row: number;

  @ApiProperty({ type: String, description: 'the rule that failed: a column name (buyer, amount, …) or "row"' })
  field: string;

  @ApiProperty({ type: String, nullable: true, description: 'the column header as written in the file' })
  column: string | null;

  @ApiProperty({ type: [String] })
  messages: string[];
}

export class DealImportResponse {
  @ApiProperty({ type: String, format: 'uuid' })
  importId: string;

  @ApiProperty({ type: Number, description: 'rows stored as pending deals' })
  accepted: number;

  @ApiProperty({ type: Number, description: 'rows refused (see errors)' })
  rejected: number;

  @ApiProperty({ type: [ImportRowErrorResponse] })
  errors: ImportRowErrorResponse[];
}
