import { Module } from '@nestjs/common';
import { MatchingModule } from '@app/matching';
import { MatchesController } from './matches.controller.js';

@Module({ imports: [MatchingModule], controllers: [MatchesController] })
export class MatchingHttpModule {}
