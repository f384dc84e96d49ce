export * from '../../src/db/seed/factories';
