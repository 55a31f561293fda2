/**
 * For tests and benchmarks only: a bare better-sqlite3 connection, so they can
 * run a single migration or time a plain insert while this folder stays the
 * only place that imports the native module. App code never uses this.
 */
import type Database from 'better-sqlite3';
import { sqlite } from './driver';

export type RawDatabase = Database.Database;

export function rawDatabase(file = ':memory:'): RawDatabase {
  return new (sqlite())(file);
}
