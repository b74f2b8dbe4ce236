/** The 'participant' messages (a lazy namespace, messages/lazy.ts): imported by the modules that use them. */
import { addNamespaces } from '../catalogue';
import { participant as en } from '../messages/en/participant';
import { participant as nl } from '../messages/nl/participant';

addNamespaces({ participant: nl }, { participant: en });
