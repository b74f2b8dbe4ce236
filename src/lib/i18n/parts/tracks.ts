/** The 'tracks' messages (a lazy namespace, messages/lazy.ts): imported by the modules that use them. */
import { addNamespaces } from '../catalogue';
import { tracks as en } from '../messages/en/tracks';
import { tracks as nl } from '../messages/nl/tracks';

addNamespaces({ tracks: nl }, { tracks: en });
