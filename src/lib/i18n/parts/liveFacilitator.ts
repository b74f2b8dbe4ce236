/** The 'liveFacilitator' messages (a lazy namespace, messages/lazy.ts): imported by the modules that use them. */
import { addNamespaces } from '../catalogue';
import { liveFacilitator as en } from '../messages/en/liveFacilitator';
import { liveFacilitator as nl } from '../messages/nl/liveFacilitator';

addNamespaces({ liveFacilitator: nl }, { liveFacilitator: en });
