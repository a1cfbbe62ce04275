import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { UuidParam } from '../../common/params.js';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Access } from '../../common/access.decorator.js';
import { ApiOp } from '../../common/api-docs.js';
import { PageOf } from '../../common/pagination.js';
import { UsersService } from './users.service.js';
import { CreateUserDto, ListUsersQueryDto, UpdateUserDto, UserDto } from './dto/user.dto.js';

const UserPage = PageOf(UserDto, 'UserPage');

@ApiTags('Users')
@Controller('users')
@Access(['admin'])
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiOp('List user accounts')
  @ApiOkResponse({ type: UserPage })
  listUsers(@Query() q: ListUsersQueryDto) {
    return this.users.list(q);
  }

  @Get(':id')
  @ApiOp('Get a user account', { errors: [404] })
  @ApiOkResponse({ type: UserDto })
  getUser(@UuidParam() id: string) {
    return this.users.get(id);
  }

  @Post()
  @ApiOp('Create a user account', { errors: [409] })
  @ApiCreatedResponse({ type: UserDto })
  createUser(@Body() dto: CreateUserDto) {
    return this.users.create(dto);
  }

  @Patch(':id')
  @ApiOp('Update a user account (role, unit, active, password)', { errors: [404, 409] })
  @ApiOkResponse({ type: UserDto })
  updateUser(@UuidParam() id: string, @Body() dto: UpdateUserDto) {
    return this.users.update(id, dto);
  }
}
