import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../src/config.js';
import { describeDatabase } from '../../src/db/connection.js';

describe('choosing the database from the environment', () => {
  it.each([
    [{}, null, 'data/datadialog.sqlite'],
    [{ DATABASE_PATH: '/srv/dd.sqlite' }, null, '/srv/dd.sqlite'],
    [{ DATABASE_URL: '' }, null, 'data/datadialog.sqlite'],
    [{ DATABASE_URL: 'postgres://dd:hemmelig@db:5432/datadialog' }, 'postgres://dd:hemmelig@db:5432/datadialog', 'data/datadialog.sqlite'],
    [{ DATABASE_URL: 'postgresql://db/datadialog?sslmode=require' }, 'postgresql://db/datadialog?sslmode=require', 'data/datadialog.sqlite'],
  ])('%j uses PostgreSQL at %s, else SQLite at %s', (env, url, path) => {
    const config = configFromEnv(env);
    expect(config.databaseUrl).toBe(url);
    expect(config.databasePath).toBe(path);
  });

  it('refuses a DATABASE_URL that is not PostgreSQL, instead of quietly using SQLite', () => {
    expect(() => configFromEnv({ DATABASE_URL: 'mysql://db/datadialog' })).toThrow('DATABASE_URL must be a PostgreSQL connection string');
  });

  it('keeps 10 PostgreSQL connections per instance unless DATABASE_POOL_SIZE says otherwise, and refuses nonsense', () => {
    expect(configFromEnv({}).databasePoolSize).toBe(10);
    expect(configFromEnv({ DATABASE_POOL_SIZE: '4' }).databasePoolSize).toBe(4);
    expect(() => configFromEnv({ DATABASE_POOL_SIZE: '0' })).toThrow('DATABASE_POOL_SIZE must be a positive whole number');
    expect(() => configFromEnv({ DATABASE_POOL_SIZE: 'mange' })).toThrow('DATABASE_POOL_SIZE');
  });

  it('names the database in log lines without its password', () => {
    expect(describeDatabase(configFromEnv({ DATABASE_URL: 'postgres://dd:hemmelig@db:5432/datadialog' }))).toBe('postgres://dd@db:5432/datadialog');
    expect(describeDatabase(configFromEnv({ DATABASE_PATH: '/srv/dd.sqlite' }))).toBe('/srv/dd.sqlite');
  });
});
