import { parentPort, workerData } from 'node:worker_threads';
import { loadGrammar } from '../parse/parser.js';
import { runTask } from './run-task.js';
import { transferables, type BatchReply, type BatchRequest, type PreloadRequest, type WorkerInit } from './messages.js';

// Entry of one pool thread: loads the grammars it is told of, analyzes each batch it is sent and sends the outcomes back.
const settings = workerData as WorkerInit;
const port = parentPort;
if (!port) throw new Error('analysis-worker must run as a worker thread');

port.on('message', async (message: BatchRequest | PreloadRequest) => {
  // A grammar that fails to load fails again, with its message, on the first file that needs it.
  if ('preload' in message) return void loadGrammar(message.preload).catch(() => undefined);
  const outcomes = [];
  for (const task of message.tasks) outcomes.push(await runTask(task, settings));
  const reply: BatchReply = { batchId: message.batchId, outcomes };
  port.postMessage(reply, transferables(outcomes));
});
