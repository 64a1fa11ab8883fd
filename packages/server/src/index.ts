export { buildApp, BODY_LIMIT_BYTES } from './app.js';
export type { AppOptions } from './app.js';
export { startServer } from './serve.js';
export type { RunningServer, ServeOptions } from './serve.js';
export { DomainError, Invalid } from './domain/errors.js';
export { bootstrapOrganization, type BootstrapResult } from './domain/provisioning.js';
export { DataDirBusyError, openStore, storeOptionsFromEnv } from './store/index.js';
export type { Store, StoreOptions } from './store/index.js';
export { startWorkerProcess, type WorkerProcessOptions } from './worker-process.js';
