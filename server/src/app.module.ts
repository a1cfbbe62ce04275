import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from './config/config.js';
import { DATABASE_URL, DatabaseModule } from './database/database.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { NeedsModule } from './modules/needs/needs.module.js';
import { CompetencyModule } from './modules/competency/competency.module.js';
import { RecruitmentModule } from './modules/recruitment/recruitment.module.js';
import { PerformanceModule } from './modules/performance/performance.module.js';
import { EmployeesModule } from './modules/employees/employees.module.js';
import { EventsModule } from './modules/events/events.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { OrgModule } from './modules/org/org.module.js';
import { ReferenceModule } from './modules/reference/reference.module.js';

@Global()
@Module({})
class ConfigModule {
  static register(config: AppConfig, databaseUrl: string | undefined): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DATABASE_URL, useValue: databaseUrl },
      ],
      exports: [APP_CONFIG, DATABASE_URL],
    };
  }
}

@Module({})
export class AppModule {
  /** databaseUrl undefined: build the app without connecting (OpenAPI generation). */
  static register(config: AppConfig, databaseUrl: string | undefined): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.register(config, databaseUrl),
        DatabaseModule,
        AuditModule,
        EventsModule,
        HealthModule,
        ReferenceModule,
        OrgModule,
        EmployeesModule,
        AuthModule,
        NeedsModule,
        CompetencyModule,
        RecruitmentModule,
        PerformanceModule,
      ],
    };
  }
}
