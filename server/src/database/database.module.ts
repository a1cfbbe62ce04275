import { Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/config.js';
import { createDataSource } from './data-source.js';

/** Set by the app factory: the URL of the database (external or embedded); undefined = do not connect (OpenAPI generation). */
export const DATABASE_URL = Symbol('DATABASE_URL');

@Global()
@Module({
  providers: [
    {
      provide: DataSource,
      inject: [APP_CONFIG, DATABASE_URL],
      useFactory: async (config: AppConfig, url: string | undefined) => {
        const ds = createDataSource(url ?? 'postgres://unused@127.0.0.1:1/none', config.dbPoolSize);
        if (url) await ds.initialize();
        return ds;
      },
    },
  ],
  exports: [DataSource],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.ds.isInitialized) await this.ds.destroy();
  }
}
