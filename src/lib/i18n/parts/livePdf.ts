/** The 'livePdf' messages (a lazy namespace, messages/lazy.ts): imported by the modules that use them. */
import { addNamespaces } from '../catalogue';
import { livePdf as en } from '../messages/en/livePdf';
import { livePdf as nl } from '../messages/nl/livePdf';

addNamespaces({ livePdf: nl }, { livePdf: en });
