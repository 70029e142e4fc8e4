import { describeRoute } from '../helpers/route-cases.js';

describeRoute('txFromL1TxHash');
