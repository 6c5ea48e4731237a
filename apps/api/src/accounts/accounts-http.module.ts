import { Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { AuthRateLimitGuard } from '../http/auth-rate-limit.guard.js';
import { AuthController } from './auth.controller.js';
import { BureauAdminBootstrap } from './bureau-admin.bootstrap.js';
import { InvitationsController } from './invitations.controller.js';
import { MeController } from './me.controller.js';
import { MembersController } from './members.controller.js';
import { OrganizationsController } from './organizations.controller.js';

@Module({
  imports: [AccountsModule],
  controllers: [AuthController, MeController, OrganizationsController, MembersController, InvitationsController],
  providers: [BureauAdminBootstrap, AuthRateLimitGuard],
})
export class AccountsHttpModule {}
