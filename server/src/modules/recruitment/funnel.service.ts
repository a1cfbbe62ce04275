import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class FunnelService {
  constructor(private readonly ds: DataSource) {}
}
