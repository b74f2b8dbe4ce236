/** The 'csv' messages (a lazy namespace, messages/lazy.ts): imported by the modules that use them. */
import { addNamespaces } from '../catalogue';
import { csv as en } from '../messages/en/csv';
import { csv as nl } from '../messages/nl/csv';

addNamespaces({ csv: nl }, { csv: en });
