/** The 'method' messages (a lazy namespace, messages/lazy.ts): imported by the modules that use them. */
import { addNamespaces } from '../catalogue';
import { method as en } from '../messages/en/method';
import { method as nl } from '../messages/nl/method';

addNamespaces({ method: nl }, { method: en });
