import { parentPort } from 'node:worker_threads';
import { keepGrammarsOnBaseline } from '../parse/grammar-tiering.js';
import { loadGrammar, prepareParser } from '../parse/parser.js';
import { runTask } from './run-task.js';
import {
  transferables,
  type BaselineRequest,
  type BatchReply,
  type BatchRequest,
  type PreloadRequest,
  type SettingsMessage,
} from './messages.js';
import type { FileAnalysisSettings } from './task.js';

// Entry of one pool thread: takes its settings, loads the grammars it is told of, analyzes each batch it is sent
// and sends the outcomes back. It may start before any analysis is known (prestartAnalysisThreads), so the
// settings come as the pool's first message rather than as workerData.
const port = parentPort;
if (!port) throw new Error('analysis-worker must run as a worker thread');
let settings: FileAnalysisSettings | undefined;
// The parser's runtime loads while the thread waits for work; a failure shows again on the first parse.
prepareParser().catch(() => undefined);

port.on('message', async (message: SettingsMessage | BatchRequest | PreloadRequest | BaselineRequest) => {
  if ('settings' in message) return void (settings = message.settings);
  if ('baseline' in message) return keepGrammarsOnBaseline(message.baseline);
  // A grammar that fails to load fails again, with its message, on the first file that needs it.
  if ('preload' in message) return void loadGrammar(message.preload).catch(() => undefined);
  if (!settings) throw new Error('analysis-worker: a batch arrived before the settings');
  const outcomes = [];
  for (const task of message.tasks) outcomes.push(await runTask(task, settings));
  const reply: BatchReply = { batchId: message.batchId, outcomes };
  port.postMessage(reply, transferables(outcomes));
});
