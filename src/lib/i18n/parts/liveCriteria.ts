/** The 'liveCriteria' messages (a lazy namespace, messages/lazy.ts): imported by the modules that use them. */
import { addNamespaces } from '../catalogue';
import { liveCriteria as en } from '../messages/en/liveCriteria';
import { liveCriteria as nl } from '../messages/nl/liveCriteria';

addNamespaces({ liveCriteria: nl }, { liveCriteria: en });
