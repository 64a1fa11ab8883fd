import { inspectionJson } from './api/scrutinizer/views.js';
import type { InspectionPayload } from './jobs/webhook-delivery.js';

/**
 * What a webhook posts: the Inspection exactly as Scrutinizer's inspection-details endpoint renders it. Wired here,
 * where the process is put together, because the jobs may not import an HTTP surface.
 */
export const inspectionPayload: InspectionPayload = (repository, inspection) => inspectionJson(repository, inspection);
