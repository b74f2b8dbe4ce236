/** The 'pdf' messages (a lazy namespace, messages/lazy.ts): imported by the modules that use them. */
import { addNamespaces } from '../catalogue';
import { pdf as en } from '../messages/en/pdf';
import { pdf as nl } from '../messages/nl/pdf';

addNamespaces({ pdf: nl }, { pdf: en });
