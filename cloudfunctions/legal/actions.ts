import type { ActionTable } from '../common/runtime/action';
import { addEvidence } from './add-evidence.action';
import { showCaseFile } from './case-file.action';
import { showMyCase } from './detail.action';
import { listLawyers } from './lawyers.action';
import { listMyCases } from './my-cases.action';
import { listQueue } from './queue.action';
import { rateCase } from './rate.action';
import { revealPhone } from './reveal-phone.action';
import { saveLawyer } from './save-lawyer.action';
import { saveSettings } from './save-settings.action';
import { showSettings } from './settings.action';
import { submitCase } from './submit.action';
import { transitionCase } from './transition.action';
import { uploadEvidence } from './upload-evidence.action';

export const legalActions: ActionTable<'legal'> = {
  uploadEvidence,
  submit: submitCase,
  myCases: listMyCases,
  detail: showMyCase,
  addEvidence,
  rate: rateCase,
  queue: listQueue,
  caseFile: showCaseFile,
  transition: transitionCase,
  revealPhone,
  lawyers: listLawyers,
  saveLawyer,
  settings: showSettings,
  saveSettings,
};
