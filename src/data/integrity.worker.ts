// Runs the integrity checks on a timeline file's bytes (already validated by the page).
import './zodConfig';
import { integrityProblems, type Timeline } from '../model';
import { report } from './integrity';

self.onmessage = (e: MessageEvent<ArrayBuffer | Timeline>) => {
  const timeline =
    e.data instanceof ArrayBuffer
      ? (JSON.parse(new TextDecoder().decode(e.data)) as Timeline)
      : e.data;
  self.postMessage(report(integrityProblems(timeline)));
};
