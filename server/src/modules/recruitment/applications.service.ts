import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class ApplicationsService {
  constructor(private readonly ds: DataSource) {}
}
