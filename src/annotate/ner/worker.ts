// A worker thread that finds entity mentions: the CLI hands it each article as it is extracted, so tagging (the
// largest part of an analysis) runs on the second core while the main thread extracts, stores and clusters.
import { parentPort } from 'node:worker_threads';
import { findEntityMentions, loadNerTagger } from './index.ts';
import type { MentionRequest, MentionReply } from './worker-pool.ts';

const port = parentPort;
if (port === null) throw new Error('expected to run as a worker thread, found the main thread');
const tagger = loadNerTagger();
port.on('message', (request: MentionRequest) => {
  const reply: MentionReply = { id: request.id, result: findEntityMentions(request.text, tagger) };
  port.postMessage(reply);
});
