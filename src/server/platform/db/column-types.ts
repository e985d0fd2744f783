// Column helpers shared by every module's table types.
import type { ColumnType, Generated } from 'kysely';

export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
export type GeneratedId = Generated<string>;
export type Json<T> = ColumnType<T, string, string>;
