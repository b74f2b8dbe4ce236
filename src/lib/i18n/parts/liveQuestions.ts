/** The 'liveQuestions' messages (a lazy namespace, messages/lazy.ts): imported by the modules that use them. */
import { addNamespaces } from '../catalogue';
import { liveQuestions as en } from '../messages/en/liveQuestions';
import { liveQuestions as nl } from '../messages/nl/liveQuestions';

addNamespaces({ liveQuestions: nl }, { liveQuestions: en });
