/** The 'pdfText' messages (a lazy namespace, messages/lazy.ts): imported by the modules that use them. */
import { addNamespaces } from '../catalogue';
import { pdfText as en } from '../messages/en/pdfText';
import { pdfText as nl } from '../messages/nl/pdfText';

addNamespaces({ pdfText: nl }, { pdfText: en });
