import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class ResultsService {
  constructor(private readonly ds: DataSource) {}
}
