/** The 'compare' messages (a lazy namespace, messages/lazy.ts): imported by the modules that use them. */
import { addNamespaces } from '../catalogue';
import { compare as en } from '../messages/en/compare';
import { compare as nl } from '../messages/nl/compare';

addNamespaces({ compare: nl }, { compare: en });
