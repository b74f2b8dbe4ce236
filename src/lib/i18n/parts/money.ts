/** The 'money' messages (a lazy namespace, messages/lazy.ts): imported by the modules that use them. */
import { addNamespaces } from '../catalogue';
import { money as en } from '../messages/en/money';
import { money as nl } from '../messages/nl/money';

addNamespaces({ money: nl }, { money: en });
