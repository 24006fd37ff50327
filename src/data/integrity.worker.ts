// Runs the integrity checks on a timeline file's bytes (already validated by the page).
import './zodConfig';
import { integrityProblems, type Timeline } from '../model';
import { report } from './integrity';

self.onmessage = (e: MessageEvent<ArrayBuffer>) => {
  const timeline = JSON.parse(new TextDecoder().decode(e.data)) as Timeline;
  self.postMessage(report(integrityProblems(timeline)));
};
