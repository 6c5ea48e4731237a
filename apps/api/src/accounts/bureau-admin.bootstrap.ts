import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AccountsService } from '@app/accounts';
import { AppConfig } from '@app/config';

/** Creates the bureau user named by BUREAU_ADMIN_EMAIL / BUREAU_ADMIN_PASSWORD, once. */
@Injectable()
export class BureauAdminBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger(BureauAdminBootstrap.name);

  constructor(
    private readonly accounts: AccountsService,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { adminEmail, adminPassword, orgName, orgCreditCode, region } = this.config.bureau;
    if (!adminEmail || !adminPassword) return;
    const { created } = await this.accounts.ensureBureauUser({
      email: adminEmail,
      password: adminPassword,
      displayName: '科技局管理员',
      org: { name: orgName, creditCode: orgCreditCode, region },
    });
    if (created) this.logger.log(`bureau administrator ${adminEmail} created`);
  }
}
