import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class RankingService {
  constructor(private readonly ds: DataSource) {}
}
