import { startField } from '@/utils/field/frame';

// A field of Insyn's panel, drawn in the extension's origin (utils/field/frame.ts says why).
startField();
