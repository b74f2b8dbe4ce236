/** The 'importProblems' messages (a lazy namespace, messages/lazy.ts): imported by the modules that use them. */
import { addNamespaces } from '../catalogue';
import { importProblems as en } from '../messages/en/importProblems';
import { importProblems as nl } from '../messages/nl/importProblems';

addNamespaces({ importProblems: nl }, { importProblems: en });
