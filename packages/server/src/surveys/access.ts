import { type Actor, can } from '@rouxing/domain';
import { forbidden } from '../errors';

/** The Judicial Bureau builds, publishes and reads surveys (问卷调查). */
export function requireSurveyManager(actor: Actor): void {
  if (!can(actor, 'survey.manage')) {
    throw forbidden('问卷调查由司法局管理');
  }
}
