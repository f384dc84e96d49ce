export * from '../../src/seed/factories';
