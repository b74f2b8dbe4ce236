/** The 'model' messages (a lazy namespace, messages/lazy.ts): imported by the modules that use them. */
import { addNamespaces } from '../catalogue';
import { model as en } from '../messages/en/model';
import { model as nl } from '../messages/nl/model';

addNamespaces({ model: nl }, { model: en });
