/** The 'presetText' messages (a lazy namespace, messages/lazy.ts): imported by the modules that use them. */
import { addNamespaces } from '../catalogue';
import { presetText as en } from '../messages/en/presetText';
import { presetText as nl } from '../messages/nl/presetText';

addNamespaces({ presetText: nl }, { presetText: en });
