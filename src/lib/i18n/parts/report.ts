/** The 'report' messages (a lazy namespace, messages/lazy.ts): imported by the modules that use them. */
import { addNamespaces } from '../catalogue';
import { report as en } from '../messages/en/report';
import { report as nl } from '../messages/nl/report';

addNamespaces({ report: nl }, { report: en });
