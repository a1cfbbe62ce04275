import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class ScoresService {
  constructor(private readonly ds: DataSource) {}
}
