/** The 'importDialog' messages (a lazy namespace, messages/lazy.ts): imported by the modules that use them. */
import { addNamespaces } from '../catalogue';
import { importDialog as en } from '../messages/en/importDialog';
import { importDialog as nl } from '../messages/nl/importDialog';

addNamespaces({ importDialog: nl }, { importDialog: en });
