import { describeRoute } from '../helpers/route-cases.js';

describeRoute('l1Metadata');
