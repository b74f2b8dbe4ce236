/** The 'facilityCard' messages (a lazy namespace, messages/lazy.ts): imported by the modules that use them. */
import { addNamespaces } from '../catalogue';
import { facilityCard as en } from '../messages/en/facilityCard';
import { facilityCard as nl } from '../messages/nl/facilityCard';

addNamespaces({ facilityCard: nl }, { facilityCard: en });
