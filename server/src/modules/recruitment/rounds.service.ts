import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class RoundsService {
  constructor(private readonly ds: DataSource) {}
}
