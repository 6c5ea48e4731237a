import { StreamableFile } from '@nestjs/common';
import type { ExportFile } from '@app/deals';

export const toStreamableFile = (file: ExportFile): StreamableFile =>
  new StreamableFile(file.body, {
    type: file.contentType,
    disposition: `attachment; filename="${file.filename}"`,
    length: file.body.length,
  });
