// Where a workspace is, and how a team workspace's address becomes pg's settings the way libpq reads it: TLS modes
// and files from the address or the PG* variables, the password from the address, PGPASSWORD or the password file.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { postgresConnection } from '../../electron/core/workspace/connection';
import { localFolder, withoutPassword, workspaceLocation } from '../../electron/core/workspace/location';
import { passwordFileLookup, passwordFrom } from '../../electron/core/workspace/pgpass';
import { tempDir } from '../helpers';

describe('workspaceLocation', () => {
  it('reads a postgres:// or postgresql:// URL as a team workspace and anything else as a folder; VETTER_WORKSPACE, then the default', () => {
    expect(workspaceLocation('postgresql://ana@db.example/vetter', () => '/default', {})).toEqual({ engine: 'postgres', url: 'postgresql://ana@db.example/vetter' });
    expect(workspaceLocation('POSTGRES://ana@db.example/vetter', () => '/default', {}).engine).toBe('postgres');
    expect(workspaceLocation('data', () => '/default', {})).toEqual({ engine: 'sqlite', dataDir: path.resolve('data') });
    expect(workspaceLocation(undefined, () => '/default', { VETTER_WORKSPACE: 'postgres://db/v' })).toEqual({ engine: 'postgres', url: 'postgres://db/v' });
    expect(workspaceLocation(undefined, () => '/default', {})).toEqual({ engine: 'sqlite', dataDir: path.resolve('/default') });
    expect(localFolder({ engine: 'sqlite', dataDir: '/data' })).toBe('/data');
  });

  it('shows an address without its password', () => {
    expect(withoutPassword('postgresql://ana:s3cret@db.example:5433/vetter?sslmode=verify-full')).toBe('postgresql://ana@db.example:5433/vetter?sslmode=verify-full');
    expect(withoutPassword('postgresql://ana@db.example/vetter?password=s3cret&sslmode=require')).toBe('postgresql://ana@db.example/vetter?sslmode=require');
  });
});

describe('postgresConnection', () => {
  it('fills what the address leaves out as libpq does: PGHOST, PGPORT, PGUSER, PGDATABASE, then localhost, 5432, the user', () => {
    const config = postgresConnection('postgresql:///?application_name=nightly', { PGHOST: 'db.internal', PGPORT: '6432', PGUSER: 'ana', PGPASSWORD: 'x' });
    expect(config).toMatchObject({ host: 'db.internal', port: 6432, user: 'ana', database: 'ana', ssl: false, application_name: 'nightly', password: undefined });
    expect(postgresConnection('postgresql://ben:p%40ss@[::1]:5433/vetter', {})).toMatchObject({ host: '::1', port: 5433, user: 'ben', database: 'vetter', password: 'p@ss' });
  });

  it('asks the password file when neither the address nor PGPASSWORD has a password', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'pgpass');
    fs.writeFileSync(file, '# team\nother.example:*:*:*:nope\ndb.example:5432:vetter:ana:from\\:file\n', { mode: 0o600 });
    const { password } = postgresConnection('postgresql://ana@db.example/vetter', { PGPASSFILE: file });
    expect(typeof password).toBe('function');
    expect(await (password as () => Promise<string>)()).toBe('from:file');
    // A file others may read is ignored, as libpq ignores it.
    fs.chmodSync(file, 0o644);
    expect(passwordFileLookup({ host: 'db.example', port: 5432, database: 'vetter', user: 'ana' }, { PGPASSFILE: file })).toBeUndefined();
  });

  it('matches password file lines field by field, * matching anything, the first match winning, a socket as localhost', () => {
    const text = 'db:5432:vetter:ana:first\n*:*:*:ana:second\nlocalhost:*:*:*:local\n';
    expect(passwordFrom(text, { host: 'db', port: 5432, database: 'vetter', user: 'ana' })).toBe('first');
    expect(passwordFrom(text, { host: 'db', port: 5433, database: 'vetter', user: 'ana' })).toBe('second');
    expect(passwordFrom(text, { host: '/var/run/postgresql', port: 5432, database: 'x', user: 'ben' })).toBe('local');
    expect(passwordFrom(text, { host: 'db', port: 5432, database: 'x', user: 'ben' })).toBeUndefined();
  });

  it('reads sslmode and the TLS files from the address or PGSSLMODE, PGSSLROOTCERT, PGSSLCERT and PGSSLKEY, with libpq’s meanings', () => {
    const dir = tempDir();
    const file = (name: string) => {
      fs.writeFileSync(path.join(dir, name), `-----${name}-----`);
      return path.join(dir, name);
    };
    const [ca, cert, key] = [file('root.crt'), file('client.crt'), file('client.key')];
    const ssl = (url: string, env: NodeJS.ProcessEnv = {}) => postgresConnection(url, { PGPASSWORD: 'x', ...env }).ssl;
    expect(ssl('postgresql://db/v')).toBe(false);
    expect(ssl('postgresql://db/v?sslmode=disable', { PGSSLMODE: 'verify-full' })).toBe(false);
    expect(ssl(`postgresql://db/v?sslmode=verify-full&sslrootcert=${ca}`)).toEqual({ ca: '-----root.crt-----' });
    expect(ssl('postgresql://db/v', { PGSSLMODE: 'verify-full', PGSSLROOTCERT: ca, PGSSLCERT: cert, PGSSLKEY: key })).toEqual({
      ca: '-----root.crt-----',
      cert: '-----client.crt-----',
      key: '-----client.key-----',
    });
    // verify-ca checks the chain, not the name; require checks nothing, unless given a root certificate.
    expect(ssl(`postgresql://db/v?sslmode=verify-ca&sslrootcert=${ca}`)).toEqual({ ca: '-----root.crt-----', checkServerIdentity: expect.any(Function) });
    expect(ssl('postgresql://db/v?sslmode=require')).toMatchObject({ rejectUnauthorized: false });
    expect(ssl(`postgresql://db/v?sslmode=require&sslrootcert=${ca}`)).toEqual({ ca: '-----root.crt-----', checkServerIdentity: expect.any(Function) });
    expect(() => ssl('postgresql://db/v?sslmode=prefer')).toThrow(/sslmode=prefer is not supported: use disable, require, verify-ca or verify-full/);
    expect(() => ssl(`postgresql://db/v?sslmode=verify-full&sslrootcert=${path.join(dir, 'missing.crt')}`)).toThrow(/The sslrootcert file .*missing\.crt does not exist/);
    expect(() => postgresConnection('postgresql://db/v?target_session_attrs=any', {})).toThrow(/settings Vetter does not read: target_session_attrs/);
    expect(() => postgresConnection('not a url', {})).toThrow(/postgresql:\/\/USER@HOST:PORT\/DATABASE/);
  });
});
