import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

@Injectable()
export class InterviewsService {
  constructor(private readonly ds: DataSource) {}
}
