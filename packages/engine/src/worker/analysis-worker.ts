import { parentPort, workerData } from 'node:worker_threads';
import { analyzeFile } from './file-analysis.js';
import { transferables, type BatchReply, type BatchRequest, type WorkerInit } from './messages.js';

// Entry of one pool thread: analyzes each batch it is sent and sends the outcomes back.
const settings = workerData as WorkerInit;
const port = parentPort;
if (!port) throw new Error('analysis-worker must run as a worker thread');

port.on('message', async ({ batchId, tasks }: BatchRequest) => {
  const outcomes = [];
  for (const task of tasks) outcomes.push(await analyzeFile(task, settings));
  const reply: BatchReply = { batchId, outcomes };
  port.postMessage(reply, transferables(outcomes));
});
